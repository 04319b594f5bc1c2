"""Third parties, the recipients of CPNI (R-2007-b, E16), registered and kept by `campaigns:write`. A write
route parses, authorizes and makes its one change in `service`, which records the audit row (ADR 0019)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContextDep
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.clock import Clock
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.third_parties import service
from cpni_api.third_parties.models import ThirdParty
from cpni_api.third_parties.schemas import AcknowledgementIn, AgreementIn, ThirdPartyCreate, ThirdPartyOut

router = APIRouter(prefix="/v1/third-parties", tags=["third-parties"])
Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CAMPAIGNS_WRITE))]
ThirdPartyId = Annotated[str, Path(max_length=40)]


def _view(third_party: ThirdParty, clock: Clock, calendar: BusinessCalendar) -> ThirdPartyOut:
    return service.third_party_view(third_party, calendar.local_date(clock.now()))


@router.post("", status_code=201, response_model=ThirdPartyOut, summary="Register a third party")
def create_third_party(
    body: ThirdPartyCreate, principal: Writer, context: WriteContextDep, calendar: CalendarDep
) -> ThirdPartyOut:
    """A recipient of CPNI. Its `kind` decides the approval its disclosures need (R-2007-b; E16). Joint
    venture partners, independent contractors, vendors and carriers need a confidentiality agreement in
    force; agents must acknowledge the use limitation."""
    third_party = service.create_third_party(context, body, created_by=principal.api_key_id)
    return _view(third_party, context.clock, calendar)


@router.get("", response_model=Page[ThirdPartyOut], summary="List third parties")
def list_third_parties(
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[ThirdPartyOut]:
    """Agents, affiliates, joint venturers and contractors registered as recipients of CPNI."""
    rows = service.list_third_parties(session, cursor, limit + 1)
    return page_of(rows, limit, lambda row: _view(row, clock, calendar))


@router.get(
    "/{third_party_id}",
    response_model=ThirdPartyOut,
    summary="Get a third party",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_third_party(
    third_party_id: ThirdPartyId,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
) -> ThirdPartyOut:
    """One recipient, with its kind, confidentiality agreement and acknowledgements."""
    return _view(service.get_third_party(session, third_party_id), clock, calendar)


@router.put(
    "/{third_party_id}/confidentiality-agreement",
    response_model=ThirdPartyOut,
    summary="Record a new or renewed confidentiality agreement",
    responses=problems(ErrorCode.NOT_FOUND),
)
def put_confidentiality_agreement(
    third_party_id: ThirdPartyId,
    body: AgreementIn,
    _principal: Writer,
    context: WriteContextDep,
    calendar: CalendarDep,
) -> ThirdPartyOut:
    """Records the confidentiality agreement a joint venturer or contractor signed before it may receive
    CPNI (R-2007-b-2)."""
    return _view(service.replace_agreement(context, third_party_id, body), context.clock, calendar)


@router.post(
    "/{third_party_id}/use-limitation-acknowledgements",
    response_model=ThirdPartyOut,
    summary="Record an agent's acknowledgement of the use limitation",
    responses=problems(ErrorCode.NOT_AN_AGENT, ErrorCode.NOT_FOUND),
)
def acknowledge_use_limitation(
    third_party_id: ThirdPartyId,
    body: AcknowledgementIn,
    _principal: Writer,
    context: WriteContextDep,
    calendar: CalendarDep,
) -> ThirdPartyOut:
    """Agents only (409 `NOT_AN_AGENT` otherwise). Until an agent has acknowledged that it may use CPNI only
    for the purpose it was given for, no CPNI reaches it."""
    third_party = service.acknowledge_use_limitation(context, third_party_id, body)
    return _view(third_party, context.clock, calendar)
