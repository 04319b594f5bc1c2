"""Accounts through the HTTP API: R-2003 addresses and numbers of record, R-2010-f address change notices,
R-2010-g business exemption, on SQLite and PostgreSQL, with time moved by the clock."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.accounts.models import AccountAddress
from cpni_api.core.clock import ManualClock
from tests.support.cpni import audit_rows, create_account, events, iso, unique_number

POSTAL = {"line1": "100 Main Street", "city": "Springfield", "region": "IL", "postal_code": "62701"}


def test_create_normalizes_numbers_and_sends_no_notice_at_service_initiation(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(
        client,
        admin_headers,
        telephone_numbers_of_record=["+1 (415) 555-0100"],
        email_address={"address": "jane@example.com"},
    )
    # R-2003: numbers of record are stored in E.164.
    assert account["telephone_numbers_of_record"] == ["+14155550100"]
    assert account["business"] is None
    assert account["credentials"]["password_set"] is False
    # R-2010-f-2: creating the account is service initiation: no change notice.
    assert events(app, account["id"]) == []
    assert [row.action for row in audit_rows(app, account["id"])] == ["account.created"]


def test_a_new_address_is_not_of_record_on_day_29_and_is_on_day_30(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2003, E3: an address of record has been associated with the account for at least 30 days."""
    account = create_account(client, admin_headers, postal_address=POSTAL)
    assert account["postal_address"]["is_address_of_record"] is False
    clock.advance(timedelta(days=29, hours=23, minutes=59))
    got = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
    assert got["postal_address"]["is_address_of_record"] is False
    clock.advance(timedelta(minutes=1))
    got = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
    assert got["postal_address"]["is_address_of_record"] is True
    assert got["postal_address"]["address_of_record_from"] == iso(clock.now())


