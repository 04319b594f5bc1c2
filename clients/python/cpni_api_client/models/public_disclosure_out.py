from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PublicDisclosureOut")



@_attrs_define
class PublicDisclosureOut:
    """ 
        Attributes:
            id (str):
            channel (str):
            description (str):
            disclosed_at (datetime.datetime):
            recorded_at (datetime.datetime):
     """

    id: str
    channel: str
    description: str
    disclosed_at: datetime.datetime
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel = self.channel

        description = self.description

        disclosed_at = self.disclosed_at.isoformat()

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "channel": channel,
            "description": description,
            "disclosed_at": disclosed_at,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        channel = d.pop("channel")

        description = d.pop("description")

        disclosed_at = datetime.datetime.fromisoformat(d.pop("disclosed_at"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        public_disclosure_out = cls(
            id=id,
            channel=channel,
            description=description,
            disclosed_at=disclosed_at,
            recorded_at=recorded_at,
        )


        public_disclosure_out.additional_properties = d
        return public_disclosure_out

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
