"""Customer decisions (R-2007): appended, never edited; the current status per scope with its basis, and
when each decision stopped being in effect (retention). Each change records its audit row (ADR 0019)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts.service import get_account
from cpni_api.audit.context import WriteContext
from cpni_api.consent import policy, retention
from cpni_api.consent.models import CpniApproval
from cpni_api.consent.notices import account_notices, get_notice
from cpni_api.consent.schemas import (
    ApprovalCreate,
    ApprovalOut,
    ApprovalsView,
    OralEvidence,
    ScopeStatus,
)
from cpni_api.consent.service import ConsentClock, not_in_future
from cpni_api.consent.vocabulary import ApprovalDecision, ApprovalScope, NoticeKind, UsagePurpose
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.interactions.models import Interaction
from cpni_api.interactions.policy import is_open
from cpni_api.third_parties.service import as_recipient, get_third_party

CALL_CHANNELS = frozenset({"inbound_call", "outbound_call"})


def record_approval(context: WriteContext, account_id: str, body: ApprovalCreate) -> CpniApproval:
    """Appends a customer decision (R-2007-a-3: the latest standing decision wins; history is never
    edited). Oral grants carry their evidence (R-2007-a-2); one-time oral consent is bound to an open call
    of the same account (E11)."""
    session, now = context.session, context.now()
    account = get_account(session, account_id)
    decided_at = body.decided_at or now
    not_in_future(decided_at, now, "decided_at")
    if body.notice_id is not None:
        notice = get_notice(session, account.id, body.notice_id)
        if body.decision == ApprovalDecision.GRANTED and notice.sent_at > decided_at:
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
    return row.interaction_id is not None and row.decision == ApprovalDecision.GRANTED


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
        decision=ApprovalDecision(row.decision),
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
                and UsagePurpose.MARKETING_COMMUNICATIONS_RELATED in n.purposes
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
