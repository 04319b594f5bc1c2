from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PostalAddressOut")



@_attrs_define
class PostalAddressOut:
    """ 
        Attributes:
            associated_since (datetime.datetime):
            is_address_of_record (bool): True only once the address has been associated for at least 30 days (R-2003).
            address_of_record_from (datetime.datetime): When it becomes (or became) an address of record.
            line1 (str):
            line2 (None | str):
            city (str):
            region (None | str):
            postal_code (str):
            country (str):
     """

    associated_since: datetime.datetime
    is_address_of_record: bool
    address_of_record_from: datetime.datetime
    line1: str
    line2: None | str
    city: str
    region: None | str
    postal_code: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        associated_since = self.associated_since.isoformat()

        is_address_of_record = self.is_address_of_record

        address_of_record_from = self.address_of_record_from.isoformat()

        line1 = self.line1

        line2: None | str
        line2 = self.line2

        city = self.city

        region: None | str
        region = self.region

        postal_code = self.postal_code

        country = self.country


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "associated_since": associated_since,
            "is_address_of_record": is_address_of_record,
            "address_of_record_from": address_of_record_from,
            "line1": line1,
            "line2": line2,
            "city": city,
            "region": region,
            "postal_code": postal_code,
            "country": country,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_since = datetime.datetime.fromisoformat(d.pop("associated_since"))




        is_address_of_record = d.pop("is_address_of_record")

        address_of_record_from = datetime.datetime.fromisoformat(d.pop("address_of_record_from"))




        line1 = d.pop("line1")

        def _parse_line2(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        line2 = _parse_line2(d.pop("line2"))


        city = d.pop("city")

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))


        postal_code = d.pop("postal_code")

        country = d.pop("country")

        postal_address_out = cls(
            associated_since=associated_since,
            is_address_of_record=is_address_of_record,
            address_of_record_from=address_of_record_from,
            line1=line1,
            line2=line2,
            city=city,
            region=region,
            postal_code=postal_code,
            country=country,
        )


        postal_address_out.additional_properties = d
        return postal_address_out

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
