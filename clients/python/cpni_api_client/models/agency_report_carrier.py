from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="AgencyReportCarrier")



@_attrs_define
class AgencyReportCarrier:
    """ 
        Attributes:
            legal_name (None | str):
            address (None | str):
            contact_name (None | str):
            contact_phone (None | str):
            contact_email (None | str):
     """

    legal_name: None | str
    address: None | str
    contact_name: None | str
    contact_phone: None | str
    contact_email: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        legal_name: None | str
        legal_name = self.legal_name

        address: None | str
        address = self.address

        contact_name: None | str
        contact_name = self.contact_name

        contact_phone: None | str
        contact_phone = self.contact_phone

        contact_email: None | str
        contact_email = self.contact_email


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "legal_name": legal_name,
            "address": address,
            "contact_name": contact_name,
            "contact_phone": contact_phone,
            "contact_email": contact_email,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_legal_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_name = _parse_legal_name(d.pop("legal_name"))


        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))


        def _parse_contact_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_name = _parse_contact_name(d.pop("contact_name"))


        def _parse_contact_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_phone = _parse_contact_phone(d.pop("contact_phone"))


        def _parse_contact_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact_email = _parse_contact_email(d.pop("contact_email"))


        agency_report_carrier = cls(
            legal_name=legal_name,
            address=address,
            contact_name=contact_name,
            contact_phone=contact_phone,
            contact_email=contact_email,
        )


        agency_report_carrier.additional_properties = d
        return agency_report_carrier

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
