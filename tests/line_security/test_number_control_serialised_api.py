"""One number-control action per line at a time (E24, R-5237-8 [M], ADR 0026), through HTTP on SQLite and
PostgreSQL: an allowed SIM change or port-out holds its line until it is completed or cancelled; a second one,
authenticated on its own, is held with `NUMBER_CONTROL_ACTION_PENDING` and the customer is told; a
cancelled request frees the line and can no longer be carried out."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.line_security.test_port_outs_api import PIN, PORT_OUTS, port_out, set_a_pin
from tests.line_security.test_sim_changes_api import (
    SIM_CHANGES,
    account_with_lines,
    password_interaction,
    request_sim_change,
)
from tests.support.cpni import audit_rows, events

PENDING = "NUMBER_CONTROL_ACTION_PENDING"


def test_a_port_out_is_held_while_a_sim_change_of_the_line_is_pending(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    interaction = password_interaction(client, admin_headers, account["id"])
    pin = set_a_pin(client, admin_headers, account["id"], interaction)
    sim = request_sim_change(client, admin_headers, account["id"], number, interaction)
    assert (sim["decision"], sim["status"]) == ("allow", "requested")

    held = port_out(client, admin_headers, number, pin)
    assert (held["decision"], held["reason_code"], held["status"]) == ("deny", PENDING, "denied")
    assert held["rule_ids"] == ["R-5237-8", "E24"]
    notice = events(app, account["id"], "account.port_out_requested")[-1]
    assert (notice.data["outcome"], notice.data["reason_code"]) == ("denied", PENDING)

    done = client.post(f"{SIM_CHANGES}/{sim['id']}/complete", json={}, headers=admin_headers)
    assert done.status_code == 200, done.text
    assert port_out(client, admin_headers, number, pin)["decision"] == "allow"


def test_a_second_sim_change_is_held_and_told_until_the_first_is_cancelled(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    number, other_line = account["telephone_numbers_of_record"]
    first = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert first["decision"] == "allow"

    second = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert (second["decision"], second["reason_code"]) == ("deny", PENDING)
    assert second["notice_event_id"] is not None
    notices = events(app, account["id"], "account.sim_change_requested")
    assert [n.data["outcome"] for n in notices] == ["requested", "held_for_pending_request"]
    # Another line of the same account is not held.
    other = request_sim_change(
        client,
        admin_headers,
        account["id"],
        other_line,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert other["decision"] == "allow"

    cancelled = client.post(
        f"{SIM_CHANGES}/{first['id']}/cancel",
        json={"reason": "customer found the phone"},
        headers=admin_headers,
    )
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    [audit] = audit_rows(app, account["id"], "line_security.sim_change_cancelled")
    assert audit.details["reason"] == "customer found the phone"

    again = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert again["decision"] == "allow"
    # A cancelled request is never carried out, and is cancelled once.
    complete = client.post(f"{SIM_CHANGES}/{first['id']}/complete", json={}, headers=admin_headers)
    assert (complete.status_code, complete.json()["code"]) == (409, "REQUEST_CANCELLED")
    twice = client.post(f"{SIM_CHANGES}/{first['id']}/cancel", json={}, headers=admin_headers)
    assert (twice.status_code, twice.json()["code"]) == (409, "REQUEST_CANCELLED")


def test_a_pending_port_out_holds_a_sim_change_until_it_is_withdrawn(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    pin = set_a_pin(
        client, admin_headers, account["id"], password_interaction(client, admin_headers, account["id"])
    )
    port = port_out(client, admin_headers, number, pin)
    assert port["decision"] == "allow"

    held = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert (held["decision"], held["reason_code"]) == ("deny", PENDING)

    withdrawn = client.post(f"{PORT_OUTS}/{port['id']}/cancel", json={}, headers=admin_headers)
    assert (withdrawn.status_code, withdrawn.json()["status"]) == (200, "cancelled")
    [audit] = audit_rows(app, account["id"], "line_security.port_out_cancelled")
    assert audit.details["new_provider"] == "Gaining Wireless"
    allowed = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert allowed["decision"] == "allow"


def test_only_a_pending_request_can_be_cancelled(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = account_with_lines(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    denied = port_out(client, admin_headers, number, PIN)  # no PIN set: denied
    assert denied["decision"] == "deny"
    refused = client.post(f"{PORT_OUTS}/{denied['id']}/cancel", json={}, headers=admin_headers)
    assert (refused.status_code, refused.json()["code"]) == (409, "REQUEST_NOT_ALLOWED")

    sim = request_sim_change(
        client,
        admin_headers,
        account["id"],
        number,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert (
        client.post(f"{SIM_CHANGES}/{sim['id']}/complete", json={}, headers=admin_headers).status_code == 200
    )
    done = client.post(f"{SIM_CHANGES}/{sim['id']}/cancel", json={}, headers=admin_headers)
    assert (done.status_code, done.json()["code"]) == (409, "REQUEST_ALREADY_COMPLETED")

    unknown = client.post(f"{SIM_CHANGES}/sim_unknown/cancel", json={}, headers=admin_headers)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "NOT_FOUND")
    too_long = client.post(
        f"{SIM_CHANGES}/{sim['id']}/cancel", json={"reason": "x" * 501}, headers=admin_headers
    )
    assert (too_long.status_code, too_long.json()["code"]) == (422, "VALIDATION_FAILED")
