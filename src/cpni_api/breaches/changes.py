"""What every change to a breach does first and last: lock it (a voided one takes no change), check the
instants it is given, and record its audit row (ADR 0019)."""

from __future__ import annotations

from datetime import datetime

from cpni_api.audit.context import WriteContext
from cpni_api.breaches import views
from cpni_api.breaches.models import Breach
from cpni_api.core.errors import ErrorCode, ProblemError


def not_in_future(name: str, instant: datetime, now: datetime) -> None:
    if instant > now:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, f"{name} is in the future.")


def not_before(name: str, instant: datetime, other_name: str, other: datetime) -> None:
    if instant < other:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, f"{name} is before {other_name}.")


def record_change(
    context: WriteContext, action: str, breach: Breach, outcome: str, details: dict[str, object] | None = None
) -> None:
    """The change's audit row; its subject is the breach."""
    context.audit.record(
        action, subject_type="breach", subject_id=breach.id, outcome=outcome, details=details
    )


def locked(context: WriteContext, breach_id: str) -> Breach:
    """The breach, locked for a change; a voided breach takes none (409 `BREACH_VOIDED`)."""
    breach = views.get_breach(context.session, breach_id, for_update=True)
    if breach.voided_at is not None:
        raise ProblemError(ErrorCode.BREACH_VOIDED, "The breach was voided; it takes no further change.")
    return breach
