from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PasswordSet")



@_attrs_define
class PasswordSet:
    """ 
        Attributes:
            password (str): Never stored; kept as argon2id.
            interaction_id (None | str | Unset): An open interaction, already authenticated by password, one-time code or
                photo ID (R-2010-e-1). Omit only during a new-service account's service initiation
                (`service_initiation_ends_at`, R-2010-f-2).
            forbidden_values (list[str] | Unset): The customer's readily available biographical and account information from
                the CRM (SSN, date of birth, names, mother's maiden name, account numbers...). Used to refuse the secret, never
                stored.
     """

    password: str
    interaction_id: None | str | Unset = UNSET
    forbidden_values: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        forbidden_values: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_values, Unset):
            forbidden_values = self.forbidden_values




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "password": password,
        })
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if forbidden_values is not UNSET:
            field_dict["forbidden_values"] = forbidden_values

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        forbidden_values = cast(list[str], d.pop("forbidden_values", UNSET))


        password_set = cls(
            password=password,
            interaction_id=interaction_id,
            forbidden_values=forbidden_values,
        )

        return password_set

