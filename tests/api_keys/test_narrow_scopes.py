"""Scopes for least privilege (design.md §5, issue 15): `consent:check` runs usage checks and nothing else;
`events:read` sees one-time codes redacted, `events:read_secrets` (the mailer's) in clear. The wider scopes
imply them, so existing keys keep working."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope, grants
from cpni_api.notifications.secrets import REDACTED
from tests.support.cpni import create_account, open_interaction


def _headers(make_key: Callable[..., str], *scopes: ApiKeyScope) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_key(*scopes)}"}


def test_implied_scopes() -> None:
    assert grants({"consent:write"}, ApiKeyScope.CONSENT_CHECK)
    assert grants({"events:read_secrets"}, ApiKeyScope.EVENTS_READ)
    assert grants({"admin"}, ApiKeyScope.EVENTS_READ_SECRETS)
    assert not grants({"consent:check"}, ApiKeyScope.CONSENT_WRITE)
    assert not grants({"events:read"}, ApiKeyScope.EVENTS_READ_SECRETS)
    assert not grants({"consent:read"}, ApiKeyScope.CONSENT_CHECK)


def test_consent_check_runs_usage_checks_and_nothing_else(
    client: TestClient, admin_headers: dict[str, str], make_key: Callable[..., str]
) -> None:
    account = create_account(client, admin_headers)["id"]
    body = {"account_id": account, "scope": "carrier_marketing"}
    checker = _headers(make_key, ApiKeyScope.CONSENT_CHECK)
    checked = client.post("/v1/usage-checks", json=body, headers=checker)
    assert checked.status_code == 200, checked.text
    assert checked.json()["reason_code"] == "NO_APPROVAL"
    notice = {"kind": "opt_out", "delivery": "mail", "sent_at": "2026-11-01T00:00:00Z", "version": "1"}
    refused = client.post(f"/v1/accounts/{account}/cpni-notices", json=notice, headers=checker)
    assert (refused.status_code, refused.json()["required_scope"]) == (403, "consent:write")
    writer = _headers(make_key, ApiKeyScope.CONSENT_WRITE)
    assert client.post("/v1/usage-checks", json=body, headers=writer).status_code == 200
    assert (
        client.post(
            "/v1/usage-checks", json=body, headers=_headers(make_key, ApiKeyScope.CONSENT_READ)
        ).status_code
        == 403
    )


def test_one_time_codes_are_in_clear_only_for_events_read_secrets(
    client: TestClient, admin_headers: dict[str, str], make_key: Callable[..., str]
) -> None:
    account = create_account(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    sent = client.post(
        f"/v1/interactions/{interaction['id']}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert sent.status_code == 202, sent.text

    def the_code_event(headers: dict[str, str]) -> dict[str, object]:
        page = client.get(
            "/v1/events", params={"type": "account.one_time_code_issued", "limit": 500}, headers=headers
        ).json()
        [event] = [item for item in page["items"] if item["account_id"] == account["id"]]
        detail = client.get(f"/v1/events/{event['id']}", headers=headers).json()
        assert detail["data"] == event["data"]
        return dict(event["data"])

    redacted = the_code_event(_headers(make_key, ApiKeyScope.EVENTS_READ))
    assert redacted["code"] == REDACTED
    assert redacted["one_time_code_id"] == sent.json()["id"]  # the rest of the event is all there
    clear = the_code_event(_headers(make_key, ApiKeyScope.EVENTS_READ_SECRETS))
    assert isinstance(clear["code"], str)
    assert clear["code"].isdigit()
    assert len(clear["code"]) == 6
