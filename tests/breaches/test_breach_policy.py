"""The breach-notification policies as pure functions (R-2011, E1, E19), no database. Every expected
instant below was checked against a printed calendar; weekdays are noted next to them. November, December
and January are EST (UTC-5); July is EDT (UTC-4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.breaches import policy
from cpni_api.breaches.policy import BreachFacts, Hold, Reason, Regime, Status
from cpni_api.core.business_days import BusinessCalendar, Calendars

CALENDARS = Calendars(no_later_than=BusinessCalendar.weekends_only(), not_before=BusinessCalendar())
RULE_2007 = policy.Rule2007()
RULE_2024 = policy.Rule2024()


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def facts(**overrides: object) -> BreachFacts:
    base = BreachFacts(
        regime=Regime.FCC_2007,
        determined_at=utc("2026-11-23T15:00"),
        affected_count=10,
        harm_reasonably_likely=None,
        law_enforcement_notified_at=None,
        urgent_need=False,
        fcc_notified_at=None,
        consulted_at=(),
        holds=(),
        customer_notice_not_before=None,
        customer_notice_requested_at=None,
        customer_notice_completed_at=None,
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


def notified(at: str, **overrides: object) -> BreachFacts:
    """Facts with law enforcement notified at `at` and the 2007 not-before date computed from it."""
    instant = utc(at)
    return facts(
        law_enforcement_notified_at=instant,
        customer_notice_not_before=RULE_2007.customer_notice_not_before(instant, CALENDARS),
        **overrides,
    )


# --- R-2011-b, E1: law enforcement within 7 business days, holidays counted (the earlier deadline) -------


@pytest.mark.parametrize(
    ("determined_at", "due_by"),
    [
        # Thanksgiving week: Mon 11-23 determined; Thu 11-26 (Thanksgiving) counts -> end of Wed 12-02 EST.
        ("2026-11-23T15:00", "2026-12-03T04:59:59.999999"),
        # Christmas to New Year: Wed 12-23; Fri 12-25 and Fri 01-01 count -> end of Fri 2027-01-01 EST.
        ("2026-12-23T15:00", "2027-01-02T04:59:59.999999"),
        # July 4 2026 is a Saturday, observed Fri 07-03, which counts -> end of Wed 07-08 EDT.
        ("2026-06-29T15:00", "2026-07-09T03:59:59.999999"),
        # Late evening in New York is already the next day in UTC: the local date decides (Fri 11-27 local).
        ("2026-11-28T02:00", "2026-12-09T04:59:59.999999"),
    ],
)
def test_law_enforcement_deadline_counts_holidays_as_business_days(determined_at: str, due_by: str) -> None:
    assert policy.law_enforcement_notice_due_by(utc(determined_at), CALENDARS) == utc(due_by)


def test_with_holidays_excluded_the_law_enforcement_deadline_would_be_later() -> None:
    """E1: the weekends-only count is the conservative one; the federal calendar would give Thu 12-03."""
    strict = Calendars(no_later_than=BusinessCalendar(), not_before=BusinessCalendar())
    lenient_due = policy.law_enforcement_notice_due_by(utc("2026-11-23T15:00"), strict)
    assert lenient_due == utc("2026-12-04T04:59:59.999999")
    assert policy.law_enforcement_notice_due_by(utc("2026-11-23T15:00"), CALENDARS) < lenient_due


# --- R-2011-b-1, E1: customers not before 7 FULL business days after the notice -------------------------


@pytest.mark.parametrize(
    ("notified_at", "not_before"),
    [
        # Tue 11-24: Wed 25 (1), Thanksgiving skipped, Fri 27 (2), 11-30..12-04 (3-7) -> Sat 12-05 00:00.
        ("2026-11-24T15:00", "2026-12-05T05:00"),
        # Wed 12-23: Thu 24 (1), Christmas skipped, 28-31 (2-5), New Year skipped, Mon 4 (6), Tue 5 (7).
        ("2026-12-23T15:00", "2027-01-06T05:00"),
        # Wed 07-01: Thu 2 (1), Fri 3 (observed Independence Day) skipped, 6-10 (2-6), Mon 13 (7).
        ("2026-07-01T15:00", "2026-07-14T04:00"),
        # The notice day never counts, even when sent at 00:01 local on a business day: Mon 11-30, then
        # Tue 12-01 (1) .. Fri 12-04 (4), Mon 12-07 (5) .. Wed 12-09 (7) -> Thu 12-10 00:00.
        ("2026-11-30T05:01", "2026-12-10T05:00"),
        # Notified on a Saturday: the count starts on Monday (Mon 11-30 (1) .. Tue 12-08 (7)).
        ("2026-11-28T15:00", "2026-12-09T05:00"),
    ],
)
def test_customer_notice_waits_seven_full_business_days(notified_at: str, not_before: str) -> None:
    assert RULE_2007.customer_notice_not_before(utc(notified_at), CALENDARS) == utc(not_before)


def test_the_waiting_period_ends_exactly_at_local_midnight() -> None:
    state = notified("2026-11-24T15:00")
    just_before = RULE_2007.customer_notice_decision(state, utc("2026-12-05T04:59:59.999999"))
    assert just_before == policy.NoticeDecision(False, Reason.WAITING_PERIOD, utc("2026-12-05T05:00"))
    assert RULE_2007.customer_notice_decision(state, utc("2026-12-05T05:00")).allowed


def test_no_customer_notice_before_law_enforcement_is_notified() -> None:
    decision = RULE_2007.customer_notice_decision(facts(), utc("2027-06-01T00:00"))
    assert decision == policy.NoticeDecision(False, Reason.LAW_ENFORCEMENT_NOT_NOTIFIED)
    # Nor at an instant before a notification that is on record (R-2011-a).
    early = RULE_2007.customer_notice_decision(notified("2026-11-24T15:00"), utc("2026-11-24T14:59"))
    assert early.reason is Reason.LAW_ENFORCEMENT_NOT_NOTIFIED


# --- R-2011-b-3: holds -------------------------------------------------------------------------------------


def test_a_hold_extending_past_the_not_before_date_blocks_until_it_ends() -> None:
    hold = Hold(directed_at=utc("2026-11-25T15:00"), until=utc("2026-12-10T17:00"))
    state = notified("2026-11-24T15:00", holds=(hold,))
    after_wait = RULE_2007.customer_notice_decision(state, utc("2026-12-07T15:00"))
    assert after_wait == policy.NoticeDecision(False, Reason.LAW_ENFORCEMENT_HOLD, utc("2026-12-10T17:00"))
    # During the waiting period, the hold's end is also the earliest allowed instant.
    during_wait = RULE_2007.customer_notice_decision(state, utc("2026-11-30T15:00"))
    assert during_wait.earliest_allowed_at == utc("2026-12-10T17:00")
    assert RULE_2007.customer_notice_decision(state, utc("2026-12-10T17:00")).allowed


def test_a_chain_of_extensions_blocks_until_its_last_end_and_a_release_ends_it_early() -> None:
    first = Hold(directed_at=utc("2026-11-25T15:00"), until=utc("2026-12-10T17:00"))
    extension = Hold(directed_at=utc("2026-12-09T15:00"), until=utc("2027-01-15T17:00"))
    state = notified("2026-11-24T15:00", holds=(first, extension))
    decision = RULE_2007.customer_notice_decision(state, utc("2026-12-07T15:00"))
    assert decision.earliest_allowed_at == utc("2027-01-15T17:00")
    released = replace(extension, released_at=utc("2026-12-20T12:00"))
    state = notified("2026-11-24T15:00", holds=(first, released))
    assert RULE_2007.customer_notice_decision(state, utc("2026-12-20T12:00")).allowed


def test_a_hold_ending_before_the_not_before_date_does_not_shorten_the_wait() -> None:
    hold = Hold(directed_at=utc("2026-11-25T15:00"), until=utc("2026-11-27T17:00"))
    state = notified("2026-11-24T15:00", holds=(hold,))
    decision = RULE_2007.customer_notice_decision(state, utc("2026-11-26T15:00"))
    assert decision == policy.NoticeDecision(False, Reason.LAW_ENFORCEMENT_HOLD, utc("2026-12-05T05:00"))


@pytest.mark.parametrize(
    ("directed", "until", "extends", "written", "problem"),
    [
        ("2026-11-25T15:00", "2026-12-25T15:00", None, False, None),  # exactly 30 days
        ("2026-11-25T15:00", "2026-12-25T15:01", None, False, "at most 30 days"),
        ("2026-11-25T15:00", "2026-11-25T15:00", None, False, "after directed_at"),
        ("2026-12-20T15:00", "2027-03-01T00:00", "first", True, None),  # extensions may be long
        ("2026-12-20T15:00", "2027-03-01T00:00", "first", False, "written direction"),
        ("2026-12-20T15:00", "2026-12-24T00:00", "first", True, "end after"),
        ("2026-11-20T15:00", "2027-01-24T00:00", "first", True, "cannot be directed before"),
    ],
)
def test_hold_rules(
    directed: str, until: str, extends: str | None, written: bool, problem: str | None
) -> None:
    first = Hold(directed_at=utc("2026-11-25T15:00"), until=utc("2026-12-25T15:00"))
    found = policy.hold_problem(
        directed_at=utc(directed),
        until=utc(until),
        extends=first if extends else None,
        has_written_direction=written,
    )
    assert (found is None) if problem is None else (found is not None and problem in found)


# --- R-2011-b-2: the urgent path ---------------------------------------------------------------------------


def test_urgent_path_needs_the_flag_and_a_consultation() -> None:
    at = utc("2026-11-25T15:00")
    flagged = notified("2026-11-24T15:00", urgent_need=True)
    without = RULE_2007.customer_notice_decision(flagged, at)
    assert without == policy.NoticeDecision(
        False, Reason.URGENT_NEED_WITHOUT_CONSULTATION, utc("2026-12-05T05:00")
    )
    consulted = replace(flagged, consulted_at=(utc("2026-11-25T14:00"),))
    assert RULE_2007.customer_notice_decision(consulted, at) == policy.NoticeDecision(
        True, Reason.URGENT_NEED_AFTER_CONSULTATION
    )
    # A consultation recorded as happening later does not count yet.
    later = replace(flagged, consulted_at=(utc("2026-11-26T14:00"),))
    assert not RULE_2007.customer_notice_decision(later, at).allowed
    # A consultation without the flag in the law-enforcement notice opens nothing.
    unflagged = notified("2026-11-24T15:00", consulted_at=(utc("2026-11-25T14:00"),))
    assert RULE_2007.customer_notice_decision(unflagged, at).reason is Reason.WAITING_PERIOD


def test_the_urgent_path_does_not_override_an_active_hold() -> None:
    hold = Hold(directed_at=utc("2026-11-24T16:00"), until=utc("2026-12-01T16:00"))
    state = notified(
        "2026-11-24T15:00", urgent_need=True, consulted_at=(utc("2026-11-25T14:00"),), holds=(hold,)
    )
    decision = RULE_2007.customer_notice_decision(state, utc("2026-11-25T15:00"))
    assert decision.reason is Reason.LAW_ENFORCEMENT_HOLD


# --- R-2011-NEW: the 2024 regime, a second policy ----------------------------------------------------------


def test_regime_is_chosen_by_the_determination_date() -> None:
    assert policy.regime_for(date(2030, 1, 1), None) is Regime.FCC_2007
    assert policy.regime_for(date(2026, 12, 31), date(2027, 1, 1)) is Regime.FCC_2007
    assert policy.regime_for(date(2027, 1, 1), date(2027, 1, 1)) is Regime.FCC_2024


def test_2024_rule_has_no_waiting_period_but_needs_law_enforcement_and_the_fcc() -> None:
    state = facts(regime=Regime.FCC_2024, affected_count=600, harm_reasonably_likely=False)
    assert RULE_2024.fcc_notice_required(state)
    assert RULE_2024.customer_notice_decision(state, utc("2026-11-24T00:00")).reason is (
        Reason.LAW_ENFORCEMENT_NOT_NOTIFIED
    )
    told_police = replace(state, law_enforcement_notified_at=utc("2026-11-24T15:00"))
    assert (
        RULE_2024.customer_notice_decision(told_police, utc("2026-11-24T16:00")).reason
        is Reason.FCC_NOT_NOTIFIED
    )
    told_both = replace(told_police, fcc_notified_at=utc("2026-11-24T15:30"))
    assert RULE_2024.customer_notice_decision(told_both, utc("2026-11-24T16:00")) == policy.NoticeDecision(
        True, Reason.NO_WAITING_PERIOD
    )
    assert RULE_2024.customer_notice_not_before(utc("2026-11-24T15:00"), CALENDARS) is None


@pytest.mark.parametrize(
    ("affected", "harm", "fcc_required", "customer_required"),
    [
        (499, False, False, False),  # small, no harm: annual summary only, no customer notice required
        (None, False, True, False),  # an undeclared customer count counts as 500 or more (E27)
        (500, False, True, False),  # the 500-customer threshold
        (10, True, True, True),
        (10, None, True, True),  # not assessed counts as harm likely
    ],
)
def test_2024_thresholds(
    affected: int | None, harm: bool | None, fcc_required: bool, customer_required: bool
) -> None:
    state = facts(regime=Regime.FCC_2024, affected_customers=affected, harm_reasonably_likely=harm)
    assert RULE_2024.fcc_notice_required(state) is fcc_required
    assert RULE_2024.customer_notice_required(state) is customer_required
    expected_due = state.determined_at + timedelta(days=30) if customer_required else None
    assert RULE_2024.customer_notice_due_by(state) == expected_due
    assert not RULE_2007.fcc_notice_required(replace(state, regime=Regime.FCC_2007))


# --- obligations and the officer's status ------------------------------------------------------------------


def test_status_moves_from_due_to_overdue_to_waiting_to_closed() -> None:
    due_by = policy.law_enforcement_notice_due_by(utc("2026-11-23T15:00"), CALENDARS)
    state = facts()
    assert policy.breach_status(policy.obligations(state, law_enforcement_due_by=due_by, now=due_by)) == "due"
    later = due_by + timedelta(microseconds=1)
    assert (
        policy.breach_status(policy.obligations(state, law_enforcement_due_by=due_by, now=later)) == "overdue"
    )
    told = notified("2026-11-24T15:00")
    found = policy.obligations(told, law_enforcement_due_by=due_by, now=utc("2026-11-30T15:00"))
    assert [(o.kind, o.status) for o in found] == [
        ("law_enforcement_notice", Status.DONE),
        ("customer_notice", Status.WAITING),
    ]
    assert found[1].not_before == utc("2026-12-05T05:00")
    allowed = policy.obligations(told, law_enforcement_due_by=due_by, now=utc("2026-12-05T05:00"))
    assert policy.breach_status(allowed) == "due"
    running = replace(told, customer_notice_requested_at=utc("2026-12-05T06:00"))
    assert policy.breach_status(policy.obligations(running, law_enforcement_due_by=due_by, now=due_by)) == (
        "in_progress"
    )
    done = replace(running, customer_notice_completed_at=utc("2026-12-05T06:01"))
    assert (
        policy.breach_status(policy.obligations(done, law_enforcement_due_by=due_by, now=due_by)) == "closed"
    )


def test_2024_customer_notice_is_overdue_after_30_days_unless_a_hold_is_active() -> None:
    state = facts(regime=Regime.FCC_2024, harm_reasonably_likely=True, determined_at=utc("2026-11-23T15:00"))
    due_by = policy.law_enforcement_notice_due_by(state.determined_at, CALENDARS)
    told = replace(
        state, law_enforcement_notified_at=utc("2026-11-24T15:00"), fcc_notified_at=utc("2026-11-24T15:00")
    )
    late = utc("2026-12-23T15:00:01")
    assert (
        policy.breach_status(policy.obligations(told, law_enforcement_due_by=due_by, now=late)) == "overdue"
    )
    held = replace(told, holds=(Hold(utc("2026-12-20T00:00"), utc("2027-01-10T00:00")),))
    assert (
        policy.breach_status(policy.obligations(held, law_enforcement_due_by=due_by, now=late)) == "waiting"
    )


def test_retention_is_two_calendar_years_and_never_earlier_on_leap_days() -> None:
    assert policy.retained_until(utc("2026-11-24T15:00"), 2) == utc("2028-11-24T15:00")
    assert policy.retained_until(utc("2028-02-29T12:00"), 2) == utc("2030-03-01T12:00")


# --- properties --------------------------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
)


@given(instants)
def test_deadlines_are_after_their_start_and_in_the_right_order(start: datetime) -> None:
    due = policy.law_enforcement_notice_due_by(start, CALENDARS)
    not_before = RULE_2007.customer_notice_not_before(start, CALENDARS)
    assert not_before is not None
    # At least 7 calendar days pass (5 weekdays a week), never more than 7 + weekends + a few holidays,
    # plus the hour a day gains when the clocks go back inside the span.
    dst = timedelta(hours=1)
    assert timedelta(days=7) <= due - start <= timedelta(days=12) + dst
    assert timedelta(days=7) <= not_before - start <= timedelta(days=16) + dst
    # The "not before" hold (holidays excluded) never ends before the "no later than" deadline would.
    assert not_before > due


@given(instants, st.lists(st.tuples(st.integers(0, 40), st.integers(1, 40)), max_size=4), st.integers(0, 60))
def test_customer_notice_is_never_allowed_during_a_hold_or_before_notice(
    notified_at: datetime, holds: list[tuple[int, int]], probe_days: int
) -> None:
    built = tuple(
        Hold(notified_at + timedelta(days=start), notified_at + timedelta(days=start + length))
        for start, length in holds
    )
    state = notified(notified_at.replace(tzinfo=None).isoformat(), holds=built, urgent_need=True)
    at = notified_at + timedelta(days=probe_days, hours=1)
    decision = RULE_2007.customer_notice_decision(state, at)
    if any(hold.active_at(at) for hold in built):
        assert not decision.allowed
    if decision.allowed:
        assert state.customer_notice_not_before is not None
        assert at >= state.customer_notice_not_before
    elif decision.earliest_allowed_at is not None:
        assert RULE_2007.customer_notice_decision(state, decision.earliest_allowed_at).allowed
