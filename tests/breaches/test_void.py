"""Voiding a breach recorded by mistake (issue 17, design.md §5): kept with its reason, it owes nothing, takes
no further change and leaves the certification's counts; twice is a 409; a breach customers or the public
were told of stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach, iso, seed_accounts


def test_a_voided_breach_owes_nothing_and_takes_no_change(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    # The mistake of issue 17: a breach "determined" in 1901 (0001 is refused at the edge, ADR 0021) sits
    # overdue forever until voided.
    breach = create_breach(client, headers, datetime(1901, 1, 1, tzinfo=UTC), [])
    assert breach["status"] == "overdue"
    path = f"/v1/breaches/{breach['id']}"

    assert client.post(f"{path}/void", json={}, headers=headers).status_code == 422
    assert client.post(f"{path}/void", json={"reason": "  "}, headers=headers).status_code == 422
    voided = client.post(f"{path}/void", json={"reason": "Typed in the wrong year."}, headers=headers)
    assert voided.status_code == 200, voided.text
    view = voided.json()
    assert (view["status"], view["obligations"], view["next_deadline"]) == ("voided", [], None)
    assert (view["voided_at"], view["void_reason"]) == (iso(clock.now()), "Typed in the wrong year.")

    again = client.post(f"{path}/void", json={"reason": "again"}, headers=headers)
    assert (again.status_code, again.json()["code"]) == (409, "BREACH_ALREADY_VOIDED")
    told = client.post(
        f"{path}/law-enforcement-notifications",
        json={"notified_at": iso(clock.now()), "reference": "late"},
        headers=headers,
    )
    assert (told.status_code, told.json()["code"]) == (409, "BREACH_VOIDED")
    assert client.get(path, headers=headers).json()["status"] == "voided"  # nothing deleted
    listed = client.get("/v1/breaches", params={"status": "open", "limit": 500}, headers=headers).json()
    assert breach["id"] not in {item["id"] for item in listed["items"]}
    voided_list = client.get(
        "/v1/breaches", params={"status": "voided", "limit": 500}, headers=headers
    ).json()
    assert breach["id"] in {item["id"] for item in voided_list["items"]}
    with app.state.session_factory() as session:
        record = session.scalars(
            select(AuditRecord).where(
                AuditRecord.action == "breach.voided", AuditRecord.subject_id == breach["id"]
            )
        ).one()
    assert record.outcome == "voided"
    assert "wrong year" not in str(record.details)


def test_a_breach_customers_were_told_of_cannot_be_voided(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    clock.set(datetime(2026, 11, 2, 15, tzinfo=UTC))
    accounts = seed_accounts(app, 2, clock.now())
    breach = create_breach(client, headers, clock.now() - timedelta(days=1), accounts)
    path = f"/v1/breaches/{breach['id']}"
    notice = {"notified_at": iso(clock.now()), "reference": "USSS 1"}
    assert (
        client.post(f"{path}/law-enforcement-notifications", json=notice, headers=headers).status_code == 200
    )
    clock.advance(timedelta(days=14))
    assert client.post(f"{path}/customer-notifications", headers=headers).status_code == 202
    refused = client.post(f"{path}/void", json={"reason": "mistake"}, headers=headers)
    assert (refused.status_code, refused.json()["code"]) == (409, "BREACH_NOT_VOIDABLE")
    assert (
        client.post("/v1/breaches/brc_missing/void", json={"reason": "x"}, headers=headers).status_code == 404
    )


def test_a_voided_breach_leaves_the_certification(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    client = module_client
    kept = create_breach(client, module_admin, datetime(2025, 3, 1, 15, tzinfo=UTC), [])
    mistake = create_breach(client, module_admin, datetime(2025, 4, 1, 15, tzinfo=UTC), [])
    void = {"reason": "A test entry."}
    assert (
        client.post(f"/v1/breaches/{mistake['id']}/void", json=void, headers=module_admin).status_code == 200
    )
    report = client.get(
        "/v1/reports/annual-certification", params={"year": 2025}, headers=module_admin
    ).json()
    assert [item["id"] for item in report["breaches"]["items"]] == [kept["id"]]
    assert (report["breaches"]["total"], report["voided_breaches"]) == (1, 1)
