"""Accounts with their numbers and addresses of record (R-2003), and service initiation (R-2010-f-2). A write
route parses, authorizes and makes its one change, which records the audit row (ADR 0019)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from cpni_api.accounts import service
from cpni_api.accounts.schemas import (
    AccountCreate,
    AccountCreated,
    AccountOut,
    EmailAddressIn,
    PostalAddressIn,
    normalize_number,
)
from cpni_api.api_keys.auth import Principal, RequireScope, require_also
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.credentials import initiation
from cpni_api.credentials.hashing import SecretHasher, get_secret_hasher
from cpni_api.credentials.sealing import CredentialKeys, get_credential_keys

router = APIRouter(prefix="/v1/accounts", tags=["accounts"])
AccountId = Annotated[str, Path(max_length=40)]


@router.post(
    "",
    status_code=201,
    response_model=AccountCreated,
    summary="Create an account",
    responses=problems(
        ErrorCode.ACCOUNT_EXTERNAL_REF_TAKEN,
        ErrorCode.ASSOCIATED_SINCE_IN_FUTURE,
        ErrorCode.BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
        ErrorCode.BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO,
        ErrorCode.NEW_SERVICE_WITH_BACKDATED_ADDRESS,
        ErrorCode.PASSWORD_TOO_COMMON,
        ErrorCode.PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO,
        ErrorCode.USERNAME_TAKEN,
    ),
)
def create_account(
    body: AccountCreate,
    principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_WRITE))],
    context: WriteContextDep,
    hasher: Annotated[SecretHasher, Depends(get_secret_hasher)],
    keys: Annotated[CredentialKeys, Depends(get_credential_keys)],
) -> AccountCreated:
    """No change notice is sent for the creation (R-2010-f-2). `origin` decides whether the account has a
    service initiation: a `new_service` account may get its password, backup method and online account
    without an interaction and without notice until `service_initiation_ends_at`; an `existing_customer`
    (the default when an address is back-dated, as when importing a customer base) never may (R-2010-e-1,
    ADR 0020). `initial_credentials` sets them in the creation transaction and needs `credentials:write`
    too (403 otherwise). Addresses may carry an `associated_since` in the past when importing existing
    customers; an address is of record after 30 days (R-2003)."""
    if body.initial_credentials is not None:
        require_also(principal, ApiKeyScope.CREDENTIALS_WRITE)
    opened = initiation.open_account(context, hasher, keys, body)
    view = service.account_view(context.session, opened.account, context.now())
    return AccountCreated(**view.model_dump(), totp_provisioning_uri=opened.totp_provisioning_uri)


@router.get("", response_model=Page[AccountOut], summary="Find accounts by caller number or CRM reference")
def list_accounts(
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_READ))],
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    telephone_number: Annotated[
        str | None,
        Query(
            min_length=3,
            max_length=40,
            description="A caller's number (ANI) in any common format: E.164, or national in "
            "`CPNI_DEFAULT_PHONE_REGION` such as (202) 555-0143. Matches a telephone number of record.",
        ),
    ] = None,
    external_ref: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[AccountOut]:
    """By account id. An agent desktop finds the account of the number calling in (only a number of record
    matches, never a contact number, R-2003) or of a CRM reference; without either, every account."""
    number = None
    if telephone_number is not None:
        try:
            number = normalize_number(telephone_number, settings.default_phone_region)
        except ValueError as error:
            raise ProblemError(
                ErrorCode.VALIDATION_FAILED,
                "The request is invalid (1 error).",
                extensions={
                    "errors": [
                        {
                            "location": ["query", "telephone_number"],
                            "message": str(error),
                            "type": "value_error",
                        }
                    ]
                },
            ) from None
    rows = service.find_accounts(
        session, telephone_number=number, external_ref=external_ref, after=cursor, limit=limit + 1
    )
    now = clock.now()
    return page_of(rows, limit, lambda account: service.account_view(session, account, now))


@router.get(
    "/{account_id}",
    response_model=AccountOut,
    summary="Get an account",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_account(
    account_id: AccountId,
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_READ))],
    session: DbSession,
    clock: ClockDep,
) -> AccountOut:
    """Each address shows `associated_since` and `is_address_of_record` (true only after 30 days, R-2003)."""
    return service.account_view(session, service.get_account(session, account_id), clock.now())


def _changed(context: WriteContext, account_id: str, kind: str, value: dict[str, object]) -> AccountOut:
    service.change_address(context, account_id, kind, value)
    account = service.get_account(context.session, account_id)
    return service.account_view(context.session, account, context.now())


@router.put(
    "/{account_id}/postal-address",
    response_model=AccountOut,
    summary="Change the postal address",
    responses=problems(ErrorCode.NOT_FOUND),
)
def put_postal_address(
    account_id: AccountId,
    body: PostalAddressIn,
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_WRITE))],
    context: WriteContextDep,
) -> AccountOut:
    """The new address is not of record for 30 days (E3). A change notice goes to the numbers of record and
    the addresses that were of record before the change, never to the new address (R-2010-f)."""
    return _changed(context, account_id, "postal", body.model_dump())


@router.put(
    "/{account_id}/email-address",
    response_model=AccountOut,
    summary="Change the email address",
    responses=problems(ErrorCode.NOT_FOUND),
)
def put_email_address(
    account_id: AccountId,
    body: EmailAddressIn,
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_WRITE))],
    context: WriteContextDep,
) -> AccountOut:
    """As for the postal address: not of record for 30 days; a change notice goes out (R-2010-f)."""
    return _changed(context, account_id, "email", body.model_dump())
