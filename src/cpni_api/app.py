"""The application factory: wires settings, database, clock, middleware, error handlers and routers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import Engine

import cpni_api
from cpni_api.accounts.router import router as accounts_router
from cpni_api.accounts.schemas import read_national_numbers_in
from cpni_api.api_keys.router import router as api_keys_router
from cpni_api.audit.router import router as audit_router
from cpni_api.audit.sealer import seal_round
from cpni_api.breaches.customer_notices import resume_requested_notices
from cpni_api.breaches.router import reports_router as breach_reports_router
from cpni_api.breaches.router import router as breaches_router
from cpni_api.campaigns.router import router as campaigns_router
from cpni_api.carrier_policy.router import router as carrier_policy_router
from cpni_api.compliance.router import router as compliance_router
from cpni_api.consent.router import router as consent_router
from cpni_api.console.router import router as console_router
from cpni_api.core.background import BackgroundWorker
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.clock import Clock, SystemClock
from cpni_api.core.db import (
    TransactionRunner,
    create_db_engine,
    create_session_factory,
    runner_workers,
    runs_inline,
)
from cpni_api.core.errors import install_error_handlers
from cpni_api.core.health import router as health_router
from cpni_api.core.logging import configure_logging
from cpni_api.core.metrics import create_http_metrics
from cpni_api.core.middleware import (
    BodySizeLimitMiddleware,
    ControlCharacterMiddleware,
    ObservabilityMiddleware,
)
from cpni_api.core.migrations import head_revision
from cpni_api.core.settings import Settings, load_settings
from cpni_api.core.sqlite_checkpoints import WalCheckpointer, database_file
from cpni_api.credentials.hashing import SecretHasher
from cpni_api.credentials.router import router as credentials_router
from cpni_api.credentials.sealing import CredentialKeys
from cpni_api.disclosures.router import router as disclosures_router
from cpni_api.interactions.router import account_interactions_router
from cpni_api.interactions.router import router as interactions_router
from cpni_api.line_security.router import router as line_security_router
from cpni_api.notifications.dispatcher import Dispatcher, DispatchMetrics
from cpni_api.notifications.mailers.registry import load_mailers
from cpni_api.notifications.metrics import DeliveryStatusCollector
from cpni_api.notifications.router import endpoints_router as webhook_endpoints_router
from cpni_api.notifications.router import router as events_router
from cpni_api.notifications.webhooks_doc import register_webhook_docs
from cpni_api.obligations.router import router as obligations_router
from cpni_api.openapi import build_openapi, operation_id
from cpni_api.openapi.docs_ui import install_docs_ui
from cpni_api.third_parties.router import router as third_parties_router


def create_app(
    settings: Settings | None = None, *, clock: Clock | None = None, engine: Engine | None = None
) -> FastAPI:
    settings = settings or load_settings()
    read_national_numbers_in(settings.default_phone_region)
    owns_engine = engine is None
    engine = engine or create_db_engine(settings)
    # On a SQLite file, most of the WAL checkpointing happens beside the requests (ADR 0014).
    checkpoints_in_background = (
        settings.run_background_workers and settings.sqlite_checkpoint_interval_seconds > 0
    )
    sqlite_file = database_file(engine) if checkpoints_in_background else None
    session_factory = create_session_factory(engine)
    clock = clock or SystemClock()
    mailers = load_mailers(settings)
    # argon2 runs in this bounded pool of worker processes (ADR 0010, 0014), started at the first hash and
    # stopped when the app stops.
    secret_hasher = SecretHasher.from_settings(settings)
    http_metrics = create_http_metrics()
    http_metrics.registry.register(DeliveryStatusCollector(session_factory))
    dispatch_metrics = DispatchMetrics.create(http_metrics.registry)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        workers: list[BackgroundWorker] = []
        checkpointer = WalCheckpointer(sqlite_file) if sqlite_file is not None else None
        if checkpointer is not None:
            workers.append(
                BackgroundWorker(
                    "sqlite-checkpointer", checkpointer.step, settings.sqlite_checkpoint_interval_seconds
                )
            )
        if settings.run_background_workers:
            workers.append(
                BackgroundWorker(
                    "audit-sealer",
                    lambda: seal_round(session_factory, clock, settings),
                    settings.audit_seal_interval_seconds,
                )
            )
            workers.append(
                BackgroundWorker(
                    "breach-notice-resumer",
                    lambda: resume_requested_notices(
                        session_factory, clock, batch_size=settings.breach_notice_batch_size
                    ),
                    settings.breach_notice_resume_interval_seconds,
                )
            )
        if settings.run_dispatcher:
            dispatcher = Dispatcher(session_factory, clock, settings, mailers, metrics=dispatch_metrics)
            workers.append(
                BackgroundWorker("event-dispatcher", dispatcher.run_once, settings.dispatch_interval_seconds)
            )
        for worker in workers:
            worker.start()
        try:
            yield
        finally:
            for worker in workers:
                worker.stop()
            if checkpointer is not None:
                checkpointer.close()
            secret_hasher.close()
            for mailer in mailers:
                mailer.close()
            if owns_engine:
                engine.dispose()

    app = FastAPI(
        title="cpni-api",
        version=cpni_api.__version__,
        lifespan=lifespan,
        docs_url=None,  # served from packaged assets below, not from a CDN (ADR 0033)
        redoc_url=None,
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.clock = clock
    app.state.engine = engine
    app.state.session_factory = session_factory
    # Like the hasher's pool, it lives as long as the app object; idle threads cost nothing.
    app.state.transactions = TransactionRunner(
        session_factory, workers=runner_workers(settings), inline=runs_inline(settings)
    )
    app.state.calendar = BusinessCalendar(
        country=settings.business_days_country,
        subdivision=settings.business_days_subdivision,
        extra_holidays=settings.business_days_extra_holidays,
        timezone=settings.business_days_timezone,
    )
    app.state.http_metrics = http_metrics
    app.state.mailers = mailers
    app.state.secret_hasher = secret_hasher
    app.state.credential_keys = CredentialKeys.from_settings(settings)
    app.state.migration_head = head_revision()

    # The last middleware added runs first: observability must see (and time) even a refused body, and the
    # control-character check reads a body the size limit has already bounded.
    app.add_middleware(ControlCharacterMiddleware)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_request_body_bytes)
    app.add_middleware(ObservabilityMiddleware, metrics=app.state.http_metrics)
    install_error_handlers(app)

    app.include_router(health_router)
    app.include_router(disclosures_router)
    app.include_router(api_keys_router)
    app.include_router(audit_router)
    app.include_router(events_router)
    app.include_router(webhook_endpoints_router)
    app.include_router(accounts_router)
    app.include_router(credentials_router)
    app.include_router(interactions_router)
    app.include_router(account_interactions_router)
    app.include_router(line_security_router)
    app.include_router(breaches_router)
    app.include_router(breach_reports_router)
    app.include_router(compliance_router)
    app.include_router(carrier_policy_router)
    app.include_router(obligations_router)
    app.include_router(consent_router)
    app.include_router(campaigns_router)
    app.include_router(third_parties_router)
    app.include_router(console_router)
    register_webhook_docs(app)
    install_docs_ui(app)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


GC_YOUNG_THRESHOLD = 7_000


def create_app_from_env() -> FastAPI:
    """Entry point for `uvicorn --factory` and `cpni-api serve`."""
    settings = load_settings()
    configure_logging(settings.log_level)
    app = create_app(settings)
    # Everything imported and built so far lives as long as the process: keep it out of the garbage
    # collector's full passes, which otherwise walk it all every time and pause every request (ADR 0014).
    gc.collect()
    gc.freeze()
    # Collect the young generation every 7,000 allocations rather than 700. Requests leave (almost) no
    # cycles, so each pass finds little, but objects alive in the 32 requests in flight get promoted, and
    # every few thousand promotions Python walks the whole old generation: an 8 ms stall about once a
    # second at full load. With this threshold there were none in a run of a minute (ADR 0015).
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return app
