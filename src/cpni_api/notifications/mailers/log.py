"""Development only: "delivers" an event by logging its type and id (never its data)."""

from __future__ import annotations

import logging

from cpni_api.core.settings import Settings, SettingsError
from cpni_api.notifications.delivery_policy import Outcome
from cpni_api.notifications.mailers.base import DeliveryResult, EndpointTarget, EventEnvelope

logger = logging.getLogger("cpni_api.mailer.log")


class LogMailer:
    name = "log"
    per_endpoint = False

    def __init__(self, settings: Settings) -> None:
        if settings.env != "development":
            raise SettingsError("CPNI_MAILER=log is for development only: nothing reaches a customer")

    def deliver(self, envelope: EventEnvelope, endpoint: EndpointTarget | None) -> DeliveryResult:
        logger.info(
            "event delivered to the log mailer", extra={"component": f"{envelope.type} {envelope.id}"}
        )
        return DeliveryResult(Outcome.DELIVERED)

    def close(self) -> None:
        return None
