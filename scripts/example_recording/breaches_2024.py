"""The 2024 breach regime (FCC 23-111, R-2011-NEW): the recording's switch date falls after the 2007 breach of
`compliance.py`, so this breach keeps the 2024 rules: its record, the agency report and notification, a small
no-harm breach in the annual summary, and (once the year is over) the summary's filing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from cpni_api.core.clock import rfc3339
from scripts.example_recording.recorder import Recorder

# CPNI_BREACH_2024_RULES_EFFECTIVE_ON for the recording: after the 2007 breach's flow, before this one.
EFFECTIVE_ON = date(2026, 4, 1)
DETERMINED = datetime(2026, 4, 6, 15, 0, tzinfo=UTC)  # a Monday
SUMMARY_YEAR = DETERMINED.year


def _record(customers: int, harm: bool) -> dict[str, Any]:
    return {
        "discovered_at": rfc3339(DETERMINED - timedelta(days=1)),
        "determined_at": rfc3339(DETERMINED),
        "description": "Customer records were reachable through a misconfigured support-portal export.",
        "cpni_involved": "Call detail records and billing names and addresses.",
        "circumstances": "A reused agent password on the support portal; found by the security team.",
        "intent": "intentional",
        "covered_data": {"cpni": ["call_detail"], "pii": ["name", "social_security_number"]},
        "affected_customers": {"count": customers, "basis": "Distinct customers behind the affected lines."},
        "harm_assessment": {
            "harm_reasonably_likely": harm,
            "basis": "The records reached an unknown party." if harm else "Recovered unread within an hour.",
            "assessed_by": "Morgan Ellis",
        },
        "incident_period": {
            "started_at": rfc3339(DETERMINED - timedelta(days=4)),
            "ended_at": rfc3339(DETERMINED - timedelta(days=1)),
        },
        "estimated_financial_loss": {"carrier_usd": 12000, "customers_usd": 0, "note": "Forensics."},
    }


def record_breaches_2024(recorder: Recorder) -> None:
    recorder.clock.set(DETERMINED + timedelta(hours=2))
    breach = recorder.call(
        "POST", "/v1/breaches", json=_record(1200, True), expect=201, example="regime_2024"
    )
    path, breach_id = "/v1/breaches/{breach_id}", str(breach["id"])
    recorder.call(
        "PATCH",
        path,
        json={"method_of_compromise": "Credential stuffing against the support portal."},
        expect=200,
        breach_id=breach_id,
    )
    recorder.call("GET", path + "/agency-report", expect=200, breach_id=breach_id)
    recorder.call(
        "POST",
        path + "/agency-notifications",
        json={"notified_at": recorder.now(), "reference": "CRF-2026-0406-0007"},
        expect=200,
        breach_id=breach_id,
    )
    small = _record(499, False)
    recorder.call("POST", "/v1/breaches", json=small, expect=201, example="small_no_harm", record=False)
    recorder.call("GET", "/v1/reports/breach-annual-summary", params={"year": SUMMARY_YEAR}, expect=200)
    filing = {"filed_at": recorder.now(), "reference": "EB-2027-0001"}
    recorder.call(
        "POST",
        "/v1/reports/breach-annual-summary/{year}/filings",
        json=filing,
        expect=422,
        example="year_not_over",
        year=str(SUMMARY_YEAR),
    )


def record_breach_summary_filing(recorder: Recorder) -> None:
    """Last of the flow, as it moves the clock into the next year."""
    recorder.clock.set(datetime(SUMMARY_YEAR + 1, 1, 20, 15, 0, tzinfo=UTC))
    recorder.call(
        "POST",
        "/v1/reports/breach-annual-summary/{year}/filings",
        json={"filed_at": recorder.now(), "reference": "EB-2027-0001"},
        expect=201,
        year=str(SUMMARY_YEAR),
    )
