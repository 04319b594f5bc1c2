"""Interactions, verification and one-time codes (R-2010-a to -e). A write route parses, authorizes and
makes its one change in the domain, which records the audit row (ADR 0019); a verification counts in a
transaction of its own, after its hash (ADR 0014)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContextDep
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.db import TransactionRunner, get_transactions
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_context import current_request_id
from cpni_api.credentials.hashing import SecretHasher, get_secret_hasher
from cpni_api.credentials.sealing import CredentialKeys, get_credential_keys
from cpni_api.interactions import one_time_codes, service, verification
from cpni_api.interactions.schemas import (
    InteractionOpen,
    InteractionOut,
    OneTimeCodeRequest,
    OneTimeCodeSent,
    VerificationIn,
    VerificationOut,
)

router = APIRouter(prefix="/v1/interactions", tags=["interactions"])
account_interactions_router = APIRouter(tags=["interactions"])
InteractionsWriter = Annotated[Principal, Depends(RequireScope(ApiKeyScope.INTERACTIONS_WRITE))]
InteractionId = Annotated[str, Path(max_length=40)]


@router.post(
    "",
    status_code=201,
    response_model=InteractionOut,
    summary="Open an interaction",
    responses=problems(ErrorCode.NOT_FOUND),
)
def open_interaction(
    body: InteractionOpen, _principal: InteractionsWriter, context: WriteContextDep
) -> InteractionOut:
    """A call, online session or store visit. It starts unauthenticated and expires after the configured
    time. For an outbound call, `at_number_of_record` says whether the dialed number is a telephone number
    of record (R-2010-b-2)."""
    interaction = service.open_interaction(context, body)
    return service.interaction_view(interaction, context.now())


@router.get(
    "/{interaction_id}",
    response_model=InteractionOut,
    summary="Get an interaction",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_interaction(
    interaction_id: InteractionId, _principal: InteractionsWriter, session: DbSession, clock: ClockDep
) -> InteractionOut:
    """Its status (open or closed), whether and how the caller was verified, and when it expires."""
    return service.interaction_view(service.get_interaction(session, interaction_id), clock.now())


@account_interactions_router.get(
    "/v1/accounts/{account_id}/interactions",
    response_model=Page[InteractionOut],
    summary="An account's interactions, newest first",
    responses=problems(ErrorCode.NOT_FOUND),
)
def list_account_interactions(
    account_id: Annotated[str, Path(max_length=40)],
    _principal: InteractionsWriter,
    session: DbSession,
    clock: ClockDep,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[InteractionOut]:
    """Newest first: an agent desktop shows the calls and visits before this one and how each was verified."""
    rows = service.account_interactions(session, account_id, before=cursor, limit=limit + 1)
    now = clock.now()
    return page_of(rows, limit, lambda interaction: service.interaction_view(interaction, now))


@router.post(
    "/{interaction_id}/verifications",
    response_model=VerificationOut,
    summary="Verify the caller",
    responses=problems(
        ErrorCode.BACKUP_AUTHENTICATION_NOT_SET,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.NOT_FOUND,
        ErrorCode.PASSWORD_NOT_SET,
        ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED,
    ),
)
async def create_verification(
    request: Request,
    interaction_id: InteractionId,
    body: VerificationIn,
    _principal: InteractionsWriter,
    transactions: Annotated[TransactionRunner, Depends(get_transactions)],
    clock: ClockDep,
    settings: SettingsDep,
    hasher: Annotated[SecretHasher, Depends(get_secret_hasher)],
    keys: Annotated[CredentialKeys, Depends(get_credential_keys)],
) -> VerificationOut:
    """Always 200 with the outcome: `verified`, `failed`, `locked` (too many failures for this account,
    R-2010-a-1) or `reset_required` (password and backup both failed: a new password must be established,
    R-2010-e-3). `photo_id` is in store only (R-2010-d); online, once an online account exists, only
    `password` (R-2010-c-2)."""

    def count_the_attempt(
        session: Session, prechecked: verification.PrecheckedSecret | None
    ) -> VerificationOut:
        audit = AuditTrail(
            db=session, clock=clock, correlation_id=current_request_id(), request_state=request.state
        )
        result = verification.verify(
            session,
            clock,
            settings,
            keys,
            audit,
            interaction_id=interaction_id,
            body=body,
            prechecked=prechecked,
        )
        return VerificationOut(
            outcome=result.outcome.value,
            reason=result.reason,
            attempts_remaining=result.attempts_remaining,
            locked_until=result.locked_until,
            reset_required=result.reset_required,
            interaction=service.interaction_view(result.interaction, clock.now()),
        )

    return await verification.verify_caller(
        transactions, hasher, clock, interaction_id=interaction_id, body=body, count=count_the_attempt
    )


@router.post(
    "/{interaction_id}/one-time-codes",
    status_code=202,
    response_model=OneTimeCodeSent,
    summary="Send a one-time code to a number or address of record",
    responses=problems(
        ErrorCode.DESTINATION_NOT_OF_RECORD,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.NOT_FOUND,
        ErrorCode.NUMBER_RECENTLY_SWAPPED,
        ErrorCode.ONE_TIME_CODE_SEND_LIMIT,
        ErrorCode.VERIFICATION_LOCKED,
        ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED,
    ),
)
def send_one_time_code(
    interaction_id: InteractionId,
    body: OneTimeCodeRequest,
    _principal: InteractionsWriter,
    context: WriteContextDep,
    keys: Annotated[CredentialKeys, Depends(get_credential_keys)],
) -> OneTimeCodeSent:
    """The code goes to the mailer as an `account.one_time_code_issued` event, only to a telephone number
    of record or an email address of record (30 days or older). Codes are single-use, short-lived and
    attempt-limited; sends are limited per account per hour (429 `ONE_TIME_CODE_SEND_LIMIT`), and none is
    sent while the account's verification is locked (409 `VERIFICATION_LOCKED`, ADR 0020)."""
    sent = one_time_codes.issue_one_time_code(
        context,
        keys,
        interaction_id=interaction_id,
        destination=body.destination,
        telephone_number=body.telephone_number,
    )
    return OneTimeCodeSent(
        id=sent.code_id,
        destination=sent.destination,
        destination_hint=sent.destination_hint,
        expires_at=sent.expires_at,
    )


@router.post(
    "/{interaction_id}/close",
    response_model=InteractionOut,
    summary="Close an interaction",
    responses=problems(ErrorCode.NOT_FOUND),
)
def close_interaction(
    interaction_id: InteractionId, _principal: InteractionsWriter, context: WriteContextDep
) -> InteractionOut:
    """Idempotent. A closed interaction authorises nothing more."""
    interaction = service.close_interaction(context, interaction_id)
    return service.interaction_view(interaction, context.now())
