"""The compliance officer's desk (R-2009-e, R-2011; ADRs 0011, 0040-0044): the carrier profile, the records
the annual certification counts, the certification and its filing, the obligations; then a breach from
determination to customer notice, and one voided. The breach comes last: its waiting moves the clock."""

from __future__ import annotations

from datetime import timedelta

from cpni_api.core.clock import rfc3339
from scripts.example_recording.customers import Customers
from scripts.example_recording.recorder import Recorder

CERTIFIED_YEAR = 2025
AGENT = "agent-0311"


def record_compliance(recorder: Recorder, customers: Customers) -> None:
    _carrier_profile(recorder)
    complaint_id = _complaints(recorder, str(customers.residential["id"]))
    _pretexter_actions(recorder)
    _opt_out_failures(recorder)
    _agents(recorder, complaint_id)
    _certification(recorder)
    recorder.call("GET", "/v1/obligations", expect=200)
    recorder.call("GET", "/v1/obligations.ics", expect=200)


def _carrier_profile(recorder: Recorder) -> None:
    recorder.call("GET", "/v1/carrier-profile", expect=404, example="not_set_yet")
    recorder.call(
        "PUT",
        "/v1/carrier-profile",
        json={
            "legal_name": "Example Telephone Company, LLC",
            "filer_id_499": "831742",
            "frn": "0012345678",
            "officer": {"name": "Morgan Ellis", "title": "Vice President, Regulatory Compliance"},
            "contact": {"name": "Riley Park", "phone": "+1 202 555 0100", "email": "cpni@example.com"},
            "counsel": "Hartley & Moss LLP, 1800 M St NW, Washington, DC 20036",
            "address": "100 Main Street, Springfield, IL 62701",
        },
        expect=200,
    )
    recorder.call("GET", "/v1/carrier-profile", expect=200)
    recorder.call("GET", "/v1/carrier-policy", expect=200)


def _complaints(recorder: Recorder, account_id: str) -> str:
    complaint = recorder.call(
        "POST",
        "/v1/complaints",
        json={
            "received_at": "2025-08-12T14:20:00Z",
            "category": "disclosure_to_unauthorized_individuals",
            "summary": "Customer reports that a caller obtained her call history from the support line.",
            "account_id": account_id,
        },
        expect=201,
    )
    complaint_id = str(complaint["id"])
    recorder.call(
        "PATCH",
        "/v1/complaints/{complaint_id}",
        json={
            "resolution": "Agent retrained; the call was not verified as policy requires.",
            "resolved_at": "2025-08-29T16:00:00Z",
        },
        expect=200,
        complaint_id=complaint_id,
    )
    recorder.call("GET", "/v1/complaints", params={"year": CERTIFIED_YEAR}, expect=200)
    return complaint_id


def _pretexter_actions(recorder: Recorder) -> None:
    action = recorder.call(
        "POST",
        "/v1/pretexter-actions",
        json={
            "taken_at": "2025-10-03T13:00:00Z",
            "kind": "law_enforcement_referral",
            "target": "Caller impersonating account holders, ANI +1 202 555 0199",
            "description": "Referred to the FBI field office after three pretexting calls in one week.",
        },
        expect=201,
    )
    recorder.call(
        "PATCH",
        "/v1/pretexter-actions/{action_id}",
        json={"outcome": "Case opened by the FBI, reference WFO-2025-1177."},
        expect=200,
        action_id=str(action["id"]),
    )
    recorder.call("GET", "/v1/pretexter-actions", params={"year": CERTIFIED_YEAR}, expect=200)


def _opt_out_failures(recorder: Recorder) -> None:
    detected = recorder.clock.now() - timedelta(days=1)
    failure = recorder.call(
        "POST",
        "/v1/opt-out-failures",
        json={
            "detected_at": rfc3339(detected),
            "mechanisms": "The opt-out flag was not read by the marketing list export for two days.",
            "problem": "Customers who had opted out could have been included in an outbound campaign.",
            "remedy": "Export fixed and re-run; the campaign was held before any contact.",
            "remedy_expected_at": rfc3339(recorder.clock.now() + timedelta(days=2)),
        },
        expect=201,
    )
    failure_id = str(failure["id"])
    recorder.call(
        "POST",
        "/v1/opt-out-failures/{failure_id}/fcc-notifications",
        json={"notified_at": recorder.now(), "reference": "FCC-OOF-2026-0042"},
        expect=200,
        failure_id=failure_id,
    )
    recorder.call("GET", "/v1/opt-out-failures/{failure_id}", expect=200, failure_id=failure_id)
    recorder.call("GET", "/v1/opt-out-failures", params={"pending": False}, expect=200)


def _agents(recorder: Recorder, complaint_id: str) -> None:
    recorder.call(
        "POST",
        "/v1/agents/{agent_id}/disciplinary-actions",
        json={
            "taken_at": "2025-08-28T15:00:00Z",
            "action": "retraining",
            "reason": "Discussed call detail on an unverified inbound call.",
            "complaint_id": complaint_id,
        },
        expect=201,
        agent_id=AGENT,
    )
    recorder.call("GET", "/v1/agents/{agent_id}/disciplinary-actions", expect=200, agent_id=AGENT)
    recorder.call(
        "POST",
        "/v1/agents/{agent_id}/trainings",
        json={
            "completed_at": "2025-09-02T17:00:00Z",
            "expires_at": "2026-09-02T17:00:00Z",
            "course": "CPNI handling and caller verification (2025 edition)",
        },
        expect=201,
        agent_id=AGENT,
    )
    recorder.call("GET", "/v1/agents/{agent_id}/trainings", expect=200, agent_id=AGENT)


