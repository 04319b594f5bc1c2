"""Obligations on a seeded database (issue 17, design.md §5): an overdue law-enforcement notice, a hold
ending, an opt-out-failure letter, a training expiring and the certification, in due order, each with its rule
id and record; the iCalendar feed parses and has the same events. A database of this module's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from icalendar import Calendar

from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach, iso

NOW = datetime(2026, 11, 24, 15, tzinfo=UTC)


def post(
    client: TestClient, headers: dict[str, str], path: str, body: dict[str, Any], status: int = 201
) -> Any:
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == status, response.text
    return response.json()


def seed(client: TestClient, headers: dict[str, str]) -> dict[str, str]:
    unreported = create_breach(client, headers, NOW - timedelta(days=35), [])
    held = create_breach(client, headers, NOW - timedelta(days=8), [])
    post(
        client,
        headers,
        f"/v1/breaches/{held['id']}/law-enforcement-notifications",
        {"notified_at": iso(NOW - timedelta(days=7)), "reference": "USSS 7"},
        status=200,
    )
    hold = post(
        client,
        headers,
        f"/v1/breaches/{held['id']}/law-enforcement-holds",
        {
            "directed_at": iso(NOW - timedelta(days=6)),
            "until": iso(NOW + timedelta(days=16)),
            "agency": "FBI",
        },
    )["holds"][0]
    mistake = create_breach(client, headers, datetime(1901, 1, 1, tzinfo=UTC), [])
    post(client, headers, f"/v1/breaches/{mistake['id']}/void", {"reason": "Wrong year."}, status=200)
    failure = post(
        client,
        headers,
        "/v1/opt-out-failures",
        {"detected_at": iso(NOW - timedelta(days=1)), "mechanisms": "IVR opt-out line", "problem": "Down"},
    )
    post(
        client,
        headers,
        "/v1/agents/agent-7/trainings",
        {
            "completed_at": iso(NOW - timedelta(days=300)),
            "expires_at": iso(NOW + timedelta(days=65)),
            "course": "CPNI",
        },
    )
    post(
        client,
        headers,
        "/v1/agents/agent-8/trainings",
        {"completed_at": iso(NOW - timedelta(days=3)), "course": "CPNI, no expiry"},
    )
    post(
        client,
        headers,
        "/v1/reports/annual-certification/2025/filings",
        {"filed_at": "2026-02-20T15:00:00Z", "confirmation_number": "C-2025", "signed_by": "Officer"},
    )
    return {
        "unreported": unreported["id"],
        "held": held["id"],
        "hold": hold["id"],
        "mistake": mistake["id"],
        "failure": failure["id"],
    }


def test_every_deadline_in_due_order_and_as_a_calendar(
    module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    client = module_client
    ids = seed(client, module_admin)
    clock.set(NOW)

    response = client.get("/v1/obligations", headers=module_admin)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    listed = [(o["kind"], o["subject_id"], o["status"], o["rule_id"]) for o in items]
    assert listed == [
        ("law_enforcement_notice", ids["unreported"], "overdue", "R-2011-b"),
        ("opt_out_failure_letter", ids["failure"], "due", "R-2009-f"),
        ("law_enforcement_hold_ends", ids["hold"], "due", "R-2011-b-3"),
        ("customer_breach_notice", ids["held"], "upcoming", "R-2011-c"),
        ("training_expires", "agent-7", "upcoming", "R-2009-b"),
        ("annual_certification", "2026", "upcoming", "R-2009-e"),
    ]
    assert ids["mistake"] not in str(items)  # voided: owes nothing
    by_kind = {o["kind"]: o for o in items}
    assert by_kind["law_enforcement_hold_ends"]["breach_id"] == ids["held"]
    assert by_kind["law_enforcement_hold_ends"]["due_by"] == iso(NOW + timedelta(days=16))
    assert by_kind["annual_certification"]["due_by"] == "2027-03-02T04:59:59.999999Z"  # end of March 1, local
    assert by_kind["opt_out_failure_letter"]["deadline"] is True

    overdue = client.get("/v1/obligations", params={"status": "overdue"}, headers=module_admin).json()[
        "items"
    ]
    assert [o["kind"] for o in overdue] == ["law_enforcement_notice"]
    assert client.get("/v1/obligations", params={"status": "late"}, headers=module_admin).status_code == 422

    feed = client.get("/v1/obligations.ics", headers=module_admin)
    assert feed.status_code == 200, feed.text
    assert feed.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(feed.content)
    events = list(calendar.walk("VEVENT"))
    assert [event.decoded("categories")[0] for event in events] == [o["kind"] for o in items]
    for event, obligation in zip(events, items, strict=True):
        # iCalendar keeps whole seconds.
        assert event.decoded("dtstart") == datetime.fromisoformat(obligation["due_by"]).replace(microsecond=0)
        assert str(event["summary"]) == f"[{obligation['status']}] {obligation['summary']}"
        assert obligation["rule_id"] in str(event["description"])
        assert list(event.walk("VALARM"))
    assert len({str(event["uid"]) for event in events}) == len(events)

    clock.set(datetime(2027, 3, 3, 15, tzinfo=UTC))  # the 2026 certification was not filed: now overdue
    later = client.get("/v1/obligations", params={"status": "overdue"}, headers=module_admin).json()["items"]
    assert ("annual_certification", "2026") in [(o["kind"], o["subject_id"]) for o in later]


def test_obligations_need_compliance_read(module_client: TestClient, make_key) -> None:
    assert module_client.get("/v1/obligations").status_code == 401
    wrong = {"Authorization": f"Bearer {make_key('audit:read')}"}
    assert module_client.get("/v1/obligations.ics", headers=wrong).status_code in (401, 403)
