"""Line security (issue 16; R-2010-h, R-5237): numbers of record, locks, the transfer PIN, SIM-change and
port-out requests, and the SIM-swap signal. A write route parses, authorizes and makes its one change in the
domain, which records the audit row (ADR 0019); a port-out checks its PIN before its transaction
(ADR 0014)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.schemas import normalize_number
from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.audit.trail import Audit, AuditTrail
from cpni_api.core.db import TransactionRunner, get_transactions
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_context import current_request_id
from cpni_api.core.request_values import RequestDatetime
from cpni_api.credentials.hashing import SecretHasher, get_secret_hasher
from cpni_api.line_security import locks, numbers, port_outs, records, sim_changes, swap_signal
from cpni_api.line_security.models import PortOutRequest, SimChangeRequest
from cpni_api.line_security.schemas import (
    LocksIn,
    LocksOut,
    NumberOfRecordAdd,
    NumberRemoval,
    NumbersOfRecordChanged,
    PortOutCreate,
    PortOutOut,
    RequestCompletion,
    SimChangeCreate,
    SimChangeOut,
    SimSwapCheck,
    SimSwapChecked,
    SimSwapDate,
    SimSwapRetrieve,
    TransferPinChanged,
    TransferPinSet,
)

router = APIRouter(tags=["line security"])
Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.LINE_SECURITY_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.LINE_SECURITY_READ))]
AccountId = Annotated[str, Path(max_length=40)]
RequestId = Annotated[str, Path(max_length=40)]
Hasher = Annotated[SecretHasher, Depends(get_secret_hasher)]


def _numbers_changed(
    context: WriteContext, account_id: str, change: str, event_id: str | None
) -> dict[str, Any]:
    return {
        "account_id": account_id,
        "change": change,
        "telephone_numbers_of_record": accounts.numbers_of_record(context.session, account_id),
        "change_notice_event_id": event_id,
    }


@router.post(
    "/v1/accounts/{account_id}/telephone-numbers",
    status_code=201,
    response_model=NumbersOfRecordChanged,
    summary="Add a telephone number of record",
    responses=problems(
        ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED,
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.INTERACTION_NOT_AUTHENTICATED,
        ErrorCode.INTERACTION_REQUIRED,
        ErrorCode.NOT_FOUND,
        ErrorCode.NUMBER_ALREADY_OF_RECORD,
        ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS,
    ),
)
def add_telephone_number(
    account_id: AccountId, body: NumberOfRecordAdd, _principal: Writer, context: WriteContextDep
) -> dict[str, Any]:
    """A new line of the account (R-2003). Outside a new-service account's service initiation it needs an
    authenticated interaction and notifies the contacts of record as they were before the change, never the
    new number alone (R-2010-f). A line added after sign-up, or ported in, is a new SIM for the SIM-swap
    signal: not trusted for callbacks and codes for `CPNI_RECENT_SIM_CHANGE_HOURS` (E7, E25)."""
    _, event_id = numbers.add_number(
        context, account_id, body.telephone_number, body.interaction_id, ported_in=body.ported_in
    )
    return _numbers_changed(context, account_id, "ported_in" if body.ported_in else "added", event_id)


@router.delete(
    "/v1/accounts/{account_id}/telephone-numbers/{telephone_number}",
    response_model=NumbersOfRecordChanged,
    summary="Remove a telephone number of record",
    responses=problems(
        ErrorCode.AUTHENTICATION_METHOD_NOT_ACCEPTED,
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.INTERACTION_NOT_AUTHENTICATED,
        ErrorCode.INTERACTION_REQUIRED,
        ErrorCode.LAST_NUMBER_OF_RECORD,
        ErrorCode.NOT_FOUND,
        ErrorCode.NUMBER_NOT_OF_RECORD,
    ),
)
def remove_telephone_number(
    account_id: AccountId,
    telephone_number: Annotated[str, Path(min_length=3, max_length=40)],
    _principal: Writer,
    context: WriteContextDep,
    interaction_id: Annotated[str | None, Query(max_length=40)] = None,
    body: NumberRemoval | None = None,
) -> dict[str, Any]:
    """Needs an authenticated interaction (`interaction_id` in the query or the body), even during service
    initiation; never the last number of record (409 `LAST_NUMBER_OF_RECORD`); a change notice goes out."""
    chosen = interaction_id or (body.interaction_id if body else None)
    if chosen is None:
        raise ProblemError(ErrorCode.INTERACTION_REQUIRED, "Removing a number needs an interaction_id.")
    number = _number(telephone_number, context.settings.default_phone_region, ("path", "telephone_number"))
    event_id = numbers.remove_number(context, account_id, number, chosen)
    return _numbers_changed(context, account_id, "removed", event_id)


@router.get(
    "/v1/accounts/{account_id}/locks",
    response_model=LocksOut,
    summary="The customer's locks",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_locks(account_id: AccountId, _principal: Reader, session: DbSession) -> LocksOut:
    """Whether the customer's SIM-change and port-out locks are on (R-2010-h-7, R-5237-4)."""
    account = accounts.get_account(session, account_id)
    current = locks.current_locks(session, account.id)
    return LocksOut(account_id=account.id, **current.__dict__)


