"""Numbers of record after sign-up (R-2003, R-2010-f; E7, E15, E25) and the line-security records
(R-2010-h-10, R-5237-5) through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from tests.line_security.test_port_outs_api import PIN, port_out, set_a_pin
from tests.line_security.test_sim_changes_api import (
    account_with_lines,
    password_interaction,
    request_sim_change,
)
from tests.support.cpni import create_account, events, iso, open_interaction, set_password, unique_number


def numbers_path(account_id: str) -> str:
    return f"/v1/accounts/{account_id}/telephone-numbers"


def test_an_imported_customer_adds_a_line_only_through_an_authenticated_interaction(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers, origin="existing_customer")
    old = account["telephone_numbers_of_record"][0]
    new = unique_number()
    bare = client.post(numbers_path(account["id"]), json={"telephone_number": new}, headers=admin_headers)
    assert bare.status_code == 409, bare.text
    assert bare.json()["code"] == "INTERACTION_REQUIRED"

    interaction = open_interaction(client, admin_headers, account["id"])["id"]
    unverified = client.post(
        numbers_path(account["id"]),
        json={"telephone_number": new, "interaction_id": interaction},
        headers=admin_headers,
    )
    assert unverified.status_code == 409
    assert events(app, account["id"], "account.telephone_number_of_record_changed") == []

    # An existing customer has a one-time code to the line of record for authentication.
    code = client.post(
        f"/v1/interactions/{interaction}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert code.status_code == 202, code.text
    sent = events(app, account["id"], "account.one_time_code_issued")[-1].data["code"]
    verified = client.post(
        f"/v1/interactions/{interaction}/verifications",
        json={"method": "one_time_code", "code": sent},
        headers=admin_headers,
    )
    assert verified.json()["outcome"] == "verified"
    added = client.post(
        numbers_path(account["id"]),
        json={"telephone_number": new, "interaction_id": interaction},
        headers=admin_headers,
    )
    assert added.status_code == 201, added.text
    assert added.json()["telephone_numbers_of_record"] == [old, new]
    # R-2010-f-3/-4: the notice goes to the contacts of record as they were, never to the new line alone.
    notice = events(app, account["id"], "account.telephone_number_of_record_changed")
    assert [event.id for event in notice] == [added.json()["change_notice_event_id"]]
    assert {d.get("telephone_number") for d in notice[0].data["destinations"]} == {old}

    # E7, E25: the new line is a new SIM: no code goes to it and the SIM-swap signal says so.
    refused = client.post(
        f"/v1/interactions/{interaction}/one-time-codes",
        json={"destination": "telephone_number_of_record", "telephone_number": new},
        headers=admin_headers,
    )
    assert refused.json()["code"] == "NUMBER_RECENTLY_SWAPPED"
    check = client.post(
        "/v1/sim-swap/check", json={"phone_number": new, "max_age_hours": 1}, headers=admin_headers
    )
    assert check.json() == {"swapped": True}
    check = client.post(
        "/v1/sim-swap/check", json={"phone_number": old, "max_age_hours": 240}, headers=admin_headers
    )
    assert check.json() == {"swapped": False}


def test_a_new_service_chooses_its_lines_at_sign_up_but_removes_one_only_when_authenticated(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)  # new service: in service initiation
    first = account["telephone_numbers_of_record"][0]
    second = unique_number()
    added = client.post(numbers_path(account["id"]), json={"telephone_number": second}, headers=admin_headers)
    assert added.status_code == 201, added.text
    assert added.json()["change_notice_event_id"] is None  # R-2010-f-2: service initiation
    check = client.post("/v1/sim-swap/check", json={"phone_number": second}, headers=admin_headers)
    assert check.json() == {"swapped": False}  # chosen at sign-up: not a new SIM on an existing service

    assert set_password(client, admin_headers, account["id"]).status_code == 200
    # E15: the window covers choosing, not removing.
    bare = client.delete(f"{numbers_path(account['id'])}/{second}", headers=admin_headers)
    assert (bare.status_code, bare.json()["code"]) == (409, "INTERACTION_REQUIRED")
    interaction = password_interaction(client, admin_headers, account["id"], purpose="general")
    removed = client.delete(
        f"{numbers_path(account['id'])}/{second}",
        params={"interaction_id": interaction},
        headers=admin_headers,
    )
    assert removed.status_code == 200, removed.text
    assert removed.json()["telephone_numbers_of_record"] == [first]
    notice = events(app, account["id"], "account.telephone_number_of_record_changed")
    assert {d.get("telephone_number") for d in notice[-1].data["destinations"]} == {first, second}

    last = client.delete(
        f"{numbers_path(account['id'])}/{first}",
        params={"interaction_id": interaction},
        headers=admin_headers,
    )
    assert (last.status_code, last.json()["code"]) == (409, "LAST_NUMBER_OF_RECORD")


def test_bad_number_changes_get_clear_4xx(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = account_with_lines(client, admin_headers)
    stranger = account_with_lines(client, admin_headers)
    theirs = stranger["telephone_numbers_of_record"][0]
    path = numbers_path(account["id"])

    taken = client.post(path, json={"telephone_number": theirs}, headers=admin_headers)
    assert (taken.status_code, taken.json()["code"]) == (409, "NUMBER_ON_SEVERAL_ACCOUNTS")
    twice = client.post(
        path, json={"telephone_number": account["telephone_numbers_of_record"][0]}, headers=admin_headers
    )
    assert (twice.status_code, twice.json()["code"]) == (409, "NUMBER_ALREADY_OF_RECORD")
    malformed = client.post(path, json={"telephone_number": "12"}, headers=admin_headers)
    assert (malformed.status_code, malformed.json()["code"]) == (422, "VALIDATION_FAILED")
    missing = client.post(
        numbers_path("acct_missing"), json={"telephone_number": unique_number()}, headers=admin_headers
    )
    assert missing.status_code == 404

    interaction = password_interaction(client, admin_headers, account["id"], purpose="general")
    not_ours = client.delete(
        f"{path}/{theirs}", params={"interaction_id": interaction}, headers=admin_headers
    )
    assert (not_ours.status_code, not_ours.json()["code"]) == (409, "NUMBER_NOT_OF_RECORD")
    garbage = client.delete(
        f"{path}/not-a-number", params={"interaction_id": interaction}, headers=admin_headers
    )
    assert (garbage.status_code, garbage.json()["code"]) == (422, "VALIDATION_FAILED")
    other_call = password_interaction(client, admin_headers, stranger["id"], purpose="general")
    mismatch = client.delete(
        f"{path}/{account['telephone_numbers_of_record'][0]}",
        params={"interaction_id": other_call},
        headers=admin_headers,
    )
    assert mismatch.status_code == 409


def test_a_line_on_two_accounts_is_moved_by_neither(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    """Whoever authenticates on one account must not move a line another account also holds (v1 let two
    accounts be created with the same number)."""
    shared = unique_number()
    create_account(client, admin_headers, telephone_numbers_of_record=[shared])
    pretexter = create_account(client, admin_headers, telephone_numbers_of_record=[shared])
    assert set_password(client, admin_headers, pretexter["id"]).status_code == 200
    interaction = password_interaction(client, admin_headers, pretexter["id"])
    response = client.post(
        "/v1/sim-change-requests",
        json={"account_id": pretexter["id"], "telephone_number": shared, "interaction_id": interaction},
        headers=admin_headers,
    )
    assert (response.status_code, response.json()["code"]) == (409, "NUMBER_ON_SEVERAL_ACCOUNTS")
    ported = client.post(
        "/v1/port-out-requests",
        json={"telephone_number": shared, "transfer_pin": PIN, "new_provider": "Gaining Wireless"},
        headers=admin_headers,
    )
    assert (ported.status_code, ported.json()["code"]) == (409, "NUMBER_ON_SEVERAL_ACCOUNTS")


def test_records_export_by_account_and_date_in_json_and_csv(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]
    start = clock.now()
    denied = request_sim_change(
        client,
        admin_headers,
        account["id"],
        line,
        open_interaction(client, admin_headers, account["id"])["id"],
    )
    clock.advance(timedelta(days=2))
    allowed = request_sim_change(
        client, admin_headers, account["id"], line, password_interaction(client, admin_headers, account["id"])
    )
    port_out(client, admin_headers, line, PIN)

    listed = client.get(
        "/v1/sim-change-requests", params={"account_id": account["id"]}, headers=admin_headers
    )
    assert listed.status_code == 200, listed.text
    assert [item["id"] for item in listed.json()["items"]] == [denied["id"], allowed["id"]]
    first_day = client.get(
        "/v1/sim-change-requests",
        params={"account_id": account["id"], "from": iso(start), "to": iso(start + timedelta(days=1))},
        headers=admin_headers,
    ).json()
    assert [item["id"] for item in first_day["items"]] == [denied["id"]]
    paged = client.get(
        "/v1/sim-change-requests", params={"account_id": account["id"], "limit": 1}, headers=admin_headers
    ).json()
    assert len(paged["items"]) == 1
    assert paged["next_cursor"]

    exported = client.get(
        "/v1/sim-change-requests",
        params={"account_id": account["id"], "format": "csv"},
        headers=admin_headers,
    )
    assert exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [(row["id"], row["decision"], row["authentication_method"]) for row in rows] == [
        (denied["id"], "deny", ""),
        (allowed["id"], "allow", "password"),
    ]
    ports = client.get(
        "/v1/port-out-requests",
        params={"account_id": account["id"]},
        headers={**admin_headers, "Accept": "text/csv"},
    )
    port_rows = list(csv.DictReader(io.StringIO(ports.text)))
    assert [row["reason_code"] for row in port_rows] == ["TRANSFER_PIN_NOT_SET"]
    one = client.get(f"/v1/sim-change-requests/{denied['id']}", headers=admin_headers)
    assert one.json()["reason_code"] == "NOT_AUTHENTICATED"
    assert client.get("/v1/sim-change-requests/sim_missing", headers=admin_headers).status_code == 404
    bad = client.get("/v1/sim-change-requests", params={"from": "yesterday"}, headers=admin_headers)
    assert bad.status_code == 422


def test_the_annual_certification_counts_the_years_line_security(
    module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    """A database of the module's own (module_client), so the year holds exactly what is seeded here."""
    client, headers = module_client, module_admin
    clock.set(datetime(2025, 3, 1, 15, tzinfo=UTC))
    account = account_with_lines(client, headers)
    line = account["telephone_numbers_of_record"][0]
    request_sim_change(
        client, headers, account["id"], line, open_interaction(client, headers, account["id"])["id"]
    )
    interaction = password_interaction(client, headers, account["id"])
    allowed = request_sim_change(client, headers, account["id"], line, interaction)
    assert (
        client.post(f"/v1/sim-change-requests/{allowed['id']}/complete", json={}, headers=headers).status_code
        == 200
    )
    set_a_pin(client, headers, account["id"], interaction)
    port_out(client, headers, line, "700395")
    assert (
        client.put(
            f"/v1/accounts/{account['id']}/locks",
            json={"sim_change": True, "port_out": True},
            headers=headers,
        ).status_code
        == 200
    )
    clock.set(datetime(2026, 2, 1, 15, tzinfo=UTC))
    request_sim_change(
        client, headers, account["id"], line, open_interaction(client, headers, account["id"])["id"]
    )

    report = client.get("/v1/reports/annual-certification", params={"year": 2025}, headers=headers).json()
    section: dict[str, Any] = report["line_security"]
    assert section["sim_change_requests"] == {
        "total": 2,
        "allowed": 1,
        "completed": 1,
        "denied_by_reason": {"NOT_AUTHENTICATED": 1},
        "failed_authentications": 1,
    }
    assert section["port_out_requests"]["denied_by_reason"] == {"WRONG_TRANSFER_PIN": 1}
    assert section["port_out_requests"]["failed_authentications"] == 1
    assert section["locks_turned_on"] == {"sim_change": 1, "port_out": 1}
    assert section["locks_turned_off"] == {}
    markdown = client.get(
        "/v1/reports/annual-certification", params={"year": 2025, "format": "markdown"}, headers=headers
    ).text
    assert "## Line security" in markdown
    assert "| SIM changes | 2 | 1 | 1 |" in markdown
