"""The retention purge of consent records (`cpni-api purge consent`): deletes only approvals, notices,
campaigns and reviews that stopped being in effect at least the retention period ago (R-2007-a-4,
R-2008-a-2, R-2009-c/d), and reports what it deleted.

Candidates are found with set-based queries; each candidate's end is then re-checked with the pure
retention functions before anything is deleted, so the SQL can only ever narrow what is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from cpni_api.audit.context import WriteContext
from cpni_api.campaigns.models import Campaign, CampaignReview
from cpni_api.consent import retention
from cpni_api.consent.models import CpniApproval, CpniNotice, CpniNoticePurpose, CpniNoticeRecipient
from cpni_api.consent.vocabulary import ApprovalDecision
from cpni_api.core.retention import Purged, PurgeResult, Refused
from cpni_api.interactions.models import Interaction

BATCH = 500


def _chunks(ids: Sequence[str]) -> list[Sequence[str]]:
    return [ids[start : start + BATCH] for start in range(0, len(ids), BATCH)]


def _approval_ends(
    session: Session, now: datetime, *, cutoff: datetime | None, ids: Sequence[str] | None
) -> dict[str, datetime | None]:
    """When approvals stopped being in effect: standing decisions at the next standing decision on the same
    scope (R-2007-a-3), one-time consents when their call ended (E11). With `cutoff`, only those that ended
    at or before it; with `ids`, those approvals whatever their state (None: still in effect)."""
    later = aliased(CpniApproval)
    next_decision_at = (
        select(func.min(later.decided_at))
        .where(
            later.account_id == CpniApproval.account_id,
            later.scope == CpniApproval.scope,
            or_(later.interaction_id.is_(None), later.decision != ApprovalDecision.GRANTED.value),
            or_(
                later.decided_at > CpniApproval.decided_at,
                and_(later.decided_at == CpniApproval.decided_at, later.seq > CpniApproval.seq),
            ),
        )
        .scalar_subquery()
    )
    one_time = and_(
        CpniApproval.interaction_id.is_not(None), CpniApproval.decision == ApprovalDecision.GRANTED.value
    )
    standing = select(CpniApproval.id, next_decision_at).where(~one_time)
    calls = (
        select(CpniApproval.id, Interaction.closed_at, Interaction.expires_at)
        .join(Interaction, Interaction.id == CpniApproval.interaction_id)
        .where(one_time)
    )
    if cutoff is not None:
        standing = standing.where(next_decision_at <= cutoff)
        calls = calls.where(func.coalesce(Interaction.closed_at, Interaction.expires_at) <= cutoff)
    if ids is not None:
        standing = standing.where(CpniApproval.id.in_(ids))
        calls = calls.where(CpniApproval.id.in_(ids))
    ends: dict[str, datetime | None] = {
        approval_id: retention.standing_approval_ended_at(ended_at)
        for approval_id, ended_at in session.execute(standing)
    }
    for approval_id, closed_at, expires_at in session.execute(calls):
        ends[approval_id] = retention.one_time_consent_ended_at(closed_at, expires_at, now)
    return ends


def _notice_ends(
    session: Session, purging_approvals: set[str], *, cutoff: datetime | None, ids: Sequence[str] | None
) -> tuple[dict[str, datetime | None], dict[str, str]]:
    """When notices stopped being in effect (R-2008-a-2): once sent (opt-in) or two years after (opt-out),
    and only once no approval that is kept cites them. Returns the ends and, per notice still cited, one
    approval that cites it."""
    query = select(CpniNotice.id, CpniNotice.kind, CpniNotice.sent_at)
    if cutoff is not None:
        query = query.where(CpniNotice.sent_at <= cutoff)
    if ids is not None:
        query = query.where(CpniNotice.id.in_(ids))
    ends: dict[str, datetime | None] = {}
    cited_by: dict[str, str] = {}
    rows = list(session.execute(query))
    for chunk in _chunks([row[0] for row in rows]):
        for approval_id, notice_id in session.execute(
            select(CpniApproval.id, CpniApproval.notice_id).where(CpniApproval.notice_id.in_(chunk))
        ):
            if approval_id not in purging_approvals and notice_id is not None:
                cited_by.setdefault(notice_id, approval_id)
    for notice_id, kind, sent_at in rows:
        ends[notice_id] = None if notice_id in cited_by else retention.notice_ended_at(kind, sent_at, ())
    return ends, cited_by


def _campaign_ends(
    session: Session, *, cutoff: datetime | None, ids: Sequence[str] | None
) -> dict[str, datetime | None]:
    query = select(Campaign.id, Campaign.status, Campaign.closed_at, Campaign.reviewed_at)
    if cutoff is not None:
        query = query.where(
            or_(
                and_(Campaign.status == "closed", Campaign.closed_at <= cutoff),
                and_(Campaign.status == "rejected", Campaign.reviewed_at <= cutoff),
            )
        )
    if ids is not None:
        query = query.where(Campaign.id.in_(ids))
    return {
        campaign_id: retention.campaign_ended_at(status, closed_at, reviewed_at)
        for campaign_id, status, closed_at, reviewed_at in session.execute(query)
    }


def _assess(
    kind: str, record_id: str, ended_at: datetime | None, now: datetime, years: int, why_in_effect: str
) -> Purged | Refused:
    until = retention.retained_until(ended_at, years)
    if ended_at is None or until is None:
        return Refused(record_id, f"{kind} still in effect ({why_in_effect}); it is kept")
    if now < until:
        return Refused(
            record_id,
            f"{kind} retained until {until.isoformat()} (one year after it stopped being in effect at "
            f"{ended_at.isoformat()}; R-2007-a-4, R-2008-a-2, R-2009-c/d)",
        )
    return Purged(kind, record_id, ended_at, until)


def purge_consent(
    context: WriteContext, *, ids: Sequence[str] | None = None, dry_run: bool = False
) -> PurgeResult:
    """Deletes consent records past retention (`CPNI_CONSENT_RETENTION_YEARS`), in the context's
    transaction: all of them, or only `ids` (approval, notice or campaign ids; a campaign takes its reviews
    with it). With `ids`, an id that is unknown, in effect or still retained is refused (an early purge) and
    not deleted. A purge that deleted or refused anything is audited (`consent.purged`); a dry run is not."""
    result = _purge(
        context.session,
        now=context.now(),
        retention_years=context.settings.consent_retention_years,
        ids=ids,
        dry_run=dry_run,
    )
    if not dry_run and (result.purged or result.refused):
        context.audit.record(
            "consent.purged",
            subject_type="consent_records",
            outcome="purged",
            details={
                kind: len(result.ids(kind)) for kind in ("approval", "notice", "campaign", "campaign_review")
            }
            | {"refused": len(result.refused)},
        )
    return result


def _purge(
    session: Session,
    *,
    now: datetime,
    retention_years: int,
    ids: Sequence[str] | None,
    dry_run: bool,
) -> PurgeResult:
    years = retention_years
    cutoff = None if ids is not None else retention.purge_cutoff(now, years)
    wanted = list(dict.fromkeys(ids)) if ids is not None else None
    result = PurgeResult()

    approval_ends = _approval_ends(session, now, cutoff=cutoff, ids=wanted)
    for approval_id, ended_at in approval_ends.items():
        result_item = _assess("approval", approval_id, ended_at, now, years, "no later decision on its scope")
        result.add(result_item)
    purging_approvals = set(result.ids("approval"))

    notice_ends, cited_by = _notice_ends(session, purging_approvals, cutoff=cutoff, ids=wanted)
    for notice_id, ended_at in notice_ends.items():
        why = (
            f"cited by approval {cited_by[notice_id]}"
            if notice_id in cited_by
            else "supports opt-out approval"
        )
        result_item = _assess("notice", notice_id, ended_at, now, years, why)
        result.add(result_item)

    for campaign_id, ended_at in _campaign_ends(session, cutoff=cutoff, ids=wanted).items():
        result_item = _assess("campaign", campaign_id, ended_at, now, years, "not closed")
        result.add(result_item)
    campaigns = result.ids("campaign")
    ended_by_campaign = {item.id: item for item in result.purged if item.kind == "campaign"}
    for chunk in _chunks(campaigns):
        for review_id, campaign_id in session.execute(
            select(CampaignReview.id, CampaignReview.campaign_id).where(CampaignReview.campaign_id.in_(chunk))
        ):
            owner = ended_by_campaign[campaign_id]
            result.purged.append(Purged("campaign_review", review_id, owner.ended_at, owner.retained_until))

    if wanted is not None:
        known = {item.id for item in result.purged} | {item.id for item in result.refused}
        result.refused += [
            Refused(i, "no approval, notice or campaign has this id") for i in wanted if i not in known
        ]
    else:
        # Purging everything: a candidate the pure check keeps (still cited, or not yet past retention) is
        # simply not deleted; refusals are reported only for ids the operator asked for.
        result.refused = []
    if not dry_run:
        _delete(session, result)
    return result


def _delete(session: Session, result: PurgeResult) -> None:
    for chunk in _chunks(result.ids("approval")):
        session.execute(delete(CpniApproval).where(CpniApproval.id.in_(chunk)))
    for chunk in _chunks(result.ids("notice")):
        session.execute(delete(CpniNoticeRecipient).where(CpniNoticeRecipient.notice_id.in_(chunk)))
        session.execute(delete(CpniNoticePurpose).where(CpniNoticePurpose.notice_id.in_(chunk)))
        session.execute(delete(CpniNotice).where(CpniNotice.id.in_(chunk)))
    for chunk in _chunks(result.ids("campaign")):
        session.execute(delete(CampaignReview).where(CampaignReview.campaign_id.in_(chunk)))
        session.execute(delete(Campaign).where(Campaign.id.in_(chunk)))
    session.flush()
