from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SummaryFilingOut")



@_attrs_define
class SummaryFilingOut:
    """ 
        Attributes:
            id (str):
            year (int):
            filed_at (datetime.datetime):
            reference (str):
            breach_ids (list[str]): The breaches the summary filed covered.
            recorded_at (datetime.datetime):
            on_time (bool):
     """

    id: str
    year: int
    filed_at: datetime.datetime
    reference: str
    breach_ids: list[str]
    recorded_at: datetime.datetime
    on_time: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        filed_at = self.filed_at.isoformat()

        reference = self.reference

        breach_ids = self.breach_ids



        recorded_at = self.recorded_at.isoformat()

        on_time = self.on_time


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "filed_at": filed_at,
            "reference": reference,
            "breach_ids": breach_ids,
            "recorded_at": recorded_at,
            "on_time": on_time,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        year = d.pop("year")

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))




        reference = d.pop("reference")

        breach_ids = cast(list[str], d.pop("breach_ids"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        on_time = d.pop("on_time")

        summary_filing_out = cls(
            id=id,
            year=year,
            filed_at=filed_at,
            reference=reference,
            breach_ids=breach_ids,
            recorded_at=recorded_at,
            on_time=on_time,
        )


        summary_filing_out.additional_properties = d
        return summary_filing_out

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
