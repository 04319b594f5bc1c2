from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PretexterActionCorrection")



@_attrs_define
class PretexterActionCorrection:
    """ The outcome of an action against a pretexter or data broker, known later (design.md §5).

        Attributes:
            outcome (str):
     """

    outcome: str





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = d.pop("outcome")

        pretexter_action_correction = cls(
            outcome=outcome,
        )

        return pretexter_action_correction

