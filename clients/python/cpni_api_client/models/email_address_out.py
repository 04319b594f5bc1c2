from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="EmailAddressOut")



@_attrs_define
class EmailAddressOut:
    """ 
        Attributes:
            associated_since (datetime.datetime):
            is_address_of_record (bool): True only once the address has been associated for at least 30 days (R-2003).
            address_of_record_from (datetime.datetime): When it becomes (or became) an address of record.
            address (str):
     """

    associated_since: datetime.datetime
    is_address_of_record: bool
    address_of_record_from: datetime.datetime
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        associated_since = self.associated_since.isoformat()

        is_address_of_record = self.is_address_of_record

        address_of_record_from = self.address_of_record_from.isoformat()

        address = self.address


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "associated_since": associated_since,
            "is_address_of_record": is_address_of_record,
            "address_of_record_from": address_of_record_from,
            "address": address,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_since = datetime.datetime.fromisoformat(d.pop("associated_since"))




        is_address_of_record = d.pop("is_address_of_record")

        address_of_record_from = datetime.datetime.fromisoformat(d.pop("address_of_record_from"))




        address = d.pop("address")

        email_address_out = cls(
            associated_since=associated_since,
            is_address_of_record=is_address_of_record,
            address_of_record_from=address_of_record_from,
            address=address,
        )


        email_address_out.additional_properties = d
        return email_address_out

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
