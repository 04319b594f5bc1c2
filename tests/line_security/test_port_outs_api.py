"""Port-outs and the number transfer PIN through the HTTP API (R-5237-2..5), on SQLite and PostgreSQL: the PIN
is set only at the SIM-change bar, a wrong one is counted and the fifth locks port-outs, a lock refuses first,
and every request is kept and notified. Plus the PIN race across two replicas on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.line_security.models import PortOutRequest
from tests.conftest import make_settings
from tests.line_security.test_sim_changes_api import account_with_lines, password_interaction, set_locks
from tests.support.cpni import events, open_interaction, unique_number

PORT_OUTS = "/v1/port-out-requests"
PIN = "480271"
THRESHOLD = 5  # the default CPNI_TRANSFER_PIN_LOCKOUT_THRESHOLD


def put_pin(
    client: TestClient, headers: dict[str, str], account_id: str, pin: str, interaction_id: str
) -> Any:
    return client.put(
        f"/v1/accounts/{account_id}/number-transfer-pin",
        json={"pin": pin, "interaction_id": interaction_id},
        headers=headers,
    )


def port_out(client: TestClient, headers: dict[str, str], number: str, pin: str) -> dict[str, Any]:
    response = client.post(
        PORT_OUTS,
        json={"telephone_number": number, "transfer_pin": pin, "new_provider": "Gaining Wireless"},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_the_transfer_pin_is_set_only_at_the_bar_and_never_trivial(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    unverified = open_interaction(client, admin_headers, account["id"])["id"]
    refused = put_pin(client, admin_headers, account["id"], PIN, unverified)
    assert (refused.status_code, refused.json()["code"]) == (409, "LINE_SECURITY_AUTHORITY_REQUIRED")

    interaction = password_interaction(client, admin_headers, account["id"], purpose="port_out")
    for trivial in ("111111", "123456", "987654"):
        response = put_pin(client, admin_headers, account["id"], trivial, interaction)
        assert (response.status_code, response.json()["code"]) == (422, "TRANSFER_PIN_INVALID"), trivial
    own_number = account["telephone_numbers_of_record"][0][-6:]
    assert put_pin(client, admin_headers, account["id"], own_number, interaction).status_code == 422
    for shape in ("12345", "12a456", "1234567890123456", ""):
        response = put_pin(client, admin_headers, account["id"], shape, interaction)
        assert (response.status_code, response.json()["code"]) == (422, "VALIDATION_FAILED"), shape

    created = put_pin(client, admin_headers, account["id"], PIN, interaction)
    assert created.status_code == 200, created.text
    assert created.json()["change"] == "created"
    assert PIN not in created.text
    changed = put_pin(client, admin_headers, account["id"], "592017", interaction)
    assert changed.json()["change"] == "changed"
    notices = events(app, account["id"], "account.number_transfer_pin_changed")
    assert [event.data["change"] for event in notices] == ["created", "changed"]
    assert all(PIN not in str(event.data) for event in notices)


def test_a_wrong_pin_is_denied_and_the_fifth_locks_port_outs(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    line = account["telephone_numbers_of_record"][0]
    never_set = port_out(client, admin_headers, line, PIN)
    assert (never_set["decision"], never_set["reason_code"]) == ("deny", "TRANSFER_PIN_NOT_SET")
    interaction = password_interaction(client, admin_headers, account["id"], purpose="port_out")
    assert put_pin(client, admin_headers, account["id"], PIN, interaction).status_code == 200

    wrong = [port_out(client, admin_headers, line, f"70{i}395") for i in range(THRESHOLD)]
    assert [r["reason_code"] for r in wrong] == ["WRONG_TRANSFER_PIN"] * THRESHOLD
    right = port_out(client, admin_headers, line, PIN)
    assert (right["decision"], right["reason_code"]) == ("deny", "TRANSFER_PIN_LOCKED")
    # R-5237-3: every request, refused or not, is news to the customer, on every contact of record.
    notices = events(app, account["id"], "account.port_out_requested")
    assert len(notices) == THRESHOLD + 2
    assert {d.get("telephone_number") for d in notices[-1].data["destinations"]} == set(
        account["telephone_numbers_of_record"]
    )
    assert all(PIN not in str(event.data) for event in notices)

    # A new PIN, set at the bar, clears the count.
    assert put_pin(client, admin_headers, account["id"], "592017", interaction).status_code == 200
    allowed = port_out(client, admin_headers, line, "592017")
    assert (allowed["decision"], allowed["reason_code"]) == ("allow", "TRANSFER_PIN_VERIFIED")


def test_a_port_out_under_lock_is_denied_and_a_completed_one_takes_the_number_away(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    leaving, staying = account["telephone_numbers_of_record"]
    interaction = password_interaction(client, admin_headers, account["id"], purpose="port_out")
    assert put_pin(client, admin_headers, account["id"], PIN, interaction).status_code == 200
    assert set_locks(client, admin_headers, account["id"], sim_change=False, port_out=True).status_code == 200

    locked = port_out(client, admin_headers, leaving, PIN)
    assert (locked["decision"], locked["reason_code"]) == ("deny", "PORT_OUT_LOCKED")
    assert "R-5237-4" in locked["rule_ids"]
    never = client.post(f"{PORT_OUTS}/{locked['id']}/complete", json={}, headers=admin_headers)
    assert (never.status_code, never.json()["code"]) == (409, "REQUEST_NOT_ALLOWED")

    unlock = set_locks(
        client,
        admin_headers,
        account["id"],
        sim_change=False,
        port_out=False,
        interaction_id=password_interaction(client, admin_headers, account["id"]),
    )
    assert unlock.status_code == 200, unlock.text
    allowed = port_out(client, admin_headers, leaving, PIN)
    assert allowed["decision"] == "allow"
    done = client.post(f"{PORT_OUTS}/{allowed['id']}/complete", json={}, headers=admin_headers)
    assert done.status_code == 200, done.text
    again = client.post(f"{PORT_OUTS}/{allowed['id']}/complete", json={}, headers=admin_headers)
    assert (again.status_code, again.json()["code"]) == (409, "REQUEST_ALREADY_COMPLETED")
    numbers = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
    assert numbers["telephone_numbers_of_record"] == [staying]
    gone = port_out(client, admin_headers, staying, PIN)
    assert gone["decision"] == "allow"
    unknown = client.post(
        PORT_OUTS,
        json={"telephone_number": leaving, "transfer_pin": PIN, "new_provider": "Gaining Wireless"},
        headers=admin_headers,
    )
    assert unknown.status_code == 404  # no longer the carrier's number


def test_bad_port_out_requests_get_clear_4xx(client: TestClient, admin_headers: dict[str, str]) -> None:
    def post(body: dict[str, Any]) -> Any:
        return client.post(PORT_OUTS, json=body, headers=admin_headers)

    base = {"telephone_number": unique_number(), "transfer_pin": PIN, "new_provider": "Gaining Wireless"}
    assert post(base).status_code == 404
    for pin in ("12", "abcdef", 480271):
        response = post({**base, "transfer_pin": pin})
        assert (response.status_code, response.json()["code"]) == (422, "VALIDATION_FAILED"), pin
    assert post({**base, "new_provider": ""}).status_code == 422
    assert post({k: v for k, v in base.items() if k != "new_provider"}).status_code == 422
    assert (
        client.post(f"{PORT_OUTS}/port_missing/complete", json={}, headers=admin_headers).status_code == 404
    )


def test_parallel_wrong_pins_on_two_replicas_lock_at_exactly_the_threshold(
    backend: str, database_url: str, clock: ManualClock, make_key: Callable[..., str]
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers in one process; the cross-replica race is a PostgreSQL matter")
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN)}"}
    replicas = [create_app(make_settings(database_url), clock=clock) for _ in range(2)]
    parallel = 20
    try:
        with TestClient(replicas[0]) as first, TestClient(replicas[1]) as second:
            account = account_with_lines(first, headers)
            line = account["telephone_numbers_of_record"][0]
            interaction = password_interaction(first, headers, account["id"], purpose="port_out")
            assert put_pin(first, headers, account["id"], PIN, interaction).status_code == 200

            def attempt(i: int) -> str:
                client = (first, second)[i % 2]
                return str(port_out(client, headers, line, f"{700000 + i * 37:06d}")["reason_code"])

            with ThreadPoolExecutor(max_workers=parallel) as pool:
                outcomes = Counter(pool.map(attempt, range(parallel)))
            assert outcomes == {"WRONG_TRANSFER_PIN": THRESHOLD, "TRANSFER_PIN_LOCKED": parallel - THRESHOLD}
            with replicas[1].state.session_factory() as session:
                kept = session.scalars(
                    select(PortOutRequest.reason_code).where(PortOutRequest.account_id == account["id"])
                ).all()
            assert Counter(kept) == outcomes  # every request kept, none lost in the race
            right = port_out(second, headers, line, PIN)
            assert right["reason_code"] == "TRANSFER_PIN_LOCKED"
    finally:
        for replica in replicas:
            replica.state.engine.dispose()
