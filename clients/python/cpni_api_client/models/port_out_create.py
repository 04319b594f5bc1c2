from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PortOutCreate")



@_attrs_define
class PortOutCreate:
    """ 
        Attributes:
            telephone_number (str):
            transfer_pin (str): 6 to 15 digits, not one digit repeated nor a run; kept as argon2id, never shown again.
            new_provider (str): The gaining carrier.
     """

    telephone_number: str
    transfer_pin: str
    new_provider: str





    def to_dict(self) -> dict[str, Any]:
        telephone_number = self.telephone_number

        transfer_pin = self.transfer_pin

        new_provider = self.new_provider


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "telephone_number": telephone_number,
            "transfer_pin": transfer_pin,
            "new_provider": new_provider,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        telephone_number = d.pop("telephone_number")

        transfer_pin = d.pop("transfer_pin")

        new_provider = d.pop("new_provider")

        port_out_create = cls(
            telephone_number=telephone_number,
            transfer_pin=transfer_pin,
            new_provider=new_provider,
        )

        return port_out_create

