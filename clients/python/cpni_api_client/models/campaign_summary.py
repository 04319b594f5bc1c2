from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.campaign_review_summary import CampaignReviewSummary





T = TypeVar("T", bound="CampaignSummary")



@_attrs_define
class CampaignSummary:
    """ R-2009-c: a description of the campaign, the specific CPNI used and the products offered.

        Attributes:
            id (str):
            description (str):
            scope (str):
            cpni_used (list[str]):
            products_offered (list[str]):
            requested_by (str):
            status (str):
            created_at (datetime.datetime):
            closed_at (datetime.datetime | None):
            reviews (list[CampaignReviewSummary]): Its supervisory reviews dated in the year.
     """

    id: str
    description: str
    scope: str
    cpni_used: list[str]
    products_offered: list[str]
    requested_by: str
    status: str
    created_at: datetime.datetime
    closed_at: datetime.datetime | None
    reviews: list[CampaignReviewSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.campaign_review_summary import CampaignReviewSummary # noqa: PLC0415
        id = self.id

        description = self.description

        scope = self.scope

        cpni_used = self.cpni_used



        products_offered = self.products_offered



        requested_by = self.requested_by

        status = self.status

        created_at = self.created_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "description": description,
            "scope": scope,
            "cpni_used": cpni_used,
            "products_offered": products_offered,
            "requested_by": requested_by,
            "status": status,
            "created_at": created_at,
            "closed_at": closed_at,
            "reviews": reviews,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_review_summary import CampaignReviewSummary # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        scope = d.pop("scope")

        cpni_used = cast(list[str], d.pop("cpni_used"))


        products_offered = cast(list[str], d.pop("products_offered"))


        requested_by = d.pop("requested_by")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in (_reviews):
            reviews_item = CampaignReviewSummary.from_dict(reviews_item_data)



            reviews.append(reviews_item)


        campaign_summary = cls(
            id=id,
            description=description,
            scope=scope,
            cpni_used=cpni_used,
            products_offered=products_offered,
            requested_by=requested_by,
            status=status,
            created_at=created_at,
            closed_at=closed_at,
            reviews=reviews,
        )


        campaign_summary.additional_properties = d
        return campaign_summary

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
