"""The approval rules as pure functions over plain data: the R-2007 table (which scopes may rest on opt-out),
notice timing (R-2008-d), and the usage decision of R-2009-a. No I/O and no clock: `now` (an instant) and
`today` (the carrier's local date) are passed in.

The decision fails closed: every path that does not positively establish a basis ends in `deny`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from cpni_api.consent.vocabulary import (
    ApprovalScope,
    Decision,
    Delivery,
    Method,
    NoticeKind,
    Purpose,
    ServiceCategory,
)
from cpni_api.third_parties import policy as recipients
from cpni_api.third_parties.policy import Recipient

OPT_OUT_WAIT_DAYS = 30  # R-2008-d-1
MAIL_DELIVERY_DAYS = 3  # R-2008-d-1: the period starts on the third day after mailing (E9)
OPT_OUT_NOTICE_REFRESH_YEARS = 2  # R-2008-d-2, E8


class Requirement(StrEnum):
    OPT_OUT = "opt_out"  # opt-out or opt-in suffices (R-2007-b-1)
    OPT_IN = "opt_in"  # R-2007-b-2
    EXPRESS_WRITTEN = "express_written_authorization"  # R-222-c2


@dataclass(frozen=True)
class ScopeRule:
    """One row of the R-2007 table: the approval a scope needs for communications-related marketing."""

    scope: ApprovalScope
    requirement: Requirement
    rule: str
    note: str


# The R-2007 table. Any other purpose than marketing communications-related services needs opt-in
# (R-2007-b-2), location information needs express prior authorization (R-222-f, E17), and a scope or
# recipient kind not in this table needs opt-in (E16).
SCOPE_TABLE: dict[str, ScopeRule] = {
    rule.scope: rule
    for rule in (
        ScopeRule(
            ApprovalScope.CARRIER_MARKETING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "the carrier's own marketing of communications-related services",
        ),
        ScopeRule(
            ApprovalScope.AGENT_SHARING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "agents, for marketing communications-related services",
        ),
        ScopeRule(
            ApprovalScope.AFFILIATE_SHARING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "affiliates that provide communications-related services; other affiliates need opt-in",
        ),
        ScopeRule(
            ApprovalScope.JOINT_VENTURE_SHARING,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "joint venture partners (opt-in since 2007), with a confidentiality agreement in force",
        ),
        ScopeRule(
            ApprovalScope.CONTRACTOR_SHARING,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "independent contractors (opt-in since 2007), with a confidentiality agreement in force",
        ),
        ScopeRule(
            ApprovalScope.THIRD_PARTY_DISCLOSURE,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "any other third party",
        ),
        ScopeRule(
            ApprovalScope.NEW_CARRIER_DISCLOSURE,
            Requirement.EXPRESS_WRITTEN,
            "R-222-c2",
            "disclosure to a person the customer designates by affirmative written request",
        ),
    )
}


@dataclass(frozen=True)
class Need:
    requirement: Requirement
    location: bool  # express prior authorization of location information is needed (R-222-f, E17)
    rule: str


def required_approval(
    scope: str, purpose: str, recipient: Recipient | None, *, includes_location: bool
) -> Need:
    """What approval a marketing use or a disclosure needs (the R-2007 table)."""
    row = SCOPE_TABLE.get(scope)
    if row is None:
        return Need(Requirement.OPT_IN, includes_location, "E16")
    if row.requirement is Requirement.EXPRESS_WRITTEN:
        return Need(Requirement.EXPRESS_WRITTEN, includes_location, row.rule)
    requirement, rule = row.requirement, row.rule
    if recipient is not None and recipient.kind not in recipients.KNOWN_KINDS:
        requirement, rule = Requirement.OPT_IN, "E16"
    elif scope == ApprovalScope.AFFILIATE_SHARING and not (
        recipient is not None and recipient.provides_communications_related_services
    ):
        requirement, rule = Requirement.OPT_IN, "R-2007-b-2"
    if purpose != Purpose.MARKETING_COMMUNICATIONS_RELATED:
        requirement, rule = Requirement.OPT_IN, "R-2007-b-2"
    if includes_location:
        requirement, rule = Requirement.OPT_IN, "R-222-f"
    return Need(requirement, includes_location, rule)


# --- Notices (R-2008) ---------------------------------------------------------------------------------


def add_calendar_days(instant: datetime, days: int, timezone: ZoneInfo) -> datetime:
    """`days` calendar days after `instant`, counted conservatively (E9): the later of `days` x 24 hours
    and the same local wall-clock time `days` local dates later, so a daylight-saving change never makes
    a period shorter."""
    elapsed = instant + timedelta(days=days)
    local = instant.astimezone(timezone)
    wall_clock = (local.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=timezone)
    return max(elapsed, wall_clock.astimezone(instant.tzinfo))


def add_years_early(instant: datetime, years: int) -> datetime:
    """The same date `years` later; Feb 29 becomes Feb 28, the earlier day (for deadlines that expire)."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, day=28)


