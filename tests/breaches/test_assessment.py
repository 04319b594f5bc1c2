"""The 2024 breach rules' judgements against their decision table (tests/decisions/breaches/*.yaml), and the
30-day customer deadline paused by holds (R-2011-NEW-7, E33). Pure functions, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.breaches import assessment, policy
from cpni_api.breaches.policy import BreachFacts, Hold, Regime
from cpni_api.breaches.vocabulary import Intent
from tests.support.decision_tables import Row, load, run

DETERMINED = datetime(2027, 3, 1, 15, tzinfo=UTC)
EXPECT = {"breach", "not_a_breach_reason", "agency_notice", "customer_notice", "annual_summary"}


def _facts(row: Row) -> tuple[BreachFacts, assessment.NotABreach | None]:
    regime = Regime(row.facts["regime"])
    intent = Intent(row.facts["intent"]) if row.facts["intent"] else None
    conditions = row.facts["good_faith"]
    good_faith = assessment.GoodFaith(*conditions) if conditions is not None else None
    reason = assessment.classify(regime, intent, good_faith)
    encryption = None
    if row.facts["encrypted"] is not None:
        encryption = assessment.Encryption(row.facts["encrypted"], bool(row.facts["key_compromised"]))
    facts = BreachFacts(
        regime=regime,
        determined_at=DETERMINED,
        affected_count=0,
        harm_reasonably_likely=row.facts["harm_likely"],
        law_enforcement_notified_at=None,
        urgent_need=False,
        fcc_notified_at=None,
        consulted_at=(),
        holds=(),
        customer_notice_not_before=None,
        customer_notice_requested_at=None,
        customer_notice_completed_at=None,
        is_breach=reason is None,
        affected_customers=row.facts["customers"],
        encryption_safe_harbour=assessment.encryption_safe_harbour(encryption),
    )
    return facts, reason


@pytest.mark.parametrize(
    ("row", "problem"),
    load("breaches", expect_keys=EXPECT, required=EXPECT - {"not_a_breach_reason"}),
)
def test_what_a_breach_owes_under_its_regime(row: Row | None, problem: str | None) -> None:
    def decide(row: Row) -> None:
        facts, reason = _facts(row)
        rule = policy.rule_for(facts.regime)
        owed = policy.obligations(
            facts, law_enforcement_due_by=DETERMINED + timedelta(days=9), now=DETERMINED
        )
        agency = any(o.kind in ("law_enforcement_notice", "agency_notice") for o in owed)
        customer = any(
            o.kind == "customer_notice" and o.status is not policy.Status.NOT_REQUIRED for o in owed
        )
        assert facts.is_breach is row.expect["breach"]
        assert (reason.value if reason else None) == row.expect.get("not_a_breach_reason")
        assert agency is row.expect["agency_notice"]
        assert rule.customer_notice_required(facts) is customer is row.expect["customer_notice"]
        summarised = assessment.in_annual_summary(facts.regime, reason, rule.fcc_notice_required(facts))
        assert summarised is row.expect["annual_summary"]

    run(row, problem, decide)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_the_30_days_run_from_determination_in_calendar_days() -> None:
    assert assessment.customer_notice_due_by(utc("2027-01-04T15:00"), []) == utc("2027-02-03T15:00")


def test_a_hold_inside_the_30_days_pauses_the_clock_for_its_length() -> None:
    # Ten days of hold from day 5: the deadline moves ten days later (E33).
    holds = [(utc("2027-01-09T15:00"), utc("2027-01-19T15:00"))]
    assert assessment.customer_notice_due_by(utc("2027-01-04T15:00"), holds) == utc("2027-02-13T15:00")


def test_overlapping_holds_count_once_and_a_hold_after_the_deadline_changes_nothing() -> None:
    holds = [
        (utc("2027-01-09T15:00"), utc("2027-01-19T15:00")),
        (utc("2027-01-14T15:00"), utc("2027-01-24T15:00")),  # extends the first by five days
        (utc("2027-03-01T00:00"), utc("2027-03-05T00:00")),  # after the (moved) deadline
    ]
    assert assessment.customer_notice_due_by(utc("2027-01-04T15:00"), holds) == utc("2027-02-18T15:00")


def test_a_hold_ending_after_day_30_moves_the_deadline_past_its_end() -> None:
    # Directed on day 20, ending on day 45: ten days remain after it ends.
    holds = [(utc("2027-01-24T15:00"), utc("2027-02-18T15:00"))]
    assert assessment.customer_notice_due_by(utc("2027-01-04T15:00"), holds) == utc("2027-02-28T15:00")


def test_the_2024_rule_uses_the_paused_deadline() -> None:
    facts = BreachFacts(
        regime=Regime.FCC_2024,
        determined_at=utc("2027-01-04T15:00"),
        affected_count=10,
        harm_reasonably_likely=True,
        law_enforcement_notified_at=None,
        urgent_need=False,
        fcc_notified_at=None,
        consulted_at=(),
        holds=(Hold(utc("2027-01-09T15:00"), utc("2027-01-29T15:00"), released_at=utc("2027-01-19T15:00")),),
        customer_notice_not_before=None,
        customer_notice_requested_at=None,
        customer_notice_completed_at=None,
    )
    # Released after ten days: only the ten days it was active count.
    assert policy.Rule2024().customer_notice_due_by(facts) == utc("2027-02-13T15:00")
    assert policy.Rule2024().customer_notice_due_by(replace(facts, harm_reasonably_likely=False)) is None


instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)


@given(instants, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 40)), max_size=4))
def test_holds_never_shorten_the_deadline_and_pause_no_more_than_they_last(
    determined: datetime, spans: list[tuple[int, int]]
) -> None:
    holds = [(determined + timedelta(days=a), determined + timedelta(days=a + b)) for a, b in spans]
    due = assessment.customer_notice_due_by(determined, holds)
    plain = determined + timedelta(days=30)
    assert plain <= due <= plain + sum((end - start for start, end in holds), timedelta(0))
