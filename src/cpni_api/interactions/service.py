"""Interactions: opening, closing and reading a call, session or store visit (R-2010-a), and the per-account
lockout state that verification and one-time codes share (`lock_state_row` is the serialisation point:
SELECT ... FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers). Verification is in
`verification.py`, one-time codes in `one_time_codes.py`."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import rfc3339
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.interactions import policy
from cpni_api.interactions.models import Interaction, VerificationState
from cpni_api.interactions.schemas import InteractionOpen, InteractionOut


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
        purpose=interaction.purpose,
        authenticated=interaction.authenticated_at is not None,
        authentication_method=interaction.authentication_method,
        at_number_of_record=interaction.at_number_of_record,
        opened_at=interaction.opened_at,
        expires_at=interaction.expires_at,
        closed_at=interaction.closed_at,
    )


def open_interaction(context: WriteContext, body: InteractionOpen) -> Interaction:
    """A call, online session or store visit; unauthenticated until verified, closed after its TTL."""
    session, now = context.session, context.now()
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
        purpose=body.purpose,
        opened_at=now,
        expires_at=now + timedelta(seconds=context.settings.interaction_ttl_seconds),
    )
    session.add(interaction)
    session.flush()
    context.audit.record(
        "interaction.opened",
        account_id=interaction.account_id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome="open",
        details={
            "channel": interaction.channel,
            "at_number_of_record": interaction.at_number_of_record,
            "purpose": interaction.purpose,
        },
    )
    return interaction


def account_interactions(
    session: Session, account_id: str, *, before: str | None, limit: int
) -> list[Interaction]:
    """An account's interactions, newest first (ids grow with time), `limit` of them older than `before`."""
    accounts.get_account(session, account_id)
    query = (
        select(Interaction)
        .where(Interaction.account_id == account_id)
        .order_by(Interaction.id.desc())
        .limit(limit)
    )
    if before is not None:
        query = query.where(Interaction.id < before)
    return list(session.scalars(query))


def get_interaction(session: Session, interaction_id: str) -> Interaction:
    interaction = session.scalars(
        select(Interaction).where(Interaction.id == interaction_id).execution_options(populate_existing=True)
    ).one_or_none()
    if interaction is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    return interaction


def require_open(interaction: Interaction, now: datetime) -> None:
    if not policy.is_open(interaction.closed_at, interaction.expires_at, now):
        raise ProblemError(ErrorCode.INTERACTION_CLOSED, "The interaction is closed or has expired.")


def lock_state_row(session: Session, account_id: str) -> VerificationState:
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


def close_interaction(context: WriteContext, interaction_id: str) -> Interaction:
    """Idempotent: closing a closed or expired interaction keeps its first end time (each call audited)."""
    now = context.now()
    interaction = get_interaction(context.session, interaction_id)
    if interaction.closed_at is None:
        interaction.closed_at = min(now, interaction.expires_at)
        context.session.flush()
    context.audit.record(
        "interaction.closed",
        account_id=interaction.account_id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome="closed",
    )
    return interaction


def as_lock_state(row: VerificationState) -> policy.LockState:
    return policy.LockState(
        failure_count=row.failure_count,
        window_started_at=row.window_started_at,
        locked_until=row.locked_until,
        password_failed_at=row.password_failed_at,
        backup_failed_at=row.backup_failed_at,
        slow_failures=tuple(datetime.fromisoformat(instant) for instant in row.slow_failures or ()),
    )


def store_lock_state(row: VerificationState, state: policy.LockState) -> None:
    row.failure_count = state.failure_count
    row.window_started_at = state.window_started_at
    row.locked_until = state.locked_until
    row.password_failed_at = state.password_failed_at
    row.backup_failed_at = state.backup_failed_at
    row.slow_failures = [rfc3339(instant) for instant in state.slow_failures]
