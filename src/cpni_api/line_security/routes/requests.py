"""SIM-change and port-out requests (R-2010-h-2..6, R-5237-2..5): decided at once, kept either way, completed
or cancelled once; one pending action per line (E24). A port-out checks its PIN before its transaction
(ADR 0014)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.db import TransactionRunner, get_transactions
from cpni_api.core.dependencies import ClockDep, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.request_context import current_request_id
from cpni_api.line_security import port_outs, sim_changes
from cpni_api.line_security.routes.shared import (
    Hasher,
    RequestId,
    Writer,
    port_out_out,
    sim_change_out,
)
from cpni_api.line_security.schemas import (
    PortOutCreate,
    PortOutOut,
    RequestCancellation,
    RequestCompletion,
    SimChangeCreate,
    SimChangeOut,
)

router = APIRouter()
# Only a pending request can be cancelled (E24).
_CANCEL_PROBLEMS = (
    ErrorCode.NOT_FOUND,
    ErrorCode.REQUEST_ALREADY_COMPLETED,
    ErrorCode.REQUEST_CANCELLED,
    ErrorCode.REQUEST_NOT_ALLOWED,
)


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
    return sim_change_out(
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
        ErrorCode.REQUEST_CANCELLED,
        ErrorCode.REQUEST_NOT_ALLOWED,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def complete_sim_change_request(
    request_id: RequestId, body: RequestCompletion, _principal: Writer, context: WriteContextDep
) -> SimChangeOut:
    """Once, for an allowed request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`,
    `REQUEST_CANCELLED`): from then the number is a new SIM for the SIM-swap signal (E7)."""
    return sim_change_out(sim_changes.complete_sim_change(context, request_id, body.completed_at))


@router.post(
    "/v1/sim-change-requests/{request_id}/cancel",
    response_model=SimChangeOut,
    summary="Cancel an allowed SIM change that will not be carried out",
    responses=problems(*_CANCEL_PROBLEMS),
)
def cancel_sim_change_request(
    request_id: RequestId, body: RequestCancellation, _principal: Writer, context: WriteContextDep
) -> SimChangeOut:
    """An allowed SIM change holds its line until it is completed or cancelled: meanwhile another SIM change
    or a port-out of the number is denied `NUMBER_CONTROL_ACTION_PENDING` (E24, R-5237-8). Only a pending
    request (409 `REQUEST_NOT_ALLOWED`, `REQUEST_ALREADY_COMPLETED`, `REQUEST_CANCELLED`); audited with its
    reason."""
    return sim_change_out(sim_changes.cancel_sim_change(context, request_id, body.reason))


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
    return port_out_out(stored)


@router.post(
    "/v1/port-out-requests/{request_id}/complete",
    response_model=PortOutOut,
    summary="Record that a port-out was carried out",
    responses=problems(
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
        ErrorCode.REQUEST_ALREADY_COMPLETED,
        ErrorCode.REQUEST_CANCELLED,
        ErrorCode.REQUEST_NOT_ALLOWED,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def complete_port_out_request(
    request_id: RequestId, body: RequestCompletion, _principal: Writer, context: WriteContextDep
) -> PortOutOut:
    """Once, for an allowed request: the number leaves the account's numbers of record (history kept)."""
    return port_out_out(port_outs.complete_port_out(context, request_id, body.completed_at))


@router.post(
    "/v1/port-out-requests/{request_id}/cancel",
    response_model=PortOutOut,
    summary="Cancel an allowed port-out the gaining carrier withdrew",
    responses=problems(*_CANCEL_PROBLEMS),
)
def cancel_port_out_request(
    request_id: RequestId, body: RequestCancellation, _principal: Writer, context: WriteContextDep
) -> PortOutOut:
    """As for SIM changes: an allowed port-out holds its line (E24) until completed or cancelled; only a
    pending request can be cancelled (409 otherwise); audited with its reason."""
    return port_out_out(port_outs.cancel_port_out(context, request_id, body.reason))
