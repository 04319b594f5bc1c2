"""Consent: CPNI notices, customer decisions, the current status per scope and usage checks. Services load
the facts, call the pure policy and flush; the request commits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts.service import get_account
from cpni_api.audit.context import WriteContext
from cpni_api.consent import policy, retention
from cpni_api.consent.models import CpniApproval, CpniNotice, CpniNoticePurpose, CpniNoticeRecipient
from cpni_api.consent.schemas import (
    ApprovalCreate,
    ApprovalOut,
    ApprovalsView,
    BounceCreate,
    NoticeCreate,
    NoticeOut,
    OralEvidence,
    ScopeStatus,
)
from cpni_api.consent.vocabulary import ApprovalScope, Decision, Delivery, NoticeKind, Purpose
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.interactions.models import Interaction
from cpni_api.interactions.policy import is_open
from cpni_api.third_parties.models import ThirdParty
from cpni_api.third_parties.service import as_recipient, get_third_party

CALL_CHANNELS = frozenset({"inbound_call", "outbound_call"})


@dataclass(frozen=True)
class ConsentClock:
    """The instant, the carrier's local date, and the zone that calendar days are counted in."""

    now: datetime
    today: date
    timezone: ZoneInfo


def _not_in_future(instant: datetime, now: datetime, field: str) -> None:
    if instant > now:
        raise ProblemError(ErrorCode.TIME_IN_FUTURE, f"{field} is in the future.")


def carrier_policy(settings: Settings) -> policy.CarrierPolicy:
    """The carrier's own promises, from `CPNI_CARRIER_POLICY_*` (ADR 0020)."""
    return policy.CarrierPolicy(
        opt_in_only=settings.carrier_policy_opt_in_only,
        no_third_party_sale=settings.carrier_policy_no_third_party_sale,
    )


# --- Notices -----------------------------------------------------------------------------------------


def record_notice(
    context: WriteContext, when: ConsentClock, account_id: str, body: NoticeCreate
) -> CpniNotice:
    """R-2008: an individual notice naming the recipients and purposes it asks approval for (E10); for
    opt-out, when approval may first be assumed (R-2008-d-1, E9, plus `CPNI_OPT_OUT_EXTRA_WAIT_DAYS`)."""
    session = context.session
    account = get_account(session, account_id)
    _not_in_future(body.sent_at, when.now, "sent_at")
    known = set(session.scalars(select(ThirdParty.id).where(ThirdParty.id.in_(body.recipients))))
    unknown = [recipient for recipient in body.recipients if recipient not in known]
    if unknown:
        raise ProblemError(ErrorCode.NOT_FOUND, f"No third party has the id(s): {', '.join(unknown)}.")
    notice = CpniNotice(
        id=new_id("ntc"),
        account_id=account.id,
        kind=body.kind.value,
        delivery=body.delivery.value,
        sent_at=body.sent_at,
        version=body.version,
        email_delivery_approved=body.email_delivery_approved,
        approval_assumable_from=policy.approval_assumable_from(
            body.kind, body.delivery, body.sent_at, when.timezone, context.settings.opt_out_extra_wait_days
        ),
        supports_opt_out_until=(
            policy.opt_out_notice_stale_at(body.sent_at) if body.kind == NoticeKind.OPT_OUT else None
        ),
        recorded_at=when.now,
        recorded_by=context.actor,
    )
    session.add(notice)
    session.flush()
    session.add_all(CpniNoticeRecipient(notice_id=notice.id, third_party_id=tp) for tp in body.recipients)
    session.add_all(CpniNoticePurpose(notice_id=notice.id, purpose=purpose) for purpose in body.purposes)
    session.flush()
    context.audit.record(
        "consent.notice_recorded",
        account_id=notice.account_id,
        subject_type="cpni_notice",
        subject_id=notice.id,
        outcome="recorded",
        details={"kind": notice.kind, "delivery": notice.delivery, "version": notice.version},
    )
    return notice


def get_notice(session: Session, account_id: str, notice_id: str) -> CpniNotice:
    notice = session.get(CpniNotice, notice_id)
    if notice is None or notice.account_id != account_id:
        raise ProblemError(ErrorCode.NOT_FOUND, "This account has no notice with that id.")
    return notice