def approval_assumable_from(
    kind: str, delivery: str, sent_at: datetime, timezone: ZoneInfo, extra_days: int = 0
) -> datetime | None:
    """R-2008-d-1, E9: when opt-out approval may first be assumed after this notice. Electronic notice:
    sent + 30 calendar days. Mail: the period starts on the third day after mailing, so mailed + 3 + 30.
    `extra_days` is the carrier's optional safety margin. None for opt-in notices and for oral notice,
    which never supports opt-out approval (R-2008-d-0)."""
    if kind != NoticeKind.OPT_OUT or delivery == Delivery.ORAL:
        return None
    days = OPT_OUT_WAIT_DAYS + extra_days + (MAIL_DELIVERY_DAYS if delivery == Delivery.MAIL else 0)
    return add_calendar_days(sent_at, days, timezone)


def opt_out_notice_stale_at(sent_at: datetime) -> datetime:
    """R-2008-d-2, E8: an opt-out notice supports opt-out approval for two years after it was sent."""
    return add_years_early(sent_at, OPT_OUT_NOTICE_REFRESH_YEARS)


@dataclass(frozen=True)
class Notice:
    id: str
    kind: str
    delivery: str
    sent_at: datetime
    approval_assumable_from: datetime | None
    bounced_at: datetime | None = None
    email_delivery_approved: bool = False
    recipients: frozenset[str] = frozenset()
    purposes: frozenset[str] = frozenset()


# --- Usage decisions (R-2009-a) ----------------------------------------------------------------------


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
        return self.interaction_id is not None and self.decision == Decision.GRANTED

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
class UsageRequest:
    scope: str
    purpose: str = Purpose.MARKETING_COMMUNICATIONS_RELATED
    includes_location: bool = False
    recipient: Recipient | None = None
    campaign: Campaign | None = None
    interaction_id: str | None = None
    offer_category: str | None = None
    subscribed_categories: frozenset[str] = frozenset()
    voip_category: str = ServiceCategory.INTERCONNECTED_VOIP


@dataclass(frozen=True)
class Basis:
    type: str  # opt_in | opt_out | one_time_oral | express_written_authorization | exception
    rule: str
    approval_id: str | None = None
    notice_id: str | None = None
    interaction_id: str | None = None
    exception: str | None = None
    approval_assumable_from: datetime | None = None


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


_EXCEPTION_RULES = {
    Purpose.BILLING: "47 U.S.C. 222(d)(1)",
    Purpose.FRAUD_PREVENTION: "47 U.S.C. 222(d)(2)",
    Purpose.EMERGENCY: "47 U.S.C. 222(d)(4)",
    Purpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES: "R-2005-a-1",
    Purpose.INSIDE_WIRING: "R-2005-c",
    Purpose.ADJUNCT_TO_BASIC_MARKETING: "R-2005-c",
}
# R-2005 marketing exceptions cover the carrier's own use only; sharing goes through R-2007.
_OWN_USE_EXCEPTIONS = frozenset(
    {Purpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES, Purpose.INSIDE_WIRING, Purpose.ADJUNCT_TO_BASIC_MARKETING}
)


def _deny(
    reason: UsageReason | recipients.RecipientProblem, rule: str, available_from: datetime | None = None
) -> UsageDecision:
    return UsageDecision(UsageReason(reason.value), rule, None, available_from)


def _category(value: str, voip_category: str) -> str:
    """E21: interconnected VoIP counts as the configured category (its own, unless counsel decides)."""
    return voip_category if value == ServiceCategory.INTERCONNECTED_VOIP else value


def decide_usage(
    request: UsageRequest,
    approvals: Sequence[Approval],
    notices: Sequence[Notice],
    *,
    now: datetime,
    today: date,
) -> UsageDecision:
    """May this account's CPNI be used for `request` now (R-2009-a)? `approvals` are the account's
    decisions for the scope, `notices` the account's CPNI notices."""
    if request.purpose not in {purpose.value for purpose in Purpose}:
        return _deny(UsageReason.UNKNOWN_PURPOSE, "R-2009-a")
    if request.purpose == Purpose.EMERGENCY:
        # 222(d)(4): emergency disclosures, including call location, need no approval (R-222-f).
        return UsageDecision(
            UsageReason.PERMITTED_WITHOUT_APPROVAL,
            _EXCEPTION_RULES[Purpose.EMERGENCY],
            Basis(type="exception", rule=_EXCEPTION_RULES[Purpose.EMERGENCY], exception=Purpose.EMERGENCY),
        )
    problem = recipients.shape_problem(request.scope, request.recipient)
    if problem is None and request.recipient is not None:
        problem = recipients.safeguard_problem(request.recipient, request.scope, today)
    if problem is not None:
        return _deny(problem, "R-2007-b")
    if request.campaign is not None:
        denied = _campaign_problem(request)
        if denied is not None:
            return denied
    if request.purpose in _EXCEPTION_RULES:
        return _exception(request)
    return _by_approval(request, approvals, notices, now=now)


