"""Verifying the caller, with a race-free lockout (R-2010-a-1, -b, -c, -d, -e; ADRs 0010, 0014, 0020).

Race-free counting: every verification first locks the account's row in `verification_states`
(`service.lock_state_row`), then reads the counter, checks the secret and writes the result in the same
transaction. Two requests for one account, on any replicas, therefore count one after the other: no burst
can exceed the limit. The lock is per account, so other accounts are not held up.

The argon2 hash of a password or secret answer (20 ms of CPU) is computed BEFORE that transaction, holding
nothing (`verify_caller`: `stored_secret`, then the hash in the worker processes; ADR 0014). The transaction
uses that answer only if the stored hash is still the one that was checked; if it changed in between (a new
password), the transaction gives up (`StalePrecheck`) and the hash is computed again, off the event loop, and
the attempt counted again. Nothing ever hashes inside a transaction: on SQLite a unit runs on the event loop
(ADR 0015), so a hash there would stop the whole server, `/healthz` included.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import policy as account_policy
from cpni_api.accounts import service as accounts
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import Clock
from cpni_api.core.db import TransactionRunner
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings
from cpni_api.credentials import policy as credential_policy
from cpni_api.credentials import service as credentials
from cpni_api.credentials.hashing import SecretHasher, Verified
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.credentials.policy import accepts_for_credential_change
from cpni_api.credentials.sealing import CredentialKeys
from cpni_api.interactions import policy
from cpni_api.interactions.models import Interaction, OneTimeCode, VerificationAttempt, VerificationState
from cpni_api.interactions.schemas import VerificationIn
from cpni_api.interactions.service import (
    as_lock_state,
    get_interaction,
    lock_state_row,
    lockout_policy,
    require_open,
    store_lock_state,
)
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event

T = TypeVar("T")
TOTP_STEP_SECONDS = 30
# A precheck goes stale only when the secret changes between the hash and the count; more than a few rounds
# in a row means someone is changing it in a loop, and the caller should try again later.
STALE_ROUNDS = 3


@dataclass(frozen=True)
class VerificationResult:
    outcome: policy.Outcome
    reason: str | None
    attempts_remaining: int
    locked_until: datetime | None
    reset_required: bool
    interaction: Interaction


@dataclass(frozen=True)
class PrecheckedSecret:
    """A presented secret already checked against `stored_hash`, outside the verification's transaction."""

    stored_hash: str
    verified: Verified


class StalePrecheck(Exception):  # noqa: N818 - a signal to try again, not an error
    """The stored secret is not the one the answer was computed against (or there was none): the attempt is
    not counted, the transaction rolls back, and `verify_caller` hashes again and counts again."""


def presented_secret(body: VerificationIn) -> str | None:
    """The secret to hash, in the form secrets are kept in (NFC; a normalised secret answer); None for the
    other methods."""
    if body.method == "password" and body.password is not None:
        return credential_policy.canonical(body.password)
    if body.method == "backup" and body.answer is not None:
        return credential_policy.normalize_answer(body.answer)
    return None


def legacy_secret(body: VerificationIn) -> str | None:
    """The form a secret set before secrets were kept in NFC was hashed in, when it differs from today's: a
    right secret typed in it still verifies once, and is hashed again in today's form (issue 15)."""
    legacy = None
    if body.method == "password":
        legacy = body.password
    elif body.method == "backup" and body.answer is not None:
        legacy = credential_policy.legacy_answer(body.answer)
    return legacy if legacy != presented_secret(body) else None


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
    if state is not None and policy.is_locked(as_lock_state(state), now):
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
        keys: CredentialKeys,
        settings: Settings,
        now: datetime,
        prechecked: PrecheckedSecret | None,
    ) -> None:
        self.session, self.keys, self.settings, self.now = session, keys, settings, now
        self.prechecked = prechecked

    def _verify(self, stored_hash: str) -> Verified:
        # The answer computed before the transaction holds only if the hash is still the one it checked. If
        # not, never hash here (the transaction holds the lock, and on SQLite the event loop): start over.
        if self.prechecked is not None and hmac.compare_digest(self.prechecked.stored_hash, stored_hash):
            return self.prechecked.verified
        raise StalePrecheck

    def password(self, account_id: str) -> str | None:
        row = self.session.get(Password, account_id)
        if row is None:
            raise ProblemError(ErrorCode.PASSWORD_NOT_SET, "The account has no password.")
        verified = self._verify(row.password_hash)
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
            verified = self._verify(row.answer_hash)
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
    keys: CredentialKeys,
    audit: AuditTrail,
    *,
    interaction_id: str,
    body: VerificationIn,
    prechecked: PrecheckedSecret | None = None,
) -> VerificationResult:
    account_id = get_interaction(session, interaction_id).account_id
    state_row = lock_state_row(session, account_id)
    interaction = get_interaction(session, interaction_id)  # re-read under the lock
    now = clock.now()
    require_open(interaction, now)
    online = session.get(OnlineAccount, account_id)
    refusal = policy.method_refusal(
        interaction.channel, body.method, has_online_account=online is not None and online.deleted_at is None
    )
    if refusal is not None:
        raise ProblemError(ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, refusal)
    rules = lockout_policy(settings)
    state = as_lock_state(state_row)
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
        checker = _Checker(session, keys, settings, now, prechecked)
        if body.method == "password":
            reason = checker.password(account_id)
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
        store_lock_state(state_row, state)

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


async def _check(hasher: SecretHasher, stored: str, presented: str, legacy: str | None) -> Verified:
    """The presented secret against the stored hash, off the event loop; a hash made from the legacy form
    (before NFC) that matches is replaced by one of today's form, which `verify` stores under the lock."""
    verified = await hasher.verify_async(stored, presented)
    if verified.matches or legacy is None:
        return verified
    if not (await hasher.verify_async(stored, legacy)).matches:
        return verified
    return Verified(matches=True, rehashed=await asyncio.to_thread(hasher.hash, presented))


def _counting(
    count: Callable[[Session, PrecheckedSecret | None], T], prechecked: PrecheckedSecret | None
) -> Callable[[Session], T]:
    return lambda session: count(session, prechecked)


async def verify_caller(
    transactions: TransactionRunner,
    hasher: SecretHasher,
    clock: Clock,
    *,
    interaction_id: str,
    body: VerificationIn,
    count: Callable[[Session, PrecheckedSecret | None], T],
) -> T:
    """One verification: the argon2 hash first, holding no connection, no lock and no thread of the server's
    pool; then `count(session, prechecked)` (which calls `verify`) counts the attempt under the account's lock
    in one transaction (ADR 0014). When the secret changed in between, the count gives up and this hashes
    again, off the event loop, and counts again; a few rounds in a row answer 503."""
    presented = presented_secret(body)
    for _ in range(STALE_ROUNDS):
        stored = await transactions.run(
            lambda session: stored_secret(session, clock.now(), interaction_id=interaction_id, body=body)
        )
        prechecked = None
        if stored is not None:
            assert presented is not None  # a stored secret is only looked up for a presented one
            prechecked = PrecheckedSecret(
                stored, await _check(hasher, stored, presented, legacy_secret(body))
            )
        try:
            return await transactions.run(_counting(count, prechecked))
        except StalePrecheck:
            continue
    raise ProblemError(
        ErrorCode.SERVICE_UNAVAILABLE,
        "The account's credentials kept changing during the verification; try again.",
        headers={"Retry-After": "1"},
    )
