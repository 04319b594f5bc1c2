"""The SIM-swap signal in CAMARA's shape (E7): from completed SIM changes and port-ins."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.audit.trail import Audit
from cpni_api.core.dependencies import ClockDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.line_security import swap_signal
from cpni_api.line_security.routes.shared import (
    Reader,
)
from cpni_api.line_security.schemas import (
    SimSwapCheck,
    SimSwapChecked,
    SimSwapDate,
    SimSwapRetrieve,
)

router = APIRouter()


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
