from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AffectedCustomers")



@_attrs_define
class AffectedCustomers:
    """ R-2011-NEW-5, E27: customers, not accounts or lines, deduplicated; with how they were counted.

        Attributes:
            count (int):
            basis (str): How the count was made (R-2011-NEW-10).
     """

    count: int
    basis: str





    def to_dict(self) -> dict[str, Any]:
        count = self.count

        basis = self.basis


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "count": count,
            "basis": basis,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        basis = d.pop("basis")

        affected_customers = cls(
            count=count,
            basis=basis,
        )

        return affected_customers

