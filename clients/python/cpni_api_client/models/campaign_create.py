from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_scope import ApprovalScope
from ..models.campaign_create_purpose import CampaignCreatePurpose
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CampaignCreate")



@_attrs_define
class CampaignCreate:
    """ R-2009-c: a description, the specific CPNI used and the products and services offered.

        Attributes:
            description (str):
            cpni_used (list[str]): The specific CPNI used.
            products_offered (list[str]):
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            requested_by (str): The sales person requesting it; may not review it (R-2009-d).
            purpose (CampaignCreatePurpose | Unset):  Default: CampaignCreatePurpose.MARKETING_COMMUNICATIONS_RELATED.
            third_party_id (None | str | Unset): The recipient; required for sharing scopes.
            includes_location (bool | Unset): The campaign uses location information (R-222-f). Default: False.
     """

    description: str
    cpni_used: list[str]
    products_offered: list[str]
    scope: ApprovalScope
    requested_by: str
    purpose: CampaignCreatePurpose | Unset = CampaignCreatePurpose.MARKETING_COMMUNICATIONS_RELATED
    third_party_id: None | str | Unset = UNSET
    includes_location: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        cpni_used = self.cpni_used



        products_offered = self.products_offered



        scope = self.scope.value

        requested_by = self.requested_by

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value


        third_party_id: None | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        else:
            third_party_id = self.third_party_id

        includes_location = self.includes_location


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "cpni_used": cpni_used,
            "products_offered": products_offered,
            "scope": scope,
            "requested_by": requested_by,
        })
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if includes_location is not UNSET:
            field_dict["includes_location"] = includes_location

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        cpni_used = cast(list[str], d.pop("cpni_used"))


        products_offered = cast(list[str], d.pop("products_offered"))


        scope = ApprovalScope(d.pop("scope"))




        requested_by = d.pop("requested_by")

        _purpose = d.pop("purpose", UNSET)
        purpose: CampaignCreatePurpose | Unset
        if isinstance(_purpose,  Unset):
            purpose = UNSET
        else:
            purpose = CampaignCreatePurpose(_purpose)




        def _parse_third_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id", UNSET))


        includes_location = d.pop("includes_location", UNSET)

        campaign_create = cls(
            description=description,
            cpni_used=cpni_used,
            products_offered=products_offered,
            scope=scope,
            requested_by=requested_by,
            purpose=purpose,
            third_party_id=third_party_id,
            includes_location=includes_location,
        )

        return campaign_create

