from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="HarmAssessment")



@_attrs_define
class HarmAssessment:
    """ R-2011-NEW-8: harm is presumed; a finding either way is written down with its basis and reviewer.

        Attributes:
            harm_reasonably_likely (bool):
            basis (str):
            assessed_by (str): The named reviewer who made the finding.
     """

    harm_reasonably_likely: bool
    basis: str
    assessed_by: str





    def to_dict(self) -> dict[str, Any]:
        harm_reasonably_likely = self.harm_reasonably_likely

        basis = self.basis

        assessed_by = self.assessed_by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "harm_reasonably_likely": harm_reasonably_likely,
            "basis": basis,
            "assessed_by": assessed_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        harm_reasonably_likely = d.pop("harm_reasonably_likely")

        basis = d.pop("basis")

        assessed_by = d.pop("assessed_by")

        harm_assessment = cls(
            harm_reasonably_likely=harm_reasonably_likely,
            basis=basis,
            assessed_by=assessed_by,
        )

        return harm_assessment

