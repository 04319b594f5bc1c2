"""Retention of consent records as pure functions (R-2007-a-4, R-2008-a-2, R-2009-c, R-2009-d).

Approvals, notices, campaigns and reviews are kept while in effect and for at least a year after they stop
being in effect (the TRS twin's wording, E22, which is the conservative reading of "at least one year").
A record still in effect has no end (None) and is never purgeable.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from cpni_api.consent.policy import opt_out_notice_stale_at
from cpni_api.consent.vocabulary import NoticeKind
from cpni_api.core.retention import add_years_late, subtract_years_early

MINIMUM_RETENTION_YEARS = 1


def retained_until(ended_at: datetime | None, years: int) -> datetime | None:
    """When a record may first be deleted; None while it is in effect."""
    if ended_at is None:
        return None
    return add_years_late(ended_at, max(years, MINIMUM_RETENTION_YEARS))


def purgeable(ended_at: datetime | None, now: datetime, years: int) -> bool:
    until = retained_until(ended_at, years)
    return until is not None and now >= until


def purge_cutoff(now: datetime, years: int) -> datetime:
    """Records that stopped being in effect at or before this instant are past retention."""
    return subtract_years_early(now, max(years, MINIMUM_RETENTION_YEARS))


def standing_approval_ended_at(next_decision_at: datetime | None) -> datetime | None:
    """R-2007-a-3: a standing decision is in effect until the customer's next decision on the scope."""
    return next_decision_at


def one_time_consent_ended_at(
    closed_at: datetime | None, expires_at: datetime, now: datetime
) -> datetime | None:
    """E11: one-time oral consent ends with its interaction (closed, or its time run out)."""
    end = closed_at if closed_at is not None else expires_at
    return end if end <= now else None


def notice_ended_at(
    kind: str, sent_at: datetime, referencing_approval_ends: Iterable[datetime | None]
) -> datetime | None:
    """A notice is in effect while an approval that cites it is, and an opt-out notice for the two years
    in which it can support opt-out approval (R-2008-d-2)."""
    ends: list[datetime] = [opt_out_notice_stale_at(sent_at) if kind == NoticeKind.OPT_OUT else sent_at]
    for end in referencing_approval_ends:
        if end is None:
            return None
        ends.append(end)
    return max(ends)


def campaign_ended_at(
    status: str, closed_at: datetime | None, reviewed_at: datetime | None
) -> datetime | None:
    """A campaign is in effect until it is closed, or until a supervisor rejected it (R-2009-c/d)."""
    if status == "closed":
        return closed_at
    if status == "rejected":
        return reviewed_at
    return None
