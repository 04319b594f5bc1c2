"""Verification rules as pure functions over plain data: lockout, reset-required, which method may be used
where, photo ID, one-time codes and interaction expiry. The service loads the facts and persists results.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum


class Outcome(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"
    LOCKED = "locked"
    RESET_REQUIRED = "reset_required"


@dataclass(frozen=True)
class LockoutPolicy:
    """Two windows (R-2010-a-1, R-2010-h-5): the `threshold`-th failure within `failure_window` (counted from
    the window's first failure) locks for `lock_duration`; and, so that a patient guesser who spaces failures
    further apart than that window is caught too, `slow_threshold` failures within any `slow_failure_window`
    (a sliding window, no success between) lock for `slow_lock_duration`. A short lock does not clear the
    slow count: alternating bursts and short locks still add up. `slow_threshold` None turns the second
    window off (tests of the first alone)."""

    threshold: int
    failure_window: timedelta
    lock_duration: timedelta
    slow_threshold: int | None = None
    slow_failure_window: timedelta = timedelta(hours=24)
    slow_lock_duration: timedelta = timedelta(hours=24)


@dataclass(frozen=True)
class LockState:
    """The per-account counters, as stored in `verification_states`."""

    failure_count: int = 0
    window_started_at: datetime | None = None
    locked_until: datetime | None = None
    password_failed_at: datetime | None = None
    backup_failed_at: datetime | None = None
    # The failures inside the slow window since the last success or slow lock, oldest first: the instants
    # themselves, so the window slides (at most `slow_threshold` - 1 of them are ever kept).
    slow_failures: tuple[datetime, ...] = ()


class LockWindow(StrEnum):
    SHORT = "short"  # the burst window
    SLOW = "slow"  # the slow-guessing window


@dataclass(frozen=True)
class FailureResult:
    state: LockState
    locked_now: bool
    reset_required_now: bool
    locked_by: LockWindow | None = None


def is_locked(state: LockState, now: datetime) -> bool:
    """R-2010-a-1: while locked, no method verifies, not even the right password."""
    return state.locked_until is not None and now < state.locked_until


def _live(count: int, started_at: datetime | None, window: timedelta, now: datetime) -> int:
    # Failures older than the window no longer count; neither do those before a lock that has ended.
    if started_at is None or now - started_at >= window:
        return 0
    return count


def _live_failures(state: LockState, now: datetime, policy: LockoutPolicy) -> int:
    return _live(state.failure_count, state.window_started_at, policy.failure_window, now)


def _live_slow_failures(state: LockState, now: datetime, policy: LockoutPolicy) -> tuple[datetime, ...]:
    return tuple(instant for instant in state.slow_failures if now - instant < policy.slow_failure_window)


def attempts_remaining(state: LockState, now: datetime, policy: LockoutPolicy) -> int:
    """Failures left before a lock, by whichever window is closer to locking."""
    if is_locked(state, now):
        return 0
    remaining = policy.threshold - _live_failures(state, now, policy)
    if policy.slow_threshold is not None:
        remaining = min(remaining, policy.slow_threshold - len(_live_slow_failures(state, now, policy)))
    return max(remaining, 0)


def _recent(instant: datetime | None, now: datetime, window: timedelta) -> bool:
    return instant is not None and now - instant < window


def register_failure(state: LockState, method: str, now: datetime, policy: LockoutPolicy) -> FailureResult:
    """Counts one failed attempt in both windows. The `threshold`-th failure inside the short window locks
    verification for the account for `lock_duration`; the `slow_threshold`-th inside the slow window locks
    for `slow_lock_duration` (R-2010-a-1; the longer lock wins when both trip). A failed password and a
    failed backup, in either order inside the short window with no success between, mean the customer must
    establish a new password (R-2010-e-3)."""
    count = _live_failures(state, now, policy)
    window_started_at = state.window_started_at if count else now
    count += 1
    slow_failures = (*_live_slow_failures(state, now, policy), now)
    password_failed_at = now if method == "password" else state.password_failed_at
    backup_failed_at = now if method == "backup" else state.backup_failed_at
    reset_required_now = method in ("password", "backup") and (
        _recent(password_failed_at, now, policy.failure_window)
        and _recent(backup_failed_at, now, policy.failure_window)
    )
    short_trips = count >= policy.threshold
    slow_trips = policy.slow_threshold is not None and len(slow_failures) >= policy.slow_threshold
    locked_until = state.locked_until
    locked_by: LockWindow | None = None
    if short_trips:
        locked_until, locked_by = now + policy.lock_duration, LockWindow.SHORT
    if slow_trips and (locked_until is None or now + policy.slow_lock_duration >= locked_until):
        locked_until, locked_by = now + policy.slow_lock_duration, LockWindow.SLOW
    locked_now = short_trips or slow_trips
    new_state = LockState(
        failure_count=0 if locked_now else count,
        window_started_at=None if locked_now else window_started_at,
        locked_until=locked_until,
        password_failed_at=None if reset_required_now else password_failed_at,
        backup_failed_at=None if reset_required_now else backup_failed_at,
        # A short lock leaves the slow count running; only the slow lock (or a success) clears it.
        slow_failures=() if slow_trips or policy.slow_threshold is None else slow_failures,
    )
    return FailureResult(
        state=new_state, locked_now=locked_now, reset_required_now=reset_required_now, locked_by=locked_by
    )


def register_success(state: LockState) -> LockState:
    return replace(
        state,
        failure_count=0,
        window_started_at=None,
        password_failed_at=None,
        backup_failed_at=None,
        slow_failures=(),
    )


# Methods that rest on no biographical or account information (R-2010-b-1, R-2010-c, R-2010-d, R-2010-e).
METHODS = ("password", "backup", "one_time_code", "photo_id")


def method_refusal(channel: str, method: str, *, has_online_account: bool) -> str | None:
    """Why `method` may not be used on `channel`, or None.

    R-2010-d: photo ID is an in-store check. R-2010-c-2: once an online account exists, online access is by
    password only (the first online authentication, before the account exists, may use a one-time code).
    """
    if method == "photo_id" and channel != "in_store":
        return "photo ID is checked only in store (R-2010-d)"
    if channel == "online" and has_online_account and method != "password":
        return "online access to an existing online account is by password only (R-2010-c-2)"
    return None


def blocked_by_reset(method: str, reset_required: bool) -> bool:
    """R-2010-e-3: until a new password is established, neither the old password nor the backup verifies;
    a one-time code to a number or address of record, or photo ID in store, still can (and lead to the
    new password)."""
    return reset_required and method in ("password", "backup")


class PhotoIdProblem(StrEnum):
    EXPIRED = "photo_id_expired"
    DOES_NOT_MATCH = "photo_id_does_not_match_account"


def photo_id_problem(expires_on: date, matches_account: bool, today: date) -> PhotoIdProblem | None:
    """R-2010-d: a valid (unexpired) government photo ID matching the account. An ID expiring today is
    still valid today."""
    if expires_on < today:
        return PhotoIdProblem.EXPIRED
    if not matches_account:
        return PhotoIdProblem.DOES_NOT_MATCH
    return None


class ContractProblem(StrEnum):
    NOT_QUALIFIED = "business_exemption_not_qualified"
    MISMATCH = "contract_or_representative_mismatch"


def contract_problem(
    *,
    qualifies: bool,
    representative: str,
    contract_reference: str,
    account_representative: str | None,
    account_contract_reference: str | None,
) -> ContractProblem | None:
    """R-2010-g, E12: the contract method verifies only on an account with BOTH a dedicated representative
    and a CPNI contract, and only when the caller was authenticated by that representative under that
    contract (compared case- and space-insensitively)."""
    if not qualifies:
        return ContractProblem.NOT_QUALIFIED

    def same(left: str, right: str | None) -> bool:
        return right is not None and " ".join(left.split()).casefold() == " ".join(right.split()).casefold()

    if not (
        same(representative, account_representative) and same(contract_reference, account_contract_reference)
    ):
        return ContractProblem.MISMATCH
    return None


class CodeProblem(StrEnum):
    NO_ACTIVE_CODE = "no_active_code"
    EXPIRED = "code_expired"
    USED = "code_already_used"
    TOO_MANY_ATTEMPTS = "code_attempts_exhausted"
    WRONG = "wrong_code"


@dataclass(frozen=True)
class CodeFacts:
    expires_at: datetime
    attempts: int
    consumed: bool
    superseded: bool


def code_problem(
    code: CodeFacts | None, *, matches: bool, now: datetime, max_attempts: int
) -> CodeProblem | None:
    """One-time codes: single use, short-lived, a few attempts each; a newer code replaces older ones."""
    if code is None or code.superseded:
        return CodeProblem.NO_ACTIVE_CODE
    if code.consumed:
        return CodeProblem.USED
    if now >= code.expires_at:
        return CodeProblem.EXPIRED
    if code.attempts >= max_attempts:
        return CodeProblem.TOO_MANY_ATTEMPTS
    return None if matches else CodeProblem.WRONG


def may_send_code(sent_in_last_hour: int, limit: int) -> bool:
    return sent_in_last_hour < limit


def is_open(closed_at: datetime | None, expires_at: datetime, now: datetime) -> bool:
    """An interaction ends when closed or when its time runs out (whichever is first)."""
    return closed_at is None and now < expires_at
