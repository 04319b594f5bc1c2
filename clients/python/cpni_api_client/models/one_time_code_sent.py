from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.one_time_code_sent_destination import OneTimeCodeSentDestination
from typing import cast
import datetime






T = TypeVar("T", bound="OneTimeCodeSent")



@_attrs_define
class OneTimeCodeSent:
    """ 
        Attributes:
            id (str):
            destination (OneTimeCodeSentDestination):
            destination_hint (str):
            expires_at (datetime.datetime):
     """

    id: str
    destination: OneTimeCodeSentDestination
    destination_hint: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        destination = self.destination.value

        destination_hint = self.destination_hint

        expires_at = self.expires_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "destination": destination,
            "destination_hint": destination_hint,
            "expires_at": expires_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        destination = OneTimeCodeSentDestination(d.pop("destination"))




        destination_hint = d.pop("destination_hint")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        one_time_code_sent = cls(
            id=id,
            destination=destination,
            destination_hint=destination_hint,
            expires_at=expires_at,
        )


        one_time_code_sent.additional_properties = d
        return one_time_code_sent

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