def test_importing_customers_may_backdate_an_address_but_never_into_the_future(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    long_ago = iso(clock.now() - timedelta(days=400))
    account = create_account(
        client, admin_headers, email_address={"address": "old@example.com", "associated_since": long_ago}
    )
    assert account["email_address"]["is_address_of_record"] is True
    future = iso(clock.now() + timedelta(minutes=1))
    response = client.post(
        "/v1/accounts",
        json={
            "external_ref": "FUTURE-1",
            "kind": "residential",
            "telephone_numbers_of_record": [unique_number()],
            "email_address": {"address": "new@example.com", "associated_since": future},
        },
        headers=admin_headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "ASSOCIATED_SINCE_IN_FUTURE"


def test_changing_an_address_restarts_its_30_days_keeps_history_and_notifies_the_old_destinations(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-f-1/3/4: the notice goes to the numbers of record and the addresses that were of record
    before the change, never to the new address, and never names the new value."""
    old_email = "old.address@example.com"
    account = create_account(
        client,
        admin_headers,
        email_address={"address": old_email, "associated_since": iso(clock.now() - timedelta(days=60))},
        postal_address=POSTAL,  # only days old: not of record, so not a destination
    )
    new_email = "attacker@evil.example"
    response = client.put(
        f"/v1/accounts/{account['id']}/email-address", json={"address": new_email}, headers=admin_headers
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["email_address"]["address"] == new_email
    assert body["email_address"]["is_address_of_record"] is False  # E3: the clock restarts
    [notice] = events(app, account["id"], "account.address_of_record_changed")
    assert notice.data["change"] == "changed"
    assert notice.data["address_kind"] == "email"
    assert notice.data["destinations"] == [
        {
            "channel": "telephone_number_of_record",
            "telephone_number": account["telephone_numbers_of_record"][0],
        },
        {"channel": "email_address_of_record", "email_address": old_email},
    ]
    assert new_email not in str(notice.data)
    # The same address again (other case and spacing) is not a change: no second notice (E3 normalization).
    client.put(
        f"/v1/accounts/{account['id']}/email-address",
        json={"address": " ATTACKER@evil.example"},
        headers=admin_headers,
    )
    assert len(events(app, account["id"], "account.address_of_record_changed")) == 1
    clock.advance(timedelta(days=30))
    got = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
    assert got["email_address"]["is_address_of_record"] is True
    with app.state.session_factory() as session:
        history = session.scalars(
            select(AccountAddress).where(
                AccountAddress.account_id == account["id"], AccountAddress.kind == "email"
            )
        ).all()
    assert sorted((row.value["address"], row.replaced_at is None) for row in history) == [
        (new_email, True),
        (old_email, False),
    ]


def test_a_postal_change_never_sends_the_notice_to_the_new_address(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(
        client,
        admin_headers,
        postal_address={**POSTAL, "associated_since": iso(clock.now() - timedelta(days=31))},
    )
    new_postal = {"line1": "9 Elsewhere Road", "city": "Shelbyville", "postal_code": "62565"}
    response = client.put(
        f"/v1/accounts/{account['id']}/postal-address", json=new_postal, headers=admin_headers
    )
    assert response.status_code == 200
    [notice] = events(app, account["id"], "account.address_of_record_changed")
    postal_destinations = [
        d for d in notice.data["destinations"] if d["channel"] == "postal_address_of_record"
    ]
    assert [d["postal_address"]["line1"] for d in postal_destinations] == ["100 Main Street"]
    assert "Elsewhere" not in str(notice.data)
    [audit] = audit_rows(app, account["id"], "account.address_changed")
    assert audit.outcome == "changed"
    assert "Elsewhere" not in str(audit.details)


def test_business_exemption_needs_both_a_dedicated_representative_and_a_cpni_contract(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    """R-2010-g, E12."""
    both = create_account(
        client,
        admin_headers,
        kind="business",
        business={"dedicated_representative": "Pat Rep", "cpni_contract_reference": "MSA-7 s.12"},
    )
    assert both["business_authentication_exemption"] is True
    rep_only = create_account(
        client, admin_headers, kind="business", business={"dedicated_representative": "Pat"}
    )
    assert rep_only["business_authentication_exemption"] is False
    no_terms = create_account(client, admin_headers, kind="business")
    assert no_terms["business_authentication_exemption"] is False
    response = client.post(
        "/v1/accounts",
        json={
            "external_ref": "RES-BIZ",
            "kind": "residential",
            "telephone_numbers_of_record": [unique_number()],
            "business": {"dedicated_representative": "x", "cpni_contract_reference": "y"},
        },
        headers=admin_headers,
    )
    assert response.status_code == 422


def test_invalid_numbers_duplicate_refs_and_unknown_fields_are_refused(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    base = {"external_ref": "DUP-REF-" + unique_number(), "kind": "residential"}
    # A national number is read in CPNI_DEFAULT_PHONE_REGION (issue 15), so "4155550100" is valid now; a
    # local number without its area code is not.
    for numbers in (
        [],
        ["555-0100"],
        ["+1 555"],
        ["+14155550100", "+1 415 555 0100"],
        ["4155550100", "+14155550100"],
    ):
        response = client.post(
            "/v1/accounts", json={**base, "telephone_numbers_of_record": numbers}, headers=admin_headers
        )
        assert response.status_code == 422, numbers
    response = client.post(
        "/v1/accounts",
        json={**base, "telephone_numbers_of_record": [unique_number()], "contact_number": "+14155550199"},
        headers=admin_headers,
    )
    assert response.status_code == 422  # E7: there is no contact number here, only numbers of record
    create_account(client, admin_headers, external_ref=base["external_ref"])
    response = client.post(
        "/v1/accounts", json={**base, "telephone_numbers_of_record": [unique_number()]}, headers=admin_headers
    )
    assert response.status_code == 409
    assert response.json()["code"] == "ACCOUNT_EXTERNAL_REF_TAKEN"
    assert client.get("/v1/accounts/acct_nope", headers=admin_headers).json()["code"] == "NOT_FOUND"
