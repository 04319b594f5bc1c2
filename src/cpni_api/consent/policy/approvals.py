"""Approval as the basis of a use (R-2007, R-2008): the latest standing decision, one-time oral consent inside
its call, or opt-out assumed from a notice whose waiting period has run."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from cpni_api.consent.policy.decisions import (
    Approval,
    Basis,
    UsageDecision,
    UsageReason,
    UsageRequest,
    deny,
)
from cpni_api.consent.policy.notices import Notice, opt_out_notice_stale_at
from cpni_api.consent.policy.scopes import (
    CARRIER_OPT_IN_ONLY,
    CarrierPolicy,
    Need,
    Requirement,
    required_approval,
)
from cpni_api.consent.vocabulary import ApprovalDecision, ApprovalMethod, NoticeDelivery, NoticeKind


def by_approval(
    request: UsageRequest,
    approvals: Sequence[Approval],
    notices: Sequence[Notice],
    *,
    now: datetime,
    carrier: CarrierPolicy,
) -> UsageDecision:
    need = required_approval(
        request.scope,
        request.purpose,
        request.recipient,
        includes_location=request.includes_location,
        carrier=carrier,
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
                ended_one_time = deny(UsageReason.ONE_TIME_CONSENT_ENDED, "R-2008-f")
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
        if latest.decision == ApprovalDecision.DENIED:
            return ended_one_time or deny(UsageReason.CUSTOMER_DENIED, "R-2007-a-3")
        if latest.decision != ApprovalDecision.GRANTED:
            return ended_one_time or deny(UsageReason.APPROVAL_REVOKED, "R-2007-a-3")
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
        return deny(UsageReason.EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED, need.rule)
    if need.location:
        return deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    if need.requirement is Requirement.OPT_IN:
        # The law would let opt-out suffice here; the carrier promised opt-in (its own rule id says so).
        by_carrier = need.rule == CARRIER_OPT_IN_ONLY
        reason = UsageReason.OPT_IN_REQUIRED_BY_CARRIER_POLICY if by_carrier else UsageReason.OPT_IN_REQUIRED
        return deny(reason, need.rule)
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
    if grant.method == ApprovalMethod.ORAL and not grant.has_oral_evidence:
        return deny(UsageReason.ORAL_APPROVAL_WITHOUT_EVIDENCE, "R-2007-a-2")
    if need.requirement is Requirement.EXPRESS_WRITTEN:
        # R-222-c2: an affirmative written request naming the designee; no notice is involved.
        if grant.method != ApprovalMethod.WRITTEN or not grant.document_reference or grant.one_time:
            return deny(UsageReason.EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED, "R-222-c2")
        if request.recipient is None or grant.designee_id != request.recipient.id:
            return deny(UsageReason.NOT_THE_DESIGNATED_RECIPIENT, "R-222-c2")
        return None
    notice = grant.notice
    if notice is None or notice.sent_at > grant.decided_at:
        return deny(UsageReason.NO_NOTICE, "R-2008-a-1")
    if notice.bounced_at is not None:
        return deny(UsageReason.NOTICE_BOUNCED, "R-2008-d-3")
    named = _names_problem(notice, request)
    if named is not None:
        return deny(named, "R-2008-c")
    if need.location and not grant.covers_location:
        return deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    return None


def opt_out_notice_problem(notice: Notice, now: datetime) -> tuple[UsageReason, str] | None:
    """Why an opt-out notice does not (yet, or any more) support opt-out approval, or None."""
    if notice.delivery == NoticeDelivery.ORAL:
        return UsageReason.OPT_OUT_NOTICE_ORAL, "R-2008-d-0"
    if notice.bounced_at is not None:
        return UsageReason.NOTICE_BOUNCED, "R-2008-d-3"
    if notice.delivery == NoticeDelivery.EMAIL and not notice.email_delivery_approved:
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
        return deny(UsageReason.NO_APPROVAL, "R-2009-a")
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
            first_problem = deny(
                problem[0], problem[1], available_from=notice.approval_assumable_from if waiting else None
            )
    assert first_problem is not None
    return first_problem
