"""Customer notices (R-2011-c): one `breach.customer_notice` event per affected account, in bounded batches.

The request that asks for the notice only records it (its own short transaction) and answers 202; the
batches then run right after the response, in the same process, each batch its own transaction of at
most `CPNI_BREACH_NOTICE_BATCH_SIZE` accounts (ADR 0011). Each batch locks the breach row, takes the next
accounts whose `notified_at` is empty, writes their events to the outbox and marks them notified in the
same transaction, so an account's event exists exactly once however often the run is repeated or
interrupted. A repeated request, a second replica, or the resumer that every `cpni-api serve` runs in the
background continues where the last committed batch stopped. Each batch asks the policy again, so a hold
directed mid-run stops the remaining notices until it ends.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from cpni_api.audit.trail import AuditTrail
from cpni_api.breaches import notice_content, views
from cpni_api.breaches.models import Breach, BreachAffectedAccount
from cpni_api.breaches.policy import Regime
from cpni_api.core.clock import Clock
from cpni_api.core.errors import ProblemError
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event
from cpni_api.notifications.payloads import BreachCustomerNotice

logger = logging.getLogger("cpni_api.breaches")


@dataclass(frozen=True)
class BatchOutcome:
    notified: int
    finished: bool
    stopped_reason: str | None = None


def notify_next_batch(
    session: Session,
    clock: Clock,
    breach_id: str,
    *,
    batch_size: int,
    correlation_id: str,
    api_key_id: str | None,
) -> BatchOutcome:
    """Notifies up to `batch_size` not-yet-notified accounts of one breach, in the caller's transaction."""
    try:
        breach = views.get_breach(session, breach_id, for_update=True)
    except ProblemError:
        return BatchOutcome(0, True, "breach_not_found")
    if breach.customer_notice_requested_at is None:
        return BatchOutcome(0, True, "not_requested")
    now = clock.now()
    decision = views.decide_customer_notice(session, breach, at=now)
    if not decision.allowed:
        return BatchOutcome(0, True, decision.reason.value)
    pending = (
        select(BreachAffectedAccount.account_id)
        .where(BreachAffectedAccount.breach_id == breach_id, BreachAffectedAccount.notified_at.is_(None))
        .order_by(BreachAffectedAccount.account_id)
    )
    account_ids = list(session.scalars(pending.limit(batch_size)))
    audit = AuditTrail(db=session, clock=clock, correlation_id=correlation_id, api_key_id=api_key_id)
    if account_ids:
        data = notice_data(session, breach)
        marks = []
        for account_id in account_ids:
            event = emit_event(
                session,
                clock,
                EventType.BREACH_CUSTOMER_NOTICE,
                account_id=account_id,
                data=dict(data),
                correlation_id=correlation_id,
            )
            marks.append(
                {"breach_id": breach_id, "account_id": account_id, "notified_at": now, "event_id": event.id}
            )
        session.execute(update(BreachAffectedAccount), marks)
        breach.notified_account_count += len(account_ids)
        breach.updated_at = now
        audit.record(
            "breach.customer_notice_batch",
            subject_type="breach",
            subject_id=breach_id,
            outcome="notified",
            details={"accounts": len(account_ids), "notified_total": breach.notified_account_count},
        )
    finished = session.scalars(pending.limit(1)).first() is None
    if finished and breach.customer_notice_completed_at is None:
        breach.customer_notice_completed_at = now
        breach.updated_at = now
        audit.record(
            "breach.customer_notice_completed",
            subject_type="breach",
            subject_id=breach_id,
            outcome="completed",
            details={"accounts": breach.affected_account_count, "reason": decision.reason.value},
        )
    session.flush()
    return BatchOutcome(len(account_ids), finished)


def notice_data(session: Session, breach: Breach) -> dict[str, object]:
    """The event's data (`BreachCustomerNotice`): under the 2024 rules with the notice's minimum content
    (R-2011-NEW-9), so the mailer renders it without reading the breach."""
    regime = Regime(breach.regime)
    content = notice_content.content_for(session, breach) if regime is Regime.FCC_2024 else None
    data = BreachCustomerNotice(
        breach_id=breach.id, regime=regime.value, notice="cpni_breach", content=content
    )
    dumped = data.model_dump(mode="json")
    if content is None:
        del dumped["content"]  # a 2007 notice's data is as it always was
    return dumped


def notify_in_batches(
    session_factory: sessionmaker[Session],
    clock: Clock,
    breach_id: str,
    *,
    batch_size: int,
    correlation_id: str,
    api_key_id: str | None = None,
) -> int:
    """Runs batches, each in its own transaction, until every account is notified or the policy stops it.
    Returns how many accounts this run notified."""
    total = 0
    while True:
        with session_factory.begin() as session:
            outcome = notify_next_batch(
                session,
                clock,
                breach_id,
                batch_size=batch_size,
                correlation_id=correlation_id,
                api_key_id=api_key_id,
            )
        total += outcome.notified
        if outcome.finished or outcome.stopped_reason is not None:
            if outcome.stopped_reason is not None and outcome.stopped_reason != "not_requested":
                logger.warning(
                    "breach customer notice stopped",
                    extra={"breach_id": breach_id, "reason": outcome.stopped_reason, "notified": total},
                )
            return total


def notify_after_response(
    session_factory: sessionmaker[Session],
    clock: Clock,
    breach_id: str,
    *,
    batch_size: int,
    correlation_id: str,
    api_key_id: str | None,
) -> None:
    """The background task: never raises (the response is already sent). Whatever was not committed stays
    pending and the next request for the notice resumes it."""
    try:
        notify_in_batches(
            session_factory,
            clock,
            breach_id,
            batch_size=batch_size,
            correlation_id=correlation_id,
            api_key_id=api_key_id,
        )
    except Exception as exc:  # noqa: BLE001 - logged by type only; the state is resumable
        logger.error(
            "breach customer notice interrupted",
            extra={"breach_id": breach_id, "error_type": type(exc).__name__},
        )


def resume_requested_notices(session_factory: sessionmaker[Session], clock: Clock, *, batch_size: int) -> int:
    """Continues every requested, unfinished notice run: one cut short by a crash or a restart, or held
    back by the waiting period or a hold that has since ended. Batches lock the breach row, so running
    this beside a request's own run, or on several replicas, never notifies anyone twice."""
    with session_factory() as session:
        pending = session.scalars(
            select(Breach.id)
            .where(
                Breach.customer_notice_requested_at.is_not(None),
                Breach.customer_notice_completed_at.is_(None),
            )
            .order_by(Breach.customer_notice_requested_at)
        ).all()
    return sum(
        notify_in_batches(
            session_factory, clock, breach_id, batch_size=batch_size, correlation_id="notice-resumer"
        )
        for breach_id in pending
    )


__all__ = [
    "BatchOutcome",
    "notify_after_response",
    "notify_in_batches",
    "notify_next_batch",
    "resume_requested_notices",
]
