"""Passwords, backup authentication and online accounts (R-2010-c, R-2010-e, R-2010-f).

Every change but one made at service initiation needs an interaction already authenticated without
biographical or account information, and sends a change notice in the same transaction.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import pyotp
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import Account
from cpni_api.core.clock import Clock
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials import policy
from cpni_api.credentials.hashing import SecretHasher
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.credentials.sealing import CredentialKeys
from cpni_api.interactions import policy as interaction_policy
from cpni_api.interactions.models import Interaction
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event


@dataclass(frozen=True)
class Change:
    account_id: str
    change: str  # created | changed | deleted
    at_service_initiation: bool
    event_id: str | None
    changed_at: datetime
    interaction: Interaction | None


def normalize_answer(answer: str) -> str:
    """Backup answers are spoken to an agent: case and spacing must not fail a right answer."""
    return " ".join(answer.split()).casefold()


def service_facts(session: Session, account: Account) -> list[str]:
    """What the service itself knows that a secret must not contain (R-2010-e, E20): the numbers of record,
    the street line and postal code of the postal address, the email's local part, the account reference."""
    facts = [account.external_ref, *accounts.numbers_of_record(session, account.id)]
    addresses = accounts.current_addresses(session, account.id)
    if "postal" in addresses:
        facts += [addresses["postal"].value["line1"], addresses["postal"].value["postal_code"]]
    if "email" in addresses:
        facts.append(addresses["email"].value["address"].partition("@")[0])
    return facts


def authenticated_interaction(
    session: Session, account_id: str, interaction_id: str, now: datetime
) -> Interaction:
    """The interaction that authorises a credential change: same account, open, authenticated by a method
    that uses no biographical or account information (R-2010-c-1, R-2010-e-1)."""
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    if interaction.account_id != account_id:
        raise ProblemError(ErrorCode.INTERACTION_ACCOUNT_MISMATCH, "The interaction is for another account.")
    if not interaction_policy.is_open(interaction.closed_at, interaction.expires_at, now):
        raise ProblemError(ErrorCode.INTERACTION_CLOSED, "The interaction is closed or has expired.")
    if interaction.authenticated_at is None:
        raise ProblemError(
            ErrorCode.INTERACTION_NOT_AUTHENTICATED, "Verify the caller in this interaction first."
        )
    if not policy.accepts_for_credential_change(interaction.authentication_method):
        raise ProblemError(
            ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED,
            "A credential change needs the current password, a one-time code to a number or address of "
            "record, or photo ID in store (R-2010-e-1); the backup method does not suffice.",
        )
    return interaction


def _notice(
    session: Session, clock: Clock, event_type: EventType, account_id: str, change: str, now: datetime
) -> str:
    # R-2010-f: the kind of change and its destinations only; never the new value (R-2010-f-4).
    destinations = accounts.notice_destinations(session, account_id, now)
    event = emit_event(
        session,
        clock,
        event_type,
        account_id=account_id,
        data={"change": change, "destinations": destinations},
    )
    return event.id


def set_password(
    session: Session,
    clock: Clock,
    hasher: SecretHasher,
    *,
    account_id: str,
    password: str,
    interaction_id: str | None,
    forbidden_values: Sequence[str],
) -> Change:
    now = clock.now()
    account = accounts.get_account(session, account_id, for_update=True)
    existing = session.get(Password, account.id)
    interaction = None
    if interaction_id is not None:
        interaction = authenticated_interaction(session, account.id, interaction_id, now)
    elif existing is not None:
        # R-2010-e-1: only at service initiation (no password ever set) may a password be set without one.
        raise ProblemError(
            ErrorCode.INTERACTION_REQUIRED,
            "The account has a password: changing it needs an authenticated interaction_id.",
        )
    facts = policy.known_facts(forbidden_values, service_facts(session, account))
    problem = policy.password_problem(password, facts)
    if problem is policy.SecretProblem.USES_BIOGRAPHICAL_OR_ACCOUNT_INFO:
        raise ProblemError(
            ErrorCode.PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
            "The password contains the customer's biographical or account information (R-2010-e).",
        )
    if problem is policy.SecretProblem.TOO_COMMON:
        raise ProblemError(ErrorCode.PASSWORD_TOO_COMMON, "The password is too common; choose another.")
    password_hash = hasher.hash(password)
    if existing is None:
        session.add(
            Password(account_id=account.id, password_hash=password_hash, first_set_at=now, set_at=now)
        )
    else:
        existing.password_hash = password_hash
        existing.set_at = now
        existing.reset_required_at = None  # R-2010-e-3: the new password ends the reset
    change = "created" if existing is None else "changed"
    at_initiation = interaction is None
    event_id = (
        None
        if at_initiation
        else _notice(session, clock, EventType.PASSWORD_CHANGED, account.id, change, now)
    )
    session.flush()
    return Change(account.id, change, at_initiation, event_id, now, interaction)


@dataclass(frozen=True)
class BackupChange:
    change: Change
    method: str
    provisioning_uri: str | None


