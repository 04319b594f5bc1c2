from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="NumberOfRecordAdd")



@_attrs_define
class NumberOfRecordAdd:
    """ 
        Attributes:
            telephone_number (str):
            interaction_id (None | str | Unset): An interaction authenticated by password, one-time code or photo ID; omit
                only during a new-service account's service initiation (R-2010-f-2).
            ported_in (bool | Unset): The number arrived from another carrier: a new SIM for the SIM-swap signal (E7).
                Default: False.
     """

    telephone_number: str
    interaction_id: None | str | Unset = UNSET
    ported_in: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        telephone_number = self.telephone_number

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        ported_in = self.ported_in


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "telephone_number": telephone_number,
        })
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if ported_in is not UNSET:
            field_dict["ported_in"] = ported_in

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        telephone_number = d.pop("telephone_number")

        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        ported_in = d.pop("ported_in", UNSET)

        number_of_record_add = cls(
            telephone_number=telephone_number,
            interaction_id=interaction_id,
            ported_in=ported_in,
        )

        return number_of_record_add

