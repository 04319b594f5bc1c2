"""The statutory exceptions to approval, narrowed to the statute, through the HTTP API (issue 13, ADR 0020):
47 U.S.C. 222(d)(4) (the user's call location to an emergency recipient) and 222(c)(1) (a disclosure the law
compels, with its legal process), each recorded on the check, in the audit trail and in the annual
certification."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock
from tests.consent.conftest import Consent
from tests.support.cpni import create_account

PSAP = {"purpose": "emergency", "emergency_recipient": "psap", "includes_location": True}
SUBPOENA = {"kind": "subpoena", "reference": "GJ-2026-0142", "issued_by": "US District Court, D. Mass."}


def _post(consent: Consent, **body: Any) -> Any:
    return consent.client.post("/v1/usage-checks", json=body, headers=consent.headers)


def test_emergency_probes_are_denied_or_refused_with_a_clear_code(consent: Consent) -> None:
    """Each of these was allowed while `purpose=emergency` returned allow before any safeguard ran."""
    account = consent.account()
    expired_jv = consent.third_party("joint_venture", agreement_days=-1)
    # Location shared with a JV partner whose confidentiality agreement has expired, under its sharing scope.
    shared = consent.check(account, "joint_venture_sharing", third_party_id=expired_jv, **PSAP)
    assert (shared["decision"], shared["reason_code"], shared["rule"]) == (
        "deny",
        "EXCEPTION_NOT_FOR_SCOPE",
        "47 U.S.C. 222(d)(4)",
    )
    # ... and as a disclosure naming it: its safeguards still run first.
    named = consent.check(account, "third_party_disclosure", third_party_id=expired_jv, **PSAP)
    assert named["reason_code"] == "CONFIDENTIALITY_AGREEMENT_EXPIRED"
    # Marketing with location.
    marketing = consent.check(account, "carrier_marketing", **PSAP)
    assert marketing["reason_code"] == "EXCEPTION_NOT_FOR_SCOPE"
    # A third-party disclosure that names no emergency recipient: refused before any decision.
    unnamed = _post(
        consent,
        account_id=account,
        scope="third_party_disclosure",
        purpose="emergency",
        includes_location=True,
    )
    assert unnamed.status_code == 422
    assert unnamed.json()["errors"][0]["location"] == ["body", "emergency_recipient"]
    # CPNI other than the user's location.
    everything = consent.check(
        account, "third_party_disclosure", purpose="emergency", emergency_recipient="immediate_family"
    )
    assert (everything["decision"], everything["reason_code"]) == (
        "deny",
        "EMERGENCY_EXCEPTION_LOCATION_ONLY",
    )
    # Every denial is kept, as asked.
    kept = consent.client.get(f"/v1/usage-checks/{everything['id']}", headers=consent.headers).json()
    assert kept["reason_code"] == "EMERGENCY_EXCEPTION_LOCATION_ONLY"
    assert kept["emergency_recipient"] == "immediate_family"


def test_a_psap_receiving_the_users_location_is_allowed_and_the_check_records_the_recipient(
    app: FastAPI, consent: Consent
) -> None:
    account = consent.account()
    allowed = consent.check(account, "third_party_disclosure", **PSAP)
    assert (allowed["decision"], allowed["reason_code"], allowed["rule"]) == (
        "allow",
        "PERMITTED_WITHOUT_APPROVAL",
        "47 U.S.C. 222(d)(4)",
    )
    assert allowed["basis"]["exception"] == "emergency"
    assert allowed["basis"]["emergency_recipient"] == "psap"
    assert allowed["emergency_recipient"] == "psap"
    kept = consent.client.get(f"/v1/usage-checks/{allowed['id']}", headers=consent.headers)
    assert kept.status_code == 200
    assert kept.json() == allowed
    with app.state.session_factory() as session:
        [record] = session.scalars(
            select(AuditRecord).where(
                AuditRecord.action == "consent.usage_checked", AuditRecord.subject_id == allowed["id"]
            )
        )
    assert record.outcome == "allow"
    assert record.details["emergency_recipient"] == "psap"
    assert record.details["basis_type"] == "exception"
    missing = consent.client.get("/v1/usage-checks/use_does_not_exist", headers=consent.headers)
    assert (missing.status_code, missing.json()["code"]) == (404, "NOT_FOUND")


@pytest.mark.parametrize(
    "recipient",
    [
        "psap",
        "emergency_responder",
        "hospital",
        "law_enforcement_emergency",
        "legal_guardian",
        "immediate_family",
        "emergency_database_provider",
    ],
)
def test_every_recipient_the_statute_names_may_receive_the_location(consent: Consent, recipient: str) -> None:
    account = consent.account()
    allowed = consent.check(
        account,
        "third_party_disclosure",
        purpose="emergency",
        emergency_recipient=recipient,
        includes_location=True,
    )
    assert allowed["decision"] == "allow"
    assert allowed["basis"]["emergency_recipient"] == recipient


def test_a_disclosure_required_by_law_is_allowed_recorded_and_counted(
    app: FastAPI, consent: Consent, clock: ManualClock
) -> None:
    account = consent.account()
    allowed = consent.check(
        account, "third_party_disclosure", purpose="required_by_law", legal_process=SUBPOENA
    )
    assert (allowed["decision"], allowed["rule"]) == ("allow", "47 U.S.C. 222(c)(1)")
    assert allowed["basis"]["exception"] == "required_by_law"
    assert allowed["basis"]["legal_process"] == SUBPOENA
    assert allowed["legal_process"] == SUBPOENA
    with app.state.session_factory() as session:
        [record] = session.scalars(select(AuditRecord).where(AuditRecord.subject_id == allowed["id"]))
    assert record.details["legal_process"] == SUBPOENA
    # Never a marketing scope, even when compelled.
    marketing = consent.check(account, "carrier_marketing", purpose="required_by_law", legal_process=SUBPOENA)
    assert marketing["reason_code"] == "EXCEPTION_NOT_FOR_SCOPE"


def test_bad_input_names_the_field(consent: Consent) -> None:
    account = consent.account()
    cases: list[tuple[dict[str, Any], list[str | int]]] = [
        (
            {"purpose": "emergency", "emergency_recipient": "neighbour", "includes_location": True},
            ["body", "emergency_recipient"],
        ),
        (
            {"purpose": "required_by_law", "legal_process": {"kind": "subpoena", "issued_by": "A court"}},
            ["body", "legal_process", "reference"],
        ),
        (
            {"purpose": "required_by_law", "legal_process": {**SUBPOENA, "reference": "   "}},
            ["body", "legal_process", "reference"],
        ),
        ({"purpose": "required_by_law"}, ["body", "legal_process"]),
        ({"purpose": "billing", "emergency_recipient": "psap"}, ["body", "emergency_recipient"]),
        ({"purpose": "billing", "legal_process": SUBPOENA}, ["body", "legal_process"]),
        (
            {"purpose": "required_by_law", "legal_process": {**SUBPOENA, "kind": "letter"}},
            ["body", "legal_process", "kind"],
        ),
    ]
    for body, location in cases:
        response = _post(consent, account_id=account, scope="third_party_disclosure", **body)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "VALIDATION_FAILED"
        assert [error["location"] for error in response.json()["errors"]] == [location], body


@pytest.fixture
def report_client(
    module_client: TestClient, module_admin: dict[str, str]
) -> tuple[TestClient, dict[str, str]]:
    return module_client, module_admin


def test_the_annual_certification_counts_disclosures_required_by_law_and_emergencies(
    report_client: tuple[TestClient, dict[str, str]], clock: ManualClock
) -> None:
    """Counted by the year of the check, allowed checks only (a database of the module: the report reads
    every row)."""
    client, headers = report_client
    account = create_account(client, headers)["id"]

    def check(**body: Any) -> dict[str, Any]:
        response = client.post(
            "/v1/usage-checks",
            json={"account_id": account, "scope": "third_party_disclosure", **body},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    check(purpose="required_by_law", legal_process=SUBPOENA)
    check(purpose="required_by_law", legal_process={**SUBPOENA, "kind": "warrant", "reference": "W-77"})
    check(**PSAP)
    check(purpose="emergency", emergency_recipient="hospital", includes_location=True)
    check(purpose="emergency", emergency_recipient="hospital")  # denied: not counted
    clock.advance(timedelta(days=400))
    check(purpose="required_by_law", legal_process={**SUBPOENA, "reference": "next-year"})  # another year

    year = 2026
    report = client.get(f"/v1/reports/annual-certification?year={year}", headers=headers)
    assert report.status_code == 200, report.text
    by_law = report.json()["disclosures_required_by_law"]
    assert by_law["total"] == 2
    assert by_law["by_kind"] == {"subpoena": 1, "warrant": 1}
    assert {item["reference"] for item in by_law["items"]} == {"GJ-2026-0142", "W-77"}
    assert all(item["account_id"] == account for item in by_law["items"])
    emergencies = report.json()["emergency_disclosures"]
    assert emergencies == {"total": 2, "by_recipient": {"psap": 1, "hospital": 1}}
    markdown = client.get(
        f"/v1/reports/annual-certification?year={year}", headers={**headers, "Accept": "text/markdown"}
    )
    assert markdown.status_code == 200
    assert "## Disclosures required by law and in emergencies" in markdown.text
    assert "GJ-2026-0142" in markdown.text
