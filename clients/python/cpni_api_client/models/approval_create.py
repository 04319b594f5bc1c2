from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_decision import ApprovalDecision
from ..models.approval_method import ApprovalMethod
from ..models.approval_scope import ApprovalScope
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.oral_evidence import OralEvidence





T = TypeVar("T", bound="ApprovalCreate")



@_attrs_define
class ApprovalCreate:
    """ 
        Attributes:
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            decision (ApprovalDecision):
            method (ApprovalMethod): R-2007-a-1: approval may be written, oral or electronic.
            notice_id (None | str | Unset): The notice given before the solicitation (R-2008-a-1); required for a grant,
                except a new-carrier disclosure, which rests on the customer's written request.
            decided_at (datetime.datetime | None | Unset): When the customer decided; now.
            interaction_id (None | str | Unset): One-time oral consent for this call only (R-2008-f, E11): a grant bound to
                an open call interaction; it ends with the interaction and never becomes standing approval.
            oral_evidence (None | OralEvidence | Unset): Required for an oral grant.
            covers_location (bool | Unset): The customer expressly authorized the use of location information (R-222-f,
                E17). Default: False.
            third_party_id (None | str | Unset): New-carrier disclosure: the carrier the customer designated (R-222-c2).
            document_reference (None | str | Unset): Written approval: the signed document. Required for a new-carrier
                disclosure.
     """

    scope: ApprovalScope
    decision: ApprovalDecision
    method: ApprovalMethod
    notice_id: None | str | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    oral_evidence: None | OralEvidence | Unset = UNSET
    covers_location: bool | Unset = False
    third_party_id: None | str | Unset = UNSET
    document_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.oral_evidence import OralEvidence # noqa: PLC0415
        scope = self.scope.value

        decision = self.decision.value

        method = self.method.value

        notice_id: None | str | Unset
        if isinstance(self.notice_id, Unset):
            notice_id = UNSET
        else:
            notice_id = self.notice_id

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        oral_evidence: dict[str, Any] | None | Unset
        if isinstance(self.oral_evidence, Unset):
            oral_evidence = UNSET
        elif isinstance(self.oral_evidence, OralEvidence):
            oral_evidence = self.oral_evidence.to_dict()
        else:
            oral_evidence = self.oral_evidence

        covers_location = self.covers_location

        third_party_id: None | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        else:
            third_party_id = self.third_party_id

        document_reference: None | str | Unset
        if isinstance(self.document_reference, Unset):
            document_reference = UNSET
        else:
            document_reference = self.document_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "scope": scope,
            "decision": decision,
            "method": method,
        })
        if notice_id is not UNSET:
            field_dict["notice_id"] = notice_id
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if oral_evidence is not UNSET:
            field_dict["oral_evidence"] = oral_evidence
        if covers_location is not UNSET:
            field_dict["covers_location"] = covers_location
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if document_reference is not UNSET:
            field_dict["document_reference"] = document_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oral_evidence import OralEvidence # noqa: PLC0415
        d = dict(src_dict)
        scope = ApprovalScope(d.pop("scope"))




        decision = ApprovalDecision(d.pop("decision"))




        method = ApprovalMethod(d.pop("method"))




        def _parse_notice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notice_id = _parse_notice_id(d.pop("notice_id", UNSET))


        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))


        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        def _parse_oral_evidence(data: object) -> None | OralEvidence | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oral_evidence_type_0 = OralEvidence.from_dict(data)



                return oral_evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OralEvidence | Unset, data)

        oral_evidence = _parse_oral_evidence(d.pop("oral_evidence", UNSET))


        covers_location = d.pop("covers_location", UNSET)

        def _parse_third_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id", UNSET))


        def _parse_document_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_reference = _parse_document_reference(d.pop("document_reference", UNSET))


        approval_create = cls(
            scope=scope,
            decision=decision,
            method=method,
            notice_id=notice_id,
            decided_at=decided_at,
            interaction_id=interaction_id,
            oral_evidence=oral_evidence,
            covers_location=covers_location,
            third_party_id=third_party_id,
            document_reference=document_reference,
        )

        return approval_create

