from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pretexter_action_out_kind import PretexterActionOutKind
from typing import cast
import datetime






T = TypeVar("T", bound="PretexterActionOut")



@_attrs_define
class PretexterActionOut:
    """ 
        Attributes:
            id (str):
            taken_at (datetime.datetime):
            kind (PretexterActionOutKind):
            target (str):
            description (str):
            outcome (None | str):
            recorded_at (datetime.datetime):
     """

    id: str
    taken_at: datetime.datetime
    kind: PretexterActionOutKind
    target: str
    description: str
    outcome: None | str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        taken_at = self.taken_at.isoformat()

        kind = self.kind.value

        target = self.target

        description = self.description

        outcome: None | str
        outcome = self.outcome

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "taken_at": taken_at,
            "kind": kind,
            "target": target,
            "description": description,
            "outcome": outcome,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))




        kind = PretexterActionOutKind(d.pop("kind"))




        target = d.pop("target")

        description = d.pop("description")

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        pretexter_action_out = cls(
            id=id,
            taken_at=taken_at,
            kind=kind,
            target=target,
            description=description,
            outcome=outcome,
            recorded_at=recorded_at,
        )


        pretexter_action_out.additional_properties = d
        return pretexter_action_out

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
