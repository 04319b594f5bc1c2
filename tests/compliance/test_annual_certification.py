"""The annual certification (R-2009-e) for a seeded year matches the records, field by field. A database of
this module's own, so the year holds exactly the records seeded here."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import breach_body, iso, seed_accounts

# The calendar year is local (America/New_York): 2025 runs from 2025-01-01T05:00Z to 2026-01-01T05:00Z.
BEFORE_YEAR = datetime(2025, 1, 1, 4, 30, tzinfo=UTC)  # Dec 31 2024, 23:30 local
FIRST_INSTANT = datetime(2025, 1, 1, 5, 0, tzinfo=UTC)
LAST_EVENING = datetime(2026, 1, 1, 4, 30, tzinfo=UTC)  # Dec 31 2025, 23:30 local: still 2025


def post(
    client: TestClient, headers: dict[str, str], path: str, body: dict[str, Any], status: int = 201
) -> Any:
    response = client.post(path, json=body, headers=headers)
    assert response.status_code == status, response.text
    return response.json()


def seed_campaigns(client: TestClient, headers: dict[str, str], clock: ManualClock) -> dict[str, Any]:
    """Campaigns created in 2024 (reviewed then), in 2025 (reviewed in 2025) and in 2026."""
    created: dict[str, Any] = {}
    for name, opened, reviewed in [
        ("before", datetime(2024, 12, 15, 15, tzinfo=UTC), datetime(2024, 12, 20, 15, tzinfo=UTC)),
        ("in_year", datetime(2025, 6, 1, 15, tzinfo=UTC), datetime(2025, 6, 3, 15, tzinfo=UTC)),
        ("after", datetime(2026, 1, 10, 15, tzinfo=UTC), None),
    ]:
        clock.set(opened)
        campaign = post(
            client,
            headers,
            "/v1/campaigns",
            {
                "description": f"Upgrade offer ({name})",
                "cpni_used": ["plan", "minutes used"],
                "products_offered": ["unlimited plan"],
                "scope": "carrier_marketing",
                "requested_by": "sam.sales",
            },
        )
        if reviewed is not None:
            clock.set(reviewed)
            post(
                client,
                headers,
                f"/v1/campaigns/{campaign['id']}/reviews",
                {"reviewer": "pat.supervisor", "decision": "approved", "notes": "ok"},
            )
            campaign = client.get(f"/v1/campaigns/{campaign['id']}", headers=headers).json()
        created[name] = campaign
    return created


def test_the_report_for_a_seeded_year_matches_the_records(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    client = module_client
    campaigns = seed_campaigns(client, module_admin, clock)
    clock.set(datetime(2026, 2, 10, 15, tzinfo=UTC))
    accounts = seed_accounts(module_app, 4, clock.now())

    complaints = [
        post(
            client,
            module_admin,
            "/v1/complaints",
            {"received_at": iso(at), "category": category, "summary": "s"},
        )
        for at, category in [
            (FIRST_INSTANT, "employee_access"),
            (datetime(2025, 6, 1, 12, tzinfo=UTC), "employee_access"),
            (datetime(2025, 7, 1, 12, tzinfo=UTC), "unauthorized_online_access"),
            (LAST_EVENING, "other"),
        ]
    ]
    post(
        client,
        module_admin,
        "/v1/complaints",
        {"received_at": iso(BEFORE_YEAR), "category": "other", "summary": "s"},
    )
    actions = [
        post(
            client,
            module_admin,
            "/v1/pretexter-actions",
            {"taken_at": iso(at), "kind": kind, "target": "Broker Inc", "description": "d"},
        )
        for at, kind in [
            (datetime(2025, 3, 3, 12, tzinfo=UTC), "lawsuit"),
            (LAST_EVENING, "cease_and_desist"),
        ]
    ]
    failure = post(
        client,
        module_admin,
        "/v1/opt-out-failures",
        {"detected_at": iso(datetime(2025, 11, 24, 15, tzinfo=UTC)), "mechanisms": "IVR", "problem": "down"},
    )
    post(
        client,
        module_admin,
        f"/v1/opt-out-failures/{failure['id']}/fcc-notifications",
        {"notified_at": iso(datetime(2025, 11, 26, 15, tzinfo=UTC)), "reference": "FCC-9"},
        status=200,
    )
    trainings = [
        post(
            client,
            module_admin,
            f"/v1/agents/{agent_id}/trainings",
            {"completed_at": iso(at), "expires_at": iso(at + timedelta(days=365)), "course": "CPNI 101"},
        )
        for agent_id, at in [
            ("agent-1", datetime(2025, 2, 1, 12, tzinfo=UTC)),
            ("agent-1", datetime(2025, 9, 1, 12, tzinfo=UTC)),
            ("agent-2", datetime(2025, 2, 2, 12, tzinfo=UTC)),
        ]
    ]
    post(
        client,
        module_admin,
        "/v1/agents/agent-3/trainings",
        {"completed_at": iso(BEFORE_YEAR), "course": "CPNI 101"},
    )
    discipline = post(
        client,
        module_admin,
        "/v1/agents/agent-2/disciplinary-actions",
        {"taken_at": iso(datetime(2025, 5, 5, 12, tzinfo=UTC)), "action": "warning", "reason": "r"},
    )
    # Two breaches determined in 2025: one fully notified (law enforcement late), one never reported.
    handled = post(
        client, module_admin, "/v1/breaches", breach_body(datetime(2025, 4, 1, 14, tzinfo=UTC), accounts[:3])
    )
    post(
        client,
        module_admin,
        f"/v1/breaches/{handled['id']}/law-enforcement-notifications",
        {"notified_at": iso(datetime(2025, 4, 14, 14, tzinfo=UTC)), "reference": "CRF-7"},
        status=200,
    )
    post(client, module_admin, f"/v1/breaches/{handled['id']}/customer-notifications", {}, status=202)
    unreported = post(
        client, module_admin, "/v1/breaches", breach_body(datetime(2025, 12, 30, 14, tzinfo=UTC), accounts)
    )
    post(client, module_admin, "/v1/breaches", breach_body(BEFORE_YEAR, accounts[:1]))  # the year before

    response = client.get("/v1/reports/annual-certification", params={"year": 2025}, headers=module_admin)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["year"] == 2025
    # Issue 17: March 1, 2026 was a Sunday, so the filing rolls to Monday (47 C.F.R. 1.4(j)).
    assert (report["due_on"], report["nominal_due_on"]) == ("2026-03-02", "2026-03-01")
    assert report["docket"] == "EB Docket No. 06-36"
    assert (report["period_start"], report["period_end"]) == (iso(FIRST_INSTANT), "2026-01-01T05:00:00Z")
    assert report["complaints"] == {
        "total": 4,
        "by_category": {
            "employee_access": 2,
            "disclosure_to_unauthorized_individuals": 0,
            "unauthorized_online_access": 1,
            "other": 1,
        },
        "items": complaints,
    }
    assert report["pretexter_actions"] == {
        "total": 2,
        "by_kind": {"lawsuit": 1, "cease_and_desist": 1},
        "items": actions,
    }
    failure_now = client.get(f"/v1/opt-out-failures/{failure['id']}", headers=module_admin).json()
    assert report["opt_out_failures"] == {"total": 1, "fcc_notified_on_time": 1, "items": [failure_now]}
    assert failure_now["fcc_notice_status"] == "done"
    assert report["trainings"] == {
        "total": 3,
        "agents_trained": 2,
        "items": sorted(trainings, key=lambda t: t["completed_at"]),
    }
    assert report["disciplinary_actions"] == {"total": 1, "by_action": {"warning": 1}, "items": [discipline]}
    in_year, before = campaigns["in_year"], campaigns["before"]
    assert report["campaigns"] == {
        "count": 2,  # the one created in 2025 and the one from 2024 still open in 2025; not the 2026 one
        "by_status": dict(Counter([in_year["status"], before["status"]])),
        "reviews": 1,  # only the review dated in 2025
        "reviews_by_decision": {"approved": 1},
        "items": [
            {
                "id": campaign["id"],
                "description": campaign["description"],
                "scope": "carrier_marketing",
                "cpni_used": campaign["cpni_used"],
                "products_offered": campaign["products_offered"],
                "requested_by": "sam.sales",
                "status": campaign["status"],
                "created_at": campaign["created_at"],
                "closed_at": None,
                "reviews": reviews,
            }
            for campaign, reviews in [
                (before, []),
                (
                    in_year,
                    [
                        {
                            "reviewer": "pat.supervisor",
                            "decision": "approved",
                            "reviewed_at": "2025-06-03T15:00:00Z",
                        }
                    ],
                ),
            ]
        ],
    }

    breaches = report["breaches"]
    assert {key: value for key, value in breaches.items() if key != "items"} == {
        "total": 2,
        "affected_accounts": 7,
        "customers_notified": 3,
        "law_enforcement_notified_on_time": 0,
        "law_enforcement_notified_late": 1,
        "law_enforcement_not_notified": 1,
    }
    for item, breach_id in zip(breaches["items"], [handled["id"], unreported["id"]], strict=True):
        view = client.get(f"/v1/breaches/{breach_id}", headers=module_admin).json()
        assert item == {
            "id": view["id"],
            "regime": view["regime"],
            "discovered_at": view["discovered_at"],
            "determined_at": view["determined_at"],
            "cpni_involved": view["cpni_involved"],
            "affected_account_count": view["affected_account_count"],
            "law_enforcement_notice_due_by": view["law_enforcement_notice_due_by"],
            "law_enforcement_notified_at": view["law_enforcement_notified_at"],
            "law_enforcement_notified_on_time": (
                None
                if view["law_enforcement_notified_at"] is None
                else view["law_enforcement_notified_at"] <= view["law_enforcement_notice_due_by"]
            ),
            "fcc_notified_at": view["fcc_notified_at"],
            "customer_notice_not_before": view["customer_notice_not_before"],
            "customer_notice_requested_at": view["customer_notice"]["requested_at"],
            "customer_notice_completed_at": view["customer_notice"]["completed_at"],
            "customers_notified": view["customer_notice"]["notified_count"],
            "holds": len(view["holds"]),
            "public_disclosures": len(view["public_disclosures"]),
        }

    markdown = client.get(
        "/v1/reports/annual-certification", params={"year": 2025, "format": "markdown"}, headers=module_admin
    )
    assert markdown.status_code == 200
    assert markdown.headers["content-type"].startswith("text/markdown")
    text = markdown.text
    assert "calendar year 2025" in text
    assert "due on or before **Monday, March 2, 2026** (March 1, 2026 is not a business day" in text
    assert "| Improper access by employees | 2 |" in text
    assert "| Improper disclosure to unauthorized individuals | 0 |" in text
    for record_id in [
        *(c["id"] for c in complaints),
        handled["id"],
        unreported["id"],
        failure["id"],
        discipline["id"],
        campaigns["in_year"]["id"],
        campaigns["before"]["id"],
    ]:
        assert record_id in text
    assert campaigns["after"]["id"] not in text
    assert "Campaigns using CPNI during the year: **2**; supervisory reviews: **1**" in text
    assert "approved by pat.supervisor on June 3, 2025, 11:00 EDT" in text  # readable, local (issue 17)
    assert "3 / 3" in text  # notified / affected for the handled breach
    negotiated = client.get(
        "/v1/reports/annual-certification",
        params={"year": 2025},
        headers=module_admin | {"Accept": "text/markdown"},
    )
    assert negotiated.text == text  # the clock stands still, so the documents are identical

    empty = client.get("/v1/reports/annual-certification", params={"year": 2019}, headers=module_admin).json()
    assert (empty["complaints"]["total"], empty["breaches"]["total"], empty["due_on"]) == (0, 0, "2020-03-02")
    assert client.get("/v1/reports/annual-certification", headers=module_admin).status_code == 422
