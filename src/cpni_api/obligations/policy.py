"""When an obligation is overdue, due or upcoming (design.md §5, `GET /v1/obligations`), as pure rules: no
I/O, no clock reads.

An obligation has a date (`due_by`) and a kind of date:
- a deadline the rules set ("no later than": the law-enforcement notice, R-2011-b; the FCC letter on an
  opt-out failure, R-2009-f; the annual certification, R-2009-e; a training's expiry, R-2009-b): past it,
  the obligation is `overdue`;
- a date from which something is owed with no outer limit (the 2007 customer notice once the waiting period is
  over, R-2011-c), or an event to act on (a law-enforcement hold ending, R-2011-b-3): never overdue, `due`
  once the date is near or past.
Otherwise an obligation is `due` when its date is within `DUE_SOON` and `upcoming` when it is further out.
The list is sorted overdue first, then due, then upcoming, each by date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# How far ahead an obligation counts as due rather than upcoming: a month gives the officer time to act on
# the shortest deadline known only a little ahead (5 business days, R-2009-f) and on the annual filing.
DUE_SOON = timedelta(days=30)


class Status(StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"


class ObligationKind(StrEnum):
    LAW_ENFORCEMENT_NOTICE = "law_enforcement_notice"
    FCC_BREACH_NOTICE = "fcc_breach_notice"
    AGENCY_BREACH_NOTICE = "agency_breach_notice"  # 2024: one filing to the FCC, USSS and FBI
    CUSTOMER_BREACH_NOTICE = "customer_breach_notice"
    LAW_ENFORCEMENT_HOLD_ENDS = "law_enforcement_hold_ends"
    OPT_OUT_FAILURE_LETTER = "opt_out_failure_letter"
    TRAINING_EXPIRES = "training_expires"
    ANNUAL_CERTIFICATION = "annual_certification"
    ANNUAL_BREACH_SUMMARY = "annual_breach_summary"


@dataclass(frozen=True)
class Dated:
    """An obligation's date and whether the date is a deadline (missing it makes the obligation overdue)."""

    due_by: datetime
    deadline: bool


def status_of(dated: Dated, now: datetime) -> Status:
    if now > dated.due_by:
        return Status.OVERDUE if dated.deadline else Status.DUE
    if dated.due_by - now <= DUE_SOON:
        return Status.DUE
    return Status.UPCOMING


_RANK = {Status.OVERDUE: 0, Status.DUE: 1, Status.UPCOMING: 2}


def sort_key(status: Status, due_by: datetime, kind: str, subject_id: str) -> tuple[int, datetime, str, str]:
    """Overdue first, then due, then upcoming; each by date (ties by kind and subject, so the order is
    stable)."""
    return (_RANK[status], due_by, kind, subject_id)
