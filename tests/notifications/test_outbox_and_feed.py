"""The outbox commits with the change or not at all; the pull feed is complete and final."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import get_clock
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Event
from cpni_api.notifications.outbox import emit_event
from tests.support.eventually import eventually


def feed(client: TestClient, headers: dict[str, str], **params: Any) -> dict[str, Any]:
    response = client.get("/v1/events", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def eventually_feed_ids(
    client: TestClient, headers: dict[str, str], expected: int, **params: object
) -> list[str]:
    """On PostgreSQL an event appears once every older transaction in the cluster has finished; other
    test workers' transactions can hold that back for a moment."""
    return eventually(
        lambda: [item["id"] for item in feed(client, headers, **params)["items"]],
        lambda ids: len(ids) >= expected,
    )


def test_an_event_commits_with_its_change_or_not_at_all(
    events_app: FastAPI, events_admin: dict[str, str]
) -> None:
    @events_app.post("/v1/test-only/change")
    def change(
        _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.ACCOUNTS_WRITE))],
        session: Annotated[Session, Depends(get_session, scope="function")],
        clock: Annotated[Clock, Depends(get_clock)],
        fail: bool,
    ) -> dict[str, str]:
        emit_event(
            session, clock, EventType.PASSWORD_CHANGED, account_id="acct_rollback", data={"change": "x"}
        )
        session.flush()
        if fail:
            raise ProblemError(ErrorCode.HTTP_ERROR, "the change failed after emitting", status=409)
        return {"status": "changed"}

    def count() -> int:
        with events_app.state.session_factory() as session:
            query = select(func.count()).select_from(Event).where(Event.account_id == "acct_rollback")
            return int(session.scalar(query) or 0)

    with TestClient(events_app, raise_server_exceptions=False) as client:
        assert (
            client.post("/v1/test-only/change", params={"fail": True}, headers=events_admin).status_code
            == 409
        )
        assert count() == 0
        assert (
            client.post("/v1/test-only/change", params={"fail": False}, headers=events_admin).status_code
            == 200
        )
        assert count() == 1


def test_the_feed_pages_filters_and_resumes_after_an_id(
    events_client: TestClient, events_admin: dict[str, str], emit: Callable[..., str]
) -> None:
    emitted = [
        emit(
            EventType.PASSWORD_CHANGED if n % 2 else EventType.ADDRESS_OF_RECORD_CHANGED,
            account_id=f"acct_{n}",
        )
        for n in range(5)
    ]
    assert eventually_feed_ids(events_client, events_admin, 5, limit=500) == emitted
    first = feed(events_client, events_admin, limit=2)
    assert [item["id"] for item in first["items"]] == emitted[:2]
    assert first["next_cursor"] == emitted[1]
    rest = feed(events_client, events_admin, cursor=first["next_cursor"], limit=10)
    assert [item["id"] for item in rest["items"]] == emitted[2:]
    assert rest["next_cursor"] is None
    assert [i["id"] for i in feed(events_client, events_admin, after=emitted[3])["items"]] == emitted[4:]
    only = feed(events_client, events_admin, type="account.password_changed")
    assert [item["id"] for item in only["items"]] == emitted[1::2]
    item = first["items"][0]
    assert set(item) == {"id", "type", "occurred_at", "account_id", "correlation_id", "data"}
    assert item["occurred_at"] == "2026-11-24T15:00:00Z"
    unknown = events_client.get("/v1/events", params={"after": "evt_unknown"}, headers=events_admin)
    assert unknown.status_code == 422
    assert unknown.json()["code"] == "INVALID_CURSOR"
    assert events_client.get("/v1/events/evt_unknown", headers=events_admin).status_code == 404


def test_a_late_commit_never_lands_behind_a_readers_cursor(
    events_app: FastAPI, events_client: TestClient, events_admin: dict[str, str], emit: Callable[..., str]
) -> None:
    """PostgreSQL hands out sequence values at insert, not at commit. A reader that saw a later event must
    still get an earlier-numbered one that commits afterwards."""
    if events_app.state.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises writers: commit order is insert order")
    slow = events_app.state.session_factory()
    slow.begin()
    late = emit_event(
        slow, events_app.state.clock, EventType.PASSWORD_CHANGED, account_id="acct_late", data={}
    )
    slow.flush()  # takes the lower seq now
    early = emit(account_id="acct_early")  # a higher seq, committed first
    # While the slow transaction is open the early-committed event is held back: showing it now would let a
    # reader's cursor pass the slow event's place in the order.
    assert feed(events_client, events_admin)["items"] == []
    slow.commit()
    slow.close()
    ids = eventually_feed_ids(events_client, events_admin, 2)
    assert ids == [late.id, early]
