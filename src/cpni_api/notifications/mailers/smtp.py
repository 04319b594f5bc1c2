"""Delivers each event as an email to the carrier's notification system (stdlib smtplib)."""

from __future__ import annotations

import json
import smtplib
import ssl
from email.message import EmailMessage

from cpni_api.core.settings import Settings, SettingsError
from cpni_api.notifications.delivery_policy import Outcome
from cpni_api.notifications.mailers.base import DeliveryResult, EndpointTarget, EventEnvelope


class SmtpMailer:
    name = "smtp"
    per_endpoint = False

    def __init__(self, settings: Settings) -> None:
        if not settings.smtp_to:
            raise SettingsError("CPNI_SMTP_TO must list at least one recipient when CPNI_MAILER=smtp")
        self._settings = settings

    def _message(self, envelope: EventEnvelope) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self._settings.smtp_from
        message["To"] = ", ".join(self._settings.smtp_to)
        message["Subject"] = f"[cpni-api] {envelope.type} {envelope.id}"
        # A stable Message-ID lets the receiving system drop a retried duplicate.
        message["Message-ID"] = f"<{envelope.id}@cpni-api>"
        message["X-CPNI-Event-Id"] = envelope.id
        message["X-CPNI-Event-Type"] = envelope.type
        message.set_content(json.dumps(envelope.as_dict(), indent=2, ensure_ascii=False))
        return message

    def deliver(self, envelope: EventEnvelope, endpoint: EndpointTarget | None) -> DeliveryResult:
        settings = self._settings
        try:
            with smtplib.SMTP(
                settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
            ) as smtp:
                if settings.smtp_starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if settings.smtp_username:
                    password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                    smtp.login(settings.smtp_username, password)
                smtp.send_message(self._message(envelope))
        except smtplib.SMTPAuthenticationError as exc:
            # Wrong credentials are the operator's to fix; the notice must wait for that, not fail.
            return DeliveryResult(
                Outcome.RETRYABLE, status_code=exc.smtp_code, error="SMTP authentication failed"
            )
        except smtplib.SMTPResponseException as exc:
            # 4xx: try again later; 5xx: the server refuses this message for good.
            outcome = Outcome.RETRYABLE if 400 <= exc.smtp_code < 500 else Outcome.PERMANENT
            return DeliveryResult(outcome, status_code=exc.smtp_code, error=f"SMTP {exc.smtp_code}")
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _message in exc.recipients.values()]
            outcome = Outcome.RETRYABLE if all(400 <= code < 500 for code in codes) else Outcome.PERMANENT
            return DeliveryResult(outcome, error=f"recipients refused: {codes}")
        except (OSError, smtplib.SMTPException) as exc:
            return DeliveryResult(Outcome.RETRYABLE, error=f"{type(exc).__name__}: {exc}"[:500])
        return DeliveryResult(Outcome.DELIVERED)

    def close(self) -> None:
        return None
