"""Webhook endpoints: registration (with URL safety), secrets shown once, rotation, disabling. Each change
is one function made in a `WriteContext`, which records its audit row (ADR 0019)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.settings import Settings
from cpni_api.notifications.delivery_policy import DeliveryStatus
from cpni_api.notifications.models import Delivery, WebhookEndpoint
from cpni_api.notifications.signing import derive_secret
from cpni_api.notifications.url_policy import Target, UnsafeUrlError, check_url_shape, parse_networks, url_key
from cpni_api.notifications.url_safety import UnresolvableHostError, resolve_and_check


def check_target(url: str, settings: Settings) -> Target:
    """422 WEBHOOK_URL_NOT_ALLOWED unless the URL may be a target (ADR 0024). A name that does not resolve
    yet is accepted (a receiver is often registered before its DNS is published, as in the README's
    example); every delivery resolves and checks it again, and connects only to what it checked."""
    try:
        target = check_url_shape(url, allow_http=settings.webhook_http_allowed)
        resolve_and_check(target, parse_networks(settings.webhook_allowed_networks))
    except UnresolvableHostError:
        return target
    except UnsafeUrlError as exc:
        raise ProblemError(ErrorCode.WEBHOOK_URL_NOT_ALLOWED, str(exc)) from exc
    return target


def current_secret(endpoint: WebhookEndpoint, settings: Settings) -> str:
    return derive_secret(
        settings.webhook_secret_key.get_secret_value(), endpoint.id, endpoint.secret_generation
    )


@dataclass(frozen=True)
class EndpointWithSecret:
    """An endpoint and its signing secret, which only the answer that creates or rotates it shows."""

    endpoint: WebhookEndpoint
    secret: str


def create_endpoint(
    context: WriteContext, *, url: str, event_types: list[str], description: str | None
) -> EndpointWithSecret:
    key = url_key(url, check_target(url, context.settings))
    _refuse_a_second_registration(context.session, key)
    endpoint = WebhookEndpoint(
        id=new_id("whe"),
        url=url,
        url_key=key,
        event_types=event_types,
        description=description,
        secret_generation=1,
        consecutive_failures=0,
        created_at=context.now(),
    )
    context.session.add(endpoint)
    try:
        context.session.flush()
    except IntegrityError as exc:  # registered at the same moment by another request (the unique index)
        raise _already_registered(None) from exc
    _record(context, "webhook_endpoint.created", endpoint, {"event_types": endpoint.event_types})
    return EndpointWithSecret(endpoint, current_secret(endpoint, context.settings))


def _refuse_a_second_registration(session: Session, key: str) -> None:
    """409 WEBHOOK_URL_ALREADY_REGISTERED when a live endpoint has the same URL (as a receiver: scheme, host,
    port, path and query, url_policy.url_key): a second one would deliver every event twice (ADR 0025)."""
    existing = session.scalar(
        select(WebhookEndpoint.id).where(WebhookEndpoint.url_key == key, WebhookEndpoint.deleted_at.is_(None))
    )
    if existing is not None:
        raise _already_registered(existing)


def _already_registered(existing: str | None) -> ProblemError:
    return ProblemError(
        ErrorCode.WEBHOOK_URL_ALREADY_REGISTERED,
        "An endpoint with this URL is registered already: change its event types by deleting it and "
        "registering again, or use another URL.",
        extensions={"endpoint_id": existing} if existing else None,
    )


def _record(
    context: WriteContext, action: str, endpoint: WebhookEndpoint, details: dict[str, object] | None = None
) -> None:
    context.audit.record(action, subject_type="webhook_endpoint", subject_id=endpoint.id, details=details)


def get_endpoint(session: Session, endpoint_id: str) -> WebhookEndpoint:
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None or endpoint.deleted_at is not None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No webhook endpoint has that id.")
    return endpoint


def list_endpoints(session: Session, *, after_id: str | None, limit: int) -> list[WebhookEndpoint]:
    query = (
        select(WebhookEndpoint)
        .where(WebhookEndpoint.deleted_at.is_(None))
        .order_by(WebhookEndpoint.id)
        .limit(limit)
    )
    if after_id is not None:
        query = query.where(WebhookEndpoint.id > after_id)
    return list(session.scalars(query))


def rotate_secret(context: WriteContext, endpoint_id: str) -> EndpointWithSecret:
    """A new secret; the previous one keeps signing (alongside) for the configured overlap."""
    endpoint = get_endpoint(context.session, endpoint_id)
    endpoint.secret_generation += 1
    endpoint.previous_secret_valid_until = context.now() + timedelta(
        seconds=context.settings.webhook_secret_rotation_overlap_seconds
    )
    context.session.flush()
    _record(
        context,
        "webhook_endpoint.secret_rotated",
        endpoint,
        {"secret_generation": endpoint.secret_generation},
    )
    return EndpointWithSecret(endpoint, current_secret(endpoint, context.settings))


def enable_endpoint(context: WriteContext, endpoint_id: str) -> WebhookEndpoint:
    """Re-enables a disabled endpoint; its waiting deliveries resume."""
    endpoint = get_endpoint(context.session, endpoint_id)
    endpoint.disabled_at = None
    endpoint.disabled_reason = None
    endpoint.consecutive_failures = 0
    context.session.flush()
    _record(context, "webhook_endpoint.enabled", endpoint)
    return endpoint


def delete_endpoint(context: WriteContext, endpoint_id: str) -> WebhookEndpoint:
    """Soft-deletes the endpoint (deliveries keep their history) and cancels what was still pending."""
    endpoint = get_endpoint(context.session, endpoint_id)
    endpoint.deleted_at = context.now()
    cancelled = context.session.execute(
        update(Delivery)
        .where(Delivery.endpoint_id == endpoint.id, Delivery.status == DeliveryStatus.PENDING.value)
        .values(status=DeliveryStatus.CANCELLED.value, last_error="endpoint deleted", lease_owner=None)
    )
    context.session.flush()
    _record(
        context,
        "webhook_endpoint.deleted",
        endpoint,
        {"cancelled_deliveries": int(cancelled.rowcount)},  # type: ignore[attr-defined]
    )
    return endpoint
