"""Helpers for the accounts, credentials and interactions tests: build accounts and verified interactions
through the HTTP API, and read back the events and audit rows of one account."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.audit.models import AuditRecord
from cpni_api.notifications.models import Event

STRONG_PASSWORD = "Correct-Horse-Battery-Staple"


def unique_number() -> str:
    """A valid, distinct US number of record (+1 415 2xx xxxx) for each test account."""
    tail = uuid.uuid4().int % 10_000_000
    return f"+1415{2000000 + tail % 8000000:07d}"


def create_account(client: TestClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        # Digits only: a hex reference may hold a word such as "eba", which the password screen (E20)
        # rightly finds in "Correct-Horse-Battery-Staple". No test password has 4 digits in a row.
        "external_ref": f"ACCT-{uuid.uuid4().int % 10**12:012d}",
        "kind": "residential",
        "telephone_numbers_of_record": [unique_number()],
    }
    body.update(fields)
    response = client.post("/v1/accounts", json=body, headers=headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


def open_interaction(
    client: TestClient, headers: dict[str, str], account_id: str, channel: str = "inbound_call", **fields: Any
) -> dict[str, Any]:
    response = client.post(
        "/v1/interactions", json={"account_id": account_id, "channel": channel, **fields}, headers=headers
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def verify(client: TestClient, headers: dict[str, str], interaction_id: str, **body: Any) -> dict[str, Any]:
    response = client.post(f"/v1/interactions/{interaction_id}/verifications", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


def set_password(
    client: TestClient, headers: dict[str, str], account_id: str, password: str = STRONG_PASSWORD, **body: Any
) -> Any:
    return client.put(
        f"/v1/accounts/{account_id}/password", json={"password": password, **body}, headers=headers
    )


def events(app: FastAPI, account_id: str, event_type: str | None = None) -> list[Event]:
    with app.state.session_factory() as session:
        query = select(Event).where(Event.account_id == account_id).order_by(Event.seq)
        if event_type is not None:
            query = query.where(Event.type == event_type)
        return list(session.scalars(query))


def audit_rows(app: FastAPI, account_id: str, action: str | None = None) -> list[AuditRecord]:
    with app.state.session_factory() as session:
        query = select(AuditRecord).where(AuditRecord.account_id == account_id).order_by(AuditRecord.seq)
        if action is not None:
            query = query.where(AuditRecord.action == action)
        return list(session.scalars(query))


def issue_code(
    app: FastAPI,
    client: TestClient,
    headers: dict[str, str],
    interaction_id: str,
    account_id: str,
    destination: str = "telephone_number_of_record",
) -> str:
    """Sends a one-time code and reads it back from the event the mailer would deliver."""
    response = client.post(
        f"/v1/interactions/{interaction_id}/one-time-codes",
        json={"destination": destination},
        headers=headers,
    )
    assert response.status_code == 202, response.text
    issued = events(app, account_id, "account.one_time_code_issued")[-1]
    return str(issued.data["code"])


def authenticated_interaction(
    app: FastAPI, client: TestClient, headers: dict[str, str], account_id: str, channel: str = "inbound_call"
) -> str:
    """An interaction authenticated by a one-time code to the number of record (no biographical data)."""
    interaction = open_interaction(client, headers, account_id, channel)
    code = issue_code(app, client, headers, interaction["id"], account_id)
    result = verify(client, headers, interaction["id"], method="one_time_code", code=code)
    assert result["outcome"] == "verified", result
    return str(interaction["id"])


def iso(instant: datetime) -> str:
    return instant.isoformat().replace("+00:00", "Z")