def record_bounce(
    context: WriteContext, account_id: str, notice_id: str, body: BounceCreate
) -> tuple[CpniNotice, bool]:
    """E9, R-2008-d-3: a bounced notice is not notice. The first bounce recorded stands (idempotent, audited
    once); returns the notice and whether this call recorded the bounce."""
    session, now = context.session, context.now()
    get_account(session, account_id)
    notice = get_notice(session, account_id, notice_id)
    if notice.delivery == Delivery.ORAL:
        raise ProblemError(ErrorCode.NOTICE_NOT_BOUNCEABLE, "An oral notice cannot bounce.")
    bounced_at = body.bounced_at or now
    _not_in_future(bounced_at, now, "bounced_at")
    if bounced_at < notice.sent_at:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "bounced_at is before the notice was sent.")
    if notice.bounced_at is not None:
        return notice, False
    notice.bounced_at = bounced_at
    notice.bounce_reason = body.reason
    session.flush()
    context.audit.record(
        "consent.notice_bounced",
        account_id=notice.account_id,
        subject_type="cpni_notice",
        subject_id=notice.id,
        outcome="bounced",
        details={"delivery": notice.delivery},
    )
    return notice, True


def notice_terms(
    session: Session, notice_ids: Iterable[str]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The recipients and purposes of many notices, in two queries."""
    ids = list(set(notice_ids))
    recipients_by: dict[str, list[str]] = defaultdict(list)
    purposes_by: dict[str, list[str]] = defaultdict(list)
    if ids:
        for notice_id, third_party_id in session.execute(
            select(CpniNoticeRecipient.notice_id, CpniNoticeRecipient.third_party_id)
            .where(CpniNoticeRecipient.notice_id.in_(ids))
            .order_by(CpniNoticeRecipient.third_party_id)
        ):
            recipients_by[notice_id].append(third_party_id)
        for notice_id, purpose in session.execute(
            select(CpniNoticePurpose.notice_id, CpniNoticePurpose.purpose)
            .where(CpniNoticePurpose.notice_id.in_(ids))
            .order_by(CpniNoticePurpose.purpose)
        ):
            purposes_by[notice_id].append(purpose)
    return recipients_by, purposes_by


def as_policy_notice(notice: CpniNotice, recipients_of: list[str], purposes_of: list[str]) -> policy.Notice:
    return policy.Notice(
        id=notice.id,
        kind=notice.kind,
        delivery=notice.delivery,
        sent_at=notice.sent_at,
        approval_assumable_from=notice.approval_assumable_from,
        bounced_at=notice.bounced_at,
        email_delivery_approved=notice.email_delivery_approved,
        recipients=frozenset(recipients_of),
        purposes=frozenset(purposes_of),
    )


def notice_view(
    notice: CpniNotice, recipients_of: list[str], purposes_of: list[str], carrier: policy.CarrierPolicy
) -> NoticeOut:
    """A carrier that promised opt-in only never assumes approval from an opt-out notice (ADR 0020)."""
    opt_out = notice.kind == NoticeKind.OPT_OUT
    supports = (
        opt_out
        and not carrier.opt_in_only
        and notice.delivery != Delivery.ORAL
        and notice.bounced_at is None
        and (notice.delivery != Delivery.EMAIL or notice.email_delivery_approved)
    )
    return NoticeOut(
        id=notice.id,
        account_id=notice.account_id,
        kind=NoticeKind(notice.kind),
        delivery=Delivery(notice.delivery),
        sent_at=notice.sent_at,
        version=notice.version,
        recipients=recipients_of,
        purposes=purposes_of,
        email_delivery_approved=notice.email_delivery_approved,
        approval_assumable_from=None if carrier.opt_in_only else notice.approval_assumable_from,
        supports_opt_out_until=policy.opt_out_notice_stale_at(notice.sent_at) if supports else None,
        supports_opt_out=supports,
        bounced_at=notice.bounced_at,
        bounce_reason=notice.bounce_reason,
        recorded_at=notice.recorded_at,
    )


def notice_views(
    session: Session, notices: Sequence[CpniNotice], carrier: policy.CarrierPolicy
) -> list[NoticeOut]:
    recipients_by, purposes_by = notice_terms(session, (n.id for n in notices))
    return [notice_view(n, recipients_by[n.id], purposes_by[n.id], carrier) for n in notices]


def list_notices(session: Session, account_id: str, after_id: str | None, limit: int) -> list[CpniNotice]:
    get_account(session, account_id)
    query = select(CpniNotice).where(CpniNotice.account_id == account_id).order_by(CpniNotice.id).limit(limit)
    if after_id is not None:
        query = query.where(CpniNotice.id > after_id)
    return list(session.scalars(query))


def account_notices(session: Session, account_id: str) -> list[policy.Notice]:
    notices = list(session.scalars(select(CpniNotice).where(CpniNotice.account_id == account_id)))
    recipients_by, purposes_by = notice_terms(session, (n.id for n in notices))
    return [as_policy_notice(n, recipients_by[n.id], purposes_by[n.id]) for n in notices]


# --- Approvals ---------------------------------------------------------------------------------------


def record_approval(context: WriteContext, account_id: str, body: ApprovalCreate) -> CpniApproval:
    """Appends a customer decision (R-2007-a-3: the latest standing decision wins; history is never
    edited). Oral grants carry their evidence (R-2007-a-2); one-time oral consent is bound to an open call
    of the same account (E11)."""
    session, now = context.session, context.now()
    account = get_account(session, account_id)
    decided_at = body.decided_at or now
    _not_in_future(decided_at, now, "decided_at")
    if body.notice_id is not None:
        notice = get_notice(session, account.id, body.notice_id)
        if body.decision == Decision.GRANTED and notice.sent_at > decided_at:
            raise ProblemError(
                ErrorCode.NOTICE_SENT_AFTER_DECISION,
                "The notice must be given before approval is solicited (R-2008-a-1).",
            )
    if body.interaction_id is not None:
        interaction = session.get(Interaction, body.interaction_id)
        if interaction is None:
            raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
        if interaction.account_id != account.id:
            raise ProblemError(
                ErrorCode.INTERACTION_ACCOUNT_MISMATCH, "The interaction is another account's."
            )
        if interaction.channel not in CALL_CHANNELS:
            raise ProblemError(
                ErrorCode.INTERACTION_NOT_A_CALL,
                "One-time oral consent is for the duration of a call (R-2008-f).",
            )
        if not is_open(interaction.closed_at, interaction.expires_at, now):
            raise ProblemError(ErrorCode.INTERACTION_CLOSED, "The interaction is closed or has expired.")
    if body.third_party_id is not None:
        designee = get_third_party(session, body.third_party_id)
        if policy.shape_problem(body.scope, as_recipient(designee)) is not None:
            raise ProblemError(
                ErrorCode.RECIPIENT_KIND_INVALID, "A new-carrier disclosure designates a carrier."
            )
    approval = CpniApproval(
        id=new_id("apr"),
        account_id=account.id,
        scope=body.scope.value,
        decision=body.decision.value,
        method=body.method.value,
        notice_id=body.notice_id,
        decided_at=decided_at,
        interaction_id=body.interaction_id,
        covers_location=body.covers_location,
        third_party_id=body.third_party_id,
        document_reference=body.document_reference,
        oral_evidence=body.oral_evidence.model_dump() if body.oral_evidence else None,
        recorded_at=now,
        recorded_by=context.actor,
    )
    session.add(approval)
    session.flush()
    context.audit.record(
        "consent.approval_recorded",
        account_id=approval.account_id,
        subject_type="cpni_approval",
        subject_id=approval.id,
        outcome=approval.decision,
        agent_id=body.oral_evidence.agent_id if body.oral_evidence else None,
        details={
            "scope": approval.scope,
            "method": approval.method,
            "notice_id": approval.notice_id,
            "one_time": approval.interaction_id is not None,
            "covers_location": approval.covers_location,
        },
    )
    return approval


def approvals_of(session: Session, account_id: str, scope: str | None = None) -> list[CpniApproval]:
    query = select(CpniApproval).where(CpniApproval.account_id == account_id)
    if scope is not None:
        query = query.where(CpniApproval.scope == scope)
    return list(session.scalars(query.order_by(CpniApproval.decided_at, CpniApproval.seq)))


def interactions_of(session: Session, rows: Iterable[CpniApproval]) -> dict[str, Interaction]:
    ids = {row.interaction_id for row in rows if row.interaction_id is not None}
    if not ids:
        return {}
    return {i.id: i for i in session.scalars(select(Interaction).where(Interaction.id.in_(ids)))}


def _is_one_time(row: CpniApproval) -> bool:
    return row.interaction_id is not None and row.decision == Decision.GRANTED


def approval_ends(
    rows: Sequence[CpniApproval], interactions: dict[str, Interaction], now: datetime
) -> dict[str, datetime | None]:
    """When each decision stopped being in effect (None: still in effect), for retention (R-2007-a-4)."""
    ends: dict[str, datetime | None] = {}
    by_scope: dict[str, list[CpniApproval]] = defaultdict(list)
    for row in rows:
        if _is_one_time(row):
            interaction = interactions.get(row.interaction_id or "")
            ends[row.id] = (
                retention.one_time_consent_ended_at(interaction.closed_at, interaction.expires_at, now)
                if interaction is not None
                else row.decided_at
            )
        else:
            by_scope[row.scope].append(row)
    for standing in by_scope.values():
        standing.sort(key=lambda r: (r.decided_at, r.seq))
        for current, following in zip(standing, [*standing[1:], None], strict=True):
            ends[current.id] = retention.standing_approval_ended_at(
                following.decided_at if following else None
            )
    return ends


def approval_view(row: CpniApproval, ended_at: datetime | None, retention_years: int) -> ApprovalOut:
    return ApprovalOut(
        id=row.id,
        account_id=row.account_id,
        scope=ApprovalScope(row.scope),
        decision=Decision(row.decision),
        method=row.method,
        notice_id=row.notice_id,
        decided_at=row.decided_at,
        one_time=_is_one_time(row),
        interaction_id=row.interaction_id,
        covers_location=row.covers_location,
        third_party_id=row.third_party_id,
        document_reference=row.document_reference,
        oral_evidence=OralEvidence.model_validate(row.oral_evidence) if row.oral_evidence else None,
        recorded_at=row.recorded_at,
        in_effect=ended_at is None,
        ended_at=ended_at,
        retained_until=retention.retained_until(ended_at, retention_years),
    )


def as_policy_approvals(
    rows: Sequence[CpniApproval],
    notices: dict[str, policy.Notice],
    interactions: dict[str, Interaction],
    now: datetime,
) -> list[policy.Approval]:
    facts = []
    for row in rows:
        interaction = interactions.get(row.interaction_id) if row.interaction_id else None
        facts.append(
            policy.Approval(
                id=row.id,
                seq=row.seq,
                scope=row.scope,
                decision=row.decision,
                method=row.method,
                decided_at=row.decided_at,
                notice=notices.get(row.notice_id) if row.notice_id else None,
                interaction_id=row.interaction_id,
                interaction_open=interaction is not None
                and is_open(interaction.closed_at, interaction.expires_at, now),
                covers_location=row.covers_location,
                designee_id=row.third_party_id,
                document_reference=row.document_reference,
                has_oral_evidence=bool(row.oral_evidence),
            )
        )
    return facts


def approvals_view(
    session: Session,
    when: ConsentClock,
    account_id: str,
    retention_years: int,
    carrier: policy.CarrierPolicy,
) -> ApprovalsView:
    account = get_account(session, account_id)
    rows = approvals_of(session, account.id)
    interactions = interactions_of(session, rows)
    ends = approval_ends(rows, interactions, when.now)
    notices = account_notices(session, account.id)
    return ApprovalsView(
        account_id=account.id,
        evaluated_at=when.now,
        scopes=[_scope_status(scope, rows, notices, when.now, carrier) for scope in ApprovalScope],
        history=[approval_view(row, ends[row.id], retention_years) for row in rows],
    )


def _scope_status(
    scope: ApprovalScope,
    rows: Sequence[CpniApproval],
    notices: Sequence[policy.Notice],
    now: datetime,
    carrier: policy.CarrierPolicy,
) -> ScopeStatus:
    """The standing status of one scope: the latest standing decision (R-2007-a-3), or else, where the
    R-2007 table lets opt-out suffice and the carrier has not promised opt-in only, what the opt-out notices
    establish (R-2008-d)."""
    requirement, rule = policy.effective_requirement(scope, carrier)
    common = {"scope": scope, "requirement": requirement.value, "rule": rule}
    standing = [row for row in rows if row.scope == scope and not _is_one_time(row)]
    if standing:
        latest = max(standing, key=lambda r: (r.decided_at, r.seq))
        return ScopeStatus(
            **common,
            status=latest.decision,
            approval_id=latest.id,
            notice_id=latest.notice_id,
            method=latest.method,
            decided_at=latest.decided_at,
        )
    if requirement is policy.Requirement.OPT_OUT:
        candidates = sorted(
            (
                n
                for n in notices
                if n.kind == NoticeKind.OPT_OUT
                and Purpose.MARKETING_COMMUNICATIONS_RELATED in n.purposes
                and (scope == ApprovalScope.CARRIER_MARKETING or n.recipients)
            ),
            key=lambda n: n.sent_at,
            reverse=True,
        )
        for wanted in (None, policy.UsageReason.OPT_OUT_WAITING_PERIOD):
            for notice in candidates:
                problem = policy.opt_out_notice_problem(notice, now)
                if (problem[0] if problem else None) == wanted:
                    return ScopeStatus(
                        **common,
                        status="opt_out_assumed" if wanted is None else "opt_out_waiting",
                        notice_id=notice.id,
                        approval_assumable_from=notice.approval_assumable_from,
                        recipients=sorted(notice.recipients)
                        if scope != ApprovalScope.CARRIER_MARKETING
                        else None,
                    )
    return ScopeStatus(**common, status="no_approval")
