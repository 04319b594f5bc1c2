from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_scope import ApprovalScope
from ..models.emergency_recipient import EmergencyRecipient
from ..models.usage_check_out_decision import UsageCheckOutDecision
from ..models.usage_purpose import UsagePurpose
from ..models.usage_reason import UsageReason
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.basis_out import BasisOut
  from ..models.legal_process_out import LegalProcessOut





T = TypeVar("T", bound="UsageCheckOut")



@_attrs_define
class UsageCheckOut:
    """ 
        Attributes:
            id (str):
            account_id (str):
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            purpose (UsagePurpose): Why CPNI would be used. The two marketing purposes rest on approval (R-2007); the others
                are the
                uses R-2005 and 47 U.S.C. 222(c)(1) and (d) permit without approval.

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            decision (UsageCheckOutDecision):
            reason_code (UsageReason): Extensible: new values may be added in any release, so clients must not fail on an
                unknown value.
            rule (str): The rule id the decision rests on (cpni-rules.md).
            basis (BasisOut | None): What permits the use; null when denied.
            decided_at (datetime.datetime):
            available_from (datetime.datetime | None | Unset): OPT_OUT_WAITING_PERIOD: when opt-out approval may first be
                assumed.
            third_party_id (None | str | Unset):
            campaign_id (None | str | Unset):
            interaction_id (None | str | Unset):
            includes_location (bool | Unset):  Default: False.
            emergency_recipient (EmergencyRecipient | None | Unset):
            legal_process (LegalProcessOut | None | Unset):
     """

    id: str
    account_id: str
    scope: ApprovalScope
    purpose: UsagePurpose
    decision: UsageCheckOutDecision
    reason_code: UsageReason
    rule: str
    basis: BasisOut | None
    decided_at: datetime.datetime
    available_from: datetime.datetime | None | Unset = UNSET
    third_party_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    includes_location: bool | Unset = False
    emergency_recipient: EmergencyRecipient | None | Unset = UNSET
    legal_process: LegalProcessOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.basis_out import BasisOut # noqa: PLC0415
        from ..models.legal_process_out import LegalProcessOut # noqa: PLC0415
        id = self.id

        account_id = self.account_id

        scope = self.scope.value

        purpose = self.purpose.value

        decision = self.decision.value

        reason_code = self.reason_code.value

        rule = self.rule

        basis: dict[str, Any] | None
        if isinstance(self.basis, BasisOut):
            basis = self.basis.to_dict()
        else:
            basis = self.basis

        decided_at = self.decided_at.isoformat()

        available_from: None | str | Unset
        if isinstance(self.available_from, Unset):
            available_from = UNSET
        elif isinstance(self.available_from, datetime.datetime):
            available_from = self.available_from.isoformat()
        else:
            available_from = self.available_from

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
        elif isinstance(self.legal_process, LegalProcessOut):
            legal_process = self.legal_process.to_dict()
        else:
            legal_process = self.legal_process


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "account_id": account_id,
            "scope": scope,
            "purpose": purpose,
            "decision": decision,
            "reason_code": reason_code,
            "rule": rule,
            "basis": basis,
            "decided_at": decided_at,
        })
        if available_from is not UNSET:
            field_dict["available_from"] = available_from
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if includes_location is not UNSET:
            field_dict["includes_location"] = includes_location
        if emergency_recipient is not UNSET:
            field_dict["emergency_recipient"] = emergency_recipient
        if legal_process is not UNSET:
            field_dict["legal_process"] = legal_process

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.basis_out import BasisOut # noqa: PLC0415
        from ..models.legal_process_out import LegalProcessOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

        scope = ApprovalScope(d.pop("scope"))




        purpose = UsagePurpose(d.pop("purpose"))




        decision = UsageCheckOutDecision(d.pop("decision"))




        reason_code = UsageReason(d.pop("reason_code"))




        rule = d.pop("rule")

        def _parse_basis(data: object) -> BasisOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                basis_type_0 = BasisOut.from_dict(data)



                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BasisOut | None, data)

        basis = _parse_basis(d.pop("basis"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        def _parse_available_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_from_type_0 = datetime.datetime.fromisoformat(data)



                return available_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_from = _parse_available_from(d.pop("available_from", UNSET))


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


        def _parse_legal_process(data: object) -> LegalProcessOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_process_type_0 = LegalProcessOut.from_dict(data)



                return legal_process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalProcessOut | None | Unset, data)

        legal_process = _parse_legal_process(d.pop("legal_process", UNSET))


        usage_check_out = cls(
            id=id,
            account_id=account_id,
            scope=scope,
            purpose=purpose,
            decision=decision,
            reason_code=reason_code,
            rule=rule,
            basis=basis,
            decided_at=decided_at,
            available_from=available_from,
            third_party_id=third_party_id,
            campaign_id=campaign_id,
            interaction_id=interaction_id,
            includes_location=includes_location,
            emergency_recipient=emergency_recipient,
            legal_process=legal_process,
        )


        usage_check_out.additional_properties = d
        return usage_check_out

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
