"""Imports every domain's models so `Base.metadata` is complete (Alembic autogenerate and `alembic check`)."""

from cpni_api.api_keys.models import ApiKey
from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.core.db import Base
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint

__all__ = [
    "ApiKey",
    "AuditChainLink",
    "AuditRecord",
    "Base",
    "Delivery",
    "DeliveryAttempt",
    "Event",
    "WebhookEndpoint",
]
