"""The words of a usage decision (R-2009-a): its reasons, the facts it reads and the answer it gives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from cpni_api.consent.policy.notices import Notice
from cpni_api.consent.vocabulary import ApprovalDecision, ServiceCategory, UsagePurpose
from cpni_api.third_parties.policy import Recipient


class UsageReason(StrEnum):
    # Allowed.
    OPT_IN_APPROVAL = "OPT_IN_APPROVAL"
    OPT_OUT_APPROVAL = "OPT_OUT_APPROVAL"
    ONE_TIME_ORAL_CONSENT = "ONE_TIME_ORAL_CONSENT"
    EXPRESS_WRITTEN_AUTHORIZATION = "EXPRESS_WRITTEN_AUTHORIZATION"
    PERMITTED_WITHOUT_APPROVAL = "PERMITTED_WITHOUT_APPROVAL"
    # Denied: the customer's decisions.
    NO_APPROVAL = "NO_APPROVAL"
    CUSTOMER_DENIED = "CUSTOMER_DENIED"
    APPROVAL_REVOKED = "APPROVAL_REVOKED"
    OPT_IN_REQUIRED = "OPT_IN_REQUIRED"
    OPT_IN_REQUIRED_BY_CARRIER_POLICY = "OPT_IN_REQUIRED_BY_CARRIER_POLICY"
    EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED = "EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED"
    NOT_THE_DESIGNATED_RECIPIENT = "NOT_THE_DESIGNATED_RECIPIENT"
    LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION = "LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION"
    ONE_TIME_CONSENT_ENDED = "ONE_TIME_CONSENT_ENDED"
    ORAL_APPROVAL_WITHOUT_EVIDENCE = "ORAL_APPROVAL_WITHOUT_EVIDENCE"
    # Denied: the notices.
    NO_NOTICE = "NO_NOTICE"
    NOTICE_BOUNCED = "NOTICE_BOUNCED"
    NOTICE_DOES_NOT_NAME_RECIPIENT = "NOTICE_DOES_NOT_NAME_RECIPIENT"
    NOTICE_DOES_NOT_NAME_PURPOSE = "NOTICE_DOES_NOT_NAME_PURPOSE"
    OPT_OUT_WAITING_PERIOD = "OPT_OUT_WAITING_PERIOD"
    OPT_OUT_NOTICE_STALE = "OPT_OUT_NOTICE_STALE"
    OPT_OUT_NOTICE_ORAL = "OPT_OUT_NOTICE_ORAL"
    EMAIL_NOTICE_NOT_APPROVED = "EMAIL_NOTICE_NOT_APPROVED"
    # Denied: the recipient, the campaign, the purpose.
    RECIPIENT_REQUIRED = "RECIPIENT_REQUIRED"
    RECIPIENT_NOT_ALLOWED_FOR_SCOPE = "RECIPIENT_NOT_ALLOWED_FOR_SCOPE"
    RECIPIENT_KIND_MISMATCH = "RECIPIENT_KIND_MISMATCH"
    CONFIDENTIALITY_AGREEMENT_MISSING = "CONFIDENTIALITY_AGREEMENT_MISSING"
    CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE = "CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE"
    CONFIDENTIALITY_AGREEMENT_EXPIRED = "CONFIDENTIALITY_AGREEMENT_EXPIRED"
    AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED = "AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED"
    CAMPAIGN_NOT_APPROVED = "CAMPAIGN_NOT_APPROVED"
    CAMPAIGN_CLOSED = "CAMPAIGN_CLOSED"
    CAMPAIGN_MISMATCH = "CAMPAIGN_MISMATCH"
    EXCEPTION_NOT_FOR_SCOPE = "EXCEPTION_NOT_FOR_SCOPE"
    CATEGORY_NOT_SUBSCRIBED = "CATEGORY_NOT_SUBSCRIBED"
    UNKNOWN_PURPOSE = "UNKNOWN_PURPOSE"
    # Denied: the statutory exceptions (222(d)(4), 222(c)(1)) and the carrier's own policy.
    EMERGENCY_RECIPIENT_REQUIRED = "EMERGENCY_RECIPIENT_REQUIRED"
    EMERGENCY_EXCEPTION_LOCATION_ONLY = "EMERGENCY_EXCEPTION_LOCATION_ONLY"
    LEGAL_PROCESS_REQUIRED = "LEGAL_PROCESS_REQUIRED"
    THIRD_PARTY_SALE_PROHIBITED = "THIRD_PARTY_SALE_PROHIBITED"


ALLOW_REASONS = frozenset(
    {
        UsageReason.OPT_IN_APPROVAL,
        UsageReason.OPT_OUT_APPROVAL,
        UsageReason.ONE_TIME_ORAL_CONSENT,
        UsageReason.EXPRESS_WRITTEN_AUTHORIZATION,
        UsageReason.PERMITTED_WITHOUT_APPROVAL,
    }
)


@dataclass(frozen=True)
class Approval:
    """One recorded customer decision. `interaction_id` on a grant makes it one-time oral consent (E11)."""

    id: str
    seq: int
    scope: str
    decision: str
    method: str
    decided_at: datetime
    notice: Notice | None = None
    interaction_id: str | None = None
    interaction_open: bool = False
    covers_location: bool = False
    designee_id: str | None = None
    document_reference: str | None = None
    has_oral_evidence: bool = False

    @property
    def one_time(self) -> bool:
        return self.interaction_id is not None and self.decision == ApprovalDecision.GRANTED

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.decided_at, self.seq)


@dataclass(frozen=True)
class Campaign:
    id: str
    status: str
    scope: str
    purpose: str
    third_party_id: str | None
    includes_location: bool


@dataclass(frozen=True)
class LegalProcess:
    """47 U.S.C. 222(c)(1): the process that compels a disclosure (subpoena, court order, warrant...)."""

    kind: str
    reference: str
    issued_by: str


@dataclass(frozen=True)
class UsageRequest:
    scope: str
    purpose: str = UsagePurpose.MARKETING_COMMUNICATIONS_RELATED
    includes_location: bool = False
    recipient: Recipient | None = None
    campaign: Campaign | None = None
    interaction_id: str | None = None
    offer_category: str | None = None
    subscribed_categories: frozenset[str] = frozenset()
    voip_category: str = ServiceCategory.INTERCONNECTED_VOIP
    emergency_recipient: str | None = None  # 222(d)(4): who receives the user's location
    legal_process: LegalProcess | None = None  # 222(c)(1): what compels the disclosure


@dataclass(frozen=True)
class Basis:
    type: str  # opt_in | opt_out | one_time_oral | express_written_authorization | exception
    rule: str
    approval_id: str | None = None
    notice_id: str | None = None
    interaction_id: str | None = None
    exception: str | None = None
    approval_assumable_from: datetime | None = None
    emergency_recipient: str | None = None
    legal_process: LegalProcess | None = None


@dataclass(frozen=True)
class UsageDecision:
    reason: UsageReason
    rule: str
    basis: Basis | None = None
    available_from: datetime | None = field(default=None)

    @property
    def allowed(self) -> bool:
        return self.reason in ALLOW_REASONS

    @property
    def decision(self) -> str:
        return "allow" if self.allowed else "deny"


def deny(reason: UsageReason, rule: str, available_from: datetime | None = None) -> UsageDecision:
    return UsageDecision(reason, rule, None, available_from)
