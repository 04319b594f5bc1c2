"""Consent history export (R-2007-a-4, R-2008-a-2): by account and by date range, JSON and CSV, paginated."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from tests.consent.conftest import Consent
from tests.support.cpni import iso

DAY = timedelta(days=1)


def _history(consent: Consent) -> tuple[str, list[str]]:
    account = consent.account()
    now = consent.clock.now()
    notice = consent.notice(account, delivery="email", sent_at=now - 3 * DAY, recipients=[])
    consent.client.post(
        f"/v1/accounts/{account}/cpni-notices/{notice['id']}/bounces",
        json={"bounced_at": iso(now - 2 * DAY)},
        headers=consent.headers,
    )
    opt_in = consent.notice(account, kind="opt_in", sent_at=now - DAY)
    granted = consent.grant(account, "carrier_marketing", opt_in["id"])
    consent.clock.advance(timedelta(minutes=5))
    revoked = consent.decide(account, "carrier_marketing", decision="revoked").json()
    return account, [notice["id"], notice["id"], opt_in["id"], granted["id"], revoked["id"]]


def test_account_history_pages_in_time_order(consent: Consent) -> None:
    account, expected = _history(consent)
    seen: list[tuple[str, str]] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        response = consent.client.get(
            f"/v1/accounts/{account}/consent-history", params=params, headers=consent.headers
        )
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 2
        seen += [(item["entry_type"], item["id"]) for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [entry_id for _, entry_id in seen] == expected
    assert [entry_type for entry_type, _ in seen] == [
        "notice",
        "notice_bounce",
        "notice",
        "approval",
        "approval",
    ]


def test_history_as_csv_by_date_range(consent: Consent) -> None:
    account, expected = _history(consent)
    start = iso(consent.clock.now() - DAY - timedelta(minutes=10))
    for extra in ({"params": {"format": "csv"}}, {"headers": {"Accept": "text/csv"}}):
        params = {"account_id": account, "from": start} | extra.get("params", {})
        response = consent.client.get(
            "/v1/consent-history", params=params, headers=consent.headers | extra.get("headers", {})
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert [row["id"] for row in rows] == expected[2:]
        assert rows[1]["decision"] == "granted"
        assert rows[1]["occurred_at"].endswith("Z")
    first = consent.client.get(
        "/v1/consent-history",
        params={"account_id": account, "format": "csv", "limit": 1},
        headers=consent.headers,
    )
    cursor = first.headers["x-next-cursor"]
    second = consent.client.get(
        "/v1/consent-history",
        params={"account_id": account, "format": "csv", "limit": 1, "cursor": cursor},
        headers=consent.headers,
    )
    assert next(iter(csv.DictReader(io.StringIO(second.text))))["entry_type"] == "notice_bounce"


def test_export_rejects_bad_input(consent: Consent) -> None:
    bad_cursor = consent.client.get("/v1/consent-history", params={"cursor": "nope"}, headers=consent.headers)
    assert (bad_cursor.status_code, bad_cursor.json()["code"]) == (422, "INVALID_CURSOR")
    now = consent.clock.now()
    backwards = consent.client.get(
        "/v1/consent-history", params={"from": iso(now), "to": iso(now - DAY)}, headers=consent.headers
    )
    assert backwards.status_code == 422
    naive = consent.client.get(
        "/v1/consent-history", params={"from": "2026-01-01T00:00:00"}, headers=consent.headers
    )
    assert naive.status_code == 422
    unknown = consent.client.get("/v1/accounts/acct_nope/consent-history", headers=consent.headers)
    assert unknown.status_code == 404
