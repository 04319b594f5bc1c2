from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FilingOut")



@_attrs_define
class FilingOut:
    """ 
        Attributes:
            id (str):
            year (int):
            filed_at (datetime.datetime):
            confirmation_number (str):
            signed_by (str):
            recorded_at (datetime.datetime):
            due_on (datetime.date): The filing deadline for the year (March 1, rolled to a business day).
            on_time (bool): Filed by the end of `due_on` in the carrier's time zone.
     """

    id: str
    year: int
    filed_at: datetime.datetime
    confirmation_number: str
    signed_by: str
    recorded_at: datetime.datetime
    due_on: datetime.date
    on_time: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        filed_at = self.filed_at.isoformat()

        confirmation_number = self.confirmation_number

        signed_by = self.signed_by

        recorded_at = self.recorded_at.isoformat()

        due_on = self.due_on.isoformat()

        on_time = self.on_time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "filed_at": filed_at,
            "confirmation_number": confirmation_number,
            "signed_by": signed_by,
            "recorded_at": recorded_at,
            "due_on": due_on,
            "on_time": on_time,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        year = d.pop("year")

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))




        confirmation_number = d.pop("confirmation_number")

        signed_by = d.pop("signed_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        on_time = d.pop("on_time")

        filing_out = cls(
            id=id,
            year=year,
            filed_at=filed_at,
            confirmation_number=confirmation_number,
            signed_by=signed_by,
            recorded_at=recorded_at,
            due_on=due_on,
            on_time=on_time,
        )


        filing_out.additional_properties = d
        return filing_out

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
