from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SimSwapCheck")



@_attrs_define
class SimSwapCheck:
    """ CAMARA SimSwap `check`, in this API's snake_case.

        Attributes:
            phone_number (str):
            max_age_hours (int | Unset):  Default: 240.
     """

    phone_number: str
    max_age_hours: int | Unset = 240





    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        max_age_hours = self.max_age_hours


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "phone_number": phone_number,
        })
        if max_age_hours is not UNSET:
            field_dict["max_age_hours"] = max_age_hours

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        max_age_hours = d.pop("max_age_hours", UNSET)

        sim_swap_check = cls(
            phone_number=phone_number,
            max_age_hours=max_age_hours,
        )

        return sim_swap_check