@router.put(
    "/v1/accounts/{account_id}/locks",
    response_model=LocksOut,
    summary="Turn locks on or off",
    responses=problems(ErrorCode.LINE_SECURITY_AUTHORITY_REQUIRED, ErrorCode.NOT_FOUND),
)
def put_locks(account_id: AccountId, body: LocksIn, _principal: Writer, context: WriteContextDep) -> LocksOut:
    """Free and opt-in (R-2010-h-7, R-5237-4): turning a lock on needs nothing; turning one off needs an
    interaction authenticated at the SIM-change bar (409 `LINE_SECURITY_AUTHORITY_REQUIRED`), and that
    interaction then does not count for a SIM change (E26). Every change is notified."""
    current, event_id = locks.set_locks(
        context,
        account_id,
        sim_change=body.sim_change,
        port_out=body.port_out,
        interaction_id=body.interaction_id,
    )
    return LocksOut(account_id=account_id, change_notice_event_id=event_id, **current.__dict__)


@router.put(
    "/v1/accounts/{account_id}/number-transfer-pin",
    response_model=TransferPinChanged,
    summary="Set the number transfer PIN",
    responses=problems(
        ErrorCode.LINE_SECURITY_AUTHORITY_REQUIRED, ErrorCode.NOT_FOUND, ErrorCode.TRANSFER_PIN_INVALID
    ),
)
def put_transfer_pin(
    account_id: AccountId, body: TransferPinSet, _principal: Writer, context: WriteContextDep, hasher: Hasher
) -> TransferPinChanged:
    """The PIN a gaining carrier must present to port a number out (R-5237-2): set or changed only through an
    interaction authenticated at the SIM-change bar, kept as argon2id, never shown again; a notice goes out.
    Trivial PINs and PINs built from the account's numbers are refused (422 `TRANSFER_PIN_INVALID`)."""
    existed, event_id = locks.set_transfer_pin(context, hasher, account_id, body.pin, body.interaction_id)
    return TransferPinChanged(
        account_id=account_id, change="changed" if existed else "created", change_notice_event_id=event_id
    )


def _sim_change_out(request: SimChangeRequest) -> SimChangeOut:
    return SimChangeOut.model_validate(request, from_attributes=True)


def _port_out_out(request: PortOutRequest) -> PortOutOut:
    return PortOutOut.model_validate(request, from_attributes=True)


@router.post(
    "/v1/sim-change-requests",
    status_code=201,
    response_model=SimChangeOut,
    summary="Request a SIM change",
    responses=problems(
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        ErrorCode.NOT_FOUND,
        ErrorCode.NUMBER_NOT_OF_RECORD,
        ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS,
    ),
)
def create_sim_change_request(
    body: SimChangeCreate, _principal: Writer, context: WriteContextDep
) -> SimChangeOut:
    """Decided at once, allowed or denied, and kept either way with the authentication used (R-2010-h-10):
    denied under a SIM-change lock (`SIM_CHANGE_LOCKED`, E23), without an authentication the carrier accepts
    (`NOT_AUTHENTICATED`, `AUTHENTICATION_METHOD_NOT_ACCEPTED`), when the code went to the number being moved
    (`CODE_SENT_TO_THE_NUMBER_BEING_CHANGED`, E25) or when the interaction turned a lock off (E26). When
    allowed, `account.sim_change_requested` goes out in this transaction, before the change is carried out
    (R-2010-h-6); `POST .../complete` records that provisioning did it."""
    return _sim_change_out(
        sim_changes.request_sim_change(context, body.account_id, body.telephone_number, body.interaction_id)
    )


