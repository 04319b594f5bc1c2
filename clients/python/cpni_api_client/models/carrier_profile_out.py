from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.filing_contact import FilingContact
  from ..models.filing_officer import FilingOfficer





T = TypeVar("T", bound="CarrierProfileOut")



@_attrs_define
class CarrierProfileOut:
    """ 
        Attributes:
            legal_name (str):
            filer_id_499 (str):
            frn (None | str):
            officer (FilingOfficer): The officer who signs the certification with personal knowledge (R-2009-e).
            contact (FilingContact | None):
            counsel (None | str):
            updated_at (datetime.datetime):
            address (None | str | Unset):
     """

    legal_name: str
    filer_id_499: str
    frn: None | str
    officer: FilingOfficer
    contact: FilingContact | None
    counsel: None | str
    updated_at: datetime.datetime
    address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.filing_contact import FilingContact # noqa: PLC0415
        from ..models.filing_officer import FilingOfficer # noqa: PLC0415
        legal_name = self.legal_name

        filer_id_499 = self.filer_id_499

        frn: None | str
        frn = self.frn

        officer = self.officer.to_dict()

        contact: dict[str, Any] | None
        if isinstance(self.contact, FilingContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        counsel: None | str
        counsel = self.counsel

        updated_at = self.updated_at.isoformat()

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "legal_name": legal_name,
            "filer_id_499": filer_id_499,
            "frn": frn,
            "officer": officer,
            "contact": contact,
            "counsel": counsel,
            "updated_at": updated_at,
        })
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filing_contact import FilingContact # noqa: PLC0415
        from ..models.filing_officer import FilingOfficer # noqa: PLC0415
        d = dict(src_dict)
        legal_name = d.pop("legal_name")

        filer_id_499 = d.pop("filer_id_499")

        def _parse_frn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        frn = _parse_frn(d.pop("frn"))


        officer = FilingOfficer.from_dict(d.pop("officer"))




        def _parse_contact(data: object) -> FilingContact | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = FilingContact.from_dict(data)



                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilingContact | None, data)

        contact = _parse_contact(d.pop("contact"))


        def _parse_counsel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        counsel = _parse_counsel(d.pop("counsel"))


        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        carrier_profile_out = cls(
            legal_name=legal_name,
            filer_id_499=filer_id_499,
            frn=frn,
            officer=officer,
            contact=contact,
            counsel=counsel,
            updated_at=updated_at,
            address=address,
        )


        carrier_profile_out.additional_properties = d
        return carrier_profile_out

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
