"""Passwords, backup authentication and online accounts (R-2010-c, R-2010-e, R-2010-f). A write route parses,
authorizes and makes its one change in `service`, which records the audit row (ADR 0019)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContextDep
from cpni_api.core.errors import ErrorCode, problems
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
from cpni_api.credentials.service import CHANGE_REFUSALS

router = APIRouter(prefix="/v1/accounts/{account_id}", tags=["credentials"])
CredentialsWriter = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CREDENTIALS_WRITE))]
AccountId = Annotated[str, Path(max_length=40)]
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


@router.put(
    "/password",
    response_model=CredentialChanged,
    summary="Establish or change the password",
    responses=problems(
        *CHANGE_REFUSALS,
        ErrorCode.NOT_FOUND,
        ErrorCode.PASSWORD_TOO_COMMON,
        ErrorCode.PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
    ),
)
def put_password(
    account_id: AccountId,
    body: PasswordSet,
    _principal: CredentialsWriter,
    context: WriteContextDep,
    hasher: Hasher,
) -> dict[str, Any]:
    """R-2010-e-1: needs an interaction authenticated by the current password, a one-time code to a number
    or address of record, or photo ID; only during a new-service account's service initiation
    (`service_initiation_ends_at`) may `interaction_id` be omitted (no notice, R-2010-f-2). Otherwise,
    and always for an existing customer (its first password included), `account.password_changed` is
    emitted in the same transaction (R-2010-f-1). Refused: passwords built from `forbidden_values` or what the
    service knows (422 `PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO`) and very common ones
    (422 `PASSWORD_TOO_COMMON`)."""
    change = service.set_password(
        context,
        hasher,
        account_id=account_id,
        password=body.password,
        interaction_id=body.interaction_id,
        forbidden_values=body.forbidden_values,
    )
    return _out(change)


@router.put(
    "/backup-authentication",
    response_model=BackupAuthenticationChanged,
    summary="Establish or change backup authentication",
    responses=problems(
        ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED,
        ErrorCode.BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
        ErrorCode.BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO,
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.INTERACTION_NOT_AUTHENTICATED,
        ErrorCode.INTERACTION_REQUIRED,
        ErrorCode.NOT_FOUND,
    ),
)
def put_backup_authentication(
    account_id: AccountId,
    body: BackupAuthenticationSet,
    _principal: CredentialsWriter,
    context: WriteContextDep,
    hasher: Hasher,
    keys: Keys,
) -> dict[str, Any]:
    """R-2010-e-2: a customer-chosen question and answer (neither may use biographical or account
    information) or a TOTP authenticator, whose `provisioning_uri` is returned once. Without
    `interaction_id` only during a new-service account's service initiation (R-2010-f-2)."""
    result = service.set_backup_authentication(
        context,
        hasher,
        keys,
        account_id=account_id,
        method=body.method,
        question=body.question,
        answer=body.answer,
        interaction_id=body.interaction_id,
        forbidden_values=body.forbidden_values,
    )
    return _out(result.change) | {"method": result.method, "provisioning_uri": result.provisioning_uri}


@router.delete(
    "/backup-authentication",
    response_model=CredentialChanged,
    summary="Remove backup authentication",
    responses=problems(
        *CHANGE_REFUSALS,
        ErrorCode.NOT_FOUND,
    ),
)
def delete_backup_authentication(
    account_id: AccountId,
    interaction_id: Annotated[str, Query(max_length=40)],
    _principal: CredentialsWriter,
    context: WriteContextDep,
) -> dict[str, Any]:
    """Needs an authenticated interaction, even during service initiation; sends
    `account.backup_authentication_changed` (E15)."""
    change = service.delete_credential(
        context, account_id=account_id, kind="backup_authentication", interaction_id=interaction_id
    )
    return _out(change)


@router.put(
    "/online-account",
    response_model=OnlineAccountChanged,
    summary="Create or change the online account",
    responses=problems(
        *CHANGE_REFUSALS,
        ErrorCode.NOT_FOUND,
        ErrorCode.USERNAME_TAKEN,
    ),
)
def put_online_account(
    account_id: AccountId,
    body: OnlineAccountSet,
    _principal: CredentialsWriter,
    context: WriteContextDep,
) -> dict[str, Any]:
    """R-2010-c-1: only after an authentication without biographical or account information, or during a
    new-service account's service initiation; online access afterwards is by password only (R-2010-c-2).
    Outside service initiation sends `account.online_account_changed`."""
    change, username = service.set_online_account(
        context, account_id=account_id, username=body.username, interaction_id=body.interaction_id
    )
    return _out(change) | {"username": username}


@router.delete(
    "/online-account",
    response_model=CredentialChanged,
    summary="Remove the online account",
    responses=problems(
        *CHANGE_REFUSALS,
        ErrorCode.NOT_FOUND,
    ),
)
def delete_online_account(
    account_id: AccountId,
    interaction_id: Annotated[str, Query(max_length=40)],
    _principal: CredentialsWriter,
    context: WriteContextDep,
) -> dict[str, Any]:
    """Needs an authenticated interaction, even during service initiation; sends
    `account.online_account_changed` (E15)."""
    change = service.delete_credential(
        context, account_id=account_id, kind="online_account", interaction_id=interaction_id
    )
    return _out(change)
