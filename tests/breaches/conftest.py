"""Helpers for the breach tests: accounts seeded in bulk (straight into the table, as a migration of an
existing customer base would), breaches created through the API, and the outbox events of one breach."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from cpni_api.accounts.models import Account
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.notifications.models import Event


def iso(instant: datetime) -> str:
    return instant.isoformat().replace("+00:00", "Z")


def seed_accounts(app: FastAPI, count: int, now: datetime) -> list[str]:
    """Inserts `count` accounts with one multi-row insert and returns their ids."""
    run = uuid.uuid4().hex[:10]
    ids = [f"acct_T{run}{index:07d}" for index in range(count)]
    rows = [
        {
            "id": account_id,
            "external_ref": account_id,
            "kind": "residential",
            "created_at": now,
            "updated_at": now,
        }
        for account_id in ids
    ]
    with app.state.session_factory.begin() as session:
        session.execute(insert(Account), rows)
    return ids


def notice_events(app: FastAPI, breach_id: str, account_ids: list[str]) -> Counter[str]:
    """How many `breach.customer_notice` events of this breach each of these accounts has in the outbox."""
    counts: Counter[str] = Counter()
    with app.state.session_factory() as session:
        for start in range(0, len(account_ids), 5000):
            chunk = account_ids[start : start + 5000]
            query = select(Event.account_id, Event.data).where(
                Event.type == "breach.customer_notice", Event.account_id.in_(chunk)
            )
            for account_id, data in session.execute(query):
                if data["breach_id"] == breach_id:
                    counts[str(account_id)] += 1
    return counts


@pytest.fixture
def headers(make_key: Callable[..., str]) -> dict[str, str]:
    """A breach writer who may also read (the compliance officer's tooling)."""
    return {
        "Authorization": "Bearer "
        + make_key(ApiKeyScope.BREACHES_WRITE, ApiKeyScope.COMPLIANCE_READ, name="breaches")
    }


def breach_body(determined_at: datetime, account_ids: list[str], **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "discovered_at": iso(determined_at),
        "determined_at": iso(determined_at),
        "description": "Pretexter obtained call detail through the support line.",
        "cpni_involved": "Call detail records (numbers called, times, durations) for the last 3 months.",
        "circumstances": "Social engineering of a contact-center agent; detected by a fraud review.",
        "affected_account_ids": account_ids,
    }
    body.update(overrides)
    return body


def create_breach(
    client: TestClient,
    headers: dict[str, str],
    determined_at: datetime,
    account_ids: list[str],
    **overrides: Any,
) -> dict[str, Any]:
    response = client.post(
        "/v1/breaches", json=breach_body(determined_at, account_ids, **overrides), headers=headers
    )
    assert response.status_code == 201, response.text
    return dict(response.json())
