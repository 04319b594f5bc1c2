from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_create_decision import ReviewCreateDecision
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReviewCreate")



@_attrs_define
class ReviewCreate:
    """ 
        Attributes:
            reviewer (str): The supervisor; never the requester (R-2009-d).
            decision (ReviewCreateDecision):
            notes (None | str | Unset):
     """

    reviewer: str
    decision: ReviewCreateDecision
    notes: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reviewer = self.reviewer

        decision = self.decision.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reviewer": reviewer,
            "decision": decision,
        })
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reviewer = d.pop("reviewer")

        decision = ReviewCreateDecision(d.pop("decision"))




        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))


        review_create = cls(
            reviewer=reviewer,
            decision=decision,
            notes=notes,
        )

        return review_create

