"""Business-day arithmetic for the CPNI deadlines.

A business day is a weekday that is not a holiday. Holidays default to US federal holidays, including
the weekday on which a weekend holiday is observed; the country, subdivision and extra closure dates
are configurable. §64.2011 does not define "business day", so edge case E1 of
docs/cpni-rules.md counts conservatively in two directions: the law-enforcement "no later than"
deadline counts weekends only (`BusinessCalendar.weekends_only()`, so holidays make it come earlier),
while the customer-notice hold ("7 full business days") skips weekends and holidays and never counts
the day of notice (the default calendar).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays

__all__ = ["BusinessCalendar", "Calendars"]

_ONE_DAY = timedelta(days=1)
_ONE_MICROSECOND = timedelta(microseconds=1)
_EXTRA_HOLIDAY_NAME = "Additional holiday"


class BusinessCalendar:
    """Weekends plus (optionally) a holiday calendar, evaluated in one local timezone.

    With ``observe_holidays=False`` no date is a holiday, not even one in ``extra_holidays``.
    """

    def __init__(
        self,
        *,
        country: str = "US",
        subdivision: str | None = None,
        extra_holidays: Iterable[date] = (),
        observe_holidays: bool = True,
        timezone: str = "America/New_York",
    ) -> None:
        self._country = country
        self._subdivision = subdivision
        self._observe_holidays = observe_holidays
        self._extra_holidays = frozenset(_require_date(day) for day in extra_holidays)
        self._timezone = ZoneInfo(timezone)
        self._holidays_by_year: dict[int, Mapping[date, str]] = {}
        if observe_holidays:
            # Fail at configuration time on an unknown country or subdivision, not on the first deadline.
            holidays.country_holidays(country, subdiv=subdivision)

    @classmethod
    def weekends_only(cls, *, timezone: str = "America/New_York") -> BusinessCalendar:
        """Holidays count as business days: the conservative reading for "no later than" deadlines (E1)."""
        return cls(observe_holidays=False, timezone=timezone)

    @property
    def timezone(self) -> ZoneInfo:
        return self._timezone

    def is_business_day(self, day: date) -> bool:
        day = _require_date(day)
        return day.weekday() < 5 and day not in self._holidays_in(day.year)

    def holiday_name(self, day: date) -> str | None:
        """The holiday's name, or None when the day is not a holiday (or holidays are not observed)."""
        day = _require_date(day)
        return self._holidays_in(day.year).get(day)

    def add_business_days(self, start: date, count: int) -> date:
        """The count-th business day after ``start``; ``start`` itself never counts, whatever day it is."""
        start = _require_date(start)
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        remaining = count
        while remaining:
            day += _ONE_DAY
            if self.is_business_day(day):
                remaining -= 1
        return day

    def business_days_between(self, start: date, end: date) -> int:
        """The number of business days d with start < d <= end (0 when end <= start)."""
        start = _require_date(start)
        end = _require_date(end)
        if end <= start:
            return 0
        # Weekdays by arithmetic, then subtract the weekday holidays, so long spans stay cheap.
        count = _weekdays_up_to(end) - _weekdays_up_to(start)
        for year in range(start.year, end.year + 1):
            count -= sum(1 for day in self._holidays_in(year) if start < day <= end and day.weekday() < 5)
        return count

    def local_date(self, instant: datetime) -> date:
        """The calendar date of an aware instant in this calendar's timezone."""
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError("business-day deadlines need an aware datetime, not a naive one")
        return instant.astimezone(self._timezone).date()

    def end_of_business_day_after(self, instant: datetime, count: int) -> datetime:
        """The last instant (23:59:59.999999 local) of the count-th business day after the local date of
        ``instant``, in UTC."""
        deadline_day = self.add_business_days(self.local_date(instant), count)
        return self._start_of_day(deadline_day + _ONE_DAY) - _ONE_MICROSECOND

    def start_of_business_day_after(self, instant: datetime, count: int) -> datetime:
        """00:00 local of the day after the count-th full business day following the local date of
        ``instant`` (the moment ``count`` full business days have passed), in UTC."""
        last_full_day = self.add_business_days(self.local_date(instant), count)
        return self._start_of_day(last_full_day + _ONE_DAY)

    def _start_of_day(self, day: date) -> datetime:
        # Work out the boundary in UTC: wall-clock arithmetic on a zoned datetime ignores DST shifts, and
        # fold=0 maps a midnight that falls in a DST gap to the transition itself, the day's first instant.
        return datetime.combine(day, time(), tzinfo=self._timezone).astimezone(UTC)

    def _holidays_in(self, year: int) -> Mapping[date, str]:
        cached = self._holidays_by_year.get(year)
        if cached is not None:
            return cached
        by_date: dict[date, str] = {}
        if self._observe_holidays:
            # A holiday early in January can be observed in the previous December (New Year's Day on a
            # Saturday is observed on Dec 31), so build the neighbouring years too and keep this year's dates.
            source = holidays.country_holidays(
                self._country,
                subdiv=self._subdivision,
                years=range(year - 1, year + 2),
                observed=True,
            )
            by_date.update((day, str(name)) for day, name in source.items() if day.year == year)
            for day in self._extra_holidays:
                if day.year == year:
                    by_date.setdefault(day, _EXTRA_HOLIDAY_NAME)
        # A race between threads only builds the same mapping twice; the last write wins harmlessly.
        self._holidays_by_year[year] = by_date
        return by_date


def _require_date(day: date) -> date:
    # A datetime is a date subclass, but it never equals a date key, so holidays would silently be missed,
    # and its calendar day depends on a timezone: callers must go through local_date() first.
    if isinstance(day, datetime):
        raise TypeError("expected a date, not a datetime; use BusinessCalendar.local_date() first")
    return day


def _weekdays_up_to(day: date) -> int:
    # Ordinal 1 (0001-01-01) is a Monday, so each run of 7 ordinals is 5 weekdays then a weekend; this counts
    # the weekdays in ordinals 1..day without walking the days.
    weeks, rest = divmod(day.toordinal(), 7)
    return 5 * weeks + min(rest, 5)


@dataclass(frozen=True)
class Calendars:
    """E1: "no later than" deadlines count weekends only (holidays make them earlier); "not before" waits
    skip weekends and holidays and never count the day of the notice."""

    no_later_than: BusinessCalendar
    not_before: BusinessCalendar
