from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OnlineAccountSet")



@_attrs_define
class OnlineAccountSet:
    """ 
        Attributes:
            username (str):
            interaction_id (None | str | Unset): An open interaction, already authenticated by password, one-time code or
                photo ID (R-2010-e-1). Omit only during a new-service account's service initiation
                (`service_initiation_ends_at`, R-2010-f-2).
     """

    username: str
    interaction_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        username = self.username

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "username": username,
        })
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        online_account_set = cls(
            username=username,
            interaction_id=interaction_id,
        )

        return online_account_set

