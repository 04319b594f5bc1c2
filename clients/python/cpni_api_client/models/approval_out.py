from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_decision import ApprovalDecision
from ..models.approval_method import ApprovalMethod
from ..models.approval_scope import ApprovalScope
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.oral_evidence import OralEvidence





T = TypeVar("T", bound="ApprovalOut")



@_attrs_define
class ApprovalOut:
    """ 
        Attributes:
            id (str):
            account_id (str):
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            decision (ApprovalDecision):
            method (ApprovalMethod): R-2007-a-1: approval may be written, oral or electronic.
            notice_id (None | str):
            decided_at (datetime.datetime):
            one_time (bool): One-time oral consent bound to `interaction_id` (E11).
            interaction_id (None | str):
            covers_location (bool):
            third_party_id (None | str):
            document_reference (None | str):
            oral_evidence (None | OralEvidence):
            recorded_at (datetime.datetime):
            in_effect (bool):
            ended_at (datetime.datetime | None): When it stopped being in effect; null while in effect.
            retained_until (datetime.datetime | None): It may not be deleted before this (R-2007-a-4); null while in effect.
     """

    id: str
    account_id: str
    scope: ApprovalScope
    decision: ApprovalDecision
    method: ApprovalMethod
    notice_id: None | str
    decided_at: datetime.datetime
    one_time: bool
    interaction_id: None | str
    covers_location: bool
    third_party_id: None | str
    document_reference: None | str
    oral_evidence: None | OralEvidence
    recorded_at: datetime.datetime
    in_effect: bool
    ended_at: datetime.datetime | None
    retained_until: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.oral_evidence import OralEvidence # noqa: PLC0415
        id = self.id

        account_id = self.account_id

        scope = self.scope.value

        decision = self.decision.value

        method = self.method.value

        notice_id: None | str
        notice_id = self.notice_id

        decided_at = self.decided_at.isoformat()

        one_time = self.one_time

        interaction_id: None | str
        interaction_id = self.interaction_id

        covers_location = self.covers_location

        third_party_id: None | str
        third_party_id = self.third_party_id

        document_reference: None | str
        document_reference = self.document_reference

        oral_evidence: dict[str, Any] | None
        if isinstance(self.oral_evidence, OralEvidence):
            oral_evidence = self.oral_evidence.to_dict()
        else:
            oral_evidence = self.oral_evidence

        recorded_at = self.recorded_at.isoformat()

        in_effect = self.in_effect

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        retained_until: None | str
        if isinstance(self.retained_until, datetime.datetime):
            retained_until = self.retained_until.isoformat()
        else:
            retained_until = self.retained_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "account_id": account_id,
            "scope": scope,
            "decision": decision,
            "method": method,
            "notice_id": notice_id,
            "decided_at": decided_at,
            "one_time": one_time,
            "interaction_id": interaction_id,
            "covers_location": covers_location,
            "third_party_id": third_party_id,
            "document_reference": document_reference,
            "oral_evidence": oral_evidence,
            "recorded_at": recorded_at,
            "in_effect": in_effect,
            "ended_at": ended_at,
            "retained_until": retained_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oral_evidence import OralEvidence # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

        scope = ApprovalScope(d.pop("scope"))




        decision = ApprovalDecision(d.pop("decision"))




        method = ApprovalMethod(d.pop("method"))




        def _parse_notice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notice_id = _parse_notice_id(d.pop("notice_id"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        one_time = d.pop("one_time")

        def _parse_interaction_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id"))


        covers_location = d.pop("covers_location")

        def _parse_third_party_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id"))


        def _parse_document_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_reference = _parse_document_reference(d.pop("document_reference"))


        def _parse_oral_evidence(data: object) -> None | OralEvidence:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oral_evidence_type_0 = OralEvidence.from_dict(data)



                return oral_evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OralEvidence, data)

        oral_evidence = _parse_oral_evidence(d.pop("oral_evidence"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        in_effect = d.pop("in_effect")

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)



                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))


        def _parse_retained_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retained_until_type_0 = datetime.datetime.fromisoformat(data)



                return retained_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retained_until = _parse_retained_until(d.pop("retained_until"))


        approval_out = cls(
            id=id,
            account_id=account_id,
            scope=scope,
            decision=decision,
            method=method,
            notice_id=notice_id,
            decided_at=decided_at,
            one_time=one_time,
            interaction_id=interaction_id,
            covers_location=covers_location,
            third_party_id=third_party_id,
            document_reference=document_reference,
            oral_evidence=oral_evidence,
            recorded_at=recorded_at,
            in_effect=in_effect,
            ended_at=ended_at,
            retained_until=retained_until,
        )


        approval_out.additional_properties = d
        return approval_out

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
