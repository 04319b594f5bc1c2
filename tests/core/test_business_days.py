"""Business-day arithmetic (cpni-rules.md edge case E1). Every expected date below was checked against a
printed calendar; the weekday is noted next to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpni_api.core.business_days import BusinessCalendar

NEW_YORK = ZoneInfo("America/New_York")
FEDERAL = BusinessCalendar()
WEEKENDS_ONLY = BusinessCalendar.weekends_only()


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


# --- Thanksgiving week 2026 (Thanksgiving is Thu 2026-11-26) -------------------------------------------


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        ("2026-11-24", 1, "2026-11-25"),  # Tue -> Wed
        ("2026-11-24", 2, "2026-11-27"),  # Thanksgiving skipped; Fri is a federal business day
        ("2026-11-24", 3, "2026-11-30"),  # weekend skipped -> Mon
        ("2026-11-24", 7, "2026-12-04"),  # Fri; the customer-notice hold of E1
        ("2026-11-25", 1, "2026-11-27"),  # Wed -> Fri
        ("2026-11-26", 1, "2026-11-27"),  # starting on the holiday itself
    ],
)
def test_thanksgiving_week_with_federal_holidays(start: str, count: int, expected: str) -> None:
    assert FEDERAL.add_business_days(d(start), count) == d(expected)


@pytest.mark.parametrize(
    ("start", "count", "expected"),
    [
        ("2026-11-24", 2, "2026-11-26"),  # Thanksgiving counts
        ("2026-11-24", 3, "2026-11-27"),
        ("2026-11-24", 7, "2026-12-03"),  # Thu; the law-enforcement "no later than" deadline of E1
    ],
)
def test_thanksgiving_week_weekends_only(start: str, count: int, expected: str) -> None:
    assert WEEKENDS_ONLY.add_business_days(d(start), count) == d(expected)


def test_e1_law_enforcement_deadline_is_never_later_than_the_customer_notice_hold() -> None:
    determination = d("2026-11-24")
    assert WEEKENDS_ONLY.add_business_days(determination, 7) < FEDERAL.add_business_days(determination, 7)


def test_thanksgiving_is_a_holiday_and_the_day_after_is_not_federally() -> None:
    assert FEDERAL.holiday_name(d("2026-11-26")) == "Thanksgiving Day"
    assert not FEDERAL.is_business_day(d("2026-11-26"))
    assert FEDERAL.holiday_name(d("2026-11-27")) is None
    assert FEDERAL.is_business_day(d("2026-11-27"))
    assert FEDERAL.business_days_between(d("2026-11-24"), d("2026-11-30")) == 3
    assert WEEKENDS_ONLY.business_days_between(d("2026-11-24"), d("2026-11-30")) == 4


# --- New Year's Day on a Saturday, observed on Friday Dec 31 of the previous year ------------------------


def test_new_year_2022_observed_on_dec_31_2021_even_when_only_2021_was_asked_about() -> None:
    calendar = BusinessCalendar()  # fresh: nothing cached for 2022
    assert calendar.holiday_name(d("2021-12-31")) == "New Year's Day (observed)"  # Fri
    assert not calendar.is_business_day(d("2021-12-31"))
    assert calendar.holiday_name(d("2022-01-01")) == "New Year's Day"  # Sat


def test_new_year_2022_weekend() -> None:
    assert FEDERAL.add_business_days(d("2021-12-30"), 1) == d("2022-01-03")  # Thu -> Mon
    assert FEDERAL.add_business_days(d("2021-12-29"), 2) == d("2022-01-03")  # Wed -> Thu, Mon
    assert FEDERAL.business_days_between(d("2021-12-30"), d("2022-01-03")) == 1
    assert WEEKENDS_ONLY.add_business_days(d("2021-12-30"), 1) == d("2021-12-31")


def test_new_year_2028_observed_on_dec_31_2027() -> None:
    calendar = BusinessCalendar()
    assert not calendar.is_business_day(d("2027-12-31"))  # Fri, first question ever asked of 2027
    assert calendar.add_business_days(d("2027-12-30"), 1) == d("2028-01-03")  # Thu -> Mon


def test_christmas_and_new_year_2027_both_observed_on_fridays() -> None:
    # Christmas 2027 is a Saturday (observed Fri Dec 24); New Year 2028 a Saturday (observed Fri Dec 31).
    assert FEDERAL.holiday_name(d("2027-12-24")) == "Christmas Day (observed)"
    assert FEDERAL.add_business_days(d("2027-12-23"), 1) == d("2027-12-27")  # Thu -> Mon
    assert FEDERAL.add_business_days(d("2027-12-23"), 5) == d("2028-01-03")  # Mon-Thu, then Mon
    assert FEDERAL.business_days_between(d("2027-12-23"), d("2028-01-03")) == 5


# --- Observed holidays --------------------------------------------------------------------------------


def test_independence_day_2026_on_saturday_is_observed_on_friday() -> None:
    assert FEDERAL.holiday_name(d("2026-07-03")) == "Independence Day (observed)"
    assert FEDERAL.add_business_days(d("2026-07-02"), 1) == d("2026-07-06")  # Thu -> Mon
    assert WEEKENDS_ONLY.add_business_days(d("2026-07-02"), 1) == d("2026-07-03")


@pytest.mark.parametrize(
    ("observed", "friday_before", "tuesday_after"),
    [
        ("2027-07-05", "2027-07-02", "2027-07-06"),  # Independence Day, Sun 2027-07-04
        ("2022-06-20", "2022-06-17", "2022-06-21"),  # Juneteenth, Sun 2022-06-19
        ("2022-12-26", "2022-12-23", "2022-12-27"),  # Christmas, Sun 2022-12-25
    ],
)
def test_sunday_holiday_is_observed_on_monday(observed: str, friday_before: str, tuesday_after: str) -> None:
    assert d(observed).weekday() == 0
    name = FEDERAL.holiday_name(d(observed))
    assert name is not None
    assert name.endswith("(observed)")
    assert FEDERAL.add_business_days(d(friday_before), 1) == d(tuesday_after)


def test_christmas_to_new_year_2026() -> None:
    # Christmas is Fri 2026-12-25 and New Year's Day Fri 2027-01-01.
    assert FEDERAL.add_business_days(d("2026-12-23"), 1) == d("2026-12-24")  # Christmas Eve is not federal
    assert FEDERAL.add_business_days(d("2026-12-24"), 1) == d("2026-12-28")  # Thu -> Mon
    assert FEDERAL.add_business_days(d("2026-12-24"), 5) == d("2027-01-04")  # Mon-Thu, then Mon
    assert FEDERAL.add_business_days(d("2026-12-31"), 1) == d("2027-01-04")
    assert FEDERAL.business_days_between(d("2026-12-24"), d("2027-01-04")) == 5
    assert WEEKENDS_ONLY.business_days_between(d("2026-12-24"), d("2027-01-04")) == 7


# --- Configuration --------------------------------------------------------------------------------------


def test_weekends_only_ignores_holidays_but_not_weekends() -> None:
    assert WEEKENDS_ONLY.holiday_name(d("2026-11-26")) is None
    assert WEEKENDS_ONLY.is_business_day(d("2026-11-26"))  # Thanksgiving
    assert WEEKENDS_ONLY.is_business_day(d("2026-12-25"))  # Christmas
    assert not WEEKENDS_ONLY.is_business_day(d("2026-11-28"))  # Sat
    assert not WEEKENDS_ONLY.is_business_day(d("2026-11-29"))  # Sun
    assert WEEKENDS_ONLY.timezone == NEW_YORK
    assert BusinessCalendar.weekends_only(timezone="America/Chicago").timezone == ZoneInfo("America/Chicago")


def test_extra_holidays_are_closures_even_from_a_one_shot_iterable() -> None:
    def closures() -> Iterator[date]:
        yield d("2026-12-24")  # Thu
        yield d("2027-12-30")  # Thu
        yield d("2026-12-25")  # already Christmas

    calendar = BusinessCalendar(extra_holidays=closures())
    assert calendar.holiday_name(d("2026-12-24")) == "Additional holiday"
    assert calendar.holiday_name(d("2026-12-25")) == "Christmas Day"
    assert calendar.add_business_days(d("2026-12-23"), 1) == d("2026-12-28")
    assert calendar.add_business_days(d("2027-12-29"), 1) == d("2028-01-03")  # Thu and Fri both closed
    assert FEDERAL.is_business_day(d("2026-12-24"))


def test_extra_holidays_are_ignored_when_holidays_are_not_observed() -> None:
    calendar = BusinessCalendar(extra_holidays=[d("2026-12-24")], observe_holidays=False)
    assert calendar.is_business_day(d("2026-12-24"))
    assert calendar.holiday_name(d("2026-12-24")) is None


def test_subdivision_adds_state_holidays() -> None:
    california = BusinessCalendar(subdivision="CA")
    assert not california.is_business_day(d("2026-11-27"))  # Day After Thanksgiving
    assert california.add_business_days(d("2026-11-25"), 1) == d("2026-11-30")


def test_unknown_country_fails_at_construction() -> None:
    with pytest.raises(NotImplementedError):
        BusinessCalendar(country="XX")


def test_holidays_are_built_once_per_year(monkeypatch: pytest.MonkeyPatch) -> None:
    real = holidays.country_holidays
    calls: list[object] = []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(holidays, "country_holidays", counting)  # the module business_days reads
    calendar = BusinessCalendar()
    calls.clear()
    for _ in range(2000):
        calendar.is_business_day(d("2026-11-26"))
        calendar.holiday_name(d("2027-01-01"))
    assert calendar.add_business_days(d("2026-11-24"), 3) == d("2026-11-30")
    assert len(calls) == 2


# --- Counting rules -------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", ["2026-11-26", "2026-11-28", "2026-11-30"])  # holiday, Sat, Mon
def test_count_zero_returns_start_unchanged(start: str) -> None:
    assert FEDERAL.add_business_days(d(start), 0) == d(start)


def test_start_day_never_counts() -> None:
    assert FEDERAL.add_business_days(d("2026-11-30"), 1) == d("2026-12-01")  # Mon -> Tue
    assert FEDERAL.add_business_days(d("2026-11-28"), 1) == d("2026-11-30")  # Sat -> Mon


def test_negative_count_is_rejected() -> None:
    with pytest.raises(ValueError, match="negative"):
        FEDERAL.add_business_days(d("2026-11-24"), -1)
    with pytest.raises(ValueError, match="negative"):
        FEDERAL.end_of_business_day_after(utc("2026-11-24T15:00:00"), -1)


def test_business_days_between_is_zero_unless_end_is_after_start() -> None:
    assert FEDERAL.business_days_between(d("2026-11-30"), d("2026-11-30")) == 0
    assert FEDERAL.business_days_between(d("2026-12-04"), d("2026-11-24")) == 0
    assert FEDERAL.business_days_between(d("2026-11-27"), d("2026-11-29")) == 0  # Fri -> Sun
    assert FEDERAL.business_days_between(d("2026-11-27"), d("2026-11-30")) == 1


def test_datetimes_are_not_accepted_as_dates() -> None:
    instant = datetime(2026, 11, 26, 12, tzinfo=UTC)
    with pytest.raises(TypeError, match="local_date"):
        FEDERAL.is_business_day(instant)
    with pytest.raises(TypeError):
        FEDERAL.add_business_days(instant, 1)


# --- Instants, time zones and DST -----------------------------------------------------------------------


def test_local_date_uses_the_calendar_timezone() -> None:
    assert FEDERAL.local_date(utc("2026-11-25T03:00:00")) == d("2026-11-24")  # 22:00 EST
    assert FEDERAL.local_date(utc("2026-07-03T03:30:00")) == d("2026-07-02")  # 23:30 EDT
    assert FEDERAL.local_date(utc("2026-11-25T05:00:00")) == d("2026-11-25")  # 00:00 EST
    tokyo = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # 2026-11-24 19:00 EST
    assert FEDERAL.local_date(tokyo) == d("2026-11-24")


def test_naive_datetimes_are_rejected() -> None:
    naive = datetime(2026, 11, 24, 10, 0)
    with pytest.raises(ValueError, match="aware"):
        FEDERAL.local_date(naive)
    with pytest.raises(ValueError, match="aware"):
        FEDERAL.end_of_business_day_after(naive, 3)
    with pytest.raises(ValueError, match="aware"):
        FEDERAL.start_of_business_day_after(naive, 3)


def test_deadline_across_the_november_2026_fall_back() -> None:
    # DST ends Sun 2026-11-01; Fri 2026-10-30 is in EDT, Mon 2026-11-02 in EST.
    instant = utc("2026-10-30T16:00:00")  # Fri 12:00 EDT
    end = FEDERAL.end_of_business_day_after(instant, 1)
    assert end == utc("2026-11-03T04:59:59.999999")  # Mon 23:59:59.999999 EST
    assert end.utcoffset() == timedelta(0)
    assert end.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2026, 11, 2, 23, 59, 59, 999999)
    assert FEDERAL.start_of_business_day_after(instant, 1) == utc("2026-11-03T05:00:00")  # Tue 00:00 EST


def test_count_zero_on_the_25_hour_day() -> None:
    saturday = utc("2026-10-31T15:00:00")  # 11:00 EDT
    sunday = utc("2026-11-01T17:00:00")  # 12:00 EST
    assert FEDERAL.end_of_business_day_after(saturday, 0) == utc("2026-11-01T03:59:59.999999")
    assert FEDERAL.start_of_business_day_after(saturday, 0) == utc("2026-11-01T04:00:00")  # Sun 00:00 EDT
    assert FEDERAL.end_of_business_day_after(sunday, 0) == utc("2026-11-02T04:59:59.999999")
    assert FEDERAL.start_of_business_day_after(sunday, 0) == utc("2026-11-02T05:00:00")  # Mon 00:00 EST
    sunday_length = FEDERAL.start_of_business_day_after(sunday, 0) - FEDERAL.start_of_business_day_after(
        saturday, 0
    )
    assert sunday_length == timedelta(hours=25)


def test_deadline_across_the_march_2026_spring_forward() -> None:
    # DST starts Sun 2026-03-08; Fri 2026-03-06 is in EST, Mon 2026-03-09 in EDT.
    instant = utc("2026-03-06T17:00:00")  # Fri 12:00 EST
    assert FEDERAL.end_of_business_day_after(instant, 1) == utc("2026-03-10T03:59:59.999999")  # Mon EDT
    assert FEDERAL.start_of_business_day_after(instant, 1) == utc("2026-03-10T04:00:00")  # Tue 00:00 EDT
    saturday = utc("2026-03-07T17:00:00")
    sunday = utc("2026-03-08T17:00:00")
    assert FEDERAL.start_of_business_day_after(saturday, 0) == utc("2026-03-08T05:00:00")  # Sun 00:00 EST
    assert FEDERAL.start_of_business_day_after(sunday, 0) == utc("2026-03-09T04:00:00")  # Mon 00:00 EDT


def test_instant_late_in_the_evening_counts_from_its_local_date() -> None:
    # 2026-11-25 03:00 UTC is still Tue 2026-11-24 in New York, so 3 business days end on Mon 2026-11-30.
    instant = utc("2026-11-25T03:00:00")
    assert FEDERAL.end_of_business_day_after(instant, 3) == utc("2026-12-01T04:59:59.999999")
    assert WEEKENDS_ONLY.end_of_business_day_after(instant, 3) == utc("2026-11-28T04:59:59.999999")
    assert FEDERAL.start_of_business_day_after(instant, 7) == utc("2026-12-05T05:00:00")  # Sat 00:00 EST


# --- Properties -----------------------------------------------------------------------------------------

DATES = st.dates(min_value=date(2019, 1, 1), max_value=date(2032, 12, 31))
CALENDARS = st.sampled_from([FEDERAL, WEEKENDS_ONLY])


@settings(deadline=None, max_examples=300)
@given(calendar=CALENDARS, start=DATES, count=st.integers(min_value=0, max_value=60))
def test_add_and_between_agree(calendar: BusinessCalendar, start: date, count: int) -> None:
    result = calendar.add_business_days(start, count)
    assert calendar.business_days_between(start, result) == count
    if count:
        assert result > start
        assert calendar.is_business_day(result)
        assert calendar.business_days_between(start, result - timedelta(days=1)) == count - 1
    else:
        assert result == start


@settings(deadline=None, max_examples=200)
@given(calendar=CALENDARS, start=DATES, span=st.integers(min_value=-10, max_value=800))
def test_between_matches_a_day_by_day_count(calendar: BusinessCalendar, start: date, span: int) -> None:
    end = start + timedelta(days=span)
    expected = sum(calendar.is_business_day(start + timedelta(days=i)) for i in range(1, span + 1))
    assert calendar.business_days_between(start, end) == expected


@settings(deadline=None, max_examples=300)
@given(
    zone=st.sampled_from(
        # New York plus zones whose DST transitions happen at local midnight, and a half-hour shift.
        ["America/New_York", "America/Santiago", "America/Havana", "Asia/Beirut", "Australia/Lord_Howe"]
    ),
    day=DATES,
    hour=st.integers(min_value=0, max_value=23),
    count=st.integers(min_value=0, max_value=10),
)
def test_deadlines_bracket_the_local_day_in_any_zone(zone: str, day: date, hour: int, count: int) -> None:
    calendar = BusinessCalendar.weekends_only(timezone=zone)
    instant = datetime.combine(day, time(hour), tzinfo=ZoneInfo(zone))
    target = calendar.add_business_days(calendar.local_date(instant), count)
    end = calendar.end_of_business_day_after(instant, count)
    start_next = calendar.start_of_business_day_after(instant, count)
    assert end.tzinfo is UTC
    assert start_next.tzinfo is UTC
    assert start_next - end == timedelta(microseconds=1)
    assert calendar.local_date(end) == target
    assert calendar.local_date(start_next) == target + timedelta(days=1)
