"""Compliance rules as pure functions (R-2009-e/f): no I/O, no clock reads. When an agent counts as trained
(R-2009-b) runs in the database, and is defined once there: `compliance/training.py`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cpni_api.core.business_days import BusinessCalendar

OPT_OUT_FCC_NOTICE_BUSINESS_DAYS = 5  # R-2009-f
COMPLAINT_CATEGORIES = (
    "employee_access",
    "disclosure_to_unauthorized_individuals",
    "unauthorized_online_access",
    "other",
)
CERTIFICATION_DOCKET = "EB Docket No. 06-36"
FIRST_CERTIFIED_YEAR = 2007  # R-2009-e: the certification dates from the 2007 order


def opt_out_fcc_notice_due_by(detected_at: datetime, no_later_than: BusinessCalendar) -> datetime:
    """R-2009-f: written notice to the FCC within 5 business days. Like the law-enforcement deadline (E1),
    a "within" deadline counts holidays as business days, so it is never later than the strictest reading;
    pass `BusinessCalendar.weekends_only()`."""
    return no_later_than.end_of_business_day_after(detected_at, OPT_OUT_FCC_NOTICE_BUSINESS_DAYS)


def notice_status(due_by: datetime, done_at: datetime | None, now: datetime) -> str:
    if done_at is not None:
        return "done" if done_at <= due_by else "done_late"
    return "overdue" if now > due_by else "due"


def certification_period(year: int, timezone: ZoneInfo) -> tuple[datetime, datetime]:
    """R-2009-e: the certification covers the previous calendar year, in the carrier's local time: from
    Jan 1 00:00 (inclusive) to the next Jan 1 00:00 (exclusive), as UTC instants."""
    start = datetime.combine(date(year, 1, 1), time(), tzinfo=timezone).astimezone(UTC)
    end = datetime.combine(date(year + 1, 1, 1), time(), tzinfo=timezone).astimezone(UTC)
    return start, end


def certification_due_on(year: int) -> date:
    """R-2009-e: filed by March 1 of the following year (the date the rule names)."""
    return date(year + 1, 3, 1)


def certification_filing_due_on(year: int, calendar: BusinessCalendar) -> date:
    """R-2009-e: March 1 of the following year, or the next business day when March 1 is not one: a filing
    due on a weekend or a federal holiday may be made on the next business day (47 C.F.R. 1.4(j)). March 1,
    2026 was a Sunday, so the 2025 certification was due on Monday, March 2, 2026."""
    day = certification_due_on(year)
    return day if calendar.is_business_day(day) else calendar.add_business_days(day, 1)


def end_of_day(day: date, timezone: ZoneInfo) -> datetime:
    """The last instant of `day` in the carrier's time zone, in UTC: a filing "by" a day may come all day."""
    following = datetime.combine(day + timedelta(days=1), time(), tzinfo=timezone).astimezone(UTC)
    return following - timedelta(microseconds=1)


def year_is_over(year: int, timezone: ZoneInfo, now: datetime) -> bool:
    """R-2009-e certifies a calendar year that has ended: a filing for a year not over is refused."""
    return now >= certification_period(year, timezone)[1]
