from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="TransferPinSet")



@_attrs_define
class TransferPinSet:
    """ 
        Attributes:
            pin (str): 6 to 15 digits, not one digit repeated nor a run; kept as argon2id, never shown again.
            interaction_id (str): An open interaction of the account, authenticated by a method the carrier accepts at the
                SIM-change bar (`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`).
     """

    pin: str
    interaction_id: str





    def to_dict(self) -> dict[str, Any]:
        pin = self.pin

        interaction_id = self.interaction_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "pin": pin,
            "interaction_id": interaction_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pin = d.pop("pin")

        interaction_id = d.pop("interaction_id")

        transfer_pin_set = cls(
            pin=pin,
            interaction_id=interaction_id,
        )

        return transfer_pin_set

