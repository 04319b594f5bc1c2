"""Port-out requests (R-5237-2..5): the gaining carrier presents the number and the transfer PIN; the port-out
lock refuses first, then a PIN locked after repeated wrong ones, a missing PIN, a wrong one (counted). Every
request is kept and notified to the customer at once, whatever the answer (R-5237-3).

Counting is race-free across replicas as for caller verification (ADR 0010): the count runs under the
account's `transfer_pins` row lock. The argon2 check of the PIN runs before that transaction, holding nothing,
and counts only if the stored PIN is still the one it was checked against (ADR 0014, ADR 0020).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import rfc3339
from cpni_api.core.db import TransactionRunner
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.credentials.hashing import SecretHasher
from cpni_api.interactions.policy import (
    LockoutPolicy,
    LockState,
    is_locked,
    register_failure,
    register_success,
)
from cpni_api.line_security import policy
from cpni_api.line_security.common import (
    accounts_with_number,
    destinations,
    get_request,
    hint,
    mark_cancelled,
    mark_completed,
    pending_request_on,
)
from cpni_api.line_security.locks import current_locks
from cpni_api.line_security.models import PortOutRequest, TransferPin
from cpni_api.line_security.numbers import port_number_out
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event

STALE_ROUNDS = 3


@dataclass(frozen=True)
class PortOutAsk:
    telephone_number: str
    transfer_pin: str
    new_provider: str


class _Stale(Exception):  # noqa: N818 - a signal to check the PIN again, not an error
    pass


def pin_lockout(settings: Settings) -> LockoutPolicy:
    return LockoutPolicy(
        threshold=settings.transfer_pin_lockout_threshold,
        failure_window=timedelta(seconds=settings.transfer_pin_failure_window_seconds),
        lock_duration=timedelta(seconds=settings.transfer_pin_lockout_seconds),
    )


def _account_of(session: Session, number: str) -> str:
    owners = accounts_with_number(session, number)
    if not owners:
        raise ProblemError(ErrorCode.NOT_FOUND, "No account has that telephone number of record.")
    if len(owners) > 1:
        raise ProblemError(
            ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS,
            "That number is of record on more than one account; the port cannot be decided by number alone.",
        )
    return owners[0]


def _stored_pin(session: Session, number: str) -> str | None:
    """The PIN hash the request will be checked against, read before the counting transaction."""
    row = session.get(TransferPin, _account_of(session, number))
    return row.pin_hash if row is not None else None


async def request_port_out(
    transactions: TransactionRunner,
    hasher: SecretHasher,
    *,
    ask: PortOutAsk,
    context_for: Callable[[Session], WriteContext],
) -> PortOutRequest:
    for _ in range(STALE_ROUNDS):
        stored = await transactions.run(lambda session: _stored_pin(session, ask.telephone_number))
        matches = (await hasher.verify_async(stored, ask.transfer_pin)).matches if stored else False
        try:
            return await transactions.run(_counting(ask, stored, matches, context_for))
        except _Stale:
            continue
    raise ProblemError(
        ErrorCode.SERVICE_UNAVAILABLE,
        "The transfer PIN kept changing during the request; try again.",
        headers={"Retry-After": "1"},
    )


def _counting(
    ask: PortOutAsk, checked: str | None, matches: bool, context_for: Callable[[Session], WriteContext]
) -> Callable[[Session], PortOutRequest]:
    return lambda session: _decide(context_for(session), ask, checked, matches)


def _decide(context: WriteContext, ask: PortOutAsk, checked: str | None, matches: bool) -> PortOutRequest:
    session, now = context.session, context.now()
    account_id = _account_of(session, ask.telephone_number)
    # The account first, as a SIM change takes it: one number-control action per line at a time (E24).
    accounts.get_account(session, account_id, for_update=True)
    pin = session.get(TransferPin, account_id, with_for_update=True, populate_existing=True)
    stored = pin.pin_hash if pin is not None else None
    if stored != checked:  # a PIN set between the check and now: check the new one
        raise _Stale
    state = LockState(
        failure_count=pin.failure_count if pin else 0,
        window_started_at=pin.window_started_at if pin else None,
        locked_until=pin.locked_until if pin else None,
    )
    decision = policy.decide_port_out(
        policy.PortOutFacts(
            port_out_lock=current_locks(session, account_id).port_out,
            pin_locked=is_locked(state, now),
            pin_set=stored is not None,
            pin_matches=matches,
            other_request_pending=pending_request_on(session, account_id, ask.telephone_number) is not None,
        )
    )
    if pin is not None and decision.reason is policy.LineReason.WRONG_TRANSFER_PIN:
        state = register_failure(state, "transfer_pin", now, pin_lockout(context.settings)).state
    elif pin is not None and decision.allowed:
        state = register_success(state)
    if pin is not None:
        pin.failure_count, pin.window_started_at, pin.locked_until = (
            state.failure_count,
            state.window_started_at,
            state.locked_until,
        )
    request = PortOutRequest(
        id=new_id("port"),
        account_id=account_id,
        telephone_number=ask.telephone_number,
        new_provider=ask.new_provider,
        api_key_id=context.actor,
        decision=decision.decision,
        reason_code=decision.reason.value,
        rule_ids=list(decision.rule_ids),
        status="requested" if decision.allowed else "denied",
        requested_at=now,
    )
    session.add(request)
    session.flush()
    # R-5237-3: at once, whatever the answer: a refused port is news to the customer too.
    event = emit_event(
        session,
        context.clock,
        EventType.PORT_OUT_REQUESTED,
        account_id=account_id,
        data={
            "port_out_request_id": request.id,
            "outcome": "requested" if decision.allowed else "denied",
            "reason_code": decision.reason.value,
            "line": hint(ask.telephone_number),
            "new_provider": ask.new_provider,
            "destinations": destinations(session, account_id, now),
        },
    )
    request.notice_event_id = event.id
    context.audit.record(
        "line_security.port_out_requested",
        account_id=account_id,
        subject_type="port_out_request",
        subject_id=request.id,
        outcome=decision.decision,
        details={
            "reason_code": decision.reason.value,
            "rule_ids": list(decision.rule_ids),
            "new_provider": ask.new_provider,
            "transfer_pin_locked_until": rfc3339(state.locked_until)
            if state.locked_until is not None and is_locked(state, now)
            else None,
            "notice_event_id": event.id,
        },
    )
    session.flush()
    return request


def get_port_out_request(session: Session, request_id: str, *, for_update: bool = False) -> PortOutRequest:
    return get_request(session, PortOutRequest, request_id, what="port-out", for_update=for_update)


def complete_port_out(
    context: WriteContext, request_id: str, completed_at: datetime | None
) -> PortOutRequest:
    """The port was carried out: the number leaves the account's numbers of record (history kept)."""
    session, now = context.session, context.now()
    request = get_port_out_request(session, request_id, for_update=True)
    done_at = mark_completed(request, completed_at, now, what="port-out")
    assert request.account_id is not None  # only a request for a known account is ever allowed
    port_number_out(context, request.account_id, request.telephone_number)
    context.audit.record(
        "line_security.port_out_completed",
        account_id=request.account_id,
        subject_type="port_out_request",
        subject_id=request.id,
        outcome="completed",
        details={"completed_at": done_at.isoformat(), "new_provider": request.new_provider},
    )
    session.flush()
    return request


def cancel_port_out(context: WriteContext, request_id: str, reason: str | None) -> PortOutRequest:
    """An allowed port-out the gaining carrier withdrew: it stops holding the line (E24)."""
    request = get_port_out_request(context.session, request_id, for_update=True)
    mark_cancelled(request, what="port-out")
    context.audit.record(
        "line_security.port_out_cancelled",
        account_id=request.account_id,
        subject_type="port_out_request",
        subject_id=request.id,
        outcome="cancelled",
        details={"reason": reason, "new_provider": request.new_provider},
    )
    context.session.flush()
    return request
