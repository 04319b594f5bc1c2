from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="NumberRemoval")



@_attrs_define
class NumberRemoval:
    """ 
        Attributes:
            interaction_id (str):
     """

    interaction_id: str





    def to_dict(self) -> dict[str, Any]:
        interaction_id = self.interaction_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "interaction_id": interaction_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interaction_id = d.pop("interaction_id")

        number_removal = cls(
            interaction_id=interaction_id,
        )

        return number_removal

