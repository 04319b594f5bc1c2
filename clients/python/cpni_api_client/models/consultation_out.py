from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ConsultationOut")



@_attrs_define
class ConsultationOut:
    """ 
        Attributes:
            id (str):
            agency (str):
            contact (str):
            consulted_at (datetime.datetime):
            notes (None | str):
            recorded_at (datetime.datetime):
     """

    id: str
    agency: str
    contact: str
    consulted_at: datetime.datetime
    notes: None | str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agency = self.agency

        contact = self.contact

        consulted_at = self.consulted_at.isoformat()

        notes: None | str
        notes = self.notes

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agency": agency,
            "contact": contact,
            "consulted_at": consulted_at,
            "notes": notes,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        agency = d.pop("agency")

        contact = d.pop("contact")

        consulted_at = datetime.datetime.fromisoformat(d.pop("consulted_at"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        consultation_out = cls(
            id=id,
            agency=agency,
            contact=contact,
            consulted_at=consulted_at,
            notes=notes,
            recorded_at=recorded_at,
        )


        consultation_out.additional_properties = d
        return consultation_out

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
