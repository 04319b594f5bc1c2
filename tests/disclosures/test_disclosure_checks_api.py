"""Disclosure checks through the HTTP API, on SQLite and PostgreSQL: the facts come from real accounts,
interactions and verifications; the corpus in tests/decisions covers the policy itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from tests.conftest import make_settings
from tests.support.cpni import (
    STRONG_PASSWORD,
    audit_rows,
    authenticated_interaction,
    create_account,
    events,
    open_interaction,
    set_password,
    verify,
)

PAST = "2026-01-05T00:00:00Z"  # migrated addresses, of record long ago
POSTAL = {
    "line1": "1 Main St",
    "city": "Springfield",
    "region": "IL",
    "postal_code": "62701",
    "country": "US",
}


def check(client: TestClient, headers: dict[str, str], interaction_id: str, **body: Any) -> dict[str, Any]:
    payload = {"information": "call_detail", "release": "discuss_in_interaction"} | body
    response = client.post(
        "/v1/disclosure-checks", json={"interaction_id": interaction_id, **payload}, headers=headers
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def account_with_password(client: TestClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    account = create_account(client, headers, **fields)
    assert set_password(client, headers, account["id"]).status_code == 200
    return account


def password_interaction(
    client: TestClient, headers: dict[str, str], account_id: str, channel: str = "inbound_call", **fields: Any
) -> str:
    interaction = open_interaction(client, headers, account_id, channel, **fields)
    assert verify(client, headers, interaction["id"], method="password", password=STRONG_PASSWORD)[
        "outcome"
    ] == ("verified")
    return str(interaction["id"])


def test_inbound_call_detail_with_a_password_is_allowed_stored_and_audited(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_password(client, admin_headers)
    interaction_id = password_interaction(client, admin_headers, account["id"], agent_id="agent-1")
    decided = check(client, admin_headers, interaction_id)
    assert (decided["decision"], decided["reason_code"]) == ("allow", "PASSWORD_VERIFIED")
    assert decided["permitted_alternatives"] == []
    assert "R-2010-b-1" in decided["rule_ids"]
    fetched = client.get(f"/v1/disclosure-checks/{decided['id']}", headers=admin_headers)
    assert fetched.json() == decided
    [row] = audit_rows(app, account["id"], "disclosure.checked")
    assert (row.subject_id, row.outcome, row.agent_id) == (decided["id"], "allow", "agent-1")
    assert row.details["reason_code"] == "PASSWORD_VERIFIED"


def test_without_a_password_call_detail_is_denied_with_the_alternatives_of_record(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(
        client,
        admin_headers,
        email_address={"address": "jane.doe@example.com", "associated_since": PAST},
    )
    interaction = open_interaction(client, admin_headers, account["id"])
    decided = check(client, admin_headers, interaction["id"])
    assert (decided["decision"], decided["reason_code"]) == ("deny", "PASSWORD_REQUIRED_FOR_CALL_DETAIL")
    assert decided["required_verification"] == "password"
    alternatives = {item["release"]: item["destination_hint"] for item in decided["permitted_alternatives"]}
    assert set(alternatives) == {"send_to_address_of_record", "callback_to_number_of_record"}
    assert alternatives["send_to_address_of_record"] == "email address of record j•••@example.com"
    number = account["telephone_numbers_of_record"][0]
    assert number not in str(decided)  # the agent gets a hint, never the number itself
    assert alternatives["callback_to_number_of_record"].endswith(number[-2:])


def test_an_address_younger_than_30_days_is_not_offered(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(client, admin_headers, postal_address=POSTAL)  # associated now
    interaction = open_interaction(client, admin_headers, account["id"])
    first = check(client, admin_headers, interaction["id"])
    assert [a["release"] for a in first["permitted_alternatives"]] == ["callback_to_number_of_record"]
    refused = check(client, admin_headers, interaction["id"], release="send_to_address_of_record")
    assert (refused["decision"], refused["reason_code"]) == ("deny", "NO_ADDRESS_OF_RECORD")
    clock.advance(timedelta(days=30))
    later = open_interaction(client, admin_headers, account["id"])
    releases = [a["release"] for a in check(client, admin_headers, later["id"])["permitted_alternatives"]]
    assert "send_to_address_of_record" in releases


def test_send_to_address_of_record_emits_the_delivery_event(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers, postal_address=POSTAL | {"associated_since": PAST})
    interaction = open_interaction(client, admin_headers, account["id"])
    decided = check(client, admin_headers, interaction["id"], release="send_to_address_of_record")
    assert (decided["decision"], decided["reason_code"]) == ("allow", "RELEASE_TO_ADDRESS_OF_RECORD")
    [event] = events(app, account["id"], "disclosure.call_detail_release_requested")
    assert decided["delivery_event_id"] == event.id
    assert event.data["destination"]["channel"] == "postal_address_of_record"
    assert event.data["destination"]["postal_address"]["postal_code"] == "62701"
    assert event.data["disclosure_check_id"] == decided["id"]
    assert decided["numbers_to_dial"] == []


def test_callback_returns_only_the_numbers_of_record(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    decided = check(client, admin_headers, interaction["id"], release="callback_to_number_of_record")
    assert (decided["decision"], decided["reason_code"]) == ("allow", "CALLBACK_TO_NUMBER_OF_RECORD")
    assert decided["numbers_to_dial"] == account["telephone_numbers_of_record"]
    assert decided["delivery_event_id"] is None


def test_call_detail_the_caller_recited_may_be_discussed(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    decided = check(client, admin_headers, interaction["id"], customer_provided_call_detail=True)
    assert (decided["decision"], decided["reason_code"]) == ("allow", "CUSTOMER_PROVIDED_CALL_DETAIL")


def test_outbound_calls_depend_on_the_number_dialed(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    to_record = open_interaction(client, admin_headers, account["id"], "outbound_call", dialed_number=number)
    allowed = check(client, admin_headers, to_record["id"])
    assert (allowed["decision"], allowed["reason_code"]) == ("allow", "OUTBOUND_CALL_TO_NUMBER_OF_RECORD")
    elsewhere = open_interaction(
        client, admin_headers, account["id"], "outbound_call", dialed_number="+12025550143"
    )
    denied = check(client, admin_headers, elsewhere["id"])
    assert (denied["decision"], denied["reason_code"]) == ("deny", "OUTBOUND_CALL_NOT_TO_NUMBER_OF_RECORD")


def test_online_needs_a_password(app: FastAPI, client: TestClient, admin_headers: dict[str, str]) -> None:
    account = account_with_password(client, admin_headers)
    by_code = authenticated_interaction(app, client, admin_headers, account["id"], "online")
    denied = check(client, admin_headers, by_code, information="non_call_detail")
    assert (denied["decision"], denied["reason_code"]) == ("deny", "ONLINE_PASSWORD_REQUIRED")
    by_password = password_interaction(client, admin_headers, account["id"], "online")
    allowed = check(client, admin_headers, by_password, information="non_call_detail")
    assert allowed["decision"] == "allow"


def test_in_store_needs_a_valid_photo_id(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = create_account(client, admin_headers)
    expired = open_interaction(client, admin_headers, account["id"], "in_store")
    photo = {"method": "photo_id", "id_type": "drivers_license", "matches_account": True}
    assert (
        verify(client, admin_headers, expired["id"], **photo, expires_on="2020-01-01")["outcome"] == "failed"
    )
    denied = check(client, admin_headers, expired["id"])
    assert (denied["decision"], denied["reason_code"]) == ("deny", "PHOTO_ID_REQUIRED")
    valid = open_interaction(client, admin_headers, account["id"], "in_store")
    assert (
        verify(client, admin_headers, valid["id"], **photo, expires_on="2030-01-01")["outcome"] == "verified"
    )
    allowed = check(client, admin_headers, valid["id"])
    assert (allowed["decision"], allowed["reason_code"]) == ("allow", "PHOTO_ID_VERIFIED")


@pytest.mark.parametrize(
    ("business", "expected"),
    [
        ({"dedicated_representative": "Dana Reyes", "cpni_contract_reference": "MSA-7"}, "allow"),
        ({"dedicated_representative": "Dana Reyes"}, "deny"),
    ],
)
def test_the_business_contract_method_needs_both_conditions(
    client: TestClient, admin_headers: dict[str, str], business: dict[str, str], expected: str
) -> None:
    account = create_account(client, admin_headers, kind="business", business=business)
    interaction = open_interaction(client, admin_headers, account["id"])
    verify(
        client,
        admin_headers,
        interaction["id"],
        method="business_contract",
        representative="Dana Reyes",
        contract_reference="MSA-7",
    )
    assert check(client, admin_headers, interaction["id"])["decision"] == expected


def test_other_cpni_still_needs_authentication(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    bare = open_interaction(client, admin_headers, account["id"])
    denied = check(client, admin_headers, bare["id"], information="non_call_detail")
    assert (denied["decision"], denied["reason_code"]) == ("deny", "NOT_AUTHENTICATED")
    by_code = authenticated_interaction(app, client, admin_headers, account["id"])
    assert check(client, admin_headers, by_code, information="non_call_detail")["decision"] == "allow"
    # a one-time code is not a password: call detail stays closed (R-2010-b-1)
    assert check(client, admin_headers, by_code)["reason_code"] == "PASSWORD_REQUIRED_FOR_CALL_DETAIL"


def test_closed_or_expired_interactions_are_denied(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_password(client, admin_headers)
    closed = password_interaction(client, admin_headers, account["id"])
    assert client.post(f"/v1/interactions/{closed}/close", headers=admin_headers).status_code == 200
    assert check(client, admin_headers, closed)["reason_code"] == "INTERACTION_CLOSED"
    expiring = password_interaction(client, admin_headers, account["id"])
    clock.advance(timedelta(hours=2))
    decided = check(client, admin_headers, expiring)
    assert (decided["decision"], decided["reason_code"], decided["permitted_alternatives"]) == (
        "deny",
        "INTERACTION_EXPIRED",
        [],
    )


def test_a_locked_account_is_denied_even_after_a_password(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_password(client, admin_headers)
    interaction_id = password_interaction(client, admin_headers, account["id"])
    other = open_interaction(client, admin_headers, account["id"])
    for _ in range(5):
        verify(client, admin_headers, other["id"], method="password", password="wrong-Password-123")
    decided = check(client, admin_headers, interaction_id)
    assert (decided["decision"], decided["reason_code"]) == ("deny", "VERIFICATION_LOCKED")


@pytest.fixture
def gated_client(database_url: str, clock: ManualClock) -> Iterator[TestClient]:
    gated = create_app(make_settings(database_url, training_gate_enabled=True), clock=clock)
    with TestClient(gated, raise_server_exceptions=False) as client:
        yield client
    gated.state.engine.dispose()


def test_the_training_gate_denies_untrained_agents(
    gated_client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    client = gated_client
    account = account_with_password(client, admin_headers)
    agent = f"agent-{account['id'][-6:]}"
    interaction_id = password_interaction(client, admin_headers, account["id"], agent_id=agent)
    assert check(client, admin_headers, interaction_id)["reason_code"] == "AGENT_NOT_TRAINED"
    trained = client.post(
        f"/v1/agents/{agent}/trainings",
        json={
            "course": "CPNI 2026",
            "completed_at": "2026-11-01T00:00:00Z",
            "expires_at": "2027-11-01T00:00:00Z",
        },
        headers=admin_headers,
    )
    assert trained.status_code == 201, trained.text
    assert check(client, admin_headers, interaction_id)["decision"] == "allow"


def test_unknown_interactions_and_bad_input(client: TestClient, admin_headers: dict[str, str]) -> None:
    missing = client.post(
        "/v1/disclosure-checks",
        json={
            "interaction_id": "int_nope",
            "information": "call_detail",
            "release": "discuss_in_interaction",
        },
        headers=admin_headers,
    )
    assert (missing.status_code, missing.json()["code"]) == (404, "NOT_FOUND")
    bad = client.post(
        "/v1/disclosure-checks",
        json={"interaction_id": "int_x", "information": "everything", "release": "discuss_in_interaction"},
        headers=admin_headers,
    )
    assert bad.status_code == 422
    assert client.get("/v1/disclosure-checks/dck_nope", headers=admin_headers).status_code == 404
