"""The customer's locks and the number transfer PIN (R-2010-h-7, R-5237-2, R-5237-4; E23, E26).

A lock is free and opt-in: turning one on needs no authentication (it only protects); turning one off needs an
interaction authenticated at the SIM-change bar, and that interaction then does not count for the change the
lock stood against (`policy.decide_sim_change`, step 6). The transfer PIN is set or changed only through such
an interaction, kept as argon2id, and every change of either is notified and kept in a history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials import policy as credential_policy
from cpni_api.credentials.hashing import SecretHasher
from cpni_api.credentials.service import service_facts
from cpni_api.interactions.models import Interaction
from cpni_api.line_security import policy
from cpni_api.line_security.common import accepted_methods, caller_of, destinations, find_interaction, refuse
from cpni_api.line_security.models import LineLockChange, LineLocks, TransferPin
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event

LOCKS = ("sim_change", "port_out")


@dataclass(frozen=True)
class Locks:
    sim_change: bool
    port_out: bool
    changed_at: datetime | None


def current_locks(session: Session, account_id: str, *, for_update: bool = False) -> Locks:
    query = select(LineLocks).where(LineLocks.account_id == account_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    row = session.scalars(query).one_or_none()
    if row is None:
        return Locks(False, False, None)
    return Locks(row.sim_change, row.port_out, row.changed_at)


def _authority(context: WriteContext, account_id: str, interaction_id: str | None, rule: str) -> Interaction:
    interaction = find_interaction(context.session, interaction_id)
    caller = caller_of(interaction, account_id, context.now())
    problem = policy.authority_problem(caller, accepted_methods(context.settings))
    if problem is not None:
        raise refuse(problem, rule)
    assert interaction is not None  # no problem means there is a caller
    return interaction


def set_locks(
    context: WriteContext, account_id: str, *, sim_change: bool, port_out: bool, interaction_id: str | None
) -> tuple[Locks, str | None]:
    """Sets both locks; returns them and the notice event, None when nothing changed (nothing is sent)."""
    session, now = context.session, context.now()
    account = accounts.get_account(session, account_id, for_update=True)
    before = current_locks(session, account.id, for_update=True)
    requested = (sim_change, port_out)
    current = (before.sim_change, before.port_out)
    interaction = None
    if policy.lock_change_needs_authority(current, requested):
        interaction = _authority(context, account.id, interaction_id, "E26")
    elif interaction_id is not None:
        interaction = find_interaction(session, interaction_id)  # named: recorded, must exist
    if requested == current:
        return before, None
    row = session.get(LineLocks, account.id)
    if row is None:
        row = LineLocks(account_id=account.id, sim_change=False, port_out=False, changed_at=now)
        session.add(row)
    changes = []
    for lock, was, wanted in zip(LOCKS, current, requested, strict=True):
        if was != wanted:
            changes.append({"lock": lock, "enabled": wanted})
            session.add(
                LineLockChange(
                    account_id=account.id,
                    lock=lock,
                    enabled=wanted,
                    interaction_id=interaction.id if interaction else None,
                    changed_at=now,
                )
            )
    row.sim_change, row.port_out, row.changed_at = sim_change, port_out, now
    event = emit_event(
        session,
        context.clock,
        EventType.LINE_LOCKS_CHANGED,
        account_id=account.id,
        data={"changes": changes, "destinations": destinations(session, account.id, now)},
    )
    context.audit.record(
        "line_security.locks_changed",
        account_id=account.id,
        agent_id=interaction.agent_id if interaction else None,
        subject_type="line_locks",
        subject_id=account.id,
        outcome="changed",
        details={
            "changes": changes,
            "interaction_id": interaction.id if interaction else None,
            "authentication_method": interaction.authentication_method if interaction else None,
            "change_notice_event_id": event.id,
        },
    )
    session.flush()
    return Locks(sim_change, port_out, now), event.id


def lock_removed_in(session: Session, interaction_id: str) -> bool:
    """E26, R-5237-4: whether this interaction turned a lock off."""
    return (
        session.scalars(
            select(LineLockChange.id)
            .where(LineLockChange.interaction_id == interaction_id, LineLockChange.enabled.is_(False))
            .limit(1)
        ).first()
        is not None
    )


def set_transfer_pin(
    context: WriteContext, hasher: SecretHasher, account_id: str, pin: str, interaction_id: str
) -> tuple[bool, str]:
    """R-5237-2: only through an interaction authenticated at the SIM-change bar; the PIN may not be a
    trivial run nor built from the account's numbers and references (as passwords, R-2010-e). A new PIN
    clears the count of wrong ones. Returns whether one was set before, and the notice event."""
    session, now = context.session, context.now()
    account = accounts.get_account(session, account_id, for_update=True)
    interaction = _authority(context, account.id, interaction_id, "R-5237-2")
    trivial = policy.pin_problem(pin)
    facts = credential_policy.known_facts([], service_facts(session, account))
    if trivial is not None or credential_policy.uses_forbidden_value(pin, facts):
        raise ProblemError(
            ErrorCode.TRANSFER_PIN_INVALID,
            f"The transfer PIN is refused: {trivial or 'it contains digits of the account or its numbers'}.",
        )
    row = session.get(TransferPin, account.id, with_for_update=True)
    existed = row is not None and row.pin_hash is not None
    if row is None:
        row = TransferPin(account_id=account.id, failure_count=0)
        session.add(row)
    row.pin_hash, row.set_at = hasher.hash(pin), now
    row.failure_count, row.window_started_at, row.locked_until = 0, None, None
    event = emit_event(
        session,
        context.clock,
        EventType.NUMBER_TRANSFER_PIN_CHANGED,
        account_id=account.id,
        data={
            "change": "changed" if existed else "created",
            "destinations": destinations(session, account.id, now),
        },
    )
    context.audit.record(
        "line_security.transfer_pin_set",
        account_id=account.id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome="changed" if existed else "created",
        details={
            "authentication_method": interaction.authentication_method,
            "change_notice_event_id": event.id,
        },
    )
    session.flush()
    return existed, event.id
