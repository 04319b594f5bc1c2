from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_out_decision import ReviewOutDecision
from typing import cast
import datetime






T = TypeVar("T", bound="ReviewOut")



@_attrs_define
class ReviewOut:
    """ 
        Attributes:
            id (str):
            campaign_id (str):
            reviewer (str):
            decision (ReviewOutDecision):
            notes (None | str):
            reviewed_at (datetime.datetime):
     """

    id: str
    campaign_id: str
    reviewer: str
    decision: ReviewOutDecision
    notes: None | str
    reviewed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        reviewer = self.reviewer

        decision = self.decision.value

        notes: None | str
        notes = self.notes

        reviewed_at = self.reviewed_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "campaign_id": campaign_id,
            "reviewer": reviewer,
            "decision": decision,
            "notes": notes,
            "reviewed_at": reviewed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = d.pop("campaign_id")

        reviewer = d.pop("reviewer")

        decision = ReviewOutDecision(d.pop("decision"))




        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))


        reviewed_at = datetime.datetime.fromisoformat(d.pop("reviewed_at"))




        review_out = cls(
            id=id,
            campaign_id=campaign_id,
            reviewer=reviewer,
            decision=decision,
            notes=notes,
            reviewed_at=reviewed_at,
        )


        review_out.additional_properties = d
        return review_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