def _campaign_problem(request: UsageRequest) -> UsageDecision | None:
    """R-2009-d: an outbound campaign runs only once a supervisor approved it, and only as approved."""
    campaign = request.campaign
    assert campaign is not None
    if campaign.status == "closed":
        return _deny(UsageReason.CAMPAIGN_CLOSED, "R-2009-d")
    if campaign.status != "approved":
        return _deny(UsageReason.CAMPAIGN_NOT_APPROVED, "R-2009-d")
    recipient_id = request.recipient.id if request.recipient is not None else None
    if (
        campaign.scope != request.scope
        or campaign.purpose != request.purpose
        or campaign.third_party_id != recipient_id
        or (request.includes_location and not campaign.includes_location)
    ):
        return _deny(UsageReason.CAMPAIGN_MISMATCH, "R-2009-c")
    return None


def _exception(request: UsageRequest) -> UsageDecision:
    """R-2005 and 222(d): uses that need no approval. None of them covers location information outside an
    emergency (R-222-f, E17): that always needs the customer's express prior authorization."""
    purpose = Purpose(request.purpose)
    rule = _EXCEPTION_RULES[purpose]
    if request.includes_location:
        return _deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    if purpose in _OWN_USE_EXCEPTIONS and request.scope != ApprovalScope.CARRIER_MARKETING:
        return _deny(UsageReason.EXCEPTION_NOT_FOR_SCOPE, rule)
    if purpose == Purpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES:
        subscribed = {_category(value, request.voip_category) for value in request.subscribed_categories}
        offered = request.offer_category
        if offered is None or _category(offered, request.voip_category) not in subscribed:
            return _deny(UsageReason.CATEGORY_NOT_SUBSCRIBED, rule)
    return UsageDecision(
        UsageReason.PERMITTED_WITHOUT_APPROVAL, rule, Basis(type="exception", rule=rule, exception=purpose)
    )


def _by_approval(
    request: UsageRequest, approvals: Sequence[Approval], notices: Sequence[Notice], *, now: datetime
) -> UsageDecision:
    need = required_approval(
        request.scope, request.purpose, request.recipient, includes_location=request.includes_location
    )
    scoped = [approval for approval in approvals if approval.scope == request.scope]
    standing = sorted((a for a in scoped if not a.one_time), key=lambda a: a.order)
    latest = standing[-1] if standing else None
    # E11: one-time oral consent counts only inside its own interaction, while that is open, and only if
    # no standing decision came after it (a revocation during the call ends it at once).
    ended_one_time: UsageDecision | None = None
    if request.interaction_id is not None:
        one_time = sorted(
            (
                a
                for a in scoped
                if a.one_time
                and a.interaction_id == request.interaction_id
                and (latest is None or a.order > latest.order)
            ),
            key=lambda a: a.order,
        )
        if one_time:
            grant = one_time[-1]
            if not grant.interaction_open:
                ended_one_time = _deny(UsageReason.ONE_TIME_CONSENT_ENDED, "R-2008-f")
            else:
                problem = _grant_problem(grant, need, request)
                if problem is None:
                    basis = Basis(
                        type="one_time_oral",
                        rule="R-2008-f",
                        approval_id=grant.id,
                        notice_id=grant.notice.id if grant.notice else None,
                        interaction_id=grant.interaction_id,
                    )
                    return UsageDecision(UsageReason.ONE_TIME_ORAL_CONSENT, "R-2008-f", basis)
                ended_one_time = problem
    if latest is not None:
        # R-2007-a-3: the latest decision stays in effect until the customer changes it.
        if latest.decision == Decision.DENIED:
            return ended_one_time or _deny(UsageReason.CUSTOMER_DENIED, "R-2007-a-3")
        if latest.decision != Decision.GRANTED:
            return ended_one_time or _deny(UsageReason.APPROVAL_REVOKED, "R-2007-a-3")
        problem = _grant_problem(latest, need, request)
        if problem is not None:
            return ended_one_time or problem
        written = need.requirement is Requirement.EXPRESS_WRITTEN
        basis = Basis(
            type="express_written_authorization" if written else "opt_in",
            rule=need.rule,
            approval_id=latest.id,
            notice_id=latest.notice.id if latest.notice else None,
        )
        reason = UsageReason.EXPRESS_WRITTEN_AUTHORIZATION if written else UsageReason.OPT_IN_APPROVAL
        return UsageDecision(reason, need.rule, basis)
    if ended_one_time is not None:
        return ended_one_time
    if need.requirement is Requirement.EXPRESS_WRITTEN:
        return _deny(UsageReason.EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED, need.rule)
    if need.location:
        return _deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    if need.requirement is Requirement.OPT_IN:
        return _deny(UsageReason.OPT_IN_REQUIRED, need.rule)
    return _by_opt_out(request, notices, now=now)


