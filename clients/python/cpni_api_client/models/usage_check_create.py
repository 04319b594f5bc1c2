from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_scope import ApprovalScope
from ..models.emergency_recipient import EmergencyRecipient
from ..models.service_category import ServiceCategory
from ..models.usage_purpose import UsagePurpose
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.legal_process_in import LegalProcessIn





T = TypeVar("T", bound="UsageCheckCreate")



@_attrs_define
class UsageCheckCreate:
    """ 
        Attributes:
            account_id (str):
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            purpose (UsagePurpose | Unset): Why CPNI would be used. The two marketing purposes rest on approval (R-2007);
                the others are the
                uses R-2005 and 47 U.S.C. 222(c)(1) and (d) permit without approval.

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            emergency_recipient (EmergencyRecipient | None | Unset): purpose emergency only, and required with it: who
                receives the user's call location (47 U.S.C. 222(d)(4)).
            legal_process (LegalProcessIn | None | Unset): purpose required_by_law only, and required with it: the subpoena,
                court order or warrant that compels the disclosure (47 U.S.C. 222(c)(1)). Counted in the annual certification.
            third_party_id (None | str | Unset): The recipient; required for sharing scopes.
            campaign_id (None | str | Unset): The campaign, which must be approved (R-2009-d).
            interaction_id (None | str | Unset): The call in which the use happens; one-time oral consent counts only here.
            includes_location (bool | Unset): The CPNI includes location information: express prior authorization needed
                (R-222-f). Default: False.
            offer_category (None | ServiceCategory | Unset): service_within_subscribed_categories: the offer's category
                (R-2005-a-1).
            subscribed_categories (list[ServiceCategory] | Unset): The categories the customer subscribes to.
     """

    account_id: str
    scope: ApprovalScope
    purpose: UsagePurpose | Unset = UNSET
    emergency_recipient: EmergencyRecipient | None | Unset = UNSET
    legal_process: LegalProcessIn | None | Unset = UNSET
    third_party_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    includes_location: bool | Unset = False
    offer_category: None | ServiceCategory | Unset = UNSET
    subscribed_categories: list[ServiceCategory] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_process_in import LegalProcessIn # noqa: PLC0415
        account_id = self.account_id

        scope = self.scope.value

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value


        emergency_recipient: None | str | Unset
        if isinstance(self.emergency_recipient, Unset):
            emergency_recipient = UNSET
        elif isinstance(self.emergency_recipient, EmergencyRecipient):
            emergency_recipient = self.emergency_recipient.value
        else:
            emergency_recipient = self.emergency_recipient

        legal_process: dict[str, Any] | None | Unset
        if isinstance(self.legal_process, Unset):
            legal_process = UNSET
        elif isinstance(self.legal_process, LegalProcessIn):
            legal_process = self.legal_process.to_dict()
        else:
            legal_process = self.legal_process

        third_party_id: None | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        else:
            third_party_id = self.third_party_id

        campaign_id: None | str | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        includes_location = self.includes_location

        offer_category: None | str | Unset
        if isinstance(self.offer_category, Unset):
            offer_category = UNSET
        elif isinstance(self.offer_category, ServiceCategory):
            offer_category = self.offer_category.value
        else:
            offer_category = self.offer_category

        subscribed_categories: list[str] | Unset = UNSET
        if not isinstance(self.subscribed_categories, Unset):
            subscribed_categories = []
            for subscribed_categories_item_data in self.subscribed_categories:
                subscribed_categories_item = subscribed_categories_item_data.value
                subscribed_categories.append(subscribed_categories_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "account_id": account_id,
            "scope": scope,
        })
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if emergency_recipient is not UNSET:
            field_dict["emergency_recipient"] = emergency_recipient
        if legal_process is not UNSET:
            field_dict["legal_process"] = legal_process
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if includes_location is not UNSET:
            field_dict["includes_location"] = includes_location
        if offer_category is not UNSET:
            field_dict["offer_category"] = offer_category
        if subscribed_categories is not UNSET:
            field_dict["subscribed_categories"] = subscribed_categories

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_process_in import LegalProcessIn # noqa: PLC0415
        d = dict(src_dict)
        account_id = d.pop("account_id")

        scope = ApprovalScope(d.pop("scope"))




        _purpose = d.pop("purpose", UNSET)
        purpose: UsagePurpose | Unset
        if isinstance(_purpose,  Unset):
            purpose = UNSET
        else:
            purpose = UsagePurpose(_purpose)




        def _parse_emergency_recipient(data: object) -> EmergencyRecipient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                emergency_recipient_type_0 = EmergencyRecipient(data)



                return emergency_recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyRecipient | None | Unset, data)

        emergency_recipient = _parse_emergency_recipient(d.pop("emergency_recipient", UNSET))


        def _parse_legal_process(data: object) -> LegalProcessIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_process_type_0 = LegalProcessIn.from_dict(data)



                return legal_process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalProcessIn | None | Unset, data)

        legal_process = _parse_legal_process(d.pop("legal_process", UNSET))


        def _parse_third_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id", UNSET))


        def _parse_campaign_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))


        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        includes_location = d.pop("includes_location", UNSET)

        def _parse_offer_category(data: object) -> None | ServiceCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offer_category_type_0 = ServiceCategory(data)



                return offer_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCategory | Unset, data)

        offer_category = _parse_offer_category(d.pop("offer_category", UNSET))


        _subscribed_categories = d.pop("subscribed_categories", UNSET)
        subscribed_categories: list[ServiceCategory] | Unset = UNSET
        if _subscribed_categories is not UNSET:
            subscribed_categories = []
            for subscribed_categories_item_data in _subscribed_categories:
                subscribed_categories_item = ServiceCategory(subscribed_categories_item_data)



                subscribed_categories.append(subscribed_categories_item)


        usage_check_create = cls(
            account_id=account_id,
            scope=scope,
            purpose=purpose,
            emergency_recipient=emergency_recipient,
            legal_process=legal_process,
            third_party_id=third_party_id,
            campaign_id=campaign_id,
            interaction_id=interaction_id,
            includes_location=includes_location,
            offer_category=offer_category,
            subscribed_categories=subscribed_categories,
        )

        return usage_check_create

