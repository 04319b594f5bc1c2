"""Service initiation as a bounded moment, through the HTTP API (issue 13, ADR 0020): R-2010-e-1 (establishing
a password needs an authentication without biographical or account information), R-2010-f-2 (only service
initiation is exempt from it and from the notice)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.clock import ManualClock
from tests.support.cpni import (
    STRONG_PASSWORD,
    audit_rows,
    authenticated_interaction,
    create_account,
    events,
    iso,
    open_interaction,
    set_password,
    verify,
)

BACKUP = {"method": "secret_answer", "question": "What was your first concert?", "answer": "Blue Harbor"}
WINDOW = timedelta(minutes=30)


def _put_backup(client: TestClient, headers: dict[str, str], account_id: str, **body: Any) -> Any:
    return client.put(
        f"/v1/accounts/{account_id}/backup-authentication", json={**BACKUP, **body}, headers=headers
    )


def _imported(
    client: TestClient, headers: dict[str, str], clock: ManualClock, **fields: Any
) -> dict[str, Any]:
    """An existing customer, as a carrier imports it: its address associated long ago."""
    since = iso(clock.now() - timedelta(days=400))
    return create_account(
        client, headers, email_address={"address": "kept@example.com", "associated_since": since}, **fields
    )


def test_an_account_shows_its_origin_and_its_window(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    new = create_account(client, admin_headers)
    assert new["origin"] == "new_service"
    assert new["service_initiation_ends_at"] == iso(clock.now() + WINDOW)
    assert new["in_service_initiation"] is True
    imported = _imported(client, admin_headers, clock)
    assert imported["origin"] == "existing_customer"
    assert imported["service_initiation_ends_at"] is None
    assert imported["in_service_initiation"] is False
    explicit = create_account(client, admin_headers, origin="existing_customer")
    assert (explicit["origin"], explicit["in_service_initiation"]) == ("existing_customer", False)
    clock.advance(WINDOW)
    later = client.get(f"/v1/accounts/{new['id']}", headers=admin_headers).json()
    assert later["in_service_initiation"] is False


def test_an_existing_customer_never_sets_a_first_password_without_an_authenticated_interaction(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """The pretexter's door: an imported account that never had a password accepted one from anyone who knew
    its id, and then let them hear call detail (PASSWORD_VERIFIED)."""
    account = _imported(client, admin_headers, clock)
    refused = set_password(client, admin_headers, account["id"])
    assert refused.status_code == 409
    assert refused.json()["code"] == "INTERACTION_REQUIRED"
    assert refused.headers["content-type"] == "application/problem+json"
    backup = _put_backup(client, admin_headers, account["id"])
    assert (backup.status_code, backup.json()["code"]) == (409, "INTERACTION_REQUIRED")
    online = client.put(
        f"/v1/accounts/{account['id']}/online-account", json={"username": "pretexter"}, headers=admin_headers
    )
    assert (online.status_code, online.json()["code"]) == (409, "INTERACTION_REQUIRED")
    # The pretexter cannot then verify with a password of their own choosing.
    interaction = open_interaction(client, admin_headers, account["id"])
    attempt = client.post(
        f"/v1/interactions/{interaction['id']}/verifications",
        json={"method": "password", "password": STRONG_PASSWORD},
        headers=admin_headers,
    )
    assert (attempt.status_code, attempt.json()["code"]) == (409, "PASSWORD_NOT_SET")

    # The customer, authenticated by a one-time code to the number of record, establishes it, and is told.
    authenticated = authenticated_interaction(app, client, admin_headers, account["id"])
    created = set_password(client, admin_headers, account["id"], interaction_id=authenticated)
    assert created.status_code == 200, created.text
    assert (created.json()["change"], created.json()["at_service_initiation"]) == ("created", False)
    [notice] = events(app, account["id"], "account.password_changed")
    assert notice.id == created.json()["change_notice_event_id"]
    assert notice.data["change"] == "created"
    assert {"channel": "email_address_of_record", "email_address": "kept@example.com"} in notice.data[
        "destinations"
    ]


def test_a_new_service_account_past_its_window_is_refused_too_and_the_end_is_exact(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(client, admin_headers)
    clock.advance(WINDOW - timedelta(seconds=1))
    inside = _put_backup(client, admin_headers, account["id"])
    assert inside.status_code == 200, inside.text
    assert inside.json()["at_service_initiation"] is True
    clock.advance(timedelta(seconds=1))  # the end instant itself is outside the window
    refused = set_password(client, admin_headers, account["id"])
    assert (refused.status_code, refused.json()["code"]) == (409, "INTERACTION_REQUIRED")
    authenticated = authenticated_interaction(app, client, admin_headers, account["id"])
    created = set_password(client, admin_headers, account["id"], interaction_id=authenticated)
    assert created.status_code == 200, created.text
    assert created.json()["at_service_initiation"] is False
    [notice] = events(app, account["id"], "account.password_changed")
    assert notice.data["change"] == "created"
    assert events(app, account["id"], "account.backup_authentication_changed") == []


def test_inside_the_window_any_order_works_without_interaction_or_notice(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """The natural sign-up order (password, then backup) used to fail with INTERACTION_REQUIRED."""
    password_first = create_account(client, admin_headers)
    assert set_password(client, admin_headers, password_first["id"]).status_code == 200
    clock.advance(timedelta(minutes=5))
    backup = _put_backup(client, admin_headers, password_first["id"])
    assert backup.status_code == 200, backup.text
    assert backup.json()["at_service_initiation"] is True
    online = client.put(
        f"/v1/accounts/{password_first['id']}/online-account",
        json={"username": "sign.up.1"},
        headers=admin_headers,
    )
    assert online.status_code == 200, online.text
    assert online.json()["at_service_initiation"] is True

    backup_first = create_account(client, admin_headers)
    assert _put_backup(client, admin_headers, backup_first["id"]).status_code == 200
    second = set_password(client, admin_headers, backup_first["id"])
    assert second.status_code == 200, second.text
    assert second.json()["at_service_initiation"] is True

    for account in (password_first, backup_first):
        assert events(app, account["id"]) == []
        got = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
        assert got["credentials"]["password_set"] is True
        assert got["credentials"]["backup_authentication_method"] == "secret_answer"
        rows = audit_rows(app, account["id"], "credential.password_set")
        assert [row.details["at_service_initiation"] for row in rows] == [True]


def test_initial_credentials_are_set_with_the_account_without_notice(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(
        client,
        admin_headers,
        initial_credentials={
            "password": STRONG_PASSWORD,
            "backup_authentication": {"method": "totp"},
            "online_username": "New.Customer",
            "forbidden_values": ["1985-03-14"],
        },
    )
    assert account["credentials"]["password_set"] is True
    assert account["credentials"]["backup_authentication_method"] == "totp"
    assert account["credentials"]["online_account"] is True
    assert account["totp_provisioning_uri"].startswith("otpauth://totp/")
    assert events(app, account["id"]) == []
    [created] = audit_rows(app, account["id"], "account.created")
    assert created.details["initial_credentials"] == ["password", "backup_authentication", "online_account"]
    assert created.details["origin"] == "new_service"
    assert STRONG_PASSWORD not in str(created.details)
    # The password works, and the account is still a new one: its window runs as usual.
    interaction = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)[
            "outcome"
        ]
        == "verified"
    )
    # An imported customer may bring its credentials too (nothing changed from the customer's side).
    imported = _imported(client, admin_headers, clock, initial_credentials={"password": STRONG_PASSWORD})
    assert imported["credentials"]["password_set"] is True
    assert imported["origin"] == "existing_customer"
    assert events(app, imported["id"]) == []


def test_initial_credentials_are_screened_and_a_refusal_creates_nothing(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    ref = "ACCT-000000777001"
    response = client.post(
        "/v1/accounts",
        json={
            "external_ref": ref,
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550177"],
            "initial_credentials": {"password": "Marigold-1985-0314", "forbidden_values": ["03/14/1985"]},
        },
        headers=admin_headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"
    # The account was not created either: the same reference is still free.
    again = client.post(
        "/v1/accounts",
        json={"external_ref": ref, "kind": "residential", "telephone_numbers_of_record": ["+14155550177"]},
        headers=admin_headers,
    )
    assert again.status_code == 201, again.text
    empty = client.post(
        "/v1/accounts",
        json={
            "external_ref": "ACCT-000000777002",
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550178"],
            "initial_credentials": {"forbidden_values": []},
        },
        headers=admin_headers,
    )
    assert empty.status_code == 422
    assert empty.json()["errors"][0]["location"] == ["body", "initial_credentials"]


def test_initial_credentials_need_the_credentials_scope_too(
    client: TestClient, make_key: Callable[..., str]
) -> None:
    """No label skips a scope: a key that may create accounts but not set credentials cannot set them by
    creating the account with them."""
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.ACCOUNTS_WRITE, ApiKeyScope.ACCOUNTS_READ)}"}
    refused = client.post(
        "/v1/accounts",
        json={
            "external_ref": "ACCT-000000777003",
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550179"],
            "initial_credentials": {"password": STRONG_PASSWORD},
        },
        headers=headers,
    )
    assert refused.status_code == 403
    assert (refused.json()["code"], refused.json()["required_scope"]) == (
        "INSUFFICIENT_SCOPE",
        "credentials:write",
    )
    key = make_key(ApiKeyScope.ACCOUNTS_WRITE, ApiKeyScope.CREDENTIALS_WRITE, ApiKeyScope.ACCOUNTS_READ)
    both = {"Authorization": f"Bearer {key}"}
    created = create_account(client, both, initial_credentials={"password": STRONG_PASSWORD})
    assert created["credentials"]["password_set"] is True


def test_new_service_with_a_back_dated_address_is_a_422_naming_the_field(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    response = client.post(
        "/v1/accounts",
        json={
            "external_ref": "ACCT-000000777004",
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550180"],
            "origin": "new_service",
            "postal_address": {
                "line1": "1 Main St",
                "city": "Springfield",
                "postal_code": "12345",
                "associated_since": iso(clock.now() - timedelta(days=45)),
            },
        },
        headers=admin_headers,
    )
    assert response.status_code == 422
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert body["code"] == "NEW_SERVICE_WITH_BACKDATED_ADDRESS"
    assert body["errors"][0]["location"] == ["body", "origin"]
    unknown = client.post(
        "/v1/accounts",
        json={
            "external_ref": "ACCT-000000777005",
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550181"],
            "origin": "returning_customer",
        },
        headers=admin_headers,
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["location"] == ["body", "origin"]


def test_deleting_a_credential_inside_the_window_still_needs_an_interaction(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """E15: the window covers setting credentials at sign-up, never removing them."""
    account = create_account(client, admin_headers)
    assert _put_backup(client, admin_headers, account["id"]).status_code == 200
    unverified = open_interaction(client, admin_headers, account["id"])
    refused = client.delete(
        f"/v1/accounts/{account['id']}/backup-authentication",
        params={"interaction_id": unverified["id"]},
        headers=admin_headers,
    )
    assert (refused.status_code, refused.json()["code"]) == (409, "INTERACTION_NOT_AUTHENTICATED")
    authenticated = authenticated_interaction(app, client, admin_headers, account["id"])
    deleted = client.delete(
        f"/v1/accounts/{account['id']}/backup-authentication",
        params={"interaction_id": authenticated},
        headers=admin_headers,
    )
    assert deleted.status_code == 200, deleted.text
    [notice] = events(app, account["id"], "account.backup_authentication_changed")
    assert notice.data["change"] == "deleted"
