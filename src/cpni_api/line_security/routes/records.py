"""The line-security records (R-2010-h-10, R-5237-5): SIM-change and port-out requests by account and date
range, JSON or CSV, and one request by id."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from sqlalchemy.orm import Session

from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_values import RequestDatetime
from cpni_api.line_security import port_outs, records, sim_changes
from cpni_api.line_security.models import PortOutRequest, SimChangeRequest
from cpni_api.line_security.routes.shared import (
    Reader,
    RequestId,
    port_out_out,
    sim_change_out,
)
from cpni_api.line_security.schemas import (
    PortOutOut,
    SimChangeOut,
)

router = APIRouter()


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
    return _records(request, session, SimChangeRequest, sim_change_out, _SIM_COLUMNS, query)


@router.get(
    "/v1/sim-change-requests/{request_id}",
    response_model=SimChangeOut,
    summary="A SIM-change request",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_sim_change_request(request_id: RequestId, _principal: Reader, session: DbSession) -> SimChangeOut:
    """The request, its decision, reason code and rule ids, and whether it was carried out."""
    return sim_change_out(sim_changes.get_sim_change_request(session, request_id))


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
    return _records(request, session, PortOutRequest, port_out_out, _PORT_COLUMNS, query)


@router.get(
    "/v1/port-out-requests/{request_id}",
    response_model=PortOutOut,
    summary="A port-out request",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_port_out_request(request_id: RequestId, _principal: Reader, session: DbSession) -> PortOutOut:
    """The request, its decision, reason code and rule ids, and whether it was carried out."""
    return port_out_out(port_outs.get_port_out_request(session, request_id))
