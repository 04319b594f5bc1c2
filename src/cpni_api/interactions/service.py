"""Interactions, verification with lockout, one-time codes (R-2010-a, -b, -c, -d, -e).

Race-free counting: every verification and every code sent first locks the account's row in
`verification_states` (SELECT ... FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises
writers), then reads the counter, checks the secret and writes the result in the same transaction. Two
requests for one account, on any replicas, therefore count one after the other: no burst can exceed the
limit. The lock is per account, so other accounts are not held up.

The argon2 hash of a password or secret answer (20 ms of CPU) is computed BEFORE that transaction
(`stored_secret`, then the hash, in the route; ADR 0014): holding the lock through it held, on SQLite, the
whole database's write lock and its only connection, and on PostgreSQL a pooled connection. The
transaction then uses the precomputed answer only if the stored hash is still the one that was checked,
and counts it under the lock as before.
"""

from __future__ import annotations

import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts import policy as account_policy
from cpni_api.accounts import service as accounts
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import Clock, rfc3339
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.credentials import service as credentials
from cpni_api.credentials.hashing import SecretHasher, Verified
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.credentials.policy import accepts_for_credential_change
from cpni_api.credentials.sealing import CredentialKeys
from cpni_api.interactions import policy
from cpni_api.interactions.models import Interaction, OneTimeCode, VerificationAttempt, VerificationState
from cpni_api.interactions.schemas import InteractionOpen, InteractionOut, VerificationIn
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event

TOTP_STEP_SECONDS = 30


def lockout_policy(settings: Settings) -> policy.LockoutPolicy:
    return policy.LockoutPolicy(
        threshold=settings.verification_lockout_threshold,
        failure_window=timedelta(seconds=settings.verification_failure_window_seconds),
        lock_duration=timedelta(seconds=settings.verification_lockout_seconds),
        slow_threshold=settings.verification_slow_lockout_threshold,
        slow_failure_window=timedelta(seconds=settings.verification_slow_failure_window_seconds),
        slow_lock_duration=timedelta(seconds=settings.verification_slow_lockout_seconds),
    )


def interaction_view(interaction: Interaction, now: datetime) -> InteractionOut:
    return InteractionOut(
        id=interaction.id,
        account_id=interaction.account_id,
        channel=interaction.channel,
        agent_id=interaction.agent_id,
        status="open" if policy.is_open(interaction.closed_at, interaction.expires_at, now) else "closed",
        authenticated=interaction.authenticated_at is not None,
        authentication_method=interaction.authentication_method,
        at_number_of_record=interaction.at_number_of_record,
        opened_at=interaction.opened_at,
        expires_at=interaction.expires_at,
        closed_at=interaction.closed_at,
    )


def open_interaction(
    session: Session, clock: Clock, settings: Settings, body: InteractionOpen
) -> Interaction:
    now = clock.now()
    account = accounts.get_account(session, body.account_id)
    at_number_of_record = body.dialed_number is not None and body.dialed_number in accounts.numbers_of_record(
        session, account.id
    )
    interaction = Interaction(
        id=new_id("int"),
        account_id=account.id,
        channel=body.channel,
        agent_id=body.agent_id,
        dialed_number=body.dialed_number,
        at_number_of_record=at_number_of_record,
        opened_at=now,
        expires_at=now + timedelta(seconds=settings.interaction_ttl_seconds),
    )
    session.add(interaction)
    session.flush()
    return interaction


def _get_interaction(session: Session, interaction_id: str) -> Interaction:
    interaction = session.scalars(
        select(Interaction).where(Interaction.id == interaction_id).execution_options(populate_existing=True)
    ).one_or_none()
    if interaction is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    return interaction


def _require_open(interaction: Interaction, now: datetime) -> None:
    if not policy.is_open(interaction.closed_at, interaction.expires_at, now):
        raise ProblemError(ErrorCode.INTERACTION_CLOSED, "The interaction is closed or has expired.")


