"""Passwords, backup authentication and online accounts through the HTTP API: R-2010-c, R-2010-e,
R-2010-f change notices, E15 deletes, argon2id parameters and rehash on verify."""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Iterator
from datetime import timedelta

import pyotp
import pytest
from argon2 import extract_parameters
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.credentials.models import Password
from tests.conftest import make_settings
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


def test_password_at_service_initiation_needs_no_interaction_and_sends_no_notice(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-e-1 / R-2010-f-2: only inside a new-service account's service initiation (ADR 0020); once it has
    ended, changes need an interaction."""
    account = create_account(client, admin_headers)
    response = set_password(client, admin_headers, account["id"])
    assert response.status_code == 200, response.text
    assert response.json()["at_service_initiation"] is True
    assert response.json()["change_notice_event_id"] is None
    assert events(app, account["id"]) == []
    clock.advance(timedelta(minutes=30))
    again = set_password(client, admin_headers, account["id"], "Another-Fine-Passphrase")
    assert again.status_code == 409
    assert again.json()["code"] == "INTERACTION_REQUIRED"
    [audit] = audit_rows(app, account["id"], "credential.password_set")
    assert audit.details["at_service_initiation"] is True
    assert STRONG_PASSWORD not in str(audit.details)


def test_password_is_argon2id_with_at_least_owasp_parameters(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    response = set_password(client, admin_headers, account["id"])
    assert response.status_code == 200, response.text
    with app.state.session_factory() as session:
        row = session.get(Password, account["id"])
        assert row is not None
        parameters = extract_parameters(row.password_hash)
    assert row.password_hash.startswith("$argon2id$")
    assert STRONG_PASSWORD not in row.password_hash
    assert (parameters.memory_cost, parameters.time_cost, parameters.parallelism) >= (19456, 2, 1)
    assert parameters.memory_cost >= 19456
    assert parameters.time_cost >= 2


def test_changing_a_password_needs_an_authenticated_interaction_and_sends_a_notice(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-e-1, R-2010-f-1/3/4."""
    account = create_account(
        client,
        admin_headers,
        email_address={
            "address": "of.record@example.com",
            "associated_since": iso(clock.now() - timedelta(days=90)),
        },
        # An import (back-dated address): the password comes with the account, without a notice.
        initial_credentials={"password": STRONG_PASSWORD},
    )
    unverified = open_interaction(client, admin_headers, account["id"])
    refused = set_password(
        client, admin_headers, account["id"], "Brand-New-Passphrase", interaction_id=unverified["id"]
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "INTERACTION_NOT_AUTHENTICATED"

    interaction = authenticated_interaction(app, client, admin_headers, account["id"])
    changed = set_password(
        client, admin_headers, account["id"], "Brand-New-Passphrase", interaction_id=interaction
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["change"] == "changed"
    [notice] = events(app, account["id"], "account.password_changed")
    assert notice.id == changed.json()["change_notice_event_id"]
    assert notice.data == {
        "change": "changed",
        "destinations": [
            {
                "channel": "telephone_number_of_record",
                "telephone_number": account["telephone_numbers_of_record"][0],
            },
            {"channel": "email_address_of_record", "email_address": "of.record@example.com"},
        ],
    }
    assert "Brand-New" not in str(notice.data)


def test_an_interaction_of_another_account_closed_or_backup_authenticated_does_not_authorise(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    other = create_account(client, admin_headers)
    client.put(
        f"/v1/accounts/{account['id']}/backup-authentication",
        json={
            "method": "secret_answer",
            "question": "Which song did you dance to first?",
            "answer": "Moon River",
        },
        headers=admin_headers,
    )
    set_password(client, admin_headers, account["id"])
    foreign = authenticated_interaction(app, client, admin_headers, other["id"])
    response = set_password(
        client, admin_headers, account["id"], "Other-Passphrase-Here", interaction_id=foreign
    )
    assert response.json()["code"] == "INTERACTION_ACCOUNT_MISMATCH"
    by_backup = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, by_backup["id"], method="backup", answer="moon river")["outcome"]
        == "verified"
    )
    response = set_password(
        client, admin_headers, account["id"], "Other-Passphrase-Here", interaction_id=by_backup["id"]
    )
    assert response.status_code == 409
    assert response.json()["code"] == "AUTHENTICATION_METHOD_NOT_ACCEPTED"
    closed = authenticated_interaction(app, client, admin_headers, account["id"])
    client.post(f"/v1/interactions/{closed}/close", headers=admin_headers)
    response = set_password(
        client, admin_headers, account["id"], "Other-Passphrase-Here", interaction_id=closed
    )
    assert response.json()["code"] == "INTERACTION_CLOSED"


@pytest.mark.parametrize(
    ("password", "forbidden_values", "code"),
    [
        ("Secure-078-05-1120!", ["078-05-1120"], "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"),
        ("Kestrel1120Kestrel", ["SSN 078-05-1120"], "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"),
        ("Kestrel-03/14/1985", ["1985-03-14"], "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"),
        ("Kestrel14March85", ["1985-03-14"], "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"),
        (
            "Oglethorpe-Rules-42",
            ["Mother's maiden name: Oglethorpe"],
            "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO",
        ),
        ("Password123!", [], "PASSWORD_TOO_COMMON"),
        ("p@ssw0rd2024", [], "PASSWORD_TOO_COMMON"),
    ],
)
def test_passwords_from_biographical_or_account_info_or_common_ones_are_refused_and_values_never_stored(
    app: FastAPI,
    client: TestClient,
    admin_headers: dict[str, str],
    password: str,
    forbidden_values: list[str],
    code: str,
) -> None:
    """R-2010-b-1, R-2010-e-1, E20."""
    account = create_account(client, admin_headers)
    response = set_password(client, admin_headers, account["id"], password, forbidden_values=forbidden_values)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == code
    assert password not in response.text
    assert all(value not in response.text for value in forbidden_values)
    with app.state.session_factory() as session:
        assert session.get(Password, account["id"]) is None


def test_what_the_service_knows_is_forbidden_too(client: TestClient, admin_headers: dict[str, str]) -> None:
    """Account information (R-2003 "any component"): the number of record's last four, the account
    reference, the postal code of the service address (E20)."""
    account = create_account(
        client,
        admin_headers,
        external_ref="CUST-884422",
        postal_address={"line1": "12 Quill Lane", "city": "Springfield", "postal_code": "62701"},
    )
    last_four = account["telephone_numbers_of_record"][0][-4:]
    for password in (
        f"Violet-Harbor-{last_four}",
        "Violet-884422-Harbor",
        "Violet62701Harbor",
        "QuillViolet-99",
    ):
        response = set_password(client, admin_headers, account["id"], password)
        assert response.json()["code"] == "PASSWORD_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO", password


def test_backup_question_and_answer_may_not_use_biographical_information(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-e-2, E20: no "last four of your SSN" question; an answer is screened like a password."""
    account = create_account(client, admin_headers)
    url = f"/v1/accounts/{account['id']}/backup-authentication"
    for question in (
        "What are the last four of your SSN?",
        "What is your mother's maiden name?",
        "What is your ZIP?",
    ):
        response = client.put(
            url,
            json={"method": "secret_answer", "question": question, "answer": "whatever"},
            headers=admin_headers,
        )
        assert response.json()["code"] == "BACKUP_QUESTION_ASKS_FOR_BIOGRAPHICAL_OR_ACCOUNT_INFO", question
    response = client.put(
        url,
        json={
            "method": "secret_answer",
            "question": "Who was your favourite teacher?",
            "answer": "Mrs Oglethorpe",
            "forbidden_values": ["Oglethorpe"],
        },
        headers=admin_headers,
    )
    assert response.json()["code"] == "BACKUP_ANSWER_USES_BIOGRAPHICAL_OR_ACCOUNT_INFO"
    ok = client.put(
        url,
        json={
            "method": "secret_answer",
            "question": "Who was your favourite teacher?",
            "answer": "Mr Keating",
        },
        headers=admin_headers,
    )
    assert ok.status_code == 200
    assert ok.json()["at_service_initiation"] is True
    assert events(app, account["id"]) == []
    # Once service initiation has ended (ADR 0020), a change needs an interaction and notifies.
    set_password(client, admin_headers, account["id"])
    clock.advance(timedelta(minutes=30))
    again = client.put(
        url,
        json={"method": "secret_answer", "question": "First pet?", "answer": "Biscuit"},
        headers=admin_headers,
    )
    assert again.json()["code"] == "INTERACTION_REQUIRED"
    interaction = authenticated_interaction(app, client, admin_headers, account["id"])
    changed = client.put(
        url,
        json={
            "method": "secret_answer",
            "question": "First pet?",
            "answer": "Biscuit",
            "interaction_id": interaction,
        },
        headers=admin_headers,
    )
    assert changed.status_code == 200
    [notice] = events(app, account["id"], "account.backup_authentication_changed")
    assert notice.data["change"] == "changed"
    assert "Biscuit" not in str(notice.data)
    assert all(
        "Biscuit" not in str(row.details) and "Keating" not in str(row.details)
        for row in audit_rows(app, account["id"])
    )


def test_totp_backup_shows_the_uri_once_and_each_time_step_works_once(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(client, admin_headers)
    response = client.put(
        f"/v1/accounts/{account['id']}/backup-authentication", json={"method": "totp"}, headers=admin_headers
    )
    assert response.status_code == 200, response.text
    uri = response.json()["provisioning_uri"]
    secret = urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)["secret"][0]
    assert base64.b32decode(secret)
    assert (
        client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()["credentials"][
            "backup_authentication_method"
        ]
        == "totp"
    )
    assert secret not in client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).text
    code = pyotp.TOTP(secret).at(clock.now())
    interaction = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, interaction["id"], method="backup", code=code)["outcome"] == "verified"
    )
    replay = verify(client, admin_headers, interaction["id"], method="backup", code=code)
    assert (replay["outcome"], replay["reason"]) == ("failed", "totp_code_already_used")
    clock.advance(timedelta(seconds=30))
    later = pyotp.TOTP(secret).at(clock.now())
    assert (
        verify(client, admin_headers, interaction["id"], method="backup", code=later)["outcome"] == "verified"
    )


def test_online_account_needs_authentication_and_afterwards_online_access_is_by_password_only(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-c-1, R-2010-c-2, R-2010-f; E15: a delete notifies too."""
    account = create_account(client, admin_headers)
    set_password(client, admin_headers, account["id"])
    clock.advance(timedelta(minutes=30))  # past service initiation (ADR 0020)
    url = f"/v1/accounts/{account['id']}/online-account"
    without = client.put(url, json={"username": "jane.doe"}, headers=admin_headers)
    assert without.status_code == 409
    assert without.json()["code"] == "INTERACTION_REQUIRED"
    unverified = open_interaction(client, admin_headers, account["id"], "online")
    refused = client.put(
        url, json={"username": "jane.doe", "interaction_id": unverified["id"]}, headers=admin_headers
    )
    assert refused.json()["code"] == "INTERACTION_NOT_AUTHENTICATED"
    # The first online authentication, before the online account exists, may be a one-time code.
    interaction = authenticated_interaction(app, client, admin_headers, account["id"], channel="online")
    created = client.put(
        url, json={"username": "Jane.Doe", "interaction_id": interaction}, headers=admin_headers
    )
    assert created.status_code == 200, created.text
    assert created.json()["username"] == "jane.doe"
    [notice] = events(app, account["id"], "account.online_account_changed")
    assert notice.data["change"] == "created"
    assert "jane" not in str(notice.data)

    online = open_interaction(client, admin_headers, account["id"], "online")
    response = client.post(
        f"/v1/interactions/{online['id']}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert response.status_code == 202
    refused = client.post(
        f"/v1/interactions/{online['id']}/verifications",
        json={"method": "one_time_code", "code": "123456"},
        headers=admin_headers,
    )
    assert refused.status_code == 422
    assert refused.json()["code"] == "VERIFICATION_METHOD_NOT_ALLOWED"
    assert (
        verify(client, admin_headers, online["id"], method="password", password=STRONG_PASSWORD)["outcome"]
        == "verified"
    )

    other = create_account(client, admin_headers)
    other_interaction = authenticated_interaction(app, client, admin_headers, other["id"])
    taken = client.put(
        f"/v1/accounts/{other['id']}/online-account",
        json={"username": "JANE.DOE", "interaction_id": other_interaction},
        headers=admin_headers,
    )
    assert taken.json()["code"] == "USERNAME_TAKEN"

    deleted = client.delete(url, params={"interaction_id": online["id"]}, headers=admin_headers)
    assert deleted.status_code == 200, deleted.text
    assert [e.data["change"] for e in events(app, account["id"], "account.online_account_changed")] == [
        "created",
        "deleted",
    ]


def test_deleting_backup_authentication_notifies(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """E15 [M]: conservative: notify on delete too."""
    account = create_account(client, admin_headers)
    client.put(
        f"/v1/accounts/{account['id']}/backup-authentication",
        json={"method": "secret_answer", "question": "Favourite film as a child?", "answer": "Labyrinth"},
        headers=admin_headers,
    )
    interaction = authenticated_interaction(app, client, admin_headers, account["id"])
    url = f"/v1/accounts/{account['id']}/backup-authentication"
    assert (
        client.delete(url, params={"interaction_id": interaction}, headers=admin_headers).status_code == 200
    )
    [notice] = events(app, account["id"], "account.backup_authentication_changed")
    assert notice.data["change"] == "deleted"
    assert (
        client.delete(url, params={"interaction_id": interaction}, headers=admin_headers).status_code == 404
    )


@pytest.fixture
def stronger_app(database_url: str, clock: ManualClock) -> Iterator[FastAPI]:
    """A second replica whose operator raised the argon2 time cost."""
    application = create_app(make_settings(database_url, argon2_time_cost=3), clock=clock)
    yield application
    application.state.engine.dispose()


def test_a_successful_verification_rehashes_under_raised_parameters(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], stronger_app: FastAPI
) -> None:
    account = create_account(client, admin_headers)
    set_password(client, admin_headers, account["id"])
    interaction = open_interaction(client, admin_headers, account["id"])
    with TestClient(stronger_app) as stronger:
        wrong = verify(
            stronger, admin_headers, interaction["id"], method="password", password="Not-The-Password"
        )
        assert wrong["outcome"] == "failed"
        with app.state.session_factory() as session:
            row = session.get(Password, account["id"])
            assert row is not None
            assert extract_parameters(row.password_hash).time_cost == 2  # a failure never rehashes
        right = verify(
            stronger, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD
        )
        assert right["outcome"] == "verified"
    with app.state.session_factory() as session:
        row = session.get(Password, account["id"])
        assert row is not None
        assert extract_parameters(row.password_hash).time_cost == 3
    again = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, again["id"], method="password", password=STRONG_PASSWORD)["outcome"]
        == "verified"
    )


NFC = "Caf\u00e9-Lantern-Orbit-7"  # "é" as one code point
NFD = "Cafe\u0301-Lantern-Orbit-7"  # "e" and a combining acute accent: the same text to a customer


def test_a_password_set_in_one_unicode_form_verifies_typed_in_the_other(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """Issue 15: a password set in NFC and typed in NFD failed, and counted towards the lockout."""
    for set_as, typed in ((NFC, NFD), (NFD, NFC)):
        account = create_account(client, admin_headers)
        assert set_password(client, admin_headers, account["id"], set_as).status_code == 200
        interaction = open_interaction(client, admin_headers, account["id"])
        result = verify(client, admin_headers, interaction["id"], method="password", password=typed)
        assert result["outcome"] == "verified", (set_as, typed)


def test_a_secret_hashed_before_nfc_still_verifies_and_is_hashed_again(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """A password stored by an earlier version, hashed as typed (NFD): typed the same way it verifies once,
    and its hash is replaced by one of the NFC form, so either form verifies from then on."""
    account = create_account(client, admin_headers)
    assert set_password(client, admin_headers, account["id"]).status_code == 200
    hasher = app.state.secret_hasher
    with app.state.session_factory.begin() as session:
        row = session.get(Password, account["id"])
        assert row is not None
        row.password_hash = hasher.hash(NFD)  # as an earlier version stored it
        legacy_hash = row.password_hash
    first = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, first["id"], method="password", password=NFD)["outcome"] == "verified"
    )
    with app.state.session_factory() as session:
        row = session.get(Password, account["id"])
        assert row is not None
        assert row.password_hash != legacy_hash
        assert hasher.verify(row.password_hash, NFC).matches
    second = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, second["id"], method="password", password=NFC)["outcome"] == "verified"
    )
    wrong = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, wrong["id"], method="password", password="Cafe-Lantern-Orbit-7")[
            "outcome"
        ]
        == "failed"
    )


def test_a_backup_answer_is_one_unicode_form_too(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = create_account(client, admin_headers)
    backup = client.put(
        f"/v1/accounts/{account['id']}/backup-authentication",
        json={
            "method": "secret_answer",
            "question": "Which caf\u00e9 did we meet in?",
            "answer": "Caf\u00e9 Rouge",
        },
        headers=admin_headers,
    )
    assert backup.status_code == 200, backup.text
    interaction = open_interaction(client, admin_headers, account["id"])
    answered = verify(client, admin_headers, interaction["id"], method="backup", answer="cafe\u0301  rouge")
    assert answered["outcome"] == "verified"
