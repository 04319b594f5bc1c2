from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="BreachVoid")



@_attrs_define
class BreachVoid:
    """ A breach recorded by mistake is voided, never deleted: it leaves the obligations and the report.

        Attributes:
            reason (str): Why the record was a mistake (e.g. a test entry, a wrong year).
     """

    reason: str





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        breach_void = cls(
            reason=reason,
        )

        return breach_void

