"""Compliance rules as pure functions (R-2009-e/f), no database. The training rule (R-2009-b) runs in the
database and is tested there: test_training_rule.py."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cpni_api.compliance import policy
from cpni_api.core.business_days import BusinessCalendar

WEEKENDS_ONLY = BusinessCalendar.weekends_only()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("detected_at", "due_by"),
    [
        # Tue 11-24 2026: Wed (1), Thanksgiving counts (2), Fri (3), Mon (4), Tue 12-01 (5) -> end of day EST.
        ("2026-11-24T15:00", "2026-12-02T04:59:59.999999"),
        # Thu 12-24: Christmas counts (1), Mon-Thu 12-28..31 (2-5).
        ("2026-12-24T15:00", "2027-01-01T04:59:59.999999"),
        # Wed 07-01: Thu (1), observed Independence Day Fri 07-03 counts (2), Mon-Wed 07-06..08 (3-5), EDT.
        ("2026-07-01T15:00", "2026-07-09T03:59:59.999999"),
    ],
)
def test_opt_out_failure_fcc_notice_is_due_in_five_business_days(detected_at: str, due_by: str) -> None:
    """R-2009-f: "within 5 business days", counted like the law-enforcement deadline (E1, holidays count)."""
    assert policy.opt_out_fcc_notice_due_by(utc(detected_at), WEEKENDS_ONLY) == utc(due_by)


def test_notice_status() -> None:
    due = utc("2026-12-02T04:59:59.999999")
    assert policy.notice_status(due, None, due) == "due"
    assert policy.notice_status(due, None, due + timedelta(microseconds=1)) == "overdue"
    assert policy.notice_status(due, due, due + timedelta(days=9)) == "done"
    assert policy.notice_status(due, due + timedelta(seconds=1), due + timedelta(days=9)) == "done_late"


def test_certification_period_is_the_local_calendar_year_and_due_march_1() -> None:
    start, end = policy.certification_period(2026, ZoneInfo("America/New_York"))
    assert (start, end) == (utc("2026-01-01T05:00"), utc("2027-01-01T05:00"))
    assert policy.certification_due_on(2026) == date(2027, 3, 1)
