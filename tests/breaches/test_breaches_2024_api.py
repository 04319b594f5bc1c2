"""Breach reporting under the 2024 rules through HTTP on SQLite and PostgreSQL (issue 18, FCC 23-111), with
`CPNI_BREACH_2024_RULES_EFFECTIVE_ON=2027-01-01` and a database of this module's own (the annual summaries
and obligations are read over all rows): the 500-customer/no-harm rule and the annual summary
(R-2011-NEW-5), the agency notice due in 7 business days across Thanksgiving (R-2011-NEW-3, E1), inadvertent
breaches and the good-faith exception (R-2011-NEW-2, E28), the 30-day customer notice (R-2011-NEW-7) and its
content (R-2011-NEW-9), the agency report's seven fields as JSON and PDF (R-2011-NEW-4), breaches determined
before the switch on the 2007 rules (E19), the obligations, and bad input."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.notifications.models import Event
from cpni_api.notifications.payloads import BreachCustomerNotice
from tests.breaches.conftest import breach_body, iso, seed_accounts
from tests.conftest import admin_key_headers, make_settings
from tests.console.conftest import sign_in


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def app(module_database: str, clock: ManualClock) -> Iterator[FastAPI]:
    application = create_app(
        make_settings(module_database, breach_2024_rules_effective_on=date(2027, 1, 1)), clock=clock
    )
    yield application
    application.state.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def headers(app: FastAPI, clock: ManualClock) -> dict[str, str]:
    return admin_key_headers(app, clock)


PROFILE: dict[str, Any] = {
    "legal_name": "Example Telephone Company LLC",
    "filer_id_499": "812345",
    "officer": {"name": "Dana Whitfield", "title": "Chief Compliance Officer"},
    "contact": {"name": "CPNI desk", "phone": "+1 202 555 0100", "email": "cpni@example.net"},
    "address": "100 Main Street, Springfield, IL 62701",
}


def full_record(start: datetime, customers: int, harm: bool, **overrides: Any) -> dict[str, Any]:
    """Every part of the 2024 record (R-2011-NEW-4's fields included)."""
    record: dict[str, Any] = {
        "intent": "intentional",
        "covered_data": {"cpni": ["call_detail"], "pii": ["name", "social_security_number"]},
        "affected_customers": {"count": customers, "basis": "Distinct customers behind the affected lines."},
        "harm_assessment": {
            "harm_reasonably_likely": harm,
            "basis": "Records reached an unknown party." if harm else "Recovered unread within an hour.",
            "assessed_by": "Dana Whitfield",
        },
        "method_of_compromise": "A reused agent password on the support portal.",
        "incident_period": {"started_at": iso(start - timedelta(days=3)), "ended_at": iso(start)},
        "estimated_financial_loss": {"carrier_usd": 12000, "customers_usd": 0, "note": "Forensics."},
    }
    record.update(overrides)
    return record


def create(client: TestClient, headers: dict[str, str], determined_at: datetime, **body: Any) -> Any:
    response = client.post("/v1/breaches", json=breach_body(determined_at, [], **body), headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


def get(client: TestClient, headers: dict[str, str], path: str, **params: Any) -> Any:
    response = client.get(path, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def put_profile(client: TestClient, headers: dict[str, str]) -> None:
    response = client.put("/v1/carrier-profile", json=PROFILE, headers=headers)
    assert response.status_code == 200, response.text


def obligations_of(
    client: TestClient, headers: dict[str, str], subject_id: str
) -> list[tuple[str, str, str]]:
    items = get(client, headers, "/v1/obligations")["items"]
    return [
        (o["kind"], o["status"], o["rule_id"])
        for o in items
        if subject_id in (o["subject_id"], o.get("breach_id"))
    ]


def summaries_owed(client: TestClient, headers: dict[str, str]) -> list[tuple[str, str]]:
    items = get(client, headers, "/v1/obligations")["items"]
    return [(o["subject_id"], o["status"]) for o in items if o["kind"] == "annual_breach_summary"]


def test_499_customers_no_harm_owe_no_agency_notice_and_go_into_the_annual_summary(
    client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    clock.set(utc("2031-03-02T16:00"))
    small = create(
        client, headers, utc("2031-03-02T15:00"), **full_record(utc("2031-03-02T15:00"), 499, False)
    )
    assert small["regime"] == "2024"
    assert small["classification"] == "breach"
    assert small["agency_notice_required"] is False
    assert small["agency_notice_due_by"] is None
    assert small["fcc_notice_required"] is False
    assert small["customer_notice_required"] is False
    assert small["annual_summary_year"] == 2031
    assert [(o["kind"], o["status"]) for o in small["obligations"]] == [("customer_notice", "not_required")]
    assert small["status"] == "closed"
    # 500 with no harm owes the agency notice: the threshold is "fewer than 500".
    at_500 = create(
        client, headers, utc("2031-03-02T15:00"), **full_record(utc("2031-03-02T15:00"), 500, False)
    )
    assert at_500["agency_notice_required"] is True
    assert at_500["annual_summary_year"] is None

    # Weeks after the 7-business-day deadline, nothing is owed for the small breach, nothing overdue.
    clock.set(utc("2031-04-15T12:00"))
    assert get(client, headers, f"/v1/breaches/{small['id']}")["status"] == "closed"
    assert obligations_of(client, headers, small["id"]) == []
    assert ("agency_breach_notice", "overdue", "R-2011-NEW-3") in obligations_of(
        client, headers, at_500["id"]
    )

    summary = get(client, headers, "/v1/reports/breach-annual-summary", year=2031)
    assert [b["id"] for b in summary["breaches"]] == [small["id"]]
    assert summary["due_on"] == "2032-02-01"  # the earlier of the dates the sources give, not rolled
    assert summary["customers_affected"] == 499
    assert summary["breaches"][0]["harm_assessment"]["basis"] == "Recovered unread within an hour."
    assert summary["breaches"][0]["affected_customers"]["count"] == 499
    owed = [
        o for o in get(client, headers, "/v1/obligations")["items"] if o["kind"] == "annual_breach_summary"
    ]
    assert [(o["subject_id"], o["due_by"], o["rule_id"], o["status"]) for o in owed] == [
        ("2031", "2032-02-02T04:59:59.999999Z", "R-2011-NEW-5", "upcoming")
    ]

    early = client.post(
        "/v1/reports/breach-annual-summary/2031/filings",
        json={"filed_at": iso(clock.now()), "reference": "EB-2032-1"},
        headers=headers,
    )
    assert early.status_code == 422
    assert early.json()["code"] == "BREACH_SUMMARY_YEAR_NOT_OVER"
    clock.set(utc("2032-01-20T15:00"))
    assert summaries_owed(client, headers) == [("2031", "due")]
    filed = client.post(
        "/v1/reports/breach-annual-summary/2031/filings",
        json={"filed_at": iso(utc("2032-01-20T14:00")), "reference": "EB-2032-1"},
        headers=headers,
    )
    assert filed.status_code == 201, filed.text
    assert filed.json()["on_time"] is True
    assert filed.json()["breach_ids"] == [small["id"]]
    assert summaries_owed(client, headers) == []


def test_500_customers_owe_the_agency_notice_in_7_business_days_across_thanksgiving(
    client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    # Determined Monday 2031-11-24; Thanksgiving is Thursday 11-27. E1: for a "no later than" deadline the
    # holiday counts as a business day, so the seventh is Wednesday 12-03 (end of day, EST), one business day
    # before the holiday-skipping count would put it (Thursday 12-04).
    determined = utc("2031-11-24T15:00")
    clock.set(determined + timedelta(minutes=5))
    large = create(client, headers, determined, **full_record(determined, 500, False))
    assert large["agency_notice_due_by"] == "2031-12-04T04:59:59.999999Z"
    assert large["law_enforcement_notice_due_by"] == large["agency_notice_due_by"]
    assert [(o["kind"], o["status"], o["due_by"]) for o in large["obligations"]] == [
        ("agency_notice", "due", "2031-12-04T04:59:59.999999Z"),
        ("customer_notice", "not_required", None),
    ]
    assert obligations_of(client, headers, large["id"]) == [("agency_breach_notice", "due", "R-2011-NEW-3")]
    clock.set(utc("2031-12-04T04:59:59.999999"))
    assert get(client, headers, f"/v1/breaches/{large['id']}")["status"] == "due"
    clock.set(utc("2031-12-04T05:00"))
    assert get(client, headers, f"/v1/breaches/{large['id']}")["status"] == "overdue"
    assert obligations_of(client, headers, large["id"]) == [
        ("agency_breach_notice", "overdue", "R-2011-NEW-3")
    ]


def test_an_inadvertent_breach_is_one_and_good_faith_employee_access_is_recorded_as_not_one(
    client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    determined = utc("2031-06-02T15:00")
    clock.set(determined + timedelta(hours=1))
    misdirected = create(
        client, headers, determined, **full_record(determined, 12, True, intent="inadvertent")
    )
    assert misdirected["classification"] == "breach"
    assert misdirected["intent"] == "inadvertent"
    assert misdirected["agency_notice_required"] is True
    assert misdirected["customer_notice_required"] is True
    good_faith = {
        "by_employee_or_agent": True,
        "acquired_in_good_faith": True,
        "not_used_improperly_or_further_disclosed": True,
        "reason": "A billing clerk opened the wrong account and closed it; the access log shows no more.",
    }
    clerk = create(client, headers, determined, intent="inadvertent", good_faith_exception=good_faith)
    assert clerk["classification"] == "not_a_breach"
    assert clerk["not_a_breach_reason"] == "good_faith_employee_or_agent"
    assert "R-2011-NEW-2" in clerk["not_a_breach_detail"]
    assert clerk["good_faith_exception"]["reason"] == good_faith["reason"]
    assert clerk["status"] == "not_a_breach"
    assert clerk["obligations"] == []
    assert clerk["annual_summary_year"] is None
    # The officer's console says so too.
    sign_in(client, headers["Authorization"].removeprefix("Bearer "))
    page = client.get(f"/console/breaches/{clerk['id']}")
    assert page.status_code == 200
    assert "Recorded as no breach" in page.text
    assert "R-2011-NEW-2" in page.text
    assert "Agency notice:</strong> not required" in page.text
    # Further disclosure undoes the exception: the record says so, and the breach owes its notices.
    patched = client.patch(
        f"/v1/breaches/{clerk['id']}",
        json={"good_faith_exception": good_faith | {"not_used_improperly_or_further_disclosed": False}},
        headers=headers,
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["classification"] == "breach"
    assert patched.json()["status"] == "due"

    clock.set(utc("2031-07-01T12:00"))
    assert obligations_of(client, headers, clerk["id"]) != []
    listed = get(client, headers, "/v1/breaches", status="not_a_breach")["items"]
    assert clerk["id"] not in [item["id"] for item in listed]


def test_a_customer_notice_later_than_30_days_after_determination_is_overdue(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    put_profile(client, headers)
    determined = utc("2031-08-04T15:00")
    clock.set(determined + timedelta(hours=2))
    accounts = seed_accounts(app, 3, clock.now())
    breach = create(
        client, headers, determined, **full_record(determined, 3, True), affected_account_ids=accounts
    )
    assert breach["customer_notice_due_by"] == "2031-09-03T15:00:00Z"  # 30 calendar days
    told = client.post(
        f"/v1/breaches/{breach['id']}/agency-notifications",
        json={"notified_at": iso(determined + timedelta(hours=1)), "reference": "CRF-2031-77"},
        headers=headers,
    )
    assert told.status_code == 200, told.text
    assert told.json()["law_enforcement_notified_at"] == told.json()["fcc_notified_at"]
    assert [(o["kind"], o["status"]) for o in told.json()["obligations"]] == [
        ("agency_notice", "done"),
        ("customer_notice", "due"),
    ]

    # The notice's content must be on the record before it goes out (R-2011-NEW-9).
    emptied = client.patch(f"/v1/breaches/{breach['id']}", json={"incident_period": None}, headers=headers)
    assert emptied.status_code == 200, emptied.text
    refused = client.post(f"/v1/breaches/{breach['id']}/customer-notifications", headers=headers)
    assert refused.status_code == 409
    assert refused.json()["code"] == "CUSTOMER_NOTICE_CONTENT_INCOMPLETE"
    assert refused.json()["missing"] == ["breach_date_range"]
    restored = client.patch(
        f"/v1/breaches/{breach['id']}",
        json={"incident_period": full_record(determined, 3, True)["incident_period"]},
        headers=headers,
    )
    assert restored.status_code == 200, restored.text

    clock.set(utc("2031-09-03T15:00:00.000001"))
    late = get(client, headers, f"/v1/breaches/{breach['id']}")
    assert late["status"] == "overdue"
    assert late["obligations"][1]["status"] == "overdue"
    assert obligations_of(client, headers, breach["id"]) == [
        ("customer_breach_notice", "overdue", "R-2011-NEW-7")
    ]

    sent = client.post(f"/v1/breaches/{breach['id']}/customer-notifications", headers=headers)
    assert sent.status_code == 202, sent.text
    after = get(client, headers, f"/v1/breaches/{breach['id']}")
    notice = after["obligations"][1]
    assert (notice["status"], notice["late"]) == ("done", True)
    with app.state.session_factory() as session:
        events = session.scalars(select(Event).where(Event.type == "breach.customer_notice")).all()
        data = [event.data for event in events if event.data["breach_id"] == breach["id"]]
    assert sorted(event["regime"] for event in data) == ["2024"] * 3
    assert BreachCustomerNotice.model_validate(data[0]).content is not None  # the webhook's typed payload
    content = data[0]["content"]
    assert content["breach_date_range"]["started_at"].startswith("2031-08-01")
    assert content["information_involved"] == {
        "cpni": ["call_detail"],
        "pii": ["name", "social_security_number"],
    }
    assert content["carrier_contact"]["phone"] == PROFILE["contact"]["phone"]
    assert [r["name"].split(",")[0] for r in content["regulators"]] == [
        "Federal Communications Commission",
        "Federal Trade Commission",
    ]
    assert content["identity_theft_risk"] is True
    assert [agency["name"] for agency in content["credit_reporting_agencies"]] == [
        "Equifax",
        "Experian",
        "TransUnion",
    ]
    assert content["financial_harm_risk"] is True  # a social security number
    assert content["financial_harm_steps"]


def test_an_agency_hold_pauses_the_30_days_and_blocks_the_notice(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    put_profile(client, headers)
    determined = utc("2031-09-01T15:00")
    clock.set(determined + timedelta(days=5))
    breach = create(client, headers, determined, **full_record(determined, 40, True))
    path = f"/v1/breaches/{breach['id']}"
    told = client.post(
        f"{path}/agency-notifications",
        json={"notified_at": iso(determined + timedelta(days=1)), "reference": "CRF-2031-80"},
        headers=headers,
    )
    assert told.status_code == 200, told.text
    held = client.post(
        f"{path}/law-enforcement-holds",
        json={
            "directed_at": iso(determined + timedelta(days=5)),
            "until": iso(determined + timedelta(days=15)),
            "agency": "FBI",
            "written_direction_reference": "FBI letter 31-7",
        },
        headers=headers,
    )
    assert held.status_code == 201, held.text
    # Ten days of hold: the cap moves ten days (E33), and the notice waits for the hold (R-2011-NEW-6).
    assert held.json()["customer_notice_due_by"] == iso(determined + timedelta(days=40))
    assert held.json()["customer_notice"]["reason"] == "law_enforcement_hold"
    assert client.post(f"{path}/customer-notifications", headers=headers).status_code == 409
    assert ("law_enforcement_hold_ends", "due", "R-2011-NEW-6") in obligations_of(
        client, headers, breach["id"]
    )
    clock.set(determined + timedelta(days=35))  # past the plain 30 days, within the paused ones
    assert get(client, headers, path)["status"] == "due"


def test_the_agency_report_document_contains_every_required_field(
    client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    put_profile(client, headers)
    determined = utc("2031-10-06T15:00")
    clock.set(determined + timedelta(hours=3))
    record = full_record(determined, 1200, True)
    del record["method_of_compromise"]
    breach = create(client, headers, determined, **record)
    path = f"/v1/breaches/{breach['id']}"
    report = get(client, headers, f"{path}/agency-report")
    assert report["missing_fields"] == ["method_of_compromise"]
    refused = client.post(
        f"{path}/agency-notifications",
        json={"notified_at": iso(clock.now()), "reference": "CRF-1"},
        headers=headers,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "AGENCY_REPORT_INCOMPLETE"
    assert refused.json()["missing_fields"] == ["method_of_compromise"]
    patched = client.patch(path, json={"method_of_compromise": "Credential stuffing."}, headers=headers)
    assert patched.status_code == 200, patched.text

    report = get(client, headers, f"{path}/agency-report")
    assert report["complete"] is True
    assert report["required"] is True
    assert report["recipients"] == [
        "Federal Communications Commission",
        "United States Secret Service",
        "Federal Bureau of Investigation",
    ]
    fields = report["fields"]
    assert fields["carrier"] == {
        "legal_name": PROFILE["legal_name"],
        "address": PROFILE["address"],
        "contact_name": "CPNI desk",
        "contact_phone": PROFILE["contact"]["phone"],
        "contact_email": PROFILE["contact"]["email"],
    }
    assert fields["description"] == breach["description"]
    assert fields["method_of_compromise"] == "Credential stuffing."
    assert fields["incident_date_range"] == {
        "started_at": "2031-10-03T15:00:00Z",
        "ended_at": "2031-10-06T15:00:00Z",
    }
    assert fields["approximate_customers_affected"] == 1200
    assert fields["estimated_financial_loss"] == {
        "carrier_usd": 12000,
        "customers_usd": 0,
        "note": "Forensics.",
    }
    assert fields["types_of_data_breached"] == {
        "cpni": ["call_detail"],
        "pii": ["name", "social_security_number"],
    }

    pdf = client.get(f"{path}/agency-report", headers=headers | {"Accept": "application/pdf"})
    assert pdf.status_code == 200
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf.content)).pages
    )
    for item in ("(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"):
        assert item in text
    for value in (PROFILE["address"], "Credential stuffing.", "1,200", "US$12,000", "social security number"):
        assert value in text

    filed = client.post(
        f"{path}/agency-notifications",
        json={"notified_at": iso(clock.now()), "reference": "CRF-2031-9"},
        headers=headers,
    )
    assert filed.status_code == 200, filed.text
    # Later corrections change the record, never the report as submitted.
    client.patch(path, json={"method_of_compromise": "Phishing."}, headers=headers)
    report = get(client, headers, f"{path}/agency-report", format="json")
    assert report["fields"]["method_of_compromise"] == "Phishing."
    assert report["submitted"]["fields"]["method_of_compromise"] == "Credential stuffing."
    assert report["submitted"]["reference"] == "CRF-2031-9"


def test_breaches_determined_before_the_switch_keep_the_2007_rules(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock
) -> None:
    clock.set(utc("2027-01-04T16:00"))
    accounts = seed_accounts(app, 2, clock.now())
    old = create(
        client,
        headers,
        utc("2026-12-31T15:00"),
        affected_account_ids=accounts,
        **full_record(utc("2026-12-31T15:00"), 499, False),
    )
    assert old["regime"] == "2007"
    assert old["agency_notice_required"] is True  # law enforcement, whatever the count (R-2011-b, E27)
    assert old["annual_summary_year"] is None
    assert [o["kind"] for o in old["obligations"]] == ["law_enforcement_notice", "customer_notice"]
    wrong = client.post(
        f"/v1/breaches/{old['id']}/agency-notifications",
        json={"notified_at": iso(clock.now()), "reference": "CRF-1"},
        headers=headers,
    )
    assert wrong.status_code == 409
    assert wrong.json()["code"] == "WRONG_BREACH_REGIME"
    # Inadvertent under the 2007 text: not a breach (E28).
    slip = create(client, headers, utc("2026-12-30T15:00"), intent="inadvertent")
    assert (slip["regime"], slip["classification"], slip["not_a_breach_reason"]) == (
        "2007",
        "not_a_breach",
        "inadvertent_under_2007_text",
    )
    told = client.post(
        f"/v1/breaches/{old['id']}/law-enforcement-notifications",
        json={"notified_at": iso(clock.now()), "reference": "USSS-1"},
        headers=headers,
    )
    assert told.json()["customer_notice"]["reason"] == "waiting_period"  # the 2007 wait still applies
    # The certification counts the breach, not the incident that is none (E28).
    report = get(client, headers, "/v1/reports/annual-certification", year=2026)
    assert [item["id"] for item in report["breaches"]["items"]] == [old["id"]]
    assert report["incidents_not_breaches"] == 1
    markdown = client.get(
        "/v1/reports/annual-certification", params={"year": 2026, "format": "markdown"}, headers=headers
    )
    assert "in no count above: 1." in markdown.text


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"affected_customers": {"count": -1, "basis": "Counted."}}, "count"),
        ({"harm_assessment": {"harm_reasonably_likely": False, "assessed_by": "Dana"}}, "basis"),
        ({"covered_data": {"pii": ["favourite_colour"]}}, "pii"),
        ({"harm_reasonably_likely": False}, "harm_assessment"),
        ({"covered_data": {"cpni": [], "pii": []}}, "covered_data"),
        ({"incident_period": {"started_at": "2031-05-02T00:00:00Z", "ended_at": "2031-05-01T00:00:00Z"}}, ""),
    ],
)
def test_bad_2024_records_are_422s(
    client: TestClient, headers: dict[str, str], clock: ManualClock, change: dict[str, Any], where: str
) -> None:
    clock.set(utc("2031-05-04T16:00"))
    body = breach_body(utc("2031-05-04T15:00"), [], **change)
    created = client.post("/v1/breaches", json=body, headers=headers)
    assert created.status_code == 422, created.text
    assert created.json()["code"] == "VALIDATION_FAILED"
    assert where in str(created.json()["errors"])
    if "harm_reasonably_likely" not in change:
        breach = create(client, headers, utc("2031-05-04T15:00"))
        patched = client.patch(f"/v1/breaches/{breach['id']}", json=change, headers=headers)
        assert patched.status_code == 422, patched.text