def set_backup_authentication(
    session: Session,
    clock: Clock,
    hasher: SecretHasher,
    keys: CredentialKeys,
    *,
    account_id: str,
    method: str,
    question: str | None,
    answer: str | None,
    interaction_id: str | None,
    forbidden_values: Sequence[str],
    totp_issuer: str,
) -> BackupChange:
    now = clock.now()
    account = accounts.get_account(session, account_id, for_update=True)
    existing = session.get(BackupAuthentication, account.id)
    interaction = None
    if interaction_id is not None:
        interaction = authenticated_interaction(session, account.id, interaction_id, now)
    elif existing is not None or session.get(Password, account.id) is not None:
        # Service initiation is over once a password exists (ADR 0010): set the backup before the password.
        raise ProblemError(
            ErrorCode.INTERACTION_REQUIRED,
            "Outside service initiation, backup authentication needs an authenticated interaction_id.",
        )
    facts = policy.known_facts(forbidden_values, service_facts(session, account))
    change = "created" if existing is None or existing.deleted_at is not None else "changed"
    row = existing or BackupAuthentication(account_id=account.id, first_set_at=now)
    row.method, row.set_at, row.deleted_at = method, now, None
    row.question = row.answer_hash = row.totp_seed_sealed = None
    row.totp_last_used_step = None
    provisioning_uri = None
    if method == "secret_answer":
        assert question is not None
        assert answer is not None
        if policy.question_asks_for_forbidden_info(question, facts):
            raise ProblemError(
                ErrorCode.BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO,
                "The question asks for biographical or account information (R-2010-e-2); choose another.",
            )
        if policy.answer_uses_forbidden_info(answer, facts):
            raise ProblemError(
                ErrorCode.BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
                "The answer contains the customer's biographical or account information (R-2010-e-2).",
            )
        row.question = question.strip()
        row.answer_hash = hasher.hash(normalize_answer(answer))
    else:
        seed = pyotp.random_base32()
        row.totp_seed_sealed = keys.seal(base64.b32decode(seed))
        provisioning_uri = pyotp.TOTP(seed).provisioning_uri(name=account.id, issuer_name=totp_issuer)
    if existing is None:
        session.add(row)
    at_initiation = interaction is None
    event_id = (
        None
        if at_initiation
        else _notice(session, clock, EventType.BACKUP_AUTHENTICATION_CHANGED, account.id, change, now)
    )
    session.flush()
    return BackupChange(
        Change(account.id, change, at_initiation, event_id, now, interaction), method, provisioning_uri
    )


def totp_for(keys: CredentialKeys, backup: BackupAuthentication) -> pyotp.TOTP:
    assert backup.totp_seed_sealed is not None
    return pyotp.TOTP(base64.b32encode(keys.open(backup.totp_seed_sealed)).decode())


def set_online_account(
    session: Session, clock: Clock, *, account_id: str, username: str, interaction_id: str
) -> tuple[Change, str]:
    """R-2010-c-1: created or changed only after an authentication without biographical or account
    information, so there is no service-initiation shortcut; a change notice always goes out."""
    now = clock.now()
    account = accounts.get_account(session, account_id, for_update=True)
    interaction = authenticated_interaction(session, account.id, interaction_id, now)
    normalized = username.strip().casefold()
    taken = session.scalars(
        select(func.count())
        .select_from(OnlineAccount)
        .where(OnlineAccount.username == normalized, OnlineAccount.account_id != account.id)
    ).one()
    if taken:
        raise ProblemError(ErrorCode.USERNAME_TAKEN, "Another account uses that username.")
    existing = session.get(OnlineAccount, account.id)
    if existing is not None and existing.deleted_at is None and existing.username == normalized:
        return Change(account.id, "changed", False, None, now, interaction), normalized
    change = "created" if existing is None or existing.deleted_at is not None else "changed"
    if existing is None:
        session.add(OnlineAccount(account_id=account.id, username=normalized, created_at=now, changed_at=now))
    else:
        existing.username, existing.changed_at, existing.deleted_at = normalized, now, None
    event_id = _notice(session, clock, EventType.ONLINE_ACCOUNT_CHANGED, account.id, change, now)
    session.flush()
    return Change(account.id, change, False, event_id, now, interaction), normalized


def delete_credential(
    session: Session, clock: Clock, *, account_id: str, kind: str, interaction_id: str
) -> Change:
    """E15 [M]: deleting backup authentication or the online account also sends a notice (conservative)."""
    now = clock.now()
    account = accounts.get_account(session, account_id, for_update=True)
    interaction = authenticated_interaction(session, account.id, interaction_id, now)
    row: BackupAuthentication | OnlineAccount | None
    if kind == "backup_authentication":
        row = session.get(BackupAuthentication, account.id)
        event_type = EventType.BACKUP_AUTHENTICATION_CHANGED
    else:
        row = session.get(OnlineAccount, account.id)
        event_type = EventType.ONLINE_ACCOUNT_CHANGED
    if row is None or row.deleted_at is not None:
        raise ProblemError(ErrorCode.NOT_FOUND, "The account has none to delete.")
    row.deleted_at = now
    if isinstance(row, OnlineAccount):
        row.username = None  # frees the username
    else:
        row.answer_hash = row.totp_seed_sealed = None
    event_id = _notice(session, clock, event_type, account.id, "deleted", now)
    session.flush()
    return Change(account.id, "deleted", False, event_id, now, interaction)
