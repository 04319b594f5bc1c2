from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="GoodFaithException")



@_attrs_define
class GoodFaithException:
    """ R-2011-NEW-2: the good-faith acquisition by an employee or agent; it makes the incident no breach only
    when all three conditions hold, with the reason on the record.

        Attributes:
            by_employee_or_agent (bool):
            acquired_in_good_faith (bool):
            not_used_improperly_or_further_disclosed (bool):
            reason (str): The evidence for the three conditions (who, how, what was done after).
     """

    by_employee_or_agent: bool
    acquired_in_good_faith: bool
    not_used_improperly_or_further_disclosed: bool
    reason: str





    def to_dict(self) -> dict[str, Any]:
        by_employee_or_agent = self.by_employee_or_agent

        acquired_in_good_faith = self.acquired_in_good_faith

        not_used_improperly_or_further_disclosed = self.not_used_improperly_or_further_disclosed

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "by_employee_or_agent": by_employee_or_agent,
            "acquired_in_good_faith": acquired_in_good_faith,
            "not_used_improperly_or_further_disclosed": not_used_improperly_or_further_disclosed,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by_employee_or_agent = d.pop("by_employee_or_agent")

        acquired_in_good_faith = d.pop("acquired_in_good_faith")

        not_used_improperly_or_further_disclosed = d.pop("not_used_improperly_or_further_disclosed")

        reason = d.pop("reason")

        good_faith_exception = cls(
            by_employee_or_agent=by_employee_or_agent,
            acquired_in_good_faith=acquired_in_good_faith,
            not_used_improperly_or_further_disclosed=not_used_improperly_or_further_disclosed,
            reason=reason,
        )

        return good_faith_exception

