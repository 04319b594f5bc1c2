"""The SMTP mailer against a real SMTP server (aiosmtpd) on loopback, and third-party mailers."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from fastapi import FastAPI

from cpni_api.core.clock import ManualClock
from cpni_api.core.settings import Settings, SettingsError
from cpni_api.notifications.delivery_policy import Outcome
from cpni_api.notifications.dispatcher import Dispatcher
from cpni_api.notifications.mailers.base import EventEnvelope
from cpni_api.notifications.mailers.registry import load_mailer
from cpni_api.notifications.mailers.smtp import SmtpMailer
from tests.conftest import BASE_TIME, make_settings
from tests.support.processes import free_port


class Inbox:
    def __init__(self, reply: str = "250 OK") -> None:
        self.messages: list[Envelope] = []
        self.reply = reply

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:  # noqa: N802 - aiosmtpd
        if self.reply.startswith("250"):
            self.messages.append(envelope)
        return self.reply


def _authenticator(
    server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"cpni", b"s3cret-relay-pass")
    return AuthResult(success=ok)


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=_authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def smtp_settings(port: int, database_url: str = "sqlite://", **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "mailer": "smtp",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_starttls": False,
        "smtp_to": ["notices@carrier.test"],
        "smtp_from": "cpni-api@carrier.test",
        "smtp_timeout_seconds": 5,
    }
    return make_settings(database_url, **(values | overrides))


ENVELOPE = EventEnvelope(
    id="evt_01SMTPTEST0000000000000000",
    type="account.password_changed",
    occurred_at=BASE_TIME,
    account_id="acct_1",
    correlation_id="req-1",
    data={"destinations": [{"kind": "telephone_number_of_record", "number": "+12025550100"}]},
)


def test_smtp_delivers_the_envelope_with_a_stable_message_id(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    result = SmtpMailer(smtp_settings(port)).deliver(ENVELOPE, None)
    assert result.outcome is Outcome.DELIVERED
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["notices@carrier.test"]
    message = message_from_bytes(envelope.original_content or b"")
    assert message["Message-ID"] == f"<{ENVELOPE.id}@cpni-api>"
    assert message["X-CPNI-Event-Type"] == "account.password_changed"
    assert json.loads(str(message.get_payload())) == ENVELOPE.as_dict()


def test_smtp_authenticates_and_retries_bad_credentials(smtp_server: tuple[Inbox, int]) -> None:
    inbox, port = smtp_server
    good = SmtpMailer(smtp_settings(port, smtp_username="cpni", smtp_password="s3cret-relay-pass"))
    assert good.deliver(ENVELOPE, None).outcome is Outcome.DELIVERED
    bad = SmtpMailer(smtp_settings(port, smtp_username="cpni", smtp_password="wrong"))
    result = bad.deliver(ENVELOPE, None)
    assert result.outcome is Outcome.RETRYABLE
    assert "wrong" not in (result.error or "")
    assert len(inbox.messages) == 1


@pytest.mark.parametrize(
    ("reply", "outcome"), [("451 try later", Outcome.RETRYABLE), ("554 rejected", Outcome.PERMANENT)]
)
def test_smtp_refusals_are_classified(smtp_server: tuple[Inbox, int], reply: str, outcome: Outcome) -> None:
    inbox, port = smtp_server
    inbox.reply = reply
    result = SmtpMailer(smtp_settings(port)).deliver(ENVELOPE, None)
    assert result.outcome is outcome
    assert result.status_code == int(reply[:3])


def test_smtp_server_down_is_retryable() -> None:
    result = SmtpMailer(smtp_settings(free_port())).deliver(ENVELOPE, None)
    assert result.outcome is Outcome.RETRYABLE


def test_the_dispatcher_delivers_through_smtp(
    smtp_server: tuple[Inbox, int], events_app: FastAPI, clock: ManualClock, emit: Callable[..., str]
) -> None:
    inbox, port = smtp_server
    settings = smtp_settings(port, database_url=events_app.state.settings.database_url)
    mailer = load_mailer(settings)
    dispatcher = Dispatcher(events_app.state.session_factory, clock, settings, [mailer])
    event_id = emit()
    assert dispatcher.run_once() == 1
    assert [message_from_bytes(m.original_content or b"")["X-CPNI-Event-Id"] for m in inbox.messages] == [
        event_id
    ]
    assert dispatcher.run_once() == 0


def test_smtp_needs_a_recipient() -> None:
    with pytest.raises(SettingsError, match="CPNI_SMTP_TO"):
        load_mailer(smtp_settings(25, smtp_to=[]))


def test_the_log_mailer_is_for_development_only() -> None:
    with pytest.raises(SettingsError, match="development"):
        load_mailer(make_settings("sqlite://", mailer="log"))
    assert load_mailer(make_settings("sqlite://", mailer="log", env="development")).name == "log"


PLUGIN = """
from cpni_api.notifications.delivery_policy import Outcome
from cpni_api.notifications.mailers.base import DeliveryResult

SENT = []


class AcmeMailer:
    name = "acme"
    per_endpoint = False

    def __init__(self, settings):
        self.settings = settings

    def deliver(self, envelope, endpoint):
        SENT.append(envelope.id)
        return DeliveryResult(Outcome.DELIVERED)

    def close(self):
        pass
"""


def test_a_third_party_mailer_registers_through_an_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "acme_cpni_mailer.py").write_text(PLUGIN)
    dist_info = tmp_path / "acme_cpni_mailer-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-cpni-mailer\nVersion: 1.0\n")
    (dist_info / "entry_points.txt").write_text("[cpni_api.mailers]\nacme = acme_cpni_mailer:AcmeMailer\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    mailer = load_mailer(make_settings("sqlite://", mailer="acme"))
    assert type(mailer).__name__ == "AcmeMailer"
    assert mailer.deliver(ENVELOPE, None).outcome is Outcome.DELIVERED
    with pytest.raises(SettingsError, match="acme") as unknown:
        load_mailer(make_settings("sqlite://", mailer="carrier-pigeon"))
    assert "webhook" in str(unknown.value)
