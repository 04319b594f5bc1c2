from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.filing_contact import FilingContact
  from ..models.filing_officer import FilingOfficer





T = TypeVar("T", bound="CarrierProfileIn")



@_attrs_define
class CarrierProfileIn:
    """ The carrier the certification is filed for; every name is printed as given, in any script.

        Attributes:
            legal_name (str):
            filer_id_499 (str): The carrier's FCC Form 499 Filer ID (six digits).
            officer (FilingOfficer): The officer who signs the certification with personal knowledge (R-2009-e).
            frn (None | str | Unset): The FCC Registration Number (ten digits).
            contact (FilingContact | None | Unset): Who the FCC may ask about the filing.
            counsel (None | str | Unset):
            address (None | str | Unset): The carrier's postal address, as the breach agency report gives it (R-2011-NEW-4
                (i)).
     """

    legal_name: str
    filer_id_499: str
    officer: FilingOfficer
    frn: None | str | Unset = UNSET
    contact: FilingContact | None | Unset = UNSET
    counsel: None | str | Unset = UNSET
    address: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.filing_contact import FilingContact # noqa: PLC0415
        from ..models.filing_officer import FilingOfficer # noqa: PLC0415
        legal_name = self.legal_name

        filer_id_499 = self.filer_id_499

        officer = self.officer.to_dict()

        frn: None | str | Unset
        if isinstance(self.frn, Unset):
            frn = UNSET
        else:
            frn = self.frn

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, FilingContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        counsel: None | str | Unset
        if isinstance(self.counsel, Unset):
            counsel = UNSET
        else:
            counsel = self.counsel

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "legal_name": legal_name,
            "filer_id_499": filer_id_499,
            "officer": officer,
        })
        if frn is not UNSET:
            field_dict["frn"] = frn
        if contact is not UNSET:
            field_dict["contact"] = contact
        if counsel is not UNSET:
            field_dict["counsel"] = counsel
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

        officer = FilingOfficer.from_dict(d.pop("officer"))




        def _parse_frn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        frn = _parse_frn(d.pop("frn", UNSET))


        def _parse_contact(data: object) -> FilingContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = FilingContact.from_dict(data)



                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FilingContact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))


        def _parse_counsel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counsel = _parse_counsel(d.pop("counsel", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        carrier_profile_in = cls(
            legal_name=legal_name,
            filer_id_499=filer_id_499,
            officer=officer,
            frn=frn,
            contact=contact,
            counsel=counsel,
            address=address,
        )

        return carrier_profile_in

