"""What the console's pages read besides the other domains' own views: campaigns awaiting review, the audit
chain's state, and the last 90 days' signals for the charts. Read only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.audit.chain import count_unsealed
from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.campaigns.models import Campaign
from cpni_api.disclosures.models import DisclosureCheck
from cpni_api.interactions.models import VerificationAttempt

SIGNAL_DAYS = 90
PENDING_REVIEW = "pending_review"


def campaigns_awaiting_review(session: Session, limit: int = 200) -> list[Campaign]:
    """R-2009-d: campaigns no supervisor has reviewed yet, oldest first."""
    query = (
        select(Campaign).where(Campaign.status == PENDING_REVIEW).order_by(Campaign.created_at, Campaign.id)
    )
    return list(session.scalars(query.limit(limit)))


@dataclass(frozen=True)
class ChainState:
    records: int
    sealed: int
    unsealed: int
    last_sealed_at: datetime | None


def chain_state(session: Session) -> ChainState:
    """How far the sealer has got (ADR 0004); verifying the whole chain is a separate, explicit step."""
    records = session.scalar(select(func.count()).select_from(AuditRecord)) or 0
    sealed, last = session.execute(select(func.count(), func.max(AuditChainLink.sealed_at))).one()
    return ChainState(
        records=records, sealed=int(sealed), unsealed=count_unsealed(session), last_sealed_at=last
    )


def recent_audit_records(
    session: Session,
    *,
    agent_id: str | None,
    action: str | None,
    occurred_from: datetime | None,
    occurred_to: datetime | None,
    limit: int = 100,
) -> list[AuditRecord]:
    """The newest records first, filtered as `GET /v1/audit-records` filters them."""
    query = select(AuditRecord)
    if agent_id:
        query = query.where(AuditRecord.agent_id == agent_id)
    if action:
        query = query.where(AuditRecord.action == action)
    if occurred_from is not None:
        query = query.where(AuditRecord.occurred_at >= occurred_from)
    if occurred_to is not None:
        query = query.where(AuditRecord.occurred_at < occurred_to)
    return list(session.scalars(query.order_by(AuditRecord.seq.desc()).limit(limit)))


@dataclass(frozen=True)
class DailySignals:
    """The pretexting signal (R-2010-a-1): failed verifications and locks per local day."""

    days: list[date]
    failures: list[int]
    locks: list[int]


def verification_signals(session: Session, *, now: datetime, zone: ZoneInfo) -> DailySignals:
    today = now.astimezone(zone).date()
    days = [today - timedelta(days=offset) for offset in range(SIGNAL_DAYS - 1, -1, -1)]
    since = datetime.combine(days[0], datetime.min.time(), tzinfo=zone)
    failures = Counter(
        at.astimezone(zone).date()
        for at in session.scalars(
            select(VerificationAttempt.attempted_at).where(
                VerificationAttempt.attempted_at >= since, VerificationAttempt.outcome == "failed"
            )
        )
    )
    locks = Counter(
        at.astimezone(zone).date()
        for at in session.scalars(
            select(AuditRecord.occurred_at).where(
                AuditRecord.occurred_at >= since, AuditRecord.action == "account.verification_locked"
            )
        )
    )
    return DailySignals(days, [failures[day] for day in days], [locks[day] for day in days])


def disclosure_reasons(session: Session, *, now: datetime) -> list[tuple[str, str, int]]:
    """(decision, reason code, count) of the disclosure checks of the last 90 days, most frequent first."""
    since = now - timedelta(days=SIGNAL_DAYS)
    rows = session.execute(
        select(DisclosureCheck.decision, DisclosureCheck.reason_code, func.count())
        .where(DisclosureCheck.decided_at >= since)
        .group_by(DisclosureCheck.decision, DisclosureCheck.reason_code)
    )
    return sorted(((str(d), str(r), int(n)) for d, r, n in rows), key=lambda row: (-row[2], row[1]))
