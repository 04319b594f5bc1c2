"""The SIM-swap signal (E7), in the shape of the CAMARA SimSwap API: has this number moved to a new SIM
within the last `max_age_hours`, and when did it last? Read from the completed SIM changes and the port-ins
(and lines added after sign-up) recorded on the numbers of record."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts.models import TelephoneNumberOfRecord
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.line_security.policy import swapped_within


def latest_sim_change(session: Session, number: str) -> datetime | None:
    """404 for a number that is of record nowhere: the signal speaks only of the carrier's own lines."""
    known, latest = session.execute(
        select(func.count(), func.max(TelephoneNumberOfRecord.sim_changed_at)).where(
            TelephoneNumberOfRecord.e164 == number
        )
    ).one()
    if not known:
        raise ProblemError(ErrorCode.NOT_FOUND, "No account has that telephone number of record.")
    return latest


def check(audit: AuditTrail, session: Session, number: str, max_age_hours: int, now: datetime) -> bool:
    """Audited: the answer says something about a customer's line."""
    swapped = swapped_within(latest_sim_change(session, number), now, timedelta(hours=max_age_hours))
    audit.record(
        "line_security.sim_swap_checked",
        subject_type="telephone_number",
        subject_id=number,
        outcome="swapped" if swapped else "not_swapped",
        details={"max_age_hours": max_age_hours},
    )
    return swapped


def retrieve_date(audit: AuditTrail, session: Session, number: str) -> datetime | None:
    latest = latest_sim_change(session, number)
    audit.record(
        "line_security.sim_swap_date_retrieved",
        subject_type="telephone_number",
        subject_id=number,
        outcome="retrieved",
    )
    return latest
