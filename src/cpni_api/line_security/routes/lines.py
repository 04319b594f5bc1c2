"""Numbers of record after sign-up, the customer's locks and the number transfer PIN (R-2003, R-2010-f,
R-2010-h-7, R-5237-2): each a change at the SIM-change bar outside service initiation, notified."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from cpni_api.accounts import service as accounts
from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.credentials.service import CHANGE_REFUSALS
from cpni_api.line_security import locks, numbers
from cpni_api.line_security.routes.shared import (
    AccountId,
    Hasher,
    Reader,
    Writer,
    parsed_number,
)
from cpni_api.line_security.schemas import (
    LocksIn,
    LocksOut,
    NumberOfRecordAdd,
    NumberRemoval,
    NumbersOfRecordChanged,
    TransferPinChanged,
    TransferPinSet,
)

router = APIRouter()


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
        *CHANGE_REFUSALS,
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
        *CHANGE_REFUSALS,
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
    number = parsed_number(
        telephone_number, context.settings.default_phone_region, ("path", "telephone_number")
    )
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
