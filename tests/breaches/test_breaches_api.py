"""Breaches through the HTTP API on both backends: deadlines across weekends and holidays with the clock
(R-2011-b, E1), holds (R-2011-b-3), the urgent path (R-2011-b-2), the 409 before law enforcement (R-2011-a),
the officer's list, and the 2024 regime (R-2011-NEW, E19)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach, iso, notice_events, seed_accounts
from tests.conftest import make_settings


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def notify_law_enforcement(
    client: TestClient, headers: dict[str, str], breach_id: str, at: datetime, **body: Any
) -> dict[str, Any]:
    response = client.post(
        f"/v1/breaches/{breach_id}/law-enforcement-notifications",
        json={"notified_at": iso(at), "reference": "CRF-2026-0042", **body},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def notify_customers(client: TestClient, headers: dict[str, str], breach_id: str) -> Any:
    return client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers)


@pytest.mark.parametrize(
    ("determined_at", "le_due", "notified_at", "not_before"),
    [
        # Thanksgiving week 2026 (Thu 11-26).
        ("2026-11-23T15:00", "2026-12-03T04:59:59.999999", "2026-11-24T15:00", "2026-12-05T05:00"),
        # Christmas 2026 to New Year 2027 (both Fridays).
        ("2026-12-23T15:00", "2027-01-02T04:59:59.999999", "2026-12-23T18:00", "2027-01-06T05:00"),
        # Independence Day 2026 falls on a Saturday and is observed on Friday 07-03.
        ("2026-06-29T15:00", "2026-07-09T03:59:59.999999", "2026-07-01T15:00", "2026-07-14T04:00"),
    ],
)
def test_deadlines_across_weekends_and_holidays_with_the_clock(
    app: FastAPI,
    client: TestClient,
    headers: dict[str, str],
    clock: ManualClock,
    determined_at: str,
    le_due: str,
    notified_at: str,
    not_before: str,
) -> None:
    clock.set(utc(determined_at) + timedelta(minutes=5))
    accounts = seed_accounts(app, 3, clock.now())
    breach = create_breach(client, headers, utc(determined_at), accounts)
    assert breach["law_enforcement_notice_due_by"] == iso(utc(le_due))
    assert breach["regime"] == "2007"
    assert breach["status"] == "due"
    assert breach["affected_account_count"] == 3

    # Just after the deadline, the unnotified breach is overdue.
    clock.set(utc(le_due) + timedelta(microseconds=1))
    assert client.get(f"/v1/breaches/{breach['id']}", headers=headers).json()["status"] == "overdue"

    clock.set(utc(notified_at) + timedelta(minutes=1))
    told = notify_law_enforcement(client, headers, breach["id"], utc(notified_at))
    assert told["customer_notice_not_before"] == iso(utc(not_before))
    assert told["status"] == "waiting"
    assert told["customer_notice"]["reason"] == "waiting_period"

    clock.set(utc(not_before) - timedelta(microseconds=1))
    refused = notify_customers(client, headers, breach["id"])
    assert refused.status_code == 409
    assert refused.json()["code"] == "CUSTOMER_NOTICE_TOO_EARLY"
    assert refused.json()["reason"] == "waiting_period"
    assert refused.json()["earliest_allowed_at"] == iso(utc(not_before))
    assert notice_events(app, breach["id"], accounts) == {}

    clock.set(utc(not_before))
    accepted = notify_customers(client, headers, breach["id"])
    assert accepted.status_code == 202, accepted.text
    assert notice_events(app, breach["id"], accounts) == dict.fromkeys(accounts, 1)
    final = client.get(f"/v1/breaches/{breach['id']}", headers=headers).json()
    assert final["customer_notice"] | {"requested_at": None, "completed_at": None} == {
        "status": "completed",
        "notified_count": 3,
        "total": 3,
        "requested_at": None,
        "completed_at": None,
        "allowed_now": True,
        "reason": "waiting_period_over",
        "earliest_allowed_at": None,
    }
    assert final["status"] == "closed"
    assert final["retained_until"] == iso(utc(not_before).replace(year=utc(not_before).year + 2))


def test_customer_notice_or_public_disclosure_before_law_enforcement_is_409(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    accounts = seed_accounts(app, 2, clock.now())
    breach = create_breach(client, headers, clock.now() - timedelta(hours=2), accounts)
    refused = notify_customers(client, headers, breach["id"])
    assert refused.status_code == 409
    assert refused.json()["code"] == "CUSTOMER_NOTICE_TOO_EARLY"
    assert refused.json()["reason"] == "law_enforcement_not_notified"
    disclosure = client.post(
        f"/v1/breaches/{breach['id']}/public-disclosures",
        json={"channel": "state_law_notice", "description": "Notice to the state attorney general."},
        headers=headers,
    )
    assert disclosure.status_code == 409
    assert disclosure.json()["code"] == "CUSTOMER_NOTICE_TOO_EARLY"
    assert disclosure.json()["reason"] == "law_enforcement_not_notified"
    assert client.get(f"/v1/breaches/{breach['id']}", headers=headers).json()["public_disclosures"] == []
    assert notice_events(app, breach["id"], accounts) == {}


def test_a_hold_extending_past_the_not_before_date(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    clock.set(utc("2026-11-23T16:00"))
    accounts = seed_accounts(app, 2, clock.now())
    breach_id = create_breach(client, headers, utc("2026-11-23T15:00"), accounts)["id"]
    clock.set(utc("2026-11-24T16:00"))
    notify_law_enforcement(client, headers, breach_id, utc("2026-11-24T15:00"))

    clock.set(utc("2026-11-25T16:00"))
    too_long = {
        "directed_at": iso(utc("2026-11-25T15:00")),
        "until": iso(utc("2026-12-26T15:00")),
        "agency": "USSS",
    }
    response = client.post(f"/v1/breaches/{breach_id}/law-enforcement-holds", json=too_long, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "INVALID_HOLD"
    hold = {
        "directed_at": iso(utc("2026-11-25T15:00")),
        "until": iso(utc("2026-12-10T17:00")),
        "agency": "USSS",
    }
    response = client.post(f"/v1/breaches/{breach_id}/law-enforcement-holds", json=hold, headers=headers)
    assert response.status_code == 201, response.text
    first_hold = response.json()["holds"][0]
    assert first_hold["active"] is True

    # The waiting period is over on Sat 12-05, but the hold runs to 12-10.
    clock.set(utc("2026-12-07T15:00"))
    refused = notify_customers(client, headers, breach_id)
    assert refused.status_code == 409
    assert (refused.json()["reason"], refused.json()["earliest_allowed_at"]) == (
        "law_enforcement_hold",
        iso(utc("2026-12-10T17:00")),
    )
    assert client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["status"] == "waiting"

    # An extension needs the agency's written direction, and is logged.
    clock.set(utc("2026-12-09T16:00"))
    extension = {
        "directed_at": iso(utc("2026-12-09T15:00")),
        "until": iso(utc("2027-01-20T17:00")),
        "agency": "USSS",
        "extends_hold_id": first_hold["id"],
    }
    response = client.post(f"/v1/breaches/{breach_id}/law-enforcement-holds", json=extension, headers=headers)
    assert response.status_code == 422
    extension["written_direction_reference"] = "USSS letter 2026-12-09"
    response = client.post(f"/v1/breaches/{breach_id}/law-enforcement-holds", json=extension, headers=headers)
    assert response.status_code == 201, response.text

    clock.set(utc("2026-12-11T15:00"))
    refused = notify_customers(client, headers, breach_id)
    assert refused.json()["earliest_allowed_at"] == iso(utc("2027-01-20T17:00"))

    # The agency lifts the extension early, in writing: notice is allowed from then on.
    second_id = client.get(f"/v1/breaches/{breach_id}", headers=headers).json()["holds"][1]["id"]
    clock.set(utc("2026-12-14T16:00"))
    released = client.post(
        f"/v1/breaches/{breach_id}/law-enforcement-holds/{second_id}/release",
        json={
            "released_at": iso(utc("2026-12-14T15:00")),
            "written_notice_reference": "USSS letter 2026-12-14",
        },
        headers=headers,
    )
    assert released.status_code == 200, released.text
    assert notify_customers(client, headers, breach_id).status_code == 202
    assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)
    with app.state.session_factory() as session:
        actions = list(
            session.scalars(
                select(AuditRecord.action)
                .where(AuditRecord.subject_id == breach_id)
                .order_by(AuditRecord.seq)
            )
        )
    assert actions.count("breach.law_enforcement_hold_recorded") == 2
    assert "breach.law_enforcement_hold_released" in actions
    assert actions[-1] == "breach.customer_notice_completed"


@pytest.mark.parametrize("consult", [False, True])
def test_the_urgent_path_with_and_without_a_consultation(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock, consult: bool
) -> None:
    clock.set(utc("2026-11-24T16:00"))
    accounts = seed_accounts(app, 2, clock.now())
    breach_id = create_breach(client, headers, utc("2026-11-24T10:00"), accounts)["id"]
    told = notify_law_enforcement(client, headers, breach_id, utc("2026-11-24T15:00"), urgent_need=True)
    assert told["urgent_need"] is True
    clock.set(utc("2026-11-25T16:00"))
    if consult:
        response = client.post(
            f"/v1/breaches/{breach_id}/agency-consultations",
            json={
                "consulted_at": iso(utc("2026-11-25T15:00")),
                "agency": "FBI",
                "contact": "Field office duty agent",
            },
            headers=headers,
        )
        assert response.status_code == 201, response.text
        assert response.json()["customer_notice"]["reason"] == "urgent_need_after_consultation"
        assert notify_customers(client, headers, breach_id).status_code == 202
        assert notice_events(app, breach_id, accounts) == dict.fromkeys(accounts, 1)
    else:
        refused = notify_customers(client, headers, breach_id)
        assert refused.status_code == 409
        assert refused.json()["code"] == "CUSTOMER_NOTICE_TOO_EARLY"
        assert refused.json()["reason"] == "urgent_need_without_consultation"
        assert notice_events(app, breach_id, accounts) == {}


def test_a_consultation_without_the_urgent_flag_does_not_open_the_urgent_path(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    clock.set(utc("2026-11-24T16:00"))
    breach_id = create_breach(client, headers, utc("2026-11-24T10:00"), seed_accounts(app, 1, clock.now()))[
        "id"
    ]
    early = client.post(
        f"/v1/breaches/{breach_id}/agency-consultations",
        json={"consulted_at": iso(utc("2026-11-24T15:30")), "agency": "FBI", "contact": "duty agent"},
        headers=headers,
    )
    assert early.status_code == 409
    assert early.json()["code"] == "LAW_ENFORCEMENT_NOT_NOTIFIED"
    notify_law_enforcement(client, headers, breach_id, utc("2026-11-24T15:00"))
    client.post(
        f"/v1/breaches/{breach_id}/agency-consultations",
        json={"consulted_at": iso(utc("2026-11-24T15:30")), "agency": "FBI", "contact": "duty agent"},
        headers=headers,
    )
    refused = notify_customers(client, headers, breach_id)
    assert refused.json()["reason"] == "waiting_period"


def test_unknown_affected_accounts_are_listed_in_a_422(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    known = seed_accounts(app, 5, clock.now())
    unknown = [f"acct_NOPE{index:05d}" for index in range(150)]
    body_ids = known + unknown + known  # duplicates are ignored
    response = client.post(
        "/v1/breaches",
        json={
            "discovered_at": iso(clock.now()),
            "determined_at": iso(clock.now()),
            "description": "d",
            "cpni_involved": "c",
            "circumstances": "c",
            "affected_account_ids": body_ids,
        },
        headers=headers,
    )
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "UNKNOWN_ACCOUNT_IDS"
    assert problem["unknown_account_count"] == 150
    assert problem["unknown_account_ids"] == unknown[:100]
    # Adding later accounts works the same way, and counts only new ones.
    breach = create_breach(client, headers, clock.now(), known[:2] + known[:2])
    assert breach["affected_account_count"] == 2
    added = client.post(
        f"/v1/breaches/{breach['id']}/affected-accounts", json={"account_ids": known}, headers=headers
    )
    assert added.status_code == 200
    assert added.json()["affected_account_count"] == 5
    listed = client.get(
        f"/v1/breaches/{breach['id']}/affected-accounts", headers=headers, params={"limit": 3}
    )
    page = listed.json()
    assert [item["account_id"] for item in page["items"]] == sorted(known)[:3]
    assert page["next_cursor"] == sorted(known)[2]


@pytest.mark.parametrize(
    "change",
    [
        {"determined_at": "2026-11-20T00:00:00Z", "discovered_at": "2026-11-21T00:00:00Z"},
        {"affected_account_ids": "not-a-list"},
        {"description": "   "},
        {"unexpected": True},
        {"determined_at": "2026-11-20T00:00:00"},  # naive
    ],
)
def test_bad_breach_bodies_are_clear_422s(
    client: TestClient, headers: dict[str, str], clock: ManualClock, change: dict[str, Any]
) -> None:
    body = {
        "discovered_at": "2026-11-20T00:00:00Z",
        "determined_at": "2026-11-20T00:00:00Z",
        "description": "d",
        "cpni_involved": "c",
        "circumstances": "c",
    } | change
    response = client.post("/v1/breaches", json=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "VALIDATION_FAILED"


def test_future_dates_and_double_notifications_are_refused(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    future = clock.now() + timedelta(hours=1)
    response = client.post(
        "/v1/breaches",
        json={
            "discovered_at": iso(future),
            "determined_at": iso(future),
            "description": "d",
            "cpni_involved": "c",
            "circumstances": "c",
        },
        headers=headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "INCONSISTENT_TIMESTAMPS"
    breach_id = create_breach(client, headers, clock.now() - timedelta(hours=1), [])["id"]
    notify_law_enforcement(client, headers, breach_id, clock.now())
    again = client.post(
        f"/v1/breaches/{breach_id}/law-enforcement-notifications",
        json={"notified_at": iso(clock.now()), "reference": "x"},
        headers=headers,
    )
    assert again.status_code == 409
    assert again.json()["code"] == "LAW_ENFORCEMENT_ALREADY_NOTIFIED"


def test_the_officers_list_shows_what_is_due_and_overdue_as_of_the_clock(
    app: FastAPI,
    client: TestClient,
    make_key: Callable[..., str],
    headers: dict[str, str],
    clock: ManualClock,
) -> None:
    officer = {"Authorization": f"Bearer {make_key(ApiKeyScope.COMPLIANCE_READ, name='officer')}"}
    clock.set(utc("2026-11-23T16:00"))
    accounts = seed_accounts(app, 1, clock.now())
    overdue = create_breach(client, headers, utc("2026-11-10T15:00"), accounts)["id"]  # due 11-19
    due = create_breach(client, headers, utc("2026-11-23T15:00"), accounts)["id"]  # due 12-02
    waiting = create_breach(client, headers, utc("2026-11-23T15:00"), accounts)["id"]
    notify_law_enforcement(client, headers, waiting, utc("2026-11-23T15:30"))
    mine = {overdue, due, waiting}

    def listed(*statuses: str) -> dict[str, str]:
        params: dict[str, Any] = {"limit": 500, "status": list(statuses)}
        body = client.get("/v1/breaches", headers=officer, params=params).json()
        return {item["id"]: item["status"] for item in body["items"] if item["id"] in mine}

    assert listed("overdue") == {overdue: "overdue"}
    assert listed("due", "overdue") == {overdue: "overdue", due: "due"}
    assert listed("open") == {overdue: "overdue", due: "due", waiting: "waiting"}
    # The clock moves: on 12-03 the second breach's deadline has passed too.
    clock.set(utc("2026-12-03T05:00"))
    assert listed("overdue") == {overdue: "overdue", due: "overdue"}
    # A read-only key cannot write.
    response = client.post(f"/v1/breaches/{due}/customer-notifications", headers=officer)
    assert response.status_code == 403
    assert client.get("/v1/breaches", headers=officer, params={"status": "bogus"}).status_code == 422


@pytest.fixture
def app_2024(database_url: str, clock: ManualClock) -> Iterator[FastAPI]:
    """The same database, with the 2024 rules effective from 2027-01-01 (E19)."""
    application = create_app(
        make_settings(database_url, breach_2024_rules_effective_on=date(2027, 1, 1)), clock=clock
    )
    yield application
    application.state.engine.dispose()


def test_the_2024_regime_is_switched_by_date_and_kept_per_breach(
    app_2024: FastAPI, clock: ManualClock, make_key: Callable[..., str]
) -> None:
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN)}"}
    with TestClient(app_2024, raise_server_exceptions=False) as client:
        clock.set(utc("2027-01-04T16:00"))
        accounts = seed_accounts(app_2024, 600, clock.now())
        old = create_breach(client, headers, utc("2026-12-31T15:00"), accounts[:1])
        assert old["regime"] == "2007"
        no_harm = {"harm_reasonably_likely": False, "basis": "Recovered unread.", "assessed_by": "Dana"}
        new = create_breach(client, headers, utc("2027-01-04T15:00"), accounts, harm_assessment=no_harm)
        assert new["regime"] == "2024"
        assert new["fcc_notice_required"] is True  # no customer count declared: 500 or more (E27)
        assert new["fcc_notice_due_by"] == new["law_enforcement_notice_due_by"]
        assert new["customer_notice_due_by"] is None  # no harm reasonably likely
        small = create_breach(
            client,
            headers,
            utc("2027-01-04T15:00"),
            accounts[:10],
            harm_reasonably_likely=True,
            # The customer notice's content (R-2011-NEW-9): the date range and the data, by kind.
            incident_period={"started_at": iso(utc("2027-01-02T00:00"))},
            covered_data={"cpni": ["call_detail"]},
        )
        assert small["customer_notice_due_by"] == iso(utc("2027-02-03T15:00"))  # determination + 30 days

        told = notify_law_enforcement(client, headers, small["id"], utc("2027-01-04T15:30"))
        assert told["customer_notice_not_before"] is None  # no waiting period
        refused = notify_customers(client, headers, small["id"])
        assert refused.json()["reason"] == "fcc_not_notified"
        fcc = client.post(
            f"/v1/breaches/{small['id']}/fcc-notifications",
            json={"notified_at": iso(utc("2027-01-04T15:45")), "reference": "FCC-1"},
            headers=headers,
        )
        assert fcc.status_code == 200, fcc.text
        profile = {
            "legal_name": "Example Telephone Company LLC",
            "filer_id_499": "812345",
            "officer": {"name": "Dana Whitfield", "title": "Chief Compliance Officer"},
            "contact": {"name": "CPNI desk", "email": "cpni@example.net"},
        }
        assert client.put("/v1/carrier-profile", json=profile, headers=headers).status_code == 200
        assert notify_customers(client, headers, small["id"]).status_code == 202
        assert notice_events(app_2024, small["id"], accounts[:10]) == dict.fromkeys(accounts[:10], 1)
        # The 2007 breach keeps its regime: a waiting period applies to it.
        notify_law_enforcement(client, headers, old["id"], utc("2027-01-04T15:30"))
        assert notify_customers(client, headers, old["id"]).json()["reason"] == "waiting_period"
