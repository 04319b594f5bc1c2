from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SimSwapRetrieve")



@_attrs_define
class SimSwapRetrieve:
    """ 
        Attributes:
            phone_number (str):
     """

    phone_number: str





    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "phone_number": phone_number,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phone_number")

        sim_swap_retrieve = cls(
            phone_number=phone_number,
        )

        return sim_swap_retrieve

