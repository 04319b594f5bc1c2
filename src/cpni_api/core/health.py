"""Liveness, readiness and metrics: unauthenticated, for load balancers and Prometheus."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.core.metrics import HttpMetrics
from cpni_api.core.migrations import current_revision

router = APIRouter(tags=["operations"])
logger = logging.getLogger("cpni_api.health")


class Health(BaseModel):
    status: str


class Readiness(BaseModel):
    status: str
    schema_revision: str


@router.get("/healthz", response_model=Health, summary="The process is alive")
def get_health() -> Health:
    """Answers 200 while the process serves requests; it reads no database (for a liveness probe)."""
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="The database is reachable and its schema is at the head revision",
    responses=problems(ErrorCode.SERVICE_UNAVAILABLE),
)
def get_readiness(request: Request) -> Readiness:
    """200 once the database answers and its schema is at this release's head revision; 503 until then (for
    a readiness probe: traffic waits for `cpni-api migrate`)."""
    engine: Engine = request.app.state.engine
    expected: str | None = request.app.state.migration_head
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
    except SQLAlchemyError as exc:
        logger.warning("database unreachable", extra={"error_type": type(exc).__name__})
        raise ProblemError(ErrorCode.SERVICE_UNAVAILABLE, "The database is unreachable.") from exc
    if revision != expected:
        raise ProblemError(
            ErrorCode.SERVICE_UNAVAILABLE,
            f"The database schema is at {revision or 'no revision'}, expected {expected}; "
            "run `cpni-api migrate`.",
        )
    return Readiness(status="ready", schema_revision=revision or "")


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE_LATEST: {}}, "description": "Prometheus text format."}},
)
def get_metrics(request: Request) -> Response:
    """Request counts and latencies, and deliveries by status, in the Prometheus text format."""
    http_metrics: HttpMetrics = request.app.state.http_metrics
    return Response(generate_latest(http_metrics.registry), media_type=CONTENT_TYPE_LATEST)
