"""interactions/policy.py without a database: R-2010-a-1 lockout, R-2010-c-2, R-2010-d, R-2010-e-3."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.interactions import policy
from tests.support.decision_tables import Row, load, run

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
RULES = policy.LockoutPolicy(
    threshold=3, failure_window=timedelta(minutes=15), lock_duration=timedelta(minutes=30)
)


def test_the_threshold_th_failure_locks_for_the_duration_and_the_lock_ends() -> None:
    state = policy.LockState()
    for i in range(2):
        result = policy.register_failure(state, "password", NOW, RULES)
        state = result.state
        assert not result.locked_now
        assert policy.attempts_remaining(state, NOW, RULES) == 2 - i
    result = policy.register_failure(state, "one_time_code", NOW, RULES)
    assert result.locked_now
    assert policy.is_locked(result.state, NOW + timedelta(minutes=29))
    assert not policy.is_locked(result.state, NOW + timedelta(minutes=30))
    assert policy.attempts_remaining(result.state, NOW + timedelta(minutes=30), RULES) == 3


def test_failures_expire_with_the_window_and_a_success_resets() -> None:
    state = policy.register_failure(policy.LockState(), "password", NOW, RULES).state
    state = policy.register_failure(state, "password", NOW, RULES).state
    later = NOW + timedelta(minutes=15)
    assert policy.attempts_remaining(state, later, RULES) == 3
    assert not policy.register_failure(state, "password", later, RULES).locked_now
    assert policy.register_success(state).failure_count == 0


def test_password_and_backup_failures_in_either_order_require_a_reset() -> None:
    """R-2010-e-3."""
    for first, second in (("password", "backup"), ("backup", "password")):
        state = policy.register_failure(policy.LockState(), first, NOW, RULES).state
        assert policy.register_failure(state, second, NOW, RULES).reset_required_now
    only_codes = policy.register_failure(policy.LockState(), "one_time_code", NOW, RULES).state
    assert not policy.register_failure(only_codes, "password", NOW, RULES).reset_required_now
    stale = policy.register_failure(policy.LockState(), "password", NOW, RULES).state
    assert not policy.register_failure(stale, "backup", NOW + timedelta(hours=1), RULES).reset_required_now
    assert policy.blocked_by_reset("password", True)
    assert policy.blocked_by_reset("backup", True)
    assert not policy.blocked_by_reset("one_time_code", True)
    assert not policy.blocked_by_reset("password", False)


def test_methods_by_channel() -> None:
    """R-2010-d photo ID in store only; R-2010-c-2 password only online once an online account exists."""
    assert policy.method_refusal("inbound_call", "photo_id", has_online_account=False) is not None
    assert policy.method_refusal("in_store", "photo_id", has_online_account=True) is None
    assert policy.method_refusal("online", "one_time_code", has_online_account=False) is None
    assert policy.method_refusal("online", "one_time_code", has_online_account=True) is not None
    assert policy.method_refusal("online", "password", has_online_account=True) is None


def test_photo_id_must_be_unexpired_and_match() -> None:
    today = date(2026, 11, 24)
    assert policy.photo_id_problem(today, True, today) is None
    assert policy.photo_id_problem(today - timedelta(days=1), True, today) is policy.PhotoIdProblem.EXPIRED
    assert policy.photo_id_problem(today, False, today) is policy.PhotoIdProblem.DOES_NOT_MATCH


def test_code_rules() -> None:
    live = policy.CodeFacts(
        expires_at=NOW + timedelta(minutes=10), attempts=0, consumed=False, superseded=False
    )
    assert policy.code_problem(live, matches=True, now=NOW, max_attempts=3) is None
    assert policy.code_problem(live, matches=False, now=NOW, max_attempts=3) is policy.CodeProblem.WRONG
    assert (
        policy.code_problem(None, matches=False, now=NOW, max_attempts=3) is policy.CodeProblem.NO_ACTIVE_CODE
    )
    expired = policy.code_problem(live, matches=True, now=NOW + timedelta(minutes=10), max_attempts=3)
    assert expired is policy.CodeProblem.EXPIRED
    spent = policy.CodeFacts(expires_at=live.expires_at, attempts=3, consumed=False, superseded=False)
    assert (
        policy.code_problem(spent, matches=True, now=NOW, max_attempts=3)
        is policy.CodeProblem.TOO_MANY_ATTEMPTS
    )
    assert policy.may_send_code(4, 5)
    assert not policy.may_send_code(5, 5)


# --- The lockout as a decision table (tests/decisions/lockout), with both windows (ADR 0020) ---------------

LOCKOUT_TABLE = load(
    "lockout",
    expect_keys={"locks_at", "locked_by", "locked_until", "attempts_remaining", "reset_required"},
    required={"locks_at", "locked_by", "attempts_remaining"},
)


def _lockout_row(row: Row) -> None:
    facts = row.facts
    rules = policy.LockoutPolicy(
        threshold=facts["threshold"],
        failure_window=timedelta(minutes=facts["window_minutes"]),
        lock_duration=timedelta(minutes=facts["lock_minutes"]),
        slow_threshold=facts["slow_threshold"],
        slow_failure_window=timedelta(minutes=facts["slow_window_minutes"]),
        slow_lock_duration=timedelta(minutes=facts["slow_lock_minutes"]),
    )
    state = policy.LockState()
    locks_at: int | None = None
    locked_by: str | None = None
    reset_required = False
    minute = 0
    for event in facts["events"]:
        verb, at, *method = str(event).split()
        minute = int(at)
        now = NOW + timedelta(minutes=minute)
        assert not policy.is_locked(state, now), f"the row sends an attempt while locked ({event})"
        if verb == "succeed":
            state = policy.register_success(state)
            continue
        result = policy.register_failure(state, method[0] if method else "password", now, rules)
        state = result.state
        reset_required = reset_required or result.reset_required_now
        if result.locked_now:
            locks_at, locked_by = minute, result.locked_by.value if result.locked_by else None
    expect = row.expect
    assert locks_at == expect["locks_at"]
    assert locked_by == expect["locked_by"]
    if "locked_until" in expect:
        assert state.locked_until == NOW + timedelta(minutes=expect["locked_until"])
    assert (
        policy.attempts_remaining(state, NOW + timedelta(minutes=minute), rules)
        == expect["attempts_remaining"]
    )
    if "reset_required" in expect:
        assert reset_required is expect["reset_required"]


@pytest.mark.parametrize(("row", "problem"), LOCKOUT_TABLE)
def test_lockout_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, _lockout_row)


@given(
    gaps=st.lists(st.integers(min_value=0, max_value=3 * 24 * 60), min_size=1, max_size=40),
)
def test_no_guesser_gets_more_than_the_slow_threshold_inside_a_slow_window(gaps: list[int]) -> None:
    """Whatever the spacing, no 24-hour span ever holds `slow_threshold` failures without a lock: the slow
    window slides."""
    rules = policy.LockoutPolicy(
        threshold=5,
        failure_window=timedelta(minutes=15),
        lock_duration=timedelta(minutes=30),
        slow_threshold=10,
        slow_failure_window=timedelta(hours=24),
        slow_lock_duration=timedelta(hours=24),
    )
    state = policy.LockState()
    now = NOW
    counted: list[datetime] = []  # failures counted since the last slow lock
    for gap in gaps:
        now += timedelta(minutes=gap)
        if policy.is_locked(state, now):
            continue
        result = policy.register_failure(state, "password", now, rules)
        state = result.state
        if result.locked_by is policy.LockWindow.SLOW:
            counted = []
            continue
        counted.append(now)
        inside = [instant for instant in counted if now - instant < timedelta(hours=24)]
        assert len(inside) < 10
