from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_scope import ApprovalScope
from ..models.campaign_out_status import CampaignOutStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.review_out import ReviewOut





T = TypeVar("T", bound="CampaignOut")



@_attrs_define
class CampaignOut:
    """ 
        Attributes:
            id (str):
            description (str):
            cpni_used (list[str]):
            products_offered (list[str]):
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            purpose (str):
            third_party_id (None | str):
            includes_location (bool):
            requested_by (str):
            status (CampaignOutStatus):
            created_at (datetime.datetime):
            reviewed_at (datetime.datetime | None):
            closed_at (datetime.datetime | None):
            reviews (list[ReviewOut]):
     """

    id: str
    description: str
    cpni_used: list[str]
    products_offered: list[str]
    scope: ApprovalScope
    purpose: str
    third_party_id: None | str
    includes_location: bool
    requested_by: str
    status: CampaignOutStatus
    created_at: datetime.datetime
    reviewed_at: datetime.datetime | None
    closed_at: datetime.datetime | None
    reviews: list[ReviewOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.review_out import ReviewOut # noqa: PLC0415
        id = self.id

        description = self.description

        cpni_used = self.cpni_used



        products_offered = self.products_offered



        scope = self.scope.value

        purpose = self.purpose

        third_party_id: None | str
        third_party_id = self.third_party_id

        includes_location = self.includes_location

        requested_by = self.requested_by

        status = self.status.value

        created_at = self.created_at.isoformat()

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

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
            "cpni_used": cpni_used,
            "products_offered": products_offered,
            "scope": scope,
            "purpose": purpose,
            "third_party_id": third_party_id,
            "includes_location": includes_location,
            "requested_by": requested_by,
            "status": status,
            "created_at": created_at,
            "reviewed_at": reviewed_at,
            "closed_at": closed_at,
            "reviews": reviews,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_out import ReviewOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        cpni_used = cast(list[str], d.pop("cpni_used"))


        products_offered = cast(list[str], d.pop("products_offered"))


        scope = ApprovalScope(d.pop("scope"))




        purpose = d.pop("purpose")

        def _parse_third_party_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id"))


        includes_location = d.pop("includes_location")

        requested_by = d.pop("requested_by")

        status = CampaignOutStatus(d.pop("status"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)



                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))


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
            reviews_item = ReviewOut.from_dict(reviews_item_data)



            reviews.append(reviews_item)


        campaign_out = cls(
            id=id,
            description=description,
            cpni_used=cpni_used,
            products_offered=products_offered,
            scope=scope,
            purpose=purpose,
            third_party_id=third_party_id,
            includes_location=includes_location,
            requested_by=requested_by,
            status=status,
            created_at=created_at,
            reviewed_at=reviewed_at,
            closed_at=closed_at,
            reviews=reviews,
        )


        campaign_out.additional_properties = d
        return campaign_out

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
