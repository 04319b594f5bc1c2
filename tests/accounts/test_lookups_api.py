"""What an agent desktop looks up (issue 15): the account of a caller's number (ANI, in any common format) or
of a CRM reference, the accounts page by page, an interaction, and an account's interactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.clock import ManualClock
from tests.support.cpni import create_account, open_interaction


def _find(client: TestClient, headers: dict[str, str], **params: str) -> list[str]:
    response = client.get("/v1/accounts", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_the_account_of_a_callers_number_in_any_common_format(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers, telephone_numbers_of_record=["+12025550143"])
    for ani in ("+12025550143", "(202) 555-0143", "202-555-0143", "1 202 555 0143", "+1 202.555.0143"):
        assert _find(client, admin_headers, telephone_number=ani) == [account["id"]], ani
    found = client.get("/v1/accounts", params={"telephone_number": "(202) 555-0143"}, headers=admin_headers)
    [view] = found.json()["items"]
    assert view["telephone_numbers_of_record"] == ["+12025550143"]
    assert view["credentials"]["password_set"] is False
    assert _find(client, admin_headers, telephone_number="+12025550199") == []
    refused = client.get("/v1/accounts", params={"telephone_number": "not a number"}, headers=admin_headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["location"] == ["query", "telephone_number"]


def test_an_account_by_crm_reference_and_all_accounts_page_by_page(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    created = [create_account(client, admin_headers)["id"] for _ in range(3)]
    reference = client.get(f"/v1/accounts/{created[1]}", headers=admin_headers).json()["external_ref"]
    assert _find(client, admin_headers, external_ref=reference) == [created[1]]
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/accounts", params=params, headers=admin_headers).json()
        assert len(page["items"]) <= 2
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen)
    assert set(created) <= set(seen)


def test_lookups_need_accounts_read(client: TestClient, make_key: Callable[..., str]) -> None:
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.INTERACTIONS_WRITE)}"}
    assert client.get("/v1/accounts", headers=headers).status_code == 403


def test_an_interaction_and_an_accounts_interactions_newest_first(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(client, admin_headers)
    opened = []
    for _ in range(3):
        opened.append(open_interaction(client, admin_headers, account["id"])["id"])
        clock.advance(timedelta(minutes=1))
    one = client.get(f"/v1/interactions/{opened[0]}", headers=admin_headers)
    assert one.status_code == 200
    assert (one.json()["id"], one.json()["status"], one.json()["authenticated"]) == (opened[0], "open", False)
    clock.advance(timedelta(hours=2))
    assert client.get(f"/v1/interactions/{opened[0]}", headers=admin_headers).json()["status"] == "closed"
    first = client.get(
        f"/v1/accounts/{account['id']}/interactions", params={"limit": 2}, headers=admin_headers
    ).json()
    assert [item["id"] for item in first["items"]] == [opened[2], opened[1]]
    rest = client.get(
        f"/v1/accounts/{account['id']}/interactions",
        params={"cursor": first["next_cursor"]},
        headers=admin_headers,
    ).json()
    assert [item["id"] for item in rest["items"]] == [opened[0]]
    assert rest["next_cursor"] is None
    missing = client.get("/v1/accounts/acct_nope/interactions", headers=admin_headers)
    assert (missing.status_code, missing.json()["code"]) == (404, "NOT_FOUND")
    assert client.get("/v1/interactions/int_nope", headers=admin_headers).status_code == 404


def test_a_national_number_is_read_in_the_default_region(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    """design.md §3: numbers are normalised to E.164; a national one is read in CPNI_DEFAULT_PHONE_REGION."""
    account = create_account(client, admin_headers, telephone_numbers_of_record=["(202) 555-0144"])
    assert account["telephone_numbers_of_record"] == ["+12025550144"]
    refused = client.post(
        "/v1/accounts",
        json={
            "external_ref": "ACCT-000000888001",
            "kind": "residential",
            "telephone_numbers_of_record": ["555"],
        },
        headers=admin_headers,
    )
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["location"] == ["body", "telephone_numbers_of_record", 0]
