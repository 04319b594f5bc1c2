from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.one_time_code_request_destination import OneTimeCodeRequestDestination
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OneTimeCodeRequest")



@_attrs_define
class OneTimeCodeRequest:
    """ 
        Attributes:
            destination (OneTimeCodeRequestDestination):
            telephone_number (None | str | Unset): Which number of record (default: the first). Must already be a number of
                record: a number the caller supplies is refused (R-2010-b-2, E7).
     """

    destination: OneTimeCodeRequestDestination
    telephone_number: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.value

        telephone_number: None | str | Unset
        if isinstance(self.telephone_number, Unset):
            telephone_number = UNSET
        else:
            telephone_number = self.telephone_number


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "destination": destination,
        })
        if telephone_number is not UNSET:
            field_dict["telephone_number"] = telephone_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destination = OneTimeCodeRequestDestination(d.pop("destination"))




        def _parse_telephone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone_number = _parse_telephone_number(d.pop("telephone_number", UNSET))


        one_time_code_request = cls(
            destination=destination,
            telephone_number=telephone_number,
        )

        return one_time_code_request

