from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FilingCreate")



@_attrs_define
class FilingCreate:
    """ R-2009-e: the certification for the year was filed in EB Docket No. 06-36.

        Attributes:
            filed_at (datetime.datetime):
            confirmation_number (str): The confirmation the FCC's filing system gave.
            signed_by (str): The officer who signed the certification.
     """

    filed_at: datetime.datetime
    confirmation_number: str
    signed_by: str





    def to_dict(self) -> dict[str, Any]:
        filed_at = self.filed_at.isoformat()

        confirmation_number = self.confirmation_number

        signed_by = self.signed_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "filed_at": filed_at,
            "confirmation_number": confirmation_number,
            "signed_by": signed_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))




        confirmation_number = d.pop("confirmation_number")

        signed_by = d.pop("signed_by")

        filing_create = cls(
            filed_at=filed_at,
            confirmation_number=confirmation_number,
            signed_by=signed_by,
        )

        return filing_create

