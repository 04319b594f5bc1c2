from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ProcedureStatement")



@_attrs_define
class ProcedureStatement:
    """ One paragraph of the statement of operating procedures, with the rules it answers.

        Attributes:
            topic (str):
            text (str):
            rule_ids (list[str]):
     """

    topic: str
    text: str
    rule_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        text = self.text

        rule_ids = self.rule_ids




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "topic": topic,
            "text": text,
            "rule_ids": rule_ids,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = d.pop("topic")

        text = d.pop("text")

        rule_ids = cast(list[str], d.pop("rule_ids"))


        procedure_statement = cls(
            topic=topic,
            text=text,
            rule_ids=rule_ids,
        )


        procedure_statement.additional_properties = d
        return procedure_statement

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
