from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.backup_authentication_set_method import BackupAuthenticationSetMethod
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BackupAuthenticationSet")



@_attrs_define
class BackupAuthenticationSet:
    """ 
        Attributes:
            method (BackupAuthenticationSetMethod):
            question (None | str | Unset):
            answer (None | str | Unset):
            interaction_id (None | str | Unset): An open interaction, already authenticated by password, one-time code or
                photo ID (R-2010-e-1). Omit only during a new-service account's service initiation
                (`service_initiation_ends_at`, R-2010-f-2).
            forbidden_values (list[str] | Unset): The customer's readily available biographical and account information from
                the CRM (SSN, date of birth, names, mother's maiden name, account numbers...). Used to refuse the secret, never
                stored.
     """

    method: BackupAuthenticationSetMethod
    question: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    forbidden_values: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        method = self.method.value

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

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
            "method": method,
        })
        if question is not UNSET:
            field_dict["question"] = question
        if answer is not UNSET:
            field_dict["answer"] = answer
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if forbidden_values is not UNSET:
            field_dict["forbidden_values"] = forbidden_values

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = BackupAuthenticationSetMethod(d.pop("method"))




        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))


        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        answer = _parse_answer(d.pop("answer", UNSET))


        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        forbidden_values = cast(list[str], d.pop("forbidden_values", UNSET))


        backup_authentication_set = cls(
            method=method,
            question=question,
            answer=answer,
            interaction_id=interaction_id,
            forbidden_values=forbidden_values,
        )

        return backup_authentication_set

