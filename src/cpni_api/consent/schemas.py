from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from cpni_api.consent.policy import UsageReason
from cpni_api.consent.vocabulary import (
    ApprovalDecision,
    ApprovalMethod,
    ApprovalScope,
    EmergencyRecipient,
    LegalProcessKind,
    NoticeDelivery,
    NoticeKind,
    ServiceCategory,
    UsagePurpose,
)
from cpni_api.core.request_values import RequestDatetime

Id = Annotated[str, Field(min_length=1, max_length=40)]
MarketingPurpose = Literal["marketing_communications_related", "marketing_non_communications_related"]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


def _distinct(values: list[Any]) -> list[Any]:
    if len(set(values)) != len(values):
        raise ValueError("values must be distinct")
    return values


def _default_purposes() -> list[MarketingPurpose]:
    return ["marketing_communications_related"]


Reference = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]


class NoticeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: NoticeKind
    delivery: NoticeDelivery = Field(
        description="An oral notice never supports opt-out approval (R-2008-d-0)."
    )
    sent_at: RequestDatetime = Field(description="When it was sent (mailed, for mail); never in the future.")
    version: Annotated[str, Field(min_length=1, max_length=50), AfterValidator(_not_blank)] = Field(
        description="The notice template's version."
    )
    recipients: Annotated[list[Id], AfterValidator(_distinct)] = Field(
        default_factory=list,
        max_length=100,
        description="Ids of the third parties the notice names as recipients (R-2008-c, E10). Sharing with "
        "any other recipient needs a new notice. The carrier's own use needs no recipient.",
    )
    purposes: Annotated[list[MarketingPurpose], AfterValidator(_distinct)] = Field(
        default_factory=_default_purposes,
        min_length=1,
        description="The purposes the notice names (R-2008-c, E10); approvals cover only these.",
    )
    email_delivery_approved: bool = Field(
        default=False,
        description="Email opt-out notices: the customer gave express, verifiable, prior approval to receive "
        "notices by email (R-2008-d-3). Without it an email notice does not support opt-out approval.",
    )


class NoticeOut(BaseModel):
    id: str
    account_id: str
    kind: NoticeKind
    delivery: NoticeDelivery
    sent_at: datetime
    version: str
    recipients: list[str]
    purposes: list[str]
    email_delivery_approved: bool
    approval_assumable_from: datetime | None = Field(
        description="Opt-out: when approval may first be assumed (R-2008-d-1, E9): electronic sent + 30 "
        "calendar days, mail mailed + 3 + 30. Null for opt-in notices and oral notices."
    )
    supports_opt_out_until: datetime | None = Field(
        description="Opt-out: two years after sending a notice stops supporting opt-out approval (E8)."
    )
    supports_opt_out: bool = Field(
        description="False for opt-in, oral, bounced, and unapproved email notices."
    )
    bounced_at: datetime | None
    bounce_reason: str | None
    recorded_at: datetime


class BounceCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    bounced_at: RequestDatetime | None = Field(default=None, description="Defaults to now.")
    reason: str | None = Field(default=None, max_length=200)


class OralEvidence(BaseModel):
    """R-2007-a-2: the carrier bears the burden of proving oral approval."""

    model_config = ConfigDict(extra="forbid")

    agent_id: Reference
    recording_reference: str | None = Field(default=None, max_length=200)
    script_version: str | None = Field(default=None, max_length=50)
    call_reference: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _recording_or_script(self) -> OralEvidence:
        if not (self.recording_reference or self.script_version):
            raise ValueError("oral evidence needs a recording_reference or a script_version")
        return self


class ApprovalCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scope: ApprovalScope
    decision: ApprovalDecision
    method: ApprovalMethod
    notice_id: Id | None = Field(
        default=None,
        description="The notice given before the solicitation (R-2008-a-1); required for a grant, except a "
        "new-carrier disclosure, which rests on the customer's written request.",
    )
    decided_at: RequestDatetime | None = Field(default=None, description="When the customer decided; now.")
    interaction_id: Id | None = Field(
        default=None,
        description="One-time oral consent for this call only (R-2008-f, E11): a grant bound to an open "
        "call interaction; it ends with the interaction and never becomes standing approval.",
    )
    oral_evidence: OralEvidence | None = Field(default=None, description="Required for an oral grant.")
    covers_location: bool = Field(
        default=False,
        description="The customer expressly authorized the use of location information (R-222-f, E17).",
    )
    third_party_id: Id | None = Field(
        default=None, description="New-carrier disclosure: the carrier the customer designated (R-222-c2)."
    )
    document_reference: str | None = Field(
        default=None,
        max_length=200,
        description="Written approval: the signed document. Required for a new-carrier disclosure.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> ApprovalCreate:
        granted = self.decision == ApprovalDecision.GRANTED
        new_carrier = self.scope == ApprovalScope.NEW_CARRIER_DISCLOSURE
        if granted and self.method == ApprovalMethod.ORAL and self.oral_evidence is None:
            raise ValueError("an oral grant needs oral_evidence (R-2007-a-2)")
        if granted and not new_carrier and self.notice_id is None:
            raise ValueError("a grant needs the notice_id of the notice given first (R-2008-a-1)")
        if (
            granted
            and new_carrier
            and not (
                self.method == ApprovalMethod.WRITTEN and self.document_reference and self.third_party_id
            )
        ):
            raise ValueError(
                "a new-carrier disclosure needs the customer's written request: method written, "
                "document_reference and the designated third_party_id (R-222-c2)"
            )
        if self.third_party_id is not None and not new_carrier:
            raise ValueError("third_party_id designates a new carrier; sharing recipients come from notices")
        if self.interaction_id is not None and not (granted and self.method == ApprovalMethod.ORAL):
            raise ValueError("interaction_id makes an oral grant one-time consent; only oral grants take it")
        if self.covers_location and not granted:
            raise ValueError("covers_location applies to grants")
        return self


class ApprovalOut(BaseModel):
    id: str
    account_id: str
    scope: ApprovalScope
    decision: ApprovalDecision
    method: ApprovalMethod
    notice_id: str | None
    decided_at: datetime
    one_time: bool = Field(description="One-time oral consent bound to `interaction_id` (E11).")
    interaction_id: str | None
    covers_location: bool
    third_party_id: str | None
    document_reference: str | None
    oral_evidence: OralEvidence | None
    recorded_at: datetime
    in_effect: bool
    ended_at: datetime | None = Field(description="When it stopped being in effect; null while in effect.")
    retained_until: datetime | None = Field(
        description="It may not be deleted before this (R-2007-a-4); null while in effect."
    )


class ScopeStatus(BaseModel):
    scope: ApprovalScope
    status: Literal["granted", "denied", "revoked", "opt_out_assumed", "opt_out_waiting", "no_approval"]
    requirement: Literal["opt_out", "opt_in", "express_written_authorization"] = Field(
        description="What the R-2007 table asks for communications-related marketing with this scope."
    )
    rule: str
    approval_id: str | None = None
    notice_id: str | None = None
    method: ApprovalMethod | None = None
    decided_at: datetime | None = None
    approval_assumable_from: datetime | None = None
    recipients: list[str] | None = Field(
        default=None, description="Opt-out: the recipients the notice names (E10)."
    )


class ApprovalsView(BaseModel):
    account_id: str
    evaluated_at: datetime
    scopes: list[ScopeStatus] = Field(description="The current standing status of every scope.")
    history: list[ApprovalOut] = Field(description="Every recorded decision, oldest first.")


class LegalProcessIn(BaseModel):
    """47 U.S.C. 222(c)(1): the legal process that compels a disclosure."""

    model_config = ConfigDict(extra="forbid")

    kind: LegalProcessKind
    reference: Reference = Field(description="The docket, case or process number.")
    issued_by: Reference = Field(description="The court or agency that issued it.")


class UsageCheckCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: Id
    scope: ApprovalScope
    purpose: UsagePurpose = Field(
        default=UsagePurpose.MARKETING_COMMUNICATIONS_RELATED,
        description="Marketing purposes rest on approval (R-2007). billing and fraud_prevention are "
        "47 U.S.C. 222(d)(1)-(2) uses; service_within_subscribed_categories, inside_wiring and "
        "adjunct_to_basic_marketing are R-2005 uses by the carrier itself (scope carrier_marketing). "
        "emergency (222(d)(4), with `emergency_recipient`, the user's location only) and "
        "required_by_law (222(c)(1), with `legal_process`) are disclosures: scope third_party_disclosure "
        "only.",
    )
    emergency_recipient: EmergencyRecipient | None = Field(
        default=None,
        validate_default=True,
        description="purpose emergency only, and required with it: who receives the user's call location "
        "(47 U.S.C. 222(d)(4)).",
    )
    legal_process: LegalProcessIn | None = Field(
        default=None,
        validate_default=True,
        description="purpose required_by_law only, and required with it: the subpoena, court order or "
        "warrant that compels the disclosure (47 U.S.C. 222(c)(1)). Counted in the annual certification.",
    )
    third_party_id: Id | None = Field(default=None, description="The recipient; required for sharing scopes.")
    campaign_id: Id | None = Field(
        default=None, description="The campaign, which must be approved (R-2009-d)."
    )
    interaction_id: Id | None = Field(
        default=None, description="The call in which the use happens; one-time oral consent counts only here."
    )
    includes_location: bool = Field(
        default=False,
        description="The CPNI includes location information: express prior authorization needed (R-222-f).",
    )
    offer_category: ServiceCategory | None = Field(
        default=None, description="service_within_subscribed_categories: the offer's category (R-2005-a-1)."
    )
    subscribed_categories: Annotated[list[ServiceCategory], AfterValidator(_distinct)] = Field(
        default_factory=list, max_length=4, description="The categories the customer subscribes to."
    )

    # Field validators with `validate_default`, declared after `purpose`: the error names the field.
    @field_validator("emergency_recipient", "legal_process", mode="after")
    @classmethod
    def _only_with_its_purpose(cls, value: object, info: ValidationInfo) -> object:
        purpose, statute = _STATUTORY_FIELDS[str(info.field_name)]
        if info.data.get("purpose") == purpose and value is None:
            raise ValueError(f"purpose {purpose.value} needs {info.field_name} ({statute})")
        if info.data.get("purpose") != purpose and value is not None:
            raise ValueError(f"only purpose {purpose.value} takes {info.field_name}")
        return value


# Which purpose each statutory field goes with (47 U.S.C. 222(d)(4) and 222(c)(1)).
_STATUTORY_FIELDS = {
    "emergency_recipient": (UsagePurpose.EMERGENCY, "47 U.S.C. 222(d)(4)"),
    "legal_process": (UsagePurpose.REQUIRED_BY_LAW, "47 U.S.C. 222(c)(1)"),
}


class LegalProcessOut(BaseModel):
    kind: LegalProcessKind
    reference: str
    issued_by: str


class BasisOut(BaseModel):
    type: Literal["opt_in", "opt_out", "one_time_oral", "express_written_authorization", "exception"]
    rule: str
    approval_id: str | None = None
    notice_id: str | None = None
    interaction_id: str | None = None
    exception: str | None = None
    approval_assumable_from: datetime | None = None
    emergency_recipient: EmergencyRecipient | None = Field(
        default=None, description="An emergency disclosure: who receives the location (222(d)(4))."
    )
    legal_process: LegalProcessOut | None = Field(
        default=None, description="A disclosure required by law: the process that compels it (222(c)(1))."
    )


class UsageCheckOut(BaseModel):
    id: str
    account_id: str
    scope: ApprovalScope
    purpose: UsagePurpose
    decision: Literal["allow", "deny"]
    reason_code: UsageReason
    rule: str = Field(description="The rule id the decision rests on (cpni-rules.md).")
    basis: BasisOut | None = Field(description="What permits the use; null when denied.")
    available_from: datetime | None = Field(
        default=None, description="OPT_OUT_WAITING_PERIOD: when opt-out approval may first be assumed."
    )
    third_party_id: str | None = None
    campaign_id: str | None = None
    interaction_id: str | None = None
    includes_location: bool = False
    emergency_recipient: EmergencyRecipient | None = None
    legal_process: LegalProcessOut | None = None
    decided_at: datetime


class HistoryEntry(BaseModel):
    """One line of the consent history export: a notice, a bounce or a decision."""

    entry_type: Literal["notice", "notice_bounce", "approval"]
    id: str
    account_id: str
    occurred_at: datetime
    recorded_at: datetime
    scope: str | None = None
    decision: str | None = None
    method: str | None = None
    notice_id: str | None = None
    notice_kind: str | None = None
    delivery: str | None = None
    version: str | None = None
    interaction_id: str | None = None
    covers_location: bool | None = None
    third_party_id: str | None = None
    recipients: list[str] | None = None
    purposes: list[str] | None = None
