"""The disclosure check runs its key, its decision and its records in one transaction (ADR 0014): a bad key
still answers before a bad body, a refused key leaves nothing behind, and a used key is recorded."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, make_url, select
from starlette.datastructures import State

from cpni_api.api_keys.auth import PendingPrincipal
from cpni_api.api_keys.models import ApiKey
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.api_keys.service import parse_key
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.disclosures.models import DisclosureCheck
from tests.conftest import make_settings
from tests.support.cpni import audit_rows, authenticated_interaction, create_account
from tests.support.slow_link import SlowLink

CHECK = "/v1/disclosure-checks"
UNKNOWN_KEY = "cpni_01JD7X4S8Q6Z3W9V5T2R1N0M8K_not-the-secret"


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _discussion_request(interaction_id: str) -> dict[str, str]:
    """A check that asks to discuss call detail in the interaction."""
    return {
        "interaction_id": interaction_id,
        "information": "call_detail",
        "release": "discuss_in_interaction",
    }


def test_the_key_is_judged_before_the_body(client: TestClient, make_key: Callable[..., str]) -> None:
    bad_body = {"interaction_id": "int_x", "information": "not-a-kind"}
    unknown = client.post(CHECK, json=bad_body, headers=_bearer(UNKNOWN_KEY))
    assert unknown.status_code == 401, unknown.text
    assert unknown.json()["code"] == "INVALID_API_KEY"
    assert unknown.headers["www-authenticate"].startswith("Bearer")

    wrong_scope = client.post(CHECK, json=bad_body, headers=_bearer(make_key(ApiKeyScope.ACCOUNTS_READ)))
    assert wrong_scope.status_code == 403, wrong_scope.text
    assert wrong_scope.json()["required_scope"] == "disclosures:check"

    right_scope = client.post(CHECK, json=bad_body, headers=_bearer(make_key(ApiKeyScope.DISCLOSURES_CHECK)))
    assert right_scope.status_code == 422, right_scope.text
    assert right_scope.json()["code"] == "VALIDATION_FAILED"


def test_a_refused_key_leaves_no_check_and_no_audit_record(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], make_key: Callable[..., str]
) -> None:
    account = create_account(client, admin_headers)
    interaction_id = authenticated_interaction(app, client, admin_headers, account["id"])
    body = _discussion_request(interaction_id)

    refused = client.post(CHECK, json=body, headers=_bearer(make_key(ApiKeyScope.INTERACTIONS_WRITE)))
    assert refused.status_code == 403, refused.text
    with app.state.session_factory() as session:
        stored = session.scalar(
            select(func.count())
            .select_from(DisclosureCheck)
            .where(DisclosureCheck.interaction_id == interaction_id)
        )
    assert stored == 0
    assert audit_rows(app, account["id"], "disclosure.checked") == []

    allowed = client.post(CHECK, json=body, headers=_bearer(make_key(ApiKeyScope.DISCLOSURES_CHECK)))
    assert allowed.status_code == 200, allowed.text
    [record] = audit_rows(app, account["id"], "disclosure.checked")
    assert record.subject_id == allowed.json()["id"]


def test_the_check_records_when_its_key_was_last_used(
    app: FastAPI,
    client: TestClient,
    clock: ManualClock,
    admin_headers: dict[str, str],
    make_key: Callable[..., str],
) -> None:
    account = create_account(client, admin_headers)
    interaction_id = authenticated_interaction(app, client, admin_headers, account["id"])
    key = make_key(ApiKeyScope.DISCLOSURES_CHECK)
    body = _discussion_request(interaction_id)

    def last_used() -> object:
        with app.state.session_factory() as session:
            return session.scalar(select(ApiKey.last_used_at).where(ApiKey.id == parse_key(key)))

    assert last_used() is None
    assert client.post(CHECK, json=body, headers=_bearer(key)).status_code == 200
    assert last_used() == clock.now()


def test_a_check_leaves_no_reference_cycle_for_the_garbage_collector(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], make_key: Callable[..., str]
) -> None:
    """Objects in a cycle outlive their request until a collection finds them, and collections of the
    older generations stall every request for milliseconds (ADR 0015). The check's key-in-transaction
    dependency must therefore leave nothing in a cycle."""
    account = create_account(client, admin_headers)
    interaction_id = authenticated_interaction(app, client, admin_headers, account["id"])
    body = _discussion_request(interaction_id)
    headers = _bearer(make_key(ApiKeyScope.DISCLOSURES_CHECK))
    gc.collect()
    gc.disable()
    try:
        for _ in range(20):
            assert client.post(CHECK, json=body, headers=headers).status_code == 200
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left_in_cycles = [item for item in gc.garbage if isinstance(item, PendingPrincipal | State)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left_in_cycles == []


def test_the_key_is_judged_before_the_interaction_it_was_read_with(
    client: TestClient, make_key: Callable[..., str]
) -> None:
    """The key is read in the same round trip as the check's facts (ADR 0018), but judged first: a caller
    without a good key learns nothing about the interaction, not even whether it exists."""
    body = _discussion_request("int_01JD7X4S8Q6Z3W9V5T2R1N0M8K")
    for presented, status, code in [
        (UNKNOWN_KEY, 401, "INVALID_API_KEY"),
        ("not-shaped-like-a-key", 401, "INVALID_API_KEY"),
        (make_key(ApiKeyScope.ACCOUNTS_READ), 403, "INSUFFICIENT_SCOPE"),
        (make_key(ApiKeyScope.DISCLOSURES_CHECK), 404, "NOT_FOUND"),
    ]:
        response = client.post(CHECK, json=body, headers=_bearer(presented))
        assert (response.status_code, response.json()["code"]) == (status, code), presented


def test_a_check_takes_three_round_trips_on_postgresql(
    app: FastAPI,
    client: TestClient,
    clock: ManualClock,
    database_url: str,
    backend: str,
    admin_headers: dict[str, str],
    make_key: Callable[..., str],
) -> None:
    """ADR 0018: BEGIN as the connection is checked out (which also proves it alive), the key read with
    the facts, the writes together with the COMMIT. Each round trip is a wait for the server, and under
    load a wait for the scheduler."""
    if backend != "postgresql":
        pytest.skip("SQLite has no round trips")
    account = create_account(
        client,
        admin_headers,
        email_address={"address": "trips@example.com", "associated_since": "2026-01-05T00:00:00Z"},
    )
    interaction_id = authenticated_interaction(app, client, admin_headers, account["id"])
    headers = _bearer(make_key(ApiKeyScope.DISCLOSURES_CHECK))
    to_address = {**_discussion_request(interaction_id), "release": "send_to_address_of_record"}
    url = make_url(database_url)
    with SlowLink(url.host or "127.0.0.1", url.port or 5432) as link:
        linked_url = url.set(host="127.0.0.1", port=link.port).render_as_string(hide_password=False)
        linked = create_app(make_settings(linked_url), clock=clock)
        try:
            with TestClient(linked, raise_server_exceptions=False) as linked_client:
                # Past the key's once-a-minute last use and psycopg's preparing of statements (at the fifth).
                for _ in range(6):
                    assert linked_client.post(CHECK, json=to_address, headers=headers).status_code == 200
                for body in (_discussion_request(interaction_id), to_address):
                    link.reset()
                    response = linked_client.post(CHECK, json=body, headers=headers)
                    assert response.status_code == 200, response.text
                    assert link.round_trips == 3, body["release"]
        finally:
            linked.state.engine.dispose()
    # The writes all landed: the check, its audit record and (for the release to an address) its event.
    [*_, last] = audit_rows(app, account["id"], "disclosure.checked")
    assert last.subject_id == response.json()["id"]
    assert response.json()["delivery_event_id"] is not None
