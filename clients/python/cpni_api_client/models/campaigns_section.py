from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.campaign_summary import CampaignSummary
  from ..models.campaigns_section_by_status import CampaignsSectionByStatus
  from ..models.campaigns_section_reviews_by_decision import CampaignsSectionReviewsByDecision





T = TypeVar("T", bound="CampaignsSection")



@_attrs_define
class CampaignsSection:
    """ 
        Attributes:
            count (int): Campaigns active at any time during the year.
            by_status (CampaignsSectionByStatus):
            reviews (int): Supervisory reviews dated in the year (R-2009-d).
            reviews_by_decision (CampaignsSectionReviewsByDecision):
            items (list[CampaignSummary]):
     """

    count: int
    by_status: CampaignsSectionByStatus
    reviews: int
    reviews_by_decision: CampaignsSectionReviewsByDecision
    items: list[CampaignSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_summary import CampaignSummary # noqa: PLC0415
        from ..models.campaigns_section_by_status import CampaignsSectionByStatus # noqa: PLC0415
        from ..models.campaigns_section_reviews_by_decision import CampaignsSectionReviewsByDecision # noqa: PLC0415
        count = self.count

        by_status = self.by_status.to_dict()

        reviews = self.reviews

        reviews_by_decision = self.reviews_by_decision.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "by_status": by_status,
            "reviews": reviews,
            "reviews_by_decision": reviews_by_decision,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_summary import CampaignSummary # noqa: PLC0415
        from ..models.campaigns_section_by_status import CampaignsSectionByStatus # noqa: PLC0415
        from ..models.campaigns_section_reviews_by_decision import CampaignsSectionReviewsByDecision # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count")

        by_status = CampaignsSectionByStatus.from_dict(d.pop("by_status"))




        reviews = d.pop("reviews")

        reviews_by_decision = CampaignsSectionReviewsByDecision.from_dict(d.pop("reviews_by_decision"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CampaignSummary.from_dict(items_item_data)



            items.append(items_item)


        campaigns_section = cls(
            count=count,
            by_status=by_status,
            reviews=reviews,
            reviews_by_decision=reviews_by_decision,
            items=items,
        )


        campaigns_section.additional_properties = d
        return campaigns_section

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
