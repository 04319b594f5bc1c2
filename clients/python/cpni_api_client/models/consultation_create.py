from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ConsultationCreate")



@_attrs_define
class ConsultationCreate:
    """ R-2011-b-2: a consultation with the investigating agency (the urgent path needs one).

        Attributes:
            consulted_at (datetime.datetime):
            agency (str):
            contact (str): Who at the agency was consulted.
            notes (None | str | Unset):
     """

    consulted_at: datetime.datetime
    agency: str
    contact: str
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        consulted_at = self.consulted_at.isoformat()

        agency = self.agency

        contact = self.contact

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "consulted_at": consulted_at,
            "agency": agency,
            "contact": contact,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consulted_at = datetime.datetime.fromisoformat(d.pop("consulted_at"))




        agency = d.pop("agency")

        contact = d.pop("contact")

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        consultation_create = cls(
            consulted_at=consulted_at,
            agency=agency,
            contact=contact,
            notes=notes,
        )

        return consultation_create

