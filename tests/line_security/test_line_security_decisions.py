"""line_security/policy.py as decision tables (tests/decisions/line_security/*), plus properties over every
combination of facts: nothing moves a number without the bar, and a lock always wins."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.line_security.policy import (
    CHOOSABLE_METHODS,
    Caller,
    LineDecision,
    LineReason,
    PortOutFacts,
    SimChangeFacts,
    UnlockProblem,
    authority_problem,
    decide_port_out,
    decide_sim_change,
    lock_change_needs_authority,
    pin_problem,
    recently_swapped,
    swapped_within,
)
from tests.support.decision_tables import Row, load, rows_of, run

_DECISION_KEYS = {"reason", "decision", "required_verification", "failed_authentication"}
SIM_CHANGES = load("line_security/sim_changes", expect_keys=_DECISION_KEYS, required={"reason", "decision"})
PORT_OUTS = load("line_security/port_outs", expect_keys=_DECISION_KEYS, required={"reason", "decision"})
AUTHORITY = load(
    "line_security/authority",
    expect_keys={"needs_authority", "problem"},
    required={"needs_authority", "problem"},
)
FRESHNESS = load(
    "line_security/freshness",
    expect_keys={"recently_swapped", "swapped_within_window"},
    required={"recently_swapped", "swapped_within_window"},
)
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _check_decision(row: Row, decision: LineDecision) -> None:
    assert decision.reason == LineReason(row.expect["reason"]), decision
    assert decision.decision == row.expect["decision"], decision
    if "required_verification" in row.expect:
        assert decision.required_verification == row.expect["required_verification"], decision
    if "failed_authentication" in row.expect:
        assert decision.authentication_failed is row.expect["failed_authentication"], decision
    assert set(row.rules) & set(decision.rule_ids), (
        f"row cites {row.rules}, the decision rests on {list(decision.rule_ids)}"
    )


def _sim_change_facts(facts: dict[str, Any]) -> SimChangeFacts:
    return SimChangeFacts(**{**facts, "accepted_methods": frozenset(facts["accepted_methods"])})


@pytest.mark.parametrize(("row", "problem"), SIM_CHANGES)
def test_sim_change_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, lambda row: _check_decision(row, decide_sim_change(_sim_change_facts(row.facts))))


@pytest.mark.parametrize(("row", "problem"), PORT_OUTS)
def test_port_out_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, lambda row: _check_decision(row, decide_port_out(PortOutFacts(**row.facts))))


def _check_authority(row: Row) -> None:
    facts = row.facts
    caller = (
        Caller(facts["same_account"], facts["open"], facts["authentication_method"])
        if facts["interaction_given"]
        else None
    )
    needs = lock_change_needs_authority(tuple(facts["locks_now"]), tuple(facts["locks_wanted"]))
    assert needs is row.expect["needs_authority"]
    problem = authority_problem(caller, frozenset(facts["accepted_methods"]))
    expected = row.expect["problem"]
    assert problem == (UnlockProblem(expected) if expected is not None else None)


@pytest.mark.parametrize(("row", "problem"), AUTHORITY)
def test_lock_and_pin_authority_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, _check_authority)


def _check_freshness(row: Row) -> None:
    hours = row.facts["hours_since_change"]
    changed = None if hours is None else NOW - timedelta(hours=hours)
    window = timedelta(hours=row.facts["window_hours"])
    assert recently_swapped(changed, NOW, window) is row.expect["recently_swapped"]
    assert swapped_within(changed, NOW, window) is row.expect["swapped_within_window"]


@pytest.mark.parametrize(("row", "problem"), FRESHNESS)
def test_recent_sim_change_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, _check_freshness)


def test_every_reason_has_a_row() -> None:
    seen = {row.expect["reason"] for row in rows_of(SIM_CHANGES) + rows_of(PORT_OUTS)}
    assert seen == {reason.value for reason in LineReason}
    problems = {row.expect["problem"] for row in rows_of(AUTHORITY)} - {None}
    assert problems == {problem.value for problem in UnlockProblem}


METHODS = st.none() | st.sampled_from(sorted(CHOOSABLE_METHODS))
SIM_FACTS = st.builds(
    SimChangeFacts,
    sim_change_lock=st.booleans(),
    interaction_open=st.booleans(),
    verification_locked=st.booleans(),
    authentication_method=METHODS,
    accepted_methods=st.frozensets(st.sampled_from(sorted(CHOOSABLE_METHODS)), min_size=1),
    code_sent_to_the_number=st.booleans(),
    lock_removed_in_interaction=st.booleans(),
)


@given(facts=SIM_FACTS)
def test_a_sim_change_is_allowed_only_at_the_bar_and_never_under_a_lock(facts: SimChangeFacts) -> None:
    decision = decide_sim_change(facts)
    assert decision.rule_ids
    if not decision.allowed:
        return
    assert not facts.sim_change_lock  # R-2010-h-7, E23
    assert facts.interaction_open
    assert not facts.verification_locked
    assert facts.authentication_method in facts.accepted_methods  # R-2010-h-2
    assert not (facts.authentication_method == "one_time_code" and facts.code_sent_to_the_number)  # E25
    assert not facts.lock_removed_in_interaction  # E26


@given(lock=st.booleans(), pin_locked=st.booleans(), pin_set=st.booleans(), pin_matches=st.booleans())
def test_a_port_out_needs_the_right_pin_and_no_lock(
    lock: bool, pin_locked: bool, pin_set: bool, pin_matches: bool
) -> None:
    decision = decide_port_out(PortOutFacts(lock, pin_locked, pin_set, pin_matches))
    assert decision.allowed == (not lock and not pin_locked and pin_set and pin_matches)


@given(now=st.tuples(st.booleans(), st.booleans()), wanted=st.tuples(st.booleans(), st.booleans()))
def test_only_turning_a_lock_off_needs_authority(now: tuple[bool, bool], wanted: tuple[bool, bool]) -> None:
    turned_off = any(a and not b for a, b in zip(now, wanted, strict=True))
    assert lock_change_needs_authority(now, wanted) is turned_off


@pytest.mark.parametrize(
    ("pin", "refused"),
    [("1111", True), ("1234", True), ("9876", True), ("123456", True), ("4821", False), ("1357", False)],
)
def test_trivial_transfer_pins_are_refused(pin: str, refused: bool) -> None:
    assert (pin_problem(pin) is not None) is refused
