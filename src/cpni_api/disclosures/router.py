from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from sqlalchemy import Connection

from cpni_api.api_keys.auth import PendingPrincipal, Principal, RequireScope, RequireScopeInTransaction
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.clock import Clock
from cpni_api.core.db import TransactionRunner
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.settings import Settings
from cpni_api.disclosures import service, unit
from cpni_api.disclosures.models import DisclosureCheck
from cpni_api.disclosures.schemas import DisclosureCheckIn, DisclosureCheckOut

router = APIRouter(prefix="/v1/disclosure-checks", tags=["disclosures"])
Checker = Annotated[Principal, Depends(RequireScope(ApiKeyScope.DISCLOSURES_CHECK))]
# The check itself is asked on every call: its key is checked inside its own transaction (ADR 0014).
CheckerInTransaction = Annotated[
    PendingPrincipal, Depends(RequireScopeInTransaction(ApiKeyScope.DISCLOSURES_CHECK))
]


def _out(check: DisclosureCheck | dict[str, Any]) -> DisclosureCheckOut:
    return DisclosureCheckOut.model_validate(check, from_attributes=True)


@router.post(
    "",
    response_model=DisclosureCheckOut,
    summary="May this CPNI be released now, this way?",
    responses=problems(ErrorCode.NOT_FOUND),
)
async def create_disclosure_check(
    body: DisclosureCheckIn,
    caller: CheckerInTransaction,
    request: Request,
) -> DisclosureCheckOut:
    """Answers from the rules (R-2010-a/b/c/d/g, R-2009-b) and records the answer. A denial is a 200 with
    `decision: deny`, a stable `reason_code`, the releases still open (`permitted_alternatives`) and the
    verification that would unlock the request (`required_verification`). An allowed
    `send_to_address_of_record` has already emitted the event that takes the call detail to the address of
    record; an allowed `callback_to_number_of_record` returns the number(s) to dial in `numbers_to_dial`."""

    # Asked on every call a contact center takes: the key, the check, its event and its audit record are one
    # transaction in one hop to the transaction runner (ADR 0014), on a plain connection, no ORM session
    # (ADR 0016). The app's objects come straight from its state rather than as dependencies: FastAPI's
    # solving of each cost more than the policy (ADR 0015).
    state = request.app.state
    transactions: TransactionRunner = state.transactions
    clock: Clock = state.clock
    settings: Settings = state.settings

    def check(connection: Connection) -> dict[str, Any]:
        return unit.check_disclosure(connection, caller, body, clock=clock, settings=settings)

    return _out(await transactions.run_on_connection(check))


@router.get(
    "/{check_id}",
    response_model=DisclosureCheckOut,
    summary="A disclosure check, as decided",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_disclosure_check(
    check_id: Annotated[str, Path(max_length=40)], _principal: Checker, session: DbSession
) -> DisclosureCheckOut:
    """The decision as it was made and recorded: outcome, reason code, rule ids and what the agent may do;
    for an audit or a dispute, never decided again."""
    return _out(service.get_check(session, check_id))
