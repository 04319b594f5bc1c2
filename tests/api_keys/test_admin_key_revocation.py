"""An admin key never revokes itself, and the API never revokes the last admin key (ADR 0022), on SQLite and
PostgreSQL. Tests that count admin keys use a database of the module's own."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.models import ApiKey
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.api_keys.service import revoke_api_key
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import ManualClock
from cpni_api.core.errors import ErrorCode, ProblemError
from tests.conftest import new_key


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _key_id(client: TestClient, key: str) -> str:
    """The id of `key`, found by its name in the list."""
    items: list[dict[str, Any]] = client.get(
        "/v1/api-keys", headers=_bearer(key), params={"limit": 500}
    ).json()["items"]
    return next(item["id"] for item in items if key.split("_")[1] in item["id"])


def _live_admins(app: FastAPI) -> set[str]:
    with app.state.session_factory() as session:
        rows = session.execute(select(ApiKey.id, ApiKey.scopes).where(ApiKey.revoked_at.is_(None))).all()
    return {key_id for key_id, scopes in rows if ApiKeyScope.ADMIN.value in scopes}


def _revoke_every_admin_key(app: FastAPI, clock: ManualClock) -> None:
    with app.state.session_factory.begin() as session:
        for key_id in _live_admins(app):
            key = session.get(ApiKey, key_id)
            assert key is not None
            key.revoked_at = clock.now()


def test_an_admin_key_cannot_revoke_itself(client: TestClient, make_key: Any) -> None:
    key = make_key(ApiKeyScope.ADMIN, name="self")
    own_id = _key_id(client, key)

    response = client.delete(f"/v1/api-keys/{own_id}", headers=_bearer(key))

    assert response.status_code == 409, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == ErrorCode.API_KEY_REVOKES_ITSELF
    # still live: it keeps working
    assert client.get("/v1/api-keys", headers=_bearer(key)).status_code == 200


def test_another_admin_key_may_revoke_it(client: TestClient, make_key: Any) -> None:
    first, second = make_key(ApiKeyScope.ADMIN, name="a"), make_key(ApiKeyScope.ADMIN, name="b")

    response = client.delete(f"/v1/api-keys/{_key_id(client, first)}", headers=_bearer(second))

    assert response.status_code == 200, response.text
    assert response.json()["revoked_at"] is not None
    assert client.get("/v1/api-keys", headers=_bearer(first)).status_code == 401


def test_two_admins_revoking_each_other_at_once_leave_one_admin(
    module_app: FastAPI, module_client: TestClient, clock: ManualClock
) -> None:
    """Without the last-admin rule both revocations could pass and leave no admin key: each request is
    authenticated before the other's revocation commits. With it, one wins and the other is refused
    (409 LAST_ADMIN_KEY, or 401 when its own key was already revoked when it was checked)."""
    for _round in range(4):
        _revoke_every_admin_key(module_app, clock)  # the module's database: only this round's keys count
        first, second = (new_key(module_app, clock, ApiKeyScope.ADMIN, name=name) for name in ("a", "b"))
        first_id, second_id = _key_id(module_client, first), _key_id(module_client, second)

        def revoke(key: str, target: str) -> tuple[int, str | None]:
            with TestClient(module_app, raise_server_exceptions=False) as own_client:
                response = own_client.delete(f"/v1/api-keys/{target}", headers=_bearer(key))
            return response.status_code, response.json().get("code")

        with ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = sorted(pool.map(revoke, [first, second], [second_id, first_id]))

        assert len(_live_admins(module_app)) == 1, outcomes
        assert outcomes[0] == (200, None), outcomes
        assert outcomes[1] in {(409, ErrorCode.LAST_ADMIN_KEY), (401, ErrorCode.INVALID_API_KEY)}, outcomes


def test_the_last_admin_key_is_kept_unless_the_command_line_asks(
    module_app: FastAPI, clock: ManualClock
) -> None:
    """The rule itself, made by an actor that is not an admin key (as a request from a key revoked meanwhile
    would be): the API's default keeps the last admin; the command line's `keep_an_admin=False` may revoke
    it, since it can always create another."""
    _revoke_every_admin_key(module_app, clock)
    new_key(module_app, clock, ApiKeyScope.ADMIN, name="last")
    (last_id,) = _live_admins(module_app)
    settings = module_app.state.settings

    with module_app.state.session_factory.begin() as session:
        context = WriteContext.outside_a_request(session, clock, settings, actor="tests")
        with pytest.raises(ProblemError) as refused:
            revoke_api_key(context, last_id)
    assert refused.value.code is ErrorCode.LAST_ADMIN_KEY
    assert _live_admins(module_app) == {last_id}

    with module_app.state.session_factory.begin() as session:
        context = WriteContext.outside_a_request(session, clock, settings, actor="cli")
        revoke_api_key(context, last_id, keep_an_admin=False)
    assert _live_admins(module_app) == set()
