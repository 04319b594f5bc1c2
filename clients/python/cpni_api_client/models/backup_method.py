from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.backup_method_method import BackupMethodMethod
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BackupMethod")



@_attrs_define
class BackupMethod:
    """ A backup method for lost passwords (R-2010-e-2): a customer-chosen question and answer, or TOTP.

        Attributes:
            method (BackupMethodMethod):
            question (None | str | Unset):
            answer (None | str | Unset):
     """

    method: BackupMethodMethod
    question: None | str | Unset = UNSET
    answer: None | str | Unset = UNSET





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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "method": method,
        })
        if question is not UNSET:
            field_dict["question"] = question
        if answer is not UNSET:
            field_dict["answer"] = answer

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = BackupMethodMethod(d.pop("method"))




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


        backup_method = cls(
            method=method,
            question=question,
            answer=answer,
        )

        return backup_method