def _names_problem(notice: Notice, request: UsageRequest) -> UsageReason | None:
    """E10, R-2008-c: a notice covers only the entities and purposes it names."""
    if request.recipient is not None and request.recipient.id not in notice.recipients:
        return UsageReason.NOTICE_DOES_NOT_NAME_RECIPIENT
    if request.purpose not in notice.purposes:
        return UsageReason.NOTICE_DOES_NOT_NAME_PURPOSE
    return None


def _grant_problem(grant: Approval, need: Need, request: UsageRequest) -> UsageDecision | None:
    """Why a recorded grant does not establish approval for this use, or None."""
    if grant.method == Method.ORAL and not grant.has_oral_evidence:
        return _deny(UsageReason.ORAL_APPROVAL_WITHOUT_EVIDENCE, "R-2007-a-2")
    if need.requirement is Requirement.EXPRESS_WRITTEN:
        # R-222-c2: an affirmative written request naming the designee; no notice is involved.
        if grant.method != Method.WRITTEN or not grant.document_reference or grant.one_time:
            return _deny(UsageReason.EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED, "R-222-c2")
        if request.recipient is None or grant.designee_id != request.recipient.id:
            return _deny(UsageReason.NOT_THE_DESIGNATED_RECIPIENT, "R-222-c2")
        return None
    notice = grant.notice
    if notice is None or notice.sent_at > grant.decided_at:
        return _deny(UsageReason.NO_NOTICE, "R-2008-a-1")
    if notice.bounced_at is not None:
        return _deny(UsageReason.NOTICE_BOUNCED, "R-2008-d-3")
    named = _names_problem(notice, request)
    if named is not None:
        return _deny(named, "R-2008-c")
    if need.location and not grant.covers_location:
        return _deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    return None


def opt_out_notice_problem(notice: Notice, now: datetime) -> tuple[UsageReason, str] | None:
    """Why an opt-out notice does not (yet, or any more) support opt-out approval, or None."""
    if notice.delivery == Delivery.ORAL:
        return UsageReason.OPT_OUT_NOTICE_ORAL, "R-2008-d-0"
    if notice.bounced_at is not None:
        return UsageReason.NOTICE_BOUNCED, "R-2008-d-3"
    if notice.delivery == Delivery.EMAIL and not notice.email_delivery_approved:
        return UsageReason.EMAIL_NOTICE_NOT_APPROVED, "R-2008-d-3"
    if now >= opt_out_notice_stale_at(notice.sent_at):
        return UsageReason.OPT_OUT_NOTICE_STALE, "R-2008-d-2"
    if notice.approval_assumable_from is None or now < notice.approval_assumable_from:
        return UsageReason.OPT_OUT_WAITING_PERIOD, "R-2008-d-1"
    return None


def _by_opt_out(request: UsageRequest, notices: Sequence[Notice], *, now: datetime) -> UsageDecision:
    """R-2007-b-1 with R-2008-d: no customer decision on record, so approval may be assumed from an
    opt-out notice that names the recipient and purpose, was delivered in writing or electronically, did
    not bounce, was sent less than two years ago, and whose waiting period has run."""
    candidates = sorted(
        (n for n in notices if n.kind == NoticeKind.OPT_OUT), key=lambda n: n.sent_at, reverse=True
    )
    if not candidates:
        return _deny(UsageReason.NO_APPROVAL, "R-2009-a")
    first_problem: UsageDecision | None = None
    for notice in candidates:
        named = _names_problem(notice, request)
        problem = (named, "R-2008-c") if named is not None else opt_out_notice_problem(notice, now)
        if problem is None:
            basis = Basis(
                type="opt_out",
                rule="R-2007-b-1",
                notice_id=notice.id,
                approval_assumable_from=notice.approval_assumable_from,
            )
            return UsageDecision(UsageReason.OPT_OUT_APPROVAL, "R-2007-b-1", basis)
        if first_problem is None or (
            problem[0] is UsageReason.OPT_OUT_WAITING_PERIOD
            and first_problem.reason is not UsageReason.OPT_OUT_WAITING_PERIOD
        ):
            waiting = problem[0] is UsageReason.OPT_OUT_WAITING_PERIOD
            first_problem = _deny(
                problem[0], problem[1], available_from=notice.approval_assumable_from if waiting else None
            )
    assert first_problem is not None
    return first_problem
