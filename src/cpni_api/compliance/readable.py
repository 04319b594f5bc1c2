"""Dates as a person reads them in a filing, in the carrier's time zone: "March 2, 2026" and
"January 5, 2025, 10:00 EST". Pure formatting; the API keeps RFC 3339 beside them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NONE = "—"


def long_date(day: date | None) -> str:
    """March 2, 2026 (never locale-dependent, unlike strftime's %B)."""
    if day is None:
        return NONE
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def weekday_date(day: date) -> str:
    """Monday, March 2, 2026."""
    return f"{_WEEKDAYS[day.weekday()]}, {long_date(day)}"


def local_date(instant: datetime | None, timezone: ZoneInfo) -> str:
    """The calendar day of an instant in the carrier's time zone."""
    return NONE if instant is None else long_date(instant.astimezone(timezone).date())


def local_instant(instant: datetime | None, timezone: ZoneInfo) -> str:
    """January 5, 2025, 10:00 EST: the day, the 24-hour time and the zone's abbreviation at that instant."""
    if instant is None:
        return NONE
    local = instant.astimezone(timezone)
    return f"{long_date(local.date())}, {local:%H:%M} {local.tzname()}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """1 agent, 2 agents."""
    return f"{count} {singular if count == 1 else plural_form or singular + 's'}"
