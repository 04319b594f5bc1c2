from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import Scope
from cpni_api.audit.trail import AuditTrail, get_audit_trail
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import get_clock, get_settings
from cpni_api.core.settings import Settings
from cpni_api.credentials import service
from cpni_api.credentials.hashing import SecretHasher, get_secret_hasher
from cpni_api.credentials.schemas import (
    BackupAuthenticationChanged,
    BackupAuthenticationSet,
    CredentialChanged,
    OnlineAccountChanged,
    OnlineAccountSet,
    PasswordSet,
)
from cpni_api.credentials.sealing import CredentialKeys, get_credential_keys

router = APIRouter(prefix="/v1/accounts/{account_id}", tags=["credentials"])
CredentialsWriter = Annotated[Principal, Depends(RequireScope(Scope.CREDENTIALS_WRITE))]
DbSession = Annotated[Session, Depends(get_session, scope="function")]
AccountId = Annotated[str, Path(max_length=40)]
ClockDep = Annotated[Clock, Depends(get_clock)]
Audit = Annotated[AuditTrail, Depends(get_audit_trail)]
Hasher = Annotated[SecretHasher, Depends(get_secret_hasher)]


Keys = Annotated[CredentialKeys, Depends(get_credential_keys)]


def _out(change: service.Change) -> dict[str, Any]:
    return {
        "account_id": change.account_id,
        "change": change.change,
        "at_service_initiation": change.at_service_initiation,
        "change_notice_event_id": change.event_id,
        "changed_at": change.changed_at,
    }


def _audit(audit: AuditTrail, action: str, change: service.Change, **details: Any) -> None:
    # Never the secret: only what kind of change, how it was authorised, and whether a notice went out.
    interaction = change.interaction
    audit.record(
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


@router.put("/password", response_model=CredentialChanged, summary="Establish or change the password")
def put_password(
    account_id: AccountId,
    body: PasswordSet,
    _principal: CredentialsWriter,
    session: DbSession,
    clock: ClockDep,
    hasher: Hasher,
    audit: Audit,
) -> dict[str, Any]:
    """R-2010-e-1: needs an interaction authenticated by the current password, a one-time code to a number
    or address of record, or photo ID; only when the account never had a password may `interaction_id` be
    omitted (service initiation, no notice, R-2010-f-2). Otherwise `account.password_changed` is emitted
    in the same transaction (R-2010-f-1). Refused: passwords built from `forbidden_values` or what the
    service knows (422 `PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO`) and very common ones
    (422 `PASSWORD_TOO_COMMON`)."""
    change = service.set_password(
        session,
        clock,
        hasher,
        account_id=account_id,
        password=body.password,
        interaction_id=body.interaction_id,
        forbidden_values=body.forbidden_values,
    )
    _audit(audit, "credential.password_set", change)
    return _out(change)


@router.put(
    "/backup-authentication",
    response_model=BackupAuthenticationChanged,
    summary="Establish or change backup authentication",
)
def put_backup_authentication(
    account_id: AccountId,
    body: BackupAuthenticationSet,
    _principal: CredentialsWriter,
    session: DbSession,
    clock: ClockDep,
    hasher: Hasher,
    keys: Keys,
    settings: Annotated[Settings, Depends(get_settings)],
    audit: Audit,
) -> dict[str, Any]:
    """R-2010-e-2: a customer-chosen question and answer (neither may use biographical or account
    information) or a TOTP authenticator, whose `provisioning_uri` is returned once. Without
    `interaction_id` only at service initiation (before any password or backup exists)."""
    result = service.set_backup_authentication(
        session,
        clock,
        hasher,
        keys,
        account_id=account_id,
        method=body.method,
        question=body.question,
        answer=body.answer,
        interaction_id=body.interaction_id,
        forbidden_values=body.forbidden_values,
        totp_issuer=settings.totp_issuer,
    )
    _audit(audit, "credential.backup_authentication_set", result.change, method=result.method)
    return _out(result.change) | {"method": result.method, "provisioning_uri": result.provisioning_uri}


@router.delete(
    "/backup-authentication", response_model=CredentialChanged, summary="Remove backup authentication"
)
def delete_backup_authentication(
    account_id: AccountId,
    interaction_id: Annotated[str, Query(max_length=40)],
    _principal: CredentialsWriter,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> dict[str, Any]:
    """Needs an authenticated interaction; sends `account.backup_authentication_changed` (E15)."""
    change = service.delete_credential(
        session, clock, account_id=account_id, kind="backup_authentication", interaction_id=interaction_id
    )
    _audit(audit, "credential.backup_authentication_deleted", change)
    return _out(change)


@router.put(
    "/online-account", response_model=OnlineAccountChanged, summary="Create or change the online account"
)
def put_online_account(
    account_id: AccountId,
    body: OnlineAccountSet,
    _principal: CredentialsWriter,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> dict[str, Any]:
    """R-2010-c-1: only after an authentication without biographical or account information; online access
    afterwards is by password only (R-2010-c-2). Sends `account.online_account_changed`."""
    change, username = service.set_online_account(
        session, clock, account_id=account_id, username=body.username, interaction_id=body.interaction_id
    )
    _audit(audit, "credential.online_account_set", change)
    return _out(change) | {"username": username}


@router.delete("/online-account", response_model=CredentialChanged, summary="Remove the online account")
def delete_online_account(
    account_id: AccountId,
    interaction_id: Annotated[str, Query(max_length=40)],
    _principal: CredentialsWriter,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> dict[str, Any]:
    """Needs an authenticated interaction; sends `account.online_account_changed` (E15)."""
    change = service.delete_credential(
        session, clock, account_id=account_id, kind="online_account", interaction_id=interaction_id
    )
    _audit(audit, "credential.online_account_deleted", change)
    return _out(change)
