from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="HoldRelease")



@_attrs_define
class HoldRelease:
    """ 
        Attributes:
            released_at (datetime.datetime):
            written_notice_reference (str): The agency's written notice that disclosure no longer impedes the investigation.
     """

    released_at: datetime.datetime
    written_notice_reference: str





    def to_dict(self) -> dict[str, Any]:
        released_at = self.released_at.isoformat()

        written_notice_reference = self.written_notice_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "released_at": released_at,
            "written_notice_reference": written_notice_reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        released_at = datetime.datetime.fromisoformat(d.pop("released_at"))




        written_notice_reference = d.pop("written_notice_reference")

        hold_release = cls(
            released_at=released_at,
            written_notice_reference=written_notice_reference,
        )

        return hold_release

