"""Retention of breach records (R-2011-d: at least two years), and the purge behind `cpni-api purge breaches`.

A breach is purgeable only when nothing is owed on it any more (status `closed`) and its retention period,
counted from the last thing recorded about it (a hold's end included), has run out. Everything else is
refused, also when asked for by id. The purge deletes the breach with its affected-account rows, holds,
consultations and public disclosures; its outbox events and audit rows stay (they are append-only).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.breaches import views
from cpni_api.breaches.models import (
    AgencyConsultation,
    Breach,
    BreachAffectedAccount,
    LawEnforcementHold,
    PublicDisclosure,
)
from cpni_api.core.retention import Purged, PurgeResult, Refused

SCAN_CHUNK = 200


def _assess(breach: Breach, details: views.BreachDetails, now: datetime, years: int) -> Purged | Refused:
    status = views.breach_status(breach, details, now)
    until = views.retained_until(breach, details, status, years)
    if until is None:
        return Refused(
            breach.id, f"still {status}: obligations are open, so the record is kept (R-2011-d)", "breach"
        )
    if now < until:
        return Refused(
            breach.id,
            f"retained until {until.isoformat()} (at least {years} years after the last activity, R-2011-d)",
            "breach",
        )
    note = f"determined {breach.determined_at.isoformat()}, {breach.affected_account_count} affected accounts"
    return Purged("breach", breach.id, views.last_activity(breach, details), until, note)


def purge_breaches(
    context: WriteContext, *, breach_ids: Sequence[str] | None = None, dry_run: bool = False
) -> PurgeResult:
    """Deletes breaches past `CPNI_BREACH_RETENTION_YEARS` (all of them, or only `breach_ids`), in the
    context's transaction, each with its audit row.

    With `breach_ids`, each id that is unknown or still retained is refused and nothing else is touched.
    """
    session, now = context.session, context.now()
    retention_years = context.settings.breach_retention_years
    result = PurgeResult()
    candidates: list[Breach] = []
    if breach_ids is not None:
        wanted = list(dict.fromkeys(breach_ids))
        found = {b.id: b for b in session.scalars(select(Breach).where(Breach.id.in_(wanted)))}
        result.refused += [
            Refused(breach_id, "no breach has that id", "breach")
            for breach_id in wanted
            if breach_id not in found
        ]
        candidates = [found[breach_id] for breach_id in wanted if breach_id in found]
        _assess_all(session, candidates, now, retention_years, result)
    else:
        after = ""
        while chunk := list(
            session.scalars(select(Breach).where(Breach.id > after).order_by(Breach.id).limit(SCAN_CHUNK))
        ):
            _assess_all(session, chunk, now, retention_years, result, report_refusals=False)
            after = chunk[-1].id
    if not dry_run:
        for purged in result.purged:
            _delete(session, purged.id)
            context.audit.record(
                "breach.purged",
                subject_type="breach",
                subject_id=purged.id,
                outcome="deleted",
                details={
                    "retained_until": purged.retained_until.isoformat(),
                    "retention_years": retention_years,
                },
            )
        session.flush()
    return result


def _assess_all(
    session: Session,
    breaches: list[Breach],
    now: datetime,
    years: int,
    result: PurgeResult,
    *,
    report_refusals: bool = True,
) -> None:
    details = views.load_details(session, [breach.id for breach in breaches])
    for breach in breaches:
        outcome = _assess(breach, details[breach.id], now, years)
        if isinstance(outcome, Purged) or report_refusals:
            result.add(outcome)


def _delete(session: Session, breach_id: str) -> None:
    for model in (BreachAffectedAccount, AgencyConsultation, PublicDisclosure, LawEnforcementHold):
        session.execute(delete(model).where(model.breach_id == breach_id))
    session.execute(delete(Breach).where(Breach.id == breach_id))
