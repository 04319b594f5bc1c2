from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SummaryFilingCreate")



@_attrs_define
class SummaryFilingCreate:
    """ 
        Attributes:
            filed_at (datetime.datetime):
            reference (str): The Commission's confirmation of the filing.
     """

    filed_at: datetime.datetime
    reference: str





    def to_dict(self) -> dict[str, Any]:
        filed_at = self.filed_at.isoformat()

        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "filed_at": filed_at,
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))




        reference = d.pop("reference")

        summary_filing_create = cls(
            filed_at=filed_at,
            reference=reference,
        )

        return summary_filing_create

