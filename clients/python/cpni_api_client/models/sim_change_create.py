from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SimChangeCreate")



@_attrs_define
class SimChangeCreate:
    """ 
        Attributes:
            account_id (str):
            telephone_number (str): The number of record to move to a new SIM.
            interaction_id (str): The customer's interaction asking for it.
     """

    account_id: str
    telephone_number: str
    interaction_id: str





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        telephone_number = self.telephone_number

        interaction_id = self.interaction_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account_id": account_id,
            "telephone_number": telephone_number,
            "interaction_id": interaction_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        telephone_number = d.pop("telephone_number")

        interaction_id = d.pop("interaction_id")

        sim_change_create = cls(
            account_id=account_id,
            telephone_number=telephone_number,
            interaction_id=interaction_id,
        )

        return sim_change_create