def _lock_state(session: Session, account_id: str) -> VerificationState:
    # The serialisation point of the module docstring. populate_existing: read the row as locked, not a
    # copy cached earlier in this session.
    query = (
        select(VerificationState)
        .where(VerificationState.account_id == account_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    state = session.scalars(query).one_or_none()
    if state is None:  # accounts always get one at creation; be safe for rows made before it existed
        state = VerificationState(account_id=account_id, failure_count=0)
        session.add(state)
        session.flush()
    return state


def close_interaction(session: Session, clock: Clock, interaction_id: str) -> Interaction:
    """Idempotent: closing a closed or expired interaction keeps its first end time."""
    now = clock.now()
    interaction = _get_interaction(session, interaction_id)
    if interaction.closed_at is None:
        interaction.closed_at = min(now, interaction.expires_at)
        session.flush()
    return interaction


@dataclass(frozen=True)
class VerificationResult:
    outcome: policy.Outcome
    reason: str | None
    attempts_remaining: int
    locked_until: datetime | None
    reset_required: bool
    interaction: Interaction


def _as_lock_state(row: VerificationState) -> policy.LockState:
    return policy.LockState(
        failure_count=row.failure_count,
        window_started_at=row.window_started_at,
        locked_until=row.locked_until,
        password_failed_at=row.password_failed_at,
        backup_failed_at=row.backup_failed_at,
        slow_failures=tuple(datetime.fromisoformat(instant) for instant in row.slow_failures or ()),
    )


def _store_lock_state(row: VerificationState, state: policy.LockState) -> None:
    row.failure_count = state.failure_count
    row.window_started_at = state.window_started_at
    row.locked_until = state.locked_until
    row.password_failed_at = state.password_failed_at
    row.backup_failed_at = state.backup_failed_at
    row.slow_failures = [rfc3339(instant) for instant in state.slow_failures]


@dataclass(frozen=True)
class PrecheckedSecret:
    """A presented secret already checked against `stored_hash`, outside the verification's transaction."""

    stored_hash: str
    verified: Verified


def presented_secret(body: VerificationIn) -> str | None:
    """The secret to hash: a password, or a normalised secret answer; None for the other methods."""
    if body.method == "password":
        return body.password
    if body.method == "backup" and body.answer is not None:
        return credentials.normalize_answer(body.answer)
    return None


def stored_secret(
    session: Session, now: datetime, *, interaction_id: str, body: VerificationIn
) -> str | None:
    """The stored hash that a presented password or secret answer is to be checked against, read before the
    verification's own transaction so the hash runs holding nothing. None when there is nothing to hash
    (another method, no such credential, an unknown interaction, a locked account): the verification then
    decides as it always has."""
    if presented_secret(body) is None:
        return None
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        return None
    state = session.get(VerificationState, interaction.account_id)
    if state is not None and policy.is_locked(_as_lock_state(state), now):
        return None  # a locked account costs no hash
    if body.method == "password":
        password = session.get(Password, interaction.account_id)
        return password.password_hash if password is not None else None
    backup = session.get(BackupAuthentication, interaction.account_id)
    return backup.answer_hash if backup is not None and backup.deleted_at is None else None


class _Checker:
    """Checks one presented secret against the account's credentials; returns a failure reason or None."""

    def __init__(
        self,
        session: Session,
        hasher: SecretHasher,
        keys: CredentialKeys,
        settings: Settings,
        now: datetime,
        prechecked: PrecheckedSecret | None,
    ) -> None:
        self.session, self.hasher, self.keys, self.settings, self.now = session, hasher, keys, settings, now
        self.prechecked = prechecked

    def _verify(self, stored_hash: str, presented: str) -> Verified:
        # The answer computed before the transaction holds only if the hash is still the one it checked
        # (a password changed in between is checked again, here, under the lock).
        if self.prechecked is not None and hmac.compare_digest(self.prechecked.stored_hash, stored_hash):
            return self.prechecked.verified
        return self.hasher.verify(stored_hash, presented)

    def password(self, account_id: str, presented: str) -> str | None:
        row = self.session.get(Password, account_id)
        if row is None:
            raise ProblemError(ErrorCode.PASSWORD_NOT_SET, "The account has no password.")
        verified = self._verify(row.password_hash, presented)
        if verified.rehashed is not None:  # parameters were raised since this hash was made
            row.password_hash = verified.rehashed
        return None if verified.matches else "wrong_password"

    def backup(self, account_id: str, body: VerificationIn) -> str | None:
        row = self.session.get(BackupAuthentication, account_id)
        if row is None or row.deleted_at is not None:
            raise ProblemError(ErrorCode.BACKUP_AUTHENTICATION_NOT_SET, "The account has no backup method.")
        if row.method == "secret_answer":
            if body.answer is None or row.answer_hash is None:
                raise ProblemError(
                    ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, "This backup method takes an answer."
                )
            verified = self._verify(row.answer_hash, credentials.normalize_answer(body.answer))
            if verified.rehashed is not None:
                row.answer_hash = verified.rehashed
            return None if verified.matches else "wrong_answer"
        if body.code is None:
            raise ProblemError(
                ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, "This backup method takes a TOTP code."
            )
        return self._totp(row, body.code)

    def _totp(self, row: BackupAuthentication, code: str) -> str | None:
        totp = credentials.totp_for(self.keys, row)
        current = int(self.now.timestamp()) // TOTP_STEP_SECONDS
        for step in (current - 1, current, current + 1):  # one step of clock drift either way
            if hmac.compare_digest(totp.at(step * TOTP_STEP_SECONDS), code):
                if row.totp_last_used_step is not None and step <= row.totp_last_used_step:
                    return "totp_code_already_used"  # each time step is usable once
                row.totp_last_used_step = step
                return None
        return "wrong_code"

    def one_time_code(self, interaction: Interaction, code: str) -> str | None:
        row = self.session.scalars(
            select(OneTimeCode)
            .where(OneTimeCode.interaction_id == interaction.id, OneTimeCode.superseded_at.is_(None))
            .order_by(OneTimeCode.issued_at.desc(), OneTimeCode.id.desc())
            .limit(1)
        ).first()
        facts = None
        matches = False
        if row is not None:
            facts = policy.CodeFacts(
                expires_at=row.expires_at,
                attempts=row.attempts,
                consumed=row.consumed_at is not None,
                superseded=row.superseded_at is not None,
            )
            matches = hmac.compare_digest(row.code_digest, self.keys.code_digest(row.id, code))
        problem = policy.code_problem(
            facts, matches=matches, now=self.now, max_attempts=self.settings.one_time_code_max_attempts
        )
        if row is not None and problem is None:
            row.consumed_at = self.now
        elif row is not None and problem is policy.CodeProblem.WRONG:
            row.attempts += 1
        return problem.value if problem is not None else None

    def business_contract(self, account_id: str, body: VerificationIn) -> str | None:
        assert body.representative is not None
        assert body.contract_reference is not None
        account = accounts.get_account(self.session, account_id)
        problem = policy.contract_problem(
            qualifies=account_policy.business_exemption_applies(
                account.kind, account.dedicated_representative, account.cpni_contract_reference
            ),
            representative=body.representative,
            contract_reference=body.contract_reference,
            account_representative=account.dedicated_representative,
            account_contract_reference=account.cpni_contract_reference,
        )
        return problem.value if problem is not None else None

    def photo_id(self, body: VerificationIn) -> str | None:
        assert body.expires_on is not None
        assert body.matches_account is not None
        problem = policy.photo_id_problem(body.expires_on, body.matches_account, self.now.date())
        return problem.value if problem is not None else None


def verify(
    session: Session,
    clock: Clock,
    settings: Settings,
    hasher: SecretHasher,
    keys: CredentialKeys,
    audit: AuditTrail,
    *,
    interaction_id: str,
    body: VerificationIn,
    prechecked: PrecheckedSecret | None = None,
) -> VerificationResult:
    account_id = _get_interaction(session, interaction_id).account_id
    state_row = _lock_state(session, account_id)
    interaction = _get_interaction(session, interaction_id)  # re-read under the lock
    now = clock.now()
    _require_open(interaction, now)
    online = session.get(OnlineAccount, account_id)
    refusal = policy.method_refusal(
        interaction.channel, body.method, has_online_account=online is not None and online.deleted_at is None
    )
    if refusal is not None:
        raise ProblemError(ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, refusal)
    rules = lockout_policy(settings)
    state = _as_lock_state(state_row)
    password = session.get(Password, account_id)
    reset_required = password is not None and password.reset_required_at is not None

    outcome: policy.Outcome
    reason: str | None
    if policy.is_locked(state, now):
        outcome, reason = policy.Outcome.LOCKED, "verification_locked"
        checked = policy.Outcome.LOCKED
    elif policy.blocked_by_reset(body.method, reset_required):
        outcome, reason = policy.Outcome.RESET_REQUIRED, "new_password_required"
        checked = policy.Outcome.RESET_REQUIRED
    else:
        checker = _Checker(session, hasher, keys, settings, now, prechecked)
        if body.method == "password":
            assert body.password is not None
            reason = checker.password(account_id, body.password)
        elif body.method == "backup":
            reason = checker.backup(account_id, body)
        elif body.method == "one_time_code":
            assert body.code is not None
            reason = checker.one_time_code(interaction, body.code)
        elif body.method == "business_contract":
            reason = checker.business_contract(account_id, body)
        else:
            reason = checker.photo_id(body)
        # The attempt row says what the check found: the failure that trips a lock is still "failed", so
        # a lock is preceded by exactly `threshold` failed attempts.
        checked = policy.Outcome.VERIFIED if reason is None else policy.Outcome.FAILED
        if reason is None:
            outcome = policy.Outcome.VERIFIED
            state = policy.register_success(state)
            if interaction.authenticated_at is None or not accepts_for_credential_change(
                interaction.authentication_method
            ):
                interaction.authenticated_at = now
                interaction.authentication_method = body.method
        else:
            failure = policy.register_failure(state, body.method, now, rules)
            state = failure.state
            outcome = policy.Outcome.FAILED
            if failure.reset_required_now and password is not None:
                password.reset_required_at = now
                reset_required = True
                outcome = policy.Outcome.RESET_REQUIRED
            if failure.locked_now:
                outcome = policy.Outcome.LOCKED
                assert failure.locked_by is not None
                _announce_lock(session, clock, audit, interaction, state, rules, failure.locked_by)
        _store_lock_state(state_row, state)

    session.add(
        VerificationAttempt(
            account_id=account_id,
            interaction_id=interaction.id,
            method=body.method,
            outcome=checked.value,
            reason=reason,
            attempted_at=now,
        )
    )
    remaining = policy.attempts_remaining(state, now, rules)
    audit.record(
        "interaction.verification",
        account_id=account_id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome=outcome.value,
        details={
            "method": body.method,
            "channel": interaction.channel,
            "reason": reason,
            "attempts_remaining": remaining,
        },
    )
    session.flush()
    return VerificationResult(
        outcome=outcome,
        reason=reason,
        attempts_remaining=remaining,
        locked_until=state.locked_until if policy.is_locked(state, now) else None,
        reset_required=reset_required,
        interaction=interaction,
    )


def _announce_lock(
    session: Session,
    clock: Clock,
    audit: AuditTrail,
    interaction: Interaction,
    state: policy.LockState,
    rules: policy.LockoutPolicy,
    window: policy.LockWindow,
) -> None:
    """R-2010-a-1: a lock is a pretexting signal: an event for the carrier's fraud team and an audit row.
    `window` says which limit tripped: a burst (`short`) or slow guessing (`slow`)."""
    slow = window is policy.LockWindow.SLOW
    data: dict[str, Any] = {
        "interaction_id": interaction.id,
        "channel": interaction.channel,
        "failures": rules.slow_threshold if slow else rules.threshold,
        "window": window.value,
        "failure_window_seconds": int(
            (rules.slow_failure_window if slow else rules.failure_window).total_seconds()
        ),
        "locked_until": state.locked_until.isoformat() if state.locked_until else None,
    }
    emit_event(session, clock, EventType.VERIFICATION_LOCKED, account_id=interaction.account_id, data=data)
    audit.record(
        "account.verification_locked",
        account_id=interaction.account_id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome="locked",
        details=data,
    )


@dataclass(frozen=True)
class CodeSent:
    code_id: str
    destination: str
    destination_hint: str
    expires_at: datetime
    interaction: Interaction


def _destination(
    session: Session, account_id: str, kind: str, telephone_number: str | None, now: datetime
) -> tuple[dict[str, Any], str]:
    """Only a telephone number of record or an email address of record (R-2010-b-2, E3, E7): never a value
    the caller supplies, never an address younger than 30 days. Post cannot carry a short-lived code."""
    if kind == "telephone_number_of_record":
        numbers = accounts.numbers_of_record(session, account_id)
        number = telephone_number or numbers[0]
        if number not in numbers:
            raise ProblemError(ErrorCode.DESTINATION_NOT_OF_RECORD, "That number is not a number of record.")
        return (
            {"channel": "telephone_number_of_record", "telephone_number": number},
            account_policy.mask_telephone_number(number),
        )
    if telephone_number is not None:
        raise ProblemError(ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, "telephone_number goes with a number.")
    email = accounts.current_addresses(session, account_id).get("email")
    if email is None or not account_policy.is_address_of_record(email.associated_since, now):
        raise ProblemError(
            ErrorCode.DESTINATION_NOT_OF_RECORD,
            "The account has no email address of record (an address is of record after 30 days).",
        )
    address = str(email.value["address"])
    return {"channel": "email_address_of_record", "email_address": address}, account_policy.mask_email(
        address
    )


def issue_one_time_code(
    session: Session,
    clock: Clock,
    settings: Settings,
    keys: CredentialKeys,
    *,
    interaction_id: str,
    destination: str,
    telephone_number: str | None,
) -> CodeSent:
    account_id = _get_interaction(session, interaction_id).account_id
    state = _as_lock_state(_lock_state(session, account_id))  # counts sends per account without a race
    interaction = _get_interaction(session, interaction_id)
    now = clock.now()
    _require_open(interaction, now)
    if policy.is_locked(state, now):
        # A code sent now could not verify (every method answers `locked`): the customer would receive a
        # code that cannot work, and a pretexter a way to make the phone ring (R-2010-a-1).
        assert state.locked_until is not None
        raise ProblemError(
            ErrorCode.VERIFICATION_LOCKED,
            "The account's verification is locked after repeated failures; no code is sent until "
            "`locked_until`.",
            headers={"Retry-After": str(max(1, math.ceil((state.locked_until - now).total_seconds())))},
            extensions={"locked_until": rfc3339(state.locked_until)},
        )
    sent = session.scalars(
        select(func.count())
        .select_from(OneTimeCode)
        .where(OneTimeCode.account_id == account_id, OneTimeCode.issued_at > now - timedelta(hours=1))
    ).one()
    if not policy.may_send_code(sent, settings.one_time_code_sends_per_hour):
        raise ProblemError(
            ErrorCode.ONE_TIME_CODE_SEND_LIMIT,
            f"At most {settings.one_time_code_sends_per_hour} codes per account per hour.",
            headers={"Retry-After": "3600"},
        )
    target, hint = _destination(session, account_id, destination, telephone_number, now)
    for older in session.scalars(
        select(OneTimeCode).where(
            OneTimeCode.interaction_id == interaction.id, OneTimeCode.superseded_at.is_(None)
        )
    ):
        older.superseded_at = now  # only the newest code of an interaction is live
    code = f"{secrets.randbelow(10**6):06d}"
    row = OneTimeCode(
        id=new_id("otc"),
        account_id=account_id,
        interaction_id=interaction.id,
        destination=destination,
        issued_at=now,
        expires_at=now + timedelta(seconds=settings.one_time_code_ttl_seconds),
        attempts=0,
        code_digest="",
    )
    row.code_digest = keys.code_digest(row.id, code)
    session.add(row)
    # The one place a code appears in clear: the event the mailer delivers (ADR 0010). Only its digest is
    # stored in `one_time_codes`.
    emit_event(
        session,
        clock,
        EventType.ONE_TIME_CODE_ISSUED,
        account_id=account_id,
        data={
            "code": code,
            "destination": target,
            "expires_at": row.expires_at.isoformat(),
            "interaction_id": interaction.id,
            "one_time_code_id": row.id,
        },
    )
    session.flush()
    return CodeSent(row.id, destination, hint, row.expires_at, interaction)
