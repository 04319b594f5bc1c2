"""Passwords, backup authentication and online accounts (R-2010-c, R-2010-e, R-2010-f).

Outside service initiation (a bounded window after a new-service account is created; never for an existing
customer), every establishment or change needs an interaction already authenticated without biographical or
account information, and sends a change notice in the same transaction (`credentials.authorization`).

Each change is one function made in a `WriteContext` that records its own audit row (ADR 0019): the kind of
change, how it was authorised and whether a notice went out, never the secret.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyotp
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts import policy as account_policy
from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import Account
from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials import authorization, policy
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


_REFUSALS = {
    authorization.ChangeOutcome.INTERACTION_REQUIRED: (
        ErrorCode.INTERACTION_REQUIRED,
        "Outside service initiation (and always for an existing customer), establishing or changing a "
        "credential needs an interaction_id authenticated without biographical or account information "
        "(R-2010-e-1).",
    ),
    authorization.ChangeOutcome.INTERACTION_ACCOUNT_MISMATCH: (
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        "The interaction is for another account.",
    ),
    authorization.ChangeOutcome.INTERACTION_CLOSED: (
        ErrorCode.INTERACTION_CLOSED,
        "The interaction is closed or has expired.",
    ),
    authorization.ChangeOutcome.INTERACTION_NOT_AUTHENTICATED: (
        ErrorCode.INTERACTION_NOT_AUTHENTICATED,
        "Verify the caller in this interaction first.",
    ),
    authorization.ChangeOutcome.AUTHENTICATION_METHOD_NOT_ACCEPTED: (
        ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED,
        "A credential change needs the current password, a one-time code to a number or address of "
        "record, or photo ID in store (R-2010-e-1); the backup method does not suffice.",
    ),
}


# What `authorize_change` can refuse with: the problems every route that changes a credential, a line or a
# lock through an authenticated interaction declares (ADR 0031).
CHANGE_REFUSALS = tuple(sorted((code for code, _ in _REFUSALS.values()), key=lambda code: code.value))


@dataclass(frozen=True)
class Authorized:
    decision: authorization.ChangeDecision
    interaction: Interaction | None


def authorize_change(
    session: Session,
    account: Account,
    interaction_id: str | None,
    now: datetime,
    *,
    service_initiation_applies: bool = True,
) -> Authorized:
    """The authority for one credential change (R-2010-e-1, R-2010-f-2), or the problem that refuses it.
    `service_initiation_applies=False` for changes the window never covers (deletions)."""
    interaction = None
    facts = None
    if interaction_id is not None:
        interaction = session.get(Interaction, interaction_id)
        if interaction is None:
            raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
        facts = authorization.InteractionFacts(
            same_account=interaction.account_id == account.id,
            open=interaction_policy.is_open(interaction.closed_at, interaction.expires_at, now),
            authentication_method=interaction.authentication_method
            if interaction.authenticated_at is not None
            else None,
        )
    in_initiation = service_initiation_applies and account_policy.in_service_initiation(
        account.service_initiation_ends_at, now
    )
    decision = authorization.decide_change(
        authorization.ChangeFacts(in_service_initiation=in_initiation, interaction=facts)
    )
    if not decision.allowed:
        code, detail = _REFUSALS[decision.outcome]
        raise ProblemError(code, detail, extensions={"rule": decision.rule})
    return Authorized(decision, interaction)


def _notice(context: WriteContext, event_type: EventType, account_id: str, change: str) -> str:
    # R-2010-f: the kind of change and its destinations only; never the new value (R-2010-f-4).
    destinations = accounts.notice_destinations(context.session, account_id, context.now())
    event = emit_event(
        context.session,
        context.clock,
        event_type,
        account_id=account_id,
        data={"change": change, "destinations": destinations},
    )
    return event.id


def _record(context: WriteContext, action: str, change: Change, **details: Any) -> None:
    # Never the secret: only what kind of change, how it was authorised, and whether a notice went out.
    interaction = change.interaction
    context.audit.record(
        action,
        account_id=change.account_id,
        agent_id=interaction.agent_id if interaction else None,
        subject_type="interaction" if interaction else "account",
        subject_id=interaction.id if interaction else change.account_id,
        outcome=change.change,
        details={
            "at_service_initiation": change.at_service_initiation,
            "authentication_method": interaction.authentication_method if interaction else None,
            "change_notice_event_id": change.event_id,
            **details,
        },
    )


def _authorized_account(
    context: WriteContext, account_id: str, interaction_id: str | None, *, initiation_applies: bool = True
) -> tuple[Account, Authorized]:
    account = accounts.get_account(context.session, account_id, for_update=True)
    authorized = authorize_change(
        context.session, account, interaction_id, context.now(), service_initiation_applies=initiation_applies
    )
    return account, authorized


def set_password(
    context: WriteContext,
    hasher: SecretHasher,
    *,
    account_id: str,
    password: str,
    interaction_id: str | None,
    forbidden_values: Sequence[str],
) -> Change:
    account, authorized = _authorized_account(context, account_id, interaction_id)
    change = store_password(context, hasher, account, password, forbidden_values, authorized)
    _record(context, "credential.password_set", change)
    return change


def store_password(
    context: WriteContext,
    hasher: SecretHasher,
    account: Account,
    password: str,
    forbidden_values: Sequence[str],
    authorized: Authorized,
) -> Change:
    """The password changed and notified, not audited: for `set_password` and the sign-up, which each
    record their own row."""
    session, now = context.session, context.now()
    password = policy.canonical(password)  # kept and screened in one Unicode form (NFC)
    existing = session.get(Password, account.id)
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
    return _changed(context, authorized, EventType.PASSWORD_CHANGED, account.id, change)


def _changed(
    context: WriteContext, authorized: Authorized, event_type: EventType, account_id: str, change: str
) -> Change:
    # R-2010-f-1: the notice in this transaction, unless the change is part of service initiation
    # (R-2010-f-2).
    notify = authorized.decision.notice_required
    event_id = _notice(context, event_type, account_id, change) if notify else None
    context.session.flush()
    return Change(account_id, change, not notify, event_id, context.now(), authorized.interaction)


@dataclass(frozen=True)
class BackupChange:
    change: Change
    method: str
    provisioning_uri: str | None


def set_backup_authentication(
    context: WriteContext,
    hasher: SecretHasher,
    keys: CredentialKeys,
    *,
    account_id: str,
    method: str,
    question: str | None,
    answer: str | None,
    interaction_id: str | None,
    forbidden_values: Sequence[str],
) -> BackupChange:
    account, authorized = _authorized_account(context, account_id, interaction_id)
    result = store_backup(
        context, hasher, keys, account, method, question, answer, forbidden_values, authorized
    )
    _record(context, "credential.backup_authentication_set", result.change, method=result.method)
    return result


def store_backup(
    context: WriteContext,
    hasher: SecretHasher,
    keys: CredentialKeys,
    account: Account,
    method: str,
    question: str | None,
    answer: str | None,
    forbidden_values: Sequence[str],
    authorized: Authorized,
) -> BackupChange:
    """The backup method changed and notified, not audited (see `store_password`)."""
    session, now = context.session, context.now()
    existing = session.get(BackupAuthentication, account.id)
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
        if policy.answer_uses_forbidden_info(policy.canonical(answer), facts):
            raise ProblemError(
                ErrorCode.BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
                "The answer contains the customer's biographical or account information (R-2010-e-2).",
            )
        row.question = question.strip()
        row.answer_hash = hasher.hash(policy.normalize_answer(answer))
    else:
        seed = pyotp.random_base32()
        row.totp_seed_sealed = keys.seal(base64.b32decode(seed))
        provisioning_uri = pyotp.TOTP(seed).provisioning_uri(
            name=account.id, issuer_name=context.settings.totp_issuer
        )
    if existing is None:
        session.add(row)
    changed = _changed(context, authorized, EventType.BACKUP_AUTHENTICATION_CHANGED, account.id, change)
    return BackupChange(changed, method, provisioning_uri)


def totp_for(keys: CredentialKeys, backup: BackupAuthentication) -> pyotp.TOTP:
    assert backup.totp_seed_sealed is not None
    return pyotp.TOTP(base64.b32encode(keys.open(backup.totp_seed_sealed)).decode())


def set_online_account(
    context: WriteContext, *, account_id: str, username: str, interaction_id: str | None
) -> tuple[Change, str]:
    """R-2010-c-1: created or changed only after an authentication without biographical or account
    information, or as part of service initiation (design.md §5); otherwise a change notice goes out."""
    account, authorized = _authorized_account(context, account_id, interaction_id)
    change, username = store_online_account(context, account, username, authorized)
    _record(context, "credential.online_account_set", change)
    return change, username


def store_online_account(
    context: WriteContext, account: Account, username: str, authorized: Authorized
) -> tuple[Change, str]:
    """The online account changed and notified, not audited (see `store_password`)."""
    session, now = context.session, context.now()
    normalized = policy.normalize_username(username)
    taken = session.scalars(
        select(func.count())
        .select_from(OnlineAccount)
        .where(OnlineAccount.username == normalized, OnlineAccount.account_id != account.id)
    ).one()
    if taken:
        raise ProblemError(ErrorCode.USERNAME_TAKEN, "Another account uses that username.")
    existing = session.get(OnlineAccount, account.id)
    if existing is not None and existing.deleted_at is None and existing.username == normalized:
        at_initiation = not authorized.decision.notice_required
        return Change(account.id, "changed", at_initiation, None, now, authorized.interaction), normalized
    change = "created" if existing is None or existing.deleted_at is not None else "changed"
    if existing is None:
        session.add(OnlineAccount(account_id=account.id, username=normalized, created_at=now, changed_at=now))
    else:
        existing.username, existing.changed_at, existing.deleted_at = normalized, now, None
    changed = _changed(context, authorized, EventType.ONLINE_ACCOUNT_CHANGED, account.id, change)
    return changed, normalized


def delete_credential(context: WriteContext, *, account_id: str, kind: str, interaction_id: str) -> Change:
    """E15 [M]: deleting backup authentication or the online account needs an authenticated interaction and
    sends a notice, even inside service initiation (conservative: the window covers setting, not removing)."""
    session, now = context.session, context.now()
    account, authorized = _authorized_account(context, account_id, interaction_id, initiation_applies=False)
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
    change = _changed(context, authorized, event_type, account.id, "deleted")
    _record(context, f"credential.{kind}_deleted", change)
    return change