@router.post(
    "/v1/sim-change-requests/{request_id}/complete",
    response_model=SimChangeOut,
    summary="Record that a SIM change was carried out",
    responses=problems(
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
        ErrorCode.REQUEST_ALREADY_COMPLETED,
        ErrorCode.REQUEST_NOT_ALLOWED,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def complete_sim_change_request(
    request_id: RequestId, body: RequestCompletion, _principal: Writer, context: WriteContextDep
) -> SimChangeOut:
    """Once, for an allowed request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`): from then the
    number is a new SIM for the SIM-swap signal (E7)."""
    return _sim_change_out(sim_changes.complete_sim_change(context, request_id, body.completed_at))


@router.post(
    "/v1/port-out-requests",
    status_code=201,
    response_model=PortOutOut,
    summary="A port-out request",
    responses=problems(ErrorCode.NOT_FOUND, ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS),
)
async def create_port_out_request(
    request: Request,
    body: PortOutCreate,
    _principal: Writer,
    transactions: Annotated[TransactionRunner, Depends(get_transactions)],
    clock: ClockDep,
    settings: SettingsDep,
    hasher: Hasher,
) -> PortOutOut:
    """From the gaining carrier, through the porting process: the number and the transfer PIN (R-5237-2).
    Denied under a port-out lock (`PORT_OUT_LOCKED`), without a PIN on record (`TRANSFER_PIN_NOT_SET`), with
    a wrong one (`WRONG_TRANSFER_PIN`, counted: the `CPNI_TRANSFER_PIN_LOCKOUT_THRESHOLD`-th within the
    window locks port-outs, `TRANSFER_PIN_LOCKED`). Every request is kept and notified to the customer
    (`account.port_out_requested`, R-5237-3). 404 for a number of record nowhere."""

    def context_for(session: Session) -> WriteContext:
        audit = AuditTrail(
            db=session, clock=clock, correlation_id=current_request_id(), request_state=request.state
        )
        return WriteContext(session=session, clock=clock, audit=audit, settings=settings)

    ask = port_outs.PortOutAsk(body.telephone_number, body.transfer_pin, body.new_provider)
    stored = await port_outs.request_port_out(transactions, hasher, ask=ask, context_for=context_for)
    return _port_out_out(stored)


@router.post(
    "/v1/port-out-requests/{request_id}/complete",
    response_model=PortOutOut,
    summary="Record that a port-out was carried out",
    responses=problems(
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
        ErrorCode.REQUEST_ALREADY_COMPLETED,
        ErrorCode.REQUEST_NOT_ALLOWED,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def complete_port_out_request(
    request_id: RequestId, body: RequestCompletion, _principal: Writer, context: WriteContextDep
) -> PortOutOut:
    """Once, for an allowed request: the number leaves the account's numbers of record (history kept)."""
    return _port_out_out(port_outs.complete_port_out(context, request_id, body.completed_at))


Format = Annotated[Literal["json", "csv"] | None, Query(alias="format")]
From = Annotated[RequestDatetime | None, Query(alias="from", description="Inclusive, on requested_at.")]
To = Annotated[RequestDatetime | None, Query(alias="to", description="Exclusive.")]
_CSV = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "JSON, or CSV."}}
_SIM_COLUMNS = [
    "id",
    "account_id",
    "telephone_number",
    "interaction_id",
    "authentication_method",
    "decision",
    "reason_code",
    "notice_event_id",
    "status",
    "requested_at",
    "completed_at",
]
_PORT_COLUMNS = [
    "id",
    "account_id",
    "telephone_number",
    "new_provider",
    "decision",
    "reason_code",
    "notice_event_id",
    "status",
    "requested_at",
    "completed_at",
]


def _as_csv(items: list[Any], columns: list[str], next_cursor: str | None) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for item in items:
        values = [getattr(item, column) for column in columns]
        writer.writerow([value.isoformat() if isinstance(value, datetime) else value for value in values])
    headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _wants_csv(request: Request, format_: str | None) -> bool:
    return format_ == "csv" if format_ is not None else "text/csv" in request.headers.get("accept", "")


@dataclass(frozen=True)
class RecordsQuery:
    """Which records a list returns, and as what (query parameters shared by both lists)."""

    account_id: Annotated[str | None, Query(max_length=40)] = None
    start: From = None
    end: To = None
    format_: Format = None
    cursor: Annotated[str | None, Query(max_length=40)] = None
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT


ListQuery = Annotated[RecordsQuery, Depends()]


def _records(
    request: Request,
    session: Session,
    model: type[records.Row],
    view: Callable[[Any], Any],
    columns: list[str],
    query: RecordsQuery,
) -> Page[Any] | Response:
    rows = records.list_requests(
        session,
        model,
        account_id=query.account_id,
        start=query.start,
        end=query.end,
        after=query.cursor,
        limit=query.limit + 1,
    )
    page = page_of(rows, query.limit, view)
    if _wants_csv(request, query.format_):
        return _as_csv(page.items, columns, page.next_cursor)
    return page


@router.get(
    "/v1/sim-change-requests",
    response_model=Page[SimChangeOut],
    responses=_CSV,  # type: ignore[arg-type]
    summary="SIM-change records",
)
def list_sim_change_requests(
    request: Request, _principal: Reader, session: DbSession, query: ListQuery
) -> Page[SimChangeOut] | Response:
    """Every request, allowed or denied, with its authentication (R-2010-h-10); JSON or CSV."""
    return _records(request, session, SimChangeRequest, _sim_change_out, _SIM_COLUMNS, query)


@router.get(
    "/v1/sim-change-requests/{request_id}",
    response_model=SimChangeOut,
    summary="A SIM-change request",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_sim_change_request(request_id: RequestId, _principal: Reader, session: DbSession) -> SimChangeOut:
    """The request, its decision, reason code and rule ids, and whether it was carried out."""
    return _sim_change_out(sim_changes.get_sim_change_request(session, request_id))


@router.get(
    "/v1/port-out-requests",
    response_model=Page[PortOutOut],
    responses=_CSV,  # type: ignore[arg-type]
    summary="Port-out records",
)
def list_port_out_requests(
    request: Request, _principal: Reader, session: DbSession, query: ListQuery
) -> Page[PortOutOut] | Response:
    """Every request, allowed or denied (R-5237-5); JSON or CSV."""
    return _records(request, session, PortOutRequest, _port_out_out, _PORT_COLUMNS, query)


@router.get(
    "/v1/port-out-requests/{request_id}",
    response_model=PortOutOut,
    summary="A port-out request",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_port_out_request(request_id: RequestId, _principal: Reader, session: DbSession) -> PortOutOut:
    """The request, its decision, reason code and rule ids, and whether it was carried out."""
    return _port_out_out(port_outs.get_port_out_request(session, request_id))


def _number(value: str, region: str, location: tuple[str, str]) -> str:
    try:
        return normalize_number(value, region)
    except ValueError as error:
        raise ProblemError(
            ErrorCode.VALIDATION_FAILED,
            "The request is invalid (1 error).",
            extensions={
                "errors": [{"location": list(location), "message": str(error), "type": "value_error"}]
            },
        ) from None


@router.post(
    "/v1/sim-swap/check",
    response_model=SimSwapChecked,
    summary="Did this number's SIM change?",
    responses=problems(ErrorCode.NOT_FOUND),
)
def check_sim_swap(
    body: SimSwapCheck, _principal: Reader, session: DbSession, clock: ClockDep, audit: Audit
) -> SimSwapChecked:
    """The CAMARA SimSwap `check`: `swapped` when the number's SIM changed (a completed SIM change, a port-in,
    a line added after sign-up) within `max_age_hours` (E7). 404 for a number of record nowhere. Each answer
    is audited: it says something about a customer's line."""
    return SimSwapChecked(
        swapped=swap_signal.check(audit, session, body.phone_number, body.max_age_hours, clock.now())
    )


@router.post(
    "/v1/sim-swap/retrieve-date",
    response_model=SimSwapDate,
    summary="When did this number's SIM change?",
    responses=problems(ErrorCode.NOT_FOUND),
)
def retrieve_sim_swap_date(
    body: SimSwapRetrieve, _principal: Reader, session: DbSession, audit: Audit
) -> SimSwapDate:
    """The CAMARA SimSwap `retrieve-date`: the latest SIM change on record, or null. Audited."""
    return SimSwapDate(latest_sim_change=swap_signal.retrieve_date(audit, session, body.phone_number))
