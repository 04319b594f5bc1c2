"""Liveness, readiness and metrics: unauthenticated, for load balancers and Prometheus."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from cpni_api.core.errors import ErrorCode, ProblemError
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
def healthz() -> Health:
    return Health(status="ok")


@router.get(
    "/readyz",
    response_model=Readiness,
    summary="The database is reachable and its schema is at the head revision",
    responses={503: {"description": "Not ready (problem+json, code SERVICE_UNAVAILABLE)."}},
)
def readyz(request: Request) -> Readiness:
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
def metrics(request: Request) -> Response:
    http_metrics: HttpMetrics = request.app.state.http_metrics
    return Response(generate_latest(http_metrics.registry), media_type=CONTENT_TYPE_LATEST)