def _certification(recorder: Recorder) -> None:
    report = "/v1/reports/annual-certification"
    recorder.call("GET", report, params={"year": CERTIFIED_YEAR}, expect=200)
    recorder.call("GET", report, params={"year": CERTIFIED_YEAR, "format": "markdown"}, expect=200)
    recorder.call("GET", report, params={"year": CERTIFIED_YEAR, "format": "pdf"}, expect=200)
    recorder.call(
        "POST",
        report + "/{year}/filings",
        json={
            "filed_at": recorder.now(),
            "confirmation_number": "2026021712345678",
            "signed_by": "Morgan Ellis",
        },
        expect=201,
        year=str(CERTIFIED_YEAR),
    )
    recorder.call(
        "POST",
        report + "/{year}/filings",
        json={
            "filed_at": recorder.now(),
            "confirmation_number": "2026021799999999",
            "signed_by": "Morgan Ellis",
        },
        expect=422,
        example="year_not_over",
        year=str(CERTIFIED_YEAR + 1),
    )


def record_breaches(recorder: Recorder, customers: Customers) -> None:
    residential, business = str(customers.residential["id"]), str(customers.business["id"])
    determined = recorder.clock.now()
    breach = recorder.call(
        "POST",
        "/v1/breaches",
        json={
            "discovered_at": rfc3339(determined - timedelta(days=1)),
            "determined_at": rfc3339(determined),
            "description": "A pretexter obtained call detail for two accounts through the support line.",
            "cpni_involved": "Call detail records (numbers called, dates, durations) of Dec. and Jan.",
            "circumstances": "Social engineering of a contact-center agent, found by a fraud review.",
            "affected_account_ids": [residential],
        },
        expect=201,
    )
    breach_id = str(breach["id"])
    path = "/v1/breaches/{breach_id}"
    recorder.call(
        "POST", path + "/affected-accounts", json={"account_ids": [business]}, expect=200, breach_id=breach_id
    )
    recorder.call("GET", path + "/affected-accounts", expect=200, breach_id=breach_id)
    recorder.call(
        "POST", path + "/customer-notifications", expect=409, example="too_early", breach_id=breach_id
    )
    recorder.call(
        "POST",
        path + "/law-enforcement-notifications",
        json={"notified_at": recorder.now(), "reference": "CRF-2026-0217-0042"},
        expect=200,
        breach_id=breach_id,
    )
    recorder.call(
        "POST",
        path + "/fcc-notifications",
        json={"notified_at": recorder.now(), "reference": "FCC-BR-2026-0042"},
        expect=200,
        breach_id=breach_id,
    )
    recorder.call(
        "POST",
        path + "/agency-consultations",
        json={
            "consulted_at": recorder.now(),
            "agency": "U.S. Secret Service",
            "contact": "Special Agent D. Moreno",
            "notes": "No objection to customer notice after the waiting period.",
        },
        expect=201,
        breach_id=breach_id,
    )
    _hold(recorder, breach_id)
    recorder.clock.advance(timedelta(days=12))
    recorder.call("POST", path + "/customer-notifications", expect=202, breach_id=breach_id)
    recorder.call(
        "POST",
        path + "/public-disclosures",
        json={
            "channel": "website",
            "description": "Notice of a data security incident posted on the carrier's privacy page.",
            "disclosed_at": recorder.now(),
        },
        expect=201,
        breach_id=breach_id,
    )
    recorder.call("GET", path, expect=200, breach_id=breach_id)
    recorder.call("GET", path, expect=404, example="unknown_breach", breach_id="brc_01KHP0000000000000000000")
    _voided(recorder)
    recorder.call("GET", "/v1/breaches", params={"limit": 5}, expect=200)


def _hold(recorder: Recorder, breach_id: str) -> None:
    """Law enforcement asks for a short delay in writing, then lifts it."""
    hold = recorder.call(
        "POST",
        "/v1/breaches/{breach_id}/law-enforcement-holds",
        json={
            "directed_at": recorder.now(),
            "until": rfc3339(recorder.clock.now() + timedelta(days=10)),
            "agency": "U.S. Secret Service",
            "written_direction_reference": "USSS letter 2026-02-17",
        },
        expect=201,
        breach_id=breach_id,
    )
    recorder.clock.advance(timedelta(days=2))
    recorder.call(
        "POST",
        "/v1/breaches/{breach_id}/law-enforcement-holds/{hold_id}/release",
        json={"released_at": recorder.now(), "written_notice_reference": "USSS letter 2026-02-19"},
        expect=200,
        breach_id=breach_id,
        hold_id=str(hold["holds"][-1]["id"]),
    )


def _voided(recorder: Recorder) -> None:
    mistaken = recorder.call(
        "POST",
        "/v1/breaches",
        json={
            "discovered_at": rfc3339(recorder.clock.now() - timedelta(hours=3)),
            "determined_at": rfc3339(recorder.clock.now() - timedelta(hours=2)),
            "description": "Suspected exposure of an account export.",
            "cpni_involved": "None, as it turned out.",
            "circumstances": "The export held only test accounts.",
        },
        expect=201,
        example="determined_in_error",
        record=False,
    )
    recorder.call(
        "POST",
        "/v1/breaches/{breach_id}/void",
        json={"reason": "Entered in error: the exported file held only test accounts, no customer CPNI."},
        expect=200,
        breach_id=str(mistaken["id"]),
    )
