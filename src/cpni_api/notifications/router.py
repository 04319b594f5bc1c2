"""The event feed, redelivery and webhook endpoints (design.md §4, ADR 0009). A write route parses,
authorizes and makes its one change in `endpoints` or `redelivery`, which records the audit row (ADR 0019)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope, grants
from cpni_api.audit.context import WriteContextDep
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.notifications import endpoints as endpoint_service
from cpni_api.notifications import feed
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.mailers.base import Mailer
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event
from cpni_api.notifications.redelivery import redeliver
from cpni_api.notifications.schemas import (
    DeliveryAttemptOut,
    DeliveryOut,
    EventDetailOut,
    EventOut,
    WebhookEndpointCreate,
    WebhookEndpointOut,
    WebhookEndpointWithSecret,
)
from cpni_api.notifications.secrets import redacted

router = APIRouter(tags=["events"])
EventsReader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.EVENTS_READ))]
WebhooksWriter = Annotated[Principal, Depends(RequireScope(ApiKeyScope.WEBHOOKS_WRITE))]
EndpointId = Annotated[str, Path(max_length=40)]


async def get_mailers(request: Request) -> list[Mailer]:
    mailers: list[Mailer] = request.app.state.mailers
    return mailers


def _event_or_422(session: Session, event_id: str) -> Event:
    event = feed.find_event(session, event_id)
    if event is None:
        raise ProblemError(ErrorCode.INVALID_CURSOR, "No event has that id.")
    return event


def _event_view(event: Event, principal: Principal) -> EventOut:
    """One-time codes in clear only for `events:read_secrets` (the mailer's key); redacted for the rest."""
    view = EventOut.model_validate(event)
    if grants(principal.scopes, ApiKeyScope.EVENTS_READ_SECRETS):
        return view
    return view.model_copy(update={"data": redacted(view.type, view.data)})


def _detail(session: Session, event: Event, principal: Principal) -> EventDetailOut:
    deliveries = list(
        session.scalars(
            select(Delivery).where(Delivery.event_seq == event.seq).order_by(Delivery.created_at, Delivery.id)
        )
    )
    attempts = session.scalars(
        select(DeliveryAttempt)
        .where(DeliveryAttempt.delivery_id.in_([delivery.id for delivery in deliveries]))
        .order_by(DeliveryAttempt.id)
    ).all()
    by_delivery: dict[str, list[DeliveryAttemptOut]] = {}
    for attempt in attempts:
        by_delivery.setdefault(attempt.delivery_id, []).append(DeliveryAttemptOut.model_validate(attempt))
    return EventDetailOut(
        **_event_view(event, principal).model_dump(),
        fanned_out_at=event.fanned_out_at,
        deliveries=[
            DeliveryOut.model_validate(delivery).model_copy(
                update={"attempts": by_delivery.get(delivery.id, [])}
            )
            for delivery in deliveries
        ],
    )


@router.get(
    "/v1/events",
    response_model=Page[EventOut],
    summary="The event feed (pull)",
    responses=problems(ErrorCode.INVALID_CURSOR),
)
def list_events(
    principal: EventsReader,
    session: DbSession,
    after: Annotated[
        str | None, Query(max_length=40, description="The id of the last event you have.")
    ] = None,
    cursor: Annotated[
        str | None, Query(max_length=40, description="`next_cursor` of the previous page.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    type: Annotated[EventType | None, Query(description="Only events of this type.")] = None,
) -> Page[EventOut]:
    """Every event, oldest first, in an order that never changes: a mailer that keeps the last id it
    processed and asks again with `after=` after any outage gets exactly what it missed. An event becomes
    visible here once every transaction that started before it has finished (normally milliseconds).
    One-time codes appear in clear only to a key with `events:read_secrets`."""
    start_id = cursor or after
    start = _event_or_422(session, start_id) if start_id else None
    rows = feed.read_feed(session, after=start, limit=limit + 1, event_type=type.value if type else None)
    return page_of(rows, limit, lambda event: _event_view(event, principal))


@router.get(
    "/v1/events/{event_id}",
    response_model=EventDetailOut,
    summary="An event and its deliveries",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_event(
    event_id: Annotated[str, Path(max_length=40)], principal: EventsReader, session: DbSession
) -> EventDetailOut:
    """With its deliveries and their attempts; one-time codes redacted without `events:read_secrets`."""
    return _detail(session, feed.get_event(session, event_id), principal)


@router.post(
    "/v1/events/{event_id}/redeliver",
    status_code=202,
    response_model=EventDetailOut,
    summary="Deliver an event again",
    responses=problems(ErrorCode.NOT_FOUND),
)
def redeliver_event(
    event_id: Annotated[str, Path(max_length=40)],
    principal: WebhooksWriter,
    context: WriteContextDep,
    mailers: Annotated[list[Mailer], Depends(get_mailers)],
) -> EventDetailOut:
    """Queues the event again for every target, with a fresh allowance of attempts: failed and abandoned
    deliveries, delivered ones (the receiver may have lost them; it sees the same `webhook-id`), and
    endpoints subscribed since the event occurred."""
    return _detail(context.session, redeliver(context, event_id, mailers), principal)


endpoints_router = APIRouter(prefix="/v1/webhook-endpoints", tags=["webhooks"])


@endpoints_router.post(
    "",
    status_code=201,
    response_model=WebhookEndpointWithSecret,
    summary="Register an endpoint",
    responses=problems(ErrorCode.WEBHOOK_URL_ALREADY_REGISTERED, ErrorCode.WEBHOOK_URL_NOT_ALLOWED),
)
def create_webhook_endpoint(
    body: WebhookEndpointCreate, _principal: WebhooksWriter, context: WriteContextDep
) -> WebhookEndpointWithSecret:
    """The URL must be https and resolve to public addresses, unless the operator allow-listed its network.
    The response carries the signing secret, once."""
    created = endpoint_service.create_endpoint(
        context,
        url=body.url,
        event_types=[event_type.value for event_type in body.event_types],
        description=body.description,
    )
    return _with_secret(created)


def _with_secret(shown: endpoint_service.EndpointWithSecret) -> WebhookEndpointWithSecret:
    return WebhookEndpointWithSecret(
        **WebhookEndpointOut.model_validate(shown.endpoint).model_dump(), secret=shown.secret
    )


@endpoints_router.get("", response_model=Page[WebhookEndpointOut], summary="List endpoints")
def list_webhook_endpoints(
    _principal: WebhooksWriter,
    session: DbSession,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[WebhookEndpointOut]:
    """Every registered receiver, with its event types and whether it is disabled; never its secret."""
    rows = endpoint_service.list_endpoints(session, after_id=cursor, limit=limit + 1)
    return page_of(rows, limit, WebhookEndpointOut.model_validate)


@endpoints_router.get(
    "/{endpoint_id}",
    response_model=WebhookEndpointOut,
    summary="An endpoint",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_webhook_endpoint(
    endpoint_id: EndpointId, _principal: WebhooksWriter, session: DbSession
) -> WebhookEndpointOut:
    """One receiver, with its event types, secret generation and state; never its secret."""
    return WebhookEndpointOut.model_validate(endpoint_service.get_endpoint(session, endpoint_id))


@endpoints_router.delete(
    "/{endpoint_id}",
    response_model=WebhookEndpointOut,
    summary="Delete an endpoint",
    responses=problems(ErrorCode.NOT_FOUND),
)
def delete_webhook_endpoint(
    endpoint_id: EndpointId, _principal: WebhooksWriter, context: WriteContextDep
) -> WebhookEndpointOut:
    """Stops deliveries to the endpoint; what was still pending for it is cancelled (the events stay in the
    feed and can be redelivered to other endpoints)."""
    return WebhookEndpointOut.model_validate(endpoint_service.delete_endpoint(context, endpoint_id))


@endpoints_router.post(
    "/{endpoint_id}/rotate-secret",
    response_model=WebhookEndpointWithSecret,
    summary="Rotate the signing secret",
    responses=problems(ErrorCode.NOT_FOUND),
)
def rotate_webhook_secret(
    endpoint_id: EndpointId, _principal: WebhooksWriter, context: WriteContextDep
) -> WebhookEndpointWithSecret:
    """Returns the new secret, once. Until `previous_secret_valid_until`, deliveries are signed with both
    secrets, so the receiver can switch without losing a delivery."""
    return _with_secret(endpoint_service.rotate_secret(context, endpoint_id))


@endpoints_router.post(
    "/{endpoint_id}/enable",
    response_model=WebhookEndpointOut,
    summary="Re-enable an endpoint",
    responses=problems(ErrorCode.NOT_FOUND),
)
def enable_webhook_endpoint(
    endpoint_id: EndpointId, _principal: WebhooksWriter, context: WriteContextDep
) -> WebhookEndpointOut:
    """Re-enables an endpoint disabled after repeated failures; the deliveries that waited resume."""
    return WebhookEndpointOut.model_validate(endpoint_service.enable_endpoint(context, endpoint_id))
