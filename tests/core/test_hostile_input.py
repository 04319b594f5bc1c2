"""Hostile input is a 4xx problem, never a 500 (issue 15, ADR 0021), on SQLite and PostgreSQL: control
characters anywhere in a path, a query or a JSON body; dates and instants at the calendar's edges; a year
whose period would end past the calendar. PostgreSQL refused NUL in text with a 500 on about 40 routes."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.openapi import operations
from tests.support.routes import WRITE_METHODS

CHECK = {
    "interaction_id": "int_01JD7X4S8Q6Z3W9V5T2R1N0M8K",
    "information": "call_detail",
    "release": "discuss_in_interaction",
}
JSON = {"content-type": "application/json"}
MARKER = "marker-4711"  # part of every refused value: it must never come back


def assert_refused(response: Any, *locations: list[str | int]) -> dict[str, Any]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["code"] == "VALIDATION_FAILED"
    assert sorted(error["location"] for error in body["errors"]) == sorted(locations), body["errors"]
    assert MARKER not in response.text
    return body


# --- control characters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"{MARKER}\x00",  # NUL: PostgreSQL cannot store it
        f"{MARKER}\x01",
        f"{MARKER}\x08",  # JSON's \b
        f"{MARKER}\x0c",  # JSON's \f
        f"{MARKER}\x1b[2J",  # ESC: a terminal control sequence
        f"{MARKER}\x7f",  # DEL
        f"{MARKER}\x85",  # C1 (NEL)
        f"{MARKER}\ud800",  # a lone surrogate: not UTF-8 at all
    ],
)
def test_a_control_character_in_a_body_string_is_422_naming_the_field(
    client: TestClient, admin_headers: dict[str, str], text: str
) -> None:
    body = {"name": text, "scopes": ["audit:read", f"{MARKER}\x00"]}

    response = client.post("/v1/api-keys", content=json.dumps(body), headers=admin_headers | JSON)

    assert_refused(response, ["body", "name"], ["body", "scopes", 1])


def test_raw_del_and_c1_in_a_utf8_body_and_escapes_in_a_utf16_body_are_refused(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    raw = f'{{"name": "{MARKER}\x7f\u0085", "scopes": ["audit:read"]}}'.encode()
    assert_refused(client.post("/v1/api-keys", content=raw, headers=admin_headers | JSON), ["body", "name"])
    utf16 = json.dumps({"name": f"{MARKER}\x00", "scopes": ["audit:read"]}).encode("utf-16")
    response = client.post("/v1/api-keys", content=utf16, headers=admin_headers | JSON)
    assert response.status_code in (400, 422), response.text  # refused, whichever says so first
    assert MARKER not in response.text


def test_nested_strings_and_member_names_are_checked(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    body = {
        "name": "ok",
        "scopes": ["audit:read"],
        "nested": {"list": [{"deep": f"{MARKER}\x00"}]},
        "a\x00": 1,
    }
    assert_refused(
        client.post("/v1/api-keys", content=json.dumps(body), headers=admin_headers | JSON),
        ["body", "nested", "list", 0, "deep"],
        ["body"],
    )


def test_tab_line_feed_carriage_return_and_escaped_backslashes_are_text(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    """Allowed in body text: tab, LF, CR; and `\\\\u0000` in JSON is the six characters \\u0000, not a NUL."""
    body = {"name": "line one\r\nline\ttwo \\u0000 C:\\bin", "scopes": ["audit:read"]}
    response = client.post("/v1/api-keys", content=json.dumps(body), headers=admin_headers | JSON)
    assert response.status_code == 201, response.text
    assert response.json()["name"] == body["name"]


def test_a_control_character_in_a_path_segment_is_422_naming_the_parameter(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    assert_refused(client.get(f"/v1/accounts/acc_{MARKER}%00", headers=admin_headers), ["path", "account_id"])
    assert_refused(
        client.post(f"/v1/interactions/int_{MARKER}%01/close", headers=admin_headers),
        ["path", "interaction_id"],
    )
    assert_refused(client.get(f"/v1/no-such-route/{MARKER}%00"), ["path"])


def test_a_control_character_in_a_query_value_is_422_naming_the_parameter(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    assert_refused(client.get(f"/v1/events?after=evt_{MARKER}%00", headers=admin_headers), ["query", "after"])
    assert_refused(
        client.get(f"/v1/audit-records?account_id={MARKER}%C2%85", headers=admin_headers),
        ["query", "account_id"],
    )
    assert (
        client.get("/v1/events?limit=5&type=account.password_changed", headers=admin_headers).status_code
        == 200
    )


def test_the_disclosure_check_refuses_a_nul_before_it_runs(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    body = CHECK | {"interaction_id": f"int_{MARKER}\x00"}
    assert_refused(
        client.post("/v1/disclosure-checks", content=json.dumps(body), headers=admin_headers | JSON),
        ["body", "interaction_id"],
    )


def _templates(app: FastAPI) -> list[tuple[str, str]]:
    return [(operation.method, operation.path) for operation in operations(app)]


def _concrete(template: str, value: str) -> tuple[str, list[str]]:
    names = re.findall(r"\{([^}]+)\}", template)
    return re.sub(r"\{[^}]+\}", value, template), names


def test_every_route_refuses_control_characters_in_its_path_query_and_body(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """Whatever its schema: the rule runs before the route, so a route added later is covered too."""
    checked = 0
    for method, template in _templates(app):
        path, names = _concrete(template, f"x{MARKER}%00")
        if names:
            body = assert_refused(client.request(method, path, headers=admin_headers), ["path", names[0]])
            checked += 1
        clean_path, _ = _concrete(template, "x")
        response = client.request(method, f"{clean_path}?q={MARKER}%00", headers=admin_headers)
        assert_refused(response, ["query", "q"])
        if method in WRITE_METHODS:
            response = client.request(
                method,
                clean_path,
                content=json.dumps({"field": f"{MARKER}\x00"}),
                headers=admin_headers | JSON,
            )
            body = assert_refused(response, ["body", "field"])
            assert body["errors"][0]["type"] == "control_character"
            checked += 1
    assert checked > 40


# --- dates, instants and years --------------------------------------------------------------------------

EDGES = [
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    "1899-12-31T23:59:59Z",
    "2201-01-01T00:00:00Z",
]


@pytest.mark.parametrize("instant", EDGES)
def test_an_instant_outside_the_years_1900_to_2200_is_422(
    client: TestClient, admin_headers: dict[str, str], instant: str
) -> None:
    complaint = {
        "received_at": instant,
        "category": "other",
        "summary": "Caller got call detail.",
        "resolved_at": instant,
    }
    body = assert_refused(
        client.post("/v1/complaints", json=complaint, headers=admin_headers),
        ["body", "received_at"],
        ["body", "resolved_at"],
    )
    assert "1900" in body["errors"][0]["message"]
    breach = {
        "discovered_at": instant,
        "determined_at": instant,
        "description": "Pretexter obtained call detail.",
        "cpni_involved": "Call detail records.",
        "circumstances": "Social engineering of an agent.",
        "affected_account_ids": [],
    }
    assert_refused(
        client.post("/v1/breaches", json=breach, headers=admin_headers),
        ["body", "discovered_at"],
        ["body", "determined_at"],
    )


def test_the_years_1900_and_2200_are_in_range(client: TestClient, admin_headers: dict[str, str]) -> None:
    complaint = {"received_at": "1900-01-01T00:00:00Z", "category": "other", "summary": "An old complaint."}
    assert client.post("/v1/complaints", json=complaint, headers=admin_headers).status_code == 201


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_date_outside_the_range_is_422(client: TestClient, admin_headers: dict[str, str], day: str) -> None:
    third_party = {
        "name": "Edge vendor",
        "kind": "vendor",
        "confidentiality_agreement": {"reference": "NDA-1", "signed_on": day, "expires_on": day},
    }
    assert_refused(
        client.post("/v1/third-parties", json=third_party, headers=admin_headers),
        ["body", "confidentiality_agreement", "signed_on"],
        ["body", "confidentiality_agreement", "expires_on"],
    )


@pytest.mark.parametrize("year", [9999, 2201, 2006])
def test_the_certification_year_is_bounded(
    client: TestClient, admin_headers: dict[str, str], year: int
) -> None:
    response = client.get("/v1/reports/annual-certification", params={"year": year}, headers=admin_headers)
    assert_refused(response, ["query", "year"])
    listed = client.get("/v1/complaints", params={"year": year}, headers=admin_headers)
    assert_refused(listed, ["query", "year"])


def test_the_last_certification_year_still_has_a_period(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    response = client.get("/v1/reports/annual-certification", params={"year": 2200}, headers=admin_headers)
    assert response.status_code == 200, response.text
    assert response.json()["due_on"] == "2201-03-02"  # March 1, 2201 is a Sunday: rolled (issue 17)
