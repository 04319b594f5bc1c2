"""Customer notices (R-2011-c): one outbox event per affected account, in bounded batches, exactly once,
also when the request is repeated, interrupted, or run twice at the same time."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update

from cpni_api.audit.models import AuditRecord
from cpni_api.breaches import customer_notices
from cpni_api.breaches.models import Breach, BreachAffectedAccount
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach, iso, notice_events, seed_accounts

LARGE_BREACH = 10_000


def _ready_for_notice(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock, accounts: list[str]
) -> str:
    """A breach whose waiting period is over (law enforcement told on Tue 11-24; not before Sat 12-05)."""
    clock.set(datetime(2026, 11, 24, 16, tzinfo=UTC))
    breach_id = str(create_breach(client, headers, datetime(2026, 11, 23, 15, tzinfo=UTC), accounts)["id"])
    response = client.post(
        f"/v1/breaches/{breach_id}/law-enforcement-notifications",
        json={"notified_at": iso(datetime(2026, 11, 24, 15, tzinfo=UTC)), "reference": "CRF-1"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    clock.set(datetime(2026, 12, 7, 15, tzinfo=UTC))
    return breach_id


def test_a_10000_account_breach_is_notified_exactly_once_even_when_repeated(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    started = time.perf_counter()
    accounts = seed_accounts(app, LARGE_BREACH, clock.now())
    seeded = time.perf_counter()
    breach_id = _ready_for_notice(app, client, headers, clock, accounts)
    created = time.perf_counter()

    accepted = client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers)
    notified = time.perf_counter()
    assert accepted.status_code == 202, accepted.text
    # The 202 is the snapshot taken before the batches ran.
    assert accepted.json()["customer_notice"]["status"] == "in_progress"
    progress = client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["customer_notice"]
    assert (progress["status"], progress["notified_count"], progress["total"]) == (
        "completed",
        LARGE_BREACH,
        LARGE_BREACH,
    )
    events = notice_events(app, breach_id, accounts)
    assert len(events) == LARGE_BREACH
    assert set(events.values()) == {1}

    repeated = client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers)
    assert repeated.status_code == 202
    assert repeated.json()["customer_notice"]["notified_count"] == LARGE_BREACH
    assert notice_events(app, breach_id, accounts) == events
    with app.state.session_factory() as session:
        batches = session.scalars(
            select(func.count()).where(
                AuditRecord.subject_id == breach_id, AuditRecord.action == "breach.customer_notice_batch"
            )
        ).one()
    assert batches == LARGE_BREACH // app.state.settings.breach_notice_batch_size
    print(  # measured figures for the report (pytest -s)
        f"\n[{app.state.settings.sqlalchemy_url.split(':')[0]}] seed {seeded - started:.2f}s, "
        f"create breach {created - seeded:.2f}s, notify {notified - created:.2f}s"
    )


def test_an_interrupted_run_resumes_without_notifying_anyone_twice(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 700, clock.now())
    breach_id = _ready_for_notice(app, client, headers, clock, accounts)
    # The request was accepted, then the process died after one committed batch of 300.
    with app.state.session_factory.begin() as session:
        session.execute(
            update(Breach).where(Breach.id == breach_id).values(customer_notice_requested_at=clock.now())
        )
    with app.state.session_factory.begin() as session:
        outcome = customer_notices.notify_next_batch(
            session, clock, breach_id, batch_size=300, correlation_id="test", api_key_id=None
        )
    assert (outcome.notified, outcome.finished) == (300, False)
    assert (
        client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["customer_notice"]["notified_count"]
        == 300
    )
    # Repeating the request resumes with the 400 others.
    assert client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers).status_code == 202
    assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)
    with app.state.session_factory() as session:
        pending = session.scalars(
            select(func.count()).where(
                BreachAffectedAccount.breach_id == breach_id, BreachAffectedAccount.notified_at.is_(None)
            )
        ).one()
    assert pending == 0


def test_two_runs_at_once_never_notify_an_account_twice(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 1500, clock.now())
    breach_id = _ready_for_notice(app, client, headers, clock, accounts)
    with app.state.session_factory.begin() as session:
        session.execute(
            update(Breach).where(Breach.id == breach_id).values(customer_notice_requested_at=clock.now())
        )
    totals: list[int] = []

    def run() -> None:
        totals.append(
            customer_notices.notify_in_batches(
                app.state.session_factory, clock, breach_id, batch_size=200, correlation_id="test"
            )
        )

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(totals) == 2
    assert sum(totals) == 1500
    assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)


def test_accounts_added_after_the_notice_are_notified_too(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 5, clock.now())
    breach_id = _ready_for_notice(app, client, headers, clock, accounts[:3])
    assert client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers).status_code == 202
    clock.advance(timedelta(days=1))
    added = client.post(
        f"/v1/breaches/{breach_id}/affected-accounts", json={"account_ids": accounts}, headers=headers
    )
    assert added.status_code == 200
    assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)
    final = client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["customer_notice"]
    assert (final["status"], final["notified_count"], final["total"]) == ("completed", 5, 5)


def test_a_hold_directed_mid_run_stops_the_remaining_notices(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 50, clock.now())
    breach_id = _ready_for_notice(app, client, headers, clock, accounts)
    with app.state.session_factory.begin() as session:
        session.execute(
            update(Breach).where(Breach.id == breach_id).values(customer_notice_requested_at=clock.now())
        )
    with app.state.session_factory.begin() as session:
        customer_notices.notify_next_batch(
            session, clock, breach_id, batch_size=20, correlation_id="t", api_key_id=None
        )
    hold = {
        "directed_at": iso(clock.now()),
        "until": iso(clock.now() + timedelta(days=10)),
        "agency": "FBI",
        "written_direction_reference": "FBI letter",
    }
    assert (
        client.post(f"/v1/breaches/{breach_id}/law-enforcement-holds", json=hold, headers=headers).status_code
        == 201
    )
    assert (
        customer_notices.notify_in_batches(
            app.state.session_factory, clock, breach_id, batch_size=20, correlation_id="t"
        )
        == 0
    )
    refused = client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers)
    assert refused.status_code == 409
    assert refused.json()["reason"] == "law_enforcement_hold"
    assert len(notice_events(app, breach_id, accounts)) == 20


def test_the_resumer_finishes_a_run_that_a_crash_cut_short(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 500, clock.now())
    breach_id = _ready_for_notice(app, client, headers, clock, accounts)
    with app.state.session_factory.begin() as session:  # accepted, then the process died after one batch
        session.execute(
            update(Breach).where(Breach.id == breach_id).values(customer_notice_requested_at=clock.now())
        )
    with app.state.session_factory.begin() as session:
        customer_notices.notify_next_batch(
            session, clock, breach_id, batch_size=200, correlation_id="t", api_key_id=None
        )
    resumed = customer_notices.resume_requested_notices(app.state.session_factory, clock, batch_size=150)
    assert resumed == 300
    assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)
    assert (
        client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["customer_notice"]["notified_count"]
        == 500
    )
    assert customer_notices.resume_requested_notices(app.state.session_factory, clock, batch_size=150) == 0
