"""The README's example receiver works against real deliveries: verifies, de-duplicates, refuses forgeries."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from fastapi.testclient import TestClient

from cpni_api.notifications.dispatcher import Dispatcher

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "webhook_receiver.py"


@pytest.fixture
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    # Started before registration (the URL must exist first); its handler is set once the secret is known.
    running = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    threading.Thread(target=running.serve_forever, daemon=True).start()
    yield running
    running.shutdown()
    running.server_close()


def test_the_example_receiver_handles_each_event_once_and_refuses_forgeries(
    example: ModuleType,
    server: ThreadingHTTPServer,
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
) -> None:
    url = f"http://127.0.0.1:{server.server_address[1]}/cpni-events"
    endpoint = events_client.post(
        "/v1/webhook-endpoints",
        json={"url": url, "event_types": ["account.password_changed"]},
        headers=events_admin,
    ).json()
    server.RequestHandlerClass = example.make_handler(endpoint["secret"])
    handled: list[str] = []
    example.handle_event = lambda event: handled.append(event["id"])  # type: ignore[attr-defined]

    event_id = emit()
    dispatcher.run_once()
    events_client.post(f"/v1/events/{event_id}/redeliver", headers=events_admin)
    dispatcher.run_once()  # the same webhook-id again: acknowledged, not handled twice
    assert handled == [event_id]
    deliveries = events_client.get(f"/v1/events/{event_id}", headers=events_admin).json()["deliveries"]
    assert [attempt["status_code"] for attempt in deliveries[0]["attempts"]] == [204, 204]

    forged = httpx.post(
        url,
        content=b'{"id": "evt_forged"}',
        headers={"webhook-id": "evt_forged", "webhook-timestamp": "1", "webhook-signature": "v1,AAAA"},
    )
    assert forged.status_code == 401
    assert handled == [event_id]
