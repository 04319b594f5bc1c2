"""The slow-guessing window and codes while locked, through the HTTP API (issue 13, ADR 0020; R-2010-a-1):
failures spaced further apart than the 15-minute window still lock at the longer threshold (10 in 24 hours),
and no one-time code is sent while verification is locked."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from tests.support.cpni import (
    STRONG_PASSWORD,
    audit_rows,
    create_account,
    events,
    iso,
    open_interaction,
    set_password,
    verify,
)

SLOW_THRESHOLD = 10


def _account_with_password(client: TestClient, headers: dict[str, str]) -> dict[str, object]:
    account = create_account(client, headers)
    assert set_password(client, headers, account["id"]).status_code == 200
    return account


def test_failures_twenty_minutes_apart_lock_at_the_longer_threshold(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = _account_with_password(client, admin_headers)
    account_id = str(account["id"])
    outcomes = []
    for guess in range(SLOW_THRESHOLD):
        if guess:
            clock.advance(timedelta(minutes=20))  # past the 15-minute window every time
        interaction = open_interaction(client, admin_headers, account_id)
        result = verify(
            client, admin_headers, interaction["id"], method="password", password=f"guess-{guess}"
        )
        outcomes.append((result["outcome"], result["attempts_remaining"]))
    # The short window never sees more than one failure; the slow one counts down to the lock.
    assert outcomes == [("failed", 4)] * 5 + [("failed", 4), ("failed", 3), ("failed", 2), ("failed", 1)] + [
        ("locked", 0)
    ]
    locked_at = clock.now()
    [event] = events(app, account_id, "account.verification_locked")
    assert event.data["window"] == "slow"
    assert event.data["failures"] == SLOW_THRESHOLD
    assert event.data["failure_window_seconds"] == 86_400
    assert event.data["locked_until"] == (locked_at + timedelta(hours=24)).isoformat()
    [audited] = audit_rows(app, account_id, "account.verification_locked")
    assert audited.details["window"] == "slow"

    # Locked for a day: even the right password answers `locked`.
    clock.advance(timedelta(hours=23, minutes=59))
    interaction = open_interaction(client, admin_headers, account_id)
    refused = verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)
    assert refused["outcome"] == "locked"
    assert refused["locked_until"] == iso(locked_at + timedelta(hours=24))
    clock.advance(timedelta(minutes=1))
    interaction = open_interaction(client, admin_headers, account_id)
    ok = verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)
    assert ok["outcome"] == "verified"
    assert ok["attempts_remaining"] == 5


def test_no_one_time_code_is_sent_while_verification_is_locked(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = _account_with_password(client, admin_headers)
    account_id = str(account["id"])
    interaction = open_interaction(client, admin_headers, account_id)
    for guess in range(5):
        verify(client, admin_headers, interaction["id"], method="password", password=f"guess-{guess}")
    sent_before = len(events(app, account_id, "account.one_time_code_issued"))
    clock.advance(timedelta(minutes=10))
    refused = client.post(
        f"/v1/interactions/{interaction['id']}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "VERIFICATION_LOCKED"
    assert refused.headers["retry-after"] == str(20 * 60)
    assert refused.json()["locked_until"] == iso(clock.now() + timedelta(minutes=20))
    # No SMS event: the customer never receives a code that cannot work.
    assert len(events(app, account_id, "account.one_time_code_issued")) == sent_before
    clock.advance(timedelta(minutes=20))
    sent = client.post(
        f"/v1/interactions/{interaction['id']}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert sent.status_code == 202, sent.text
