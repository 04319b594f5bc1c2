"""Filtering the audit trail (issue 17, design.md §5): by agent, action and an instant range, combined, in
commit order; an impossible or out-of-range range is a 422."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import iso
from tests.support.eventually import eventually


def test_records_are_filtered_by_agent_action_and_time(
    app: FastAPI, client: TestClient, make_key, clock: ManualClock
) -> None:
    agent, action = f"agent-{uuid.uuid4().hex[:8]}", f"test.{uuid.uuid4().hex[:8]}"
    start = clock.now()
    written: list[tuple[str, str, str]] = []
    for hours, who, what in [
        (0, agent, action),
        (1, agent, "test.other"),
        (2, "someone", action),
        (3, agent, action),
    ]:
        clock.set(start + timedelta(hours=hours))
        with app.state.session_factory.begin() as session:
            trail = AuditTrail(db=session, clock=clock, correlation_id=f"test-{uuid.uuid4()}")
            written.append((trail.record(what, agent_id=who, outcome="ok"), who, what))
    headers = {"Authorization": f"Bearer {make_key('audit:read')}"}

    def ids(**params: str) -> list[str]:
        page = client.get("/v1/audit-records", params={"limit": 500, **params}, headers=headers)
        assert page.status_code == 200, page.text
        return [item["id"] for item in page.json()["items"]]

    by_agent = eventually(lambda: ids(agent_id=agent), lambda found: len(found) == 3)
    assert by_agent == [row[0] for row in written if row[1] == agent]
    assert ids(agent_id=agent, action=action) == [written[0][0], written[3][0]]
    window = {"from": iso(start + timedelta(hours=1)), "to": iso(start + timedelta(hours=3))}
    assert ids(action=action, **window) == [written[2][0]]  # `to` is exclusive
    assert ids(agent_id=agent, **window) == [written[1][0]]

    for bad in (
        {"from": iso(start), "to": iso(start - timedelta(seconds=1))},
        {"from": "0001-01-01T00:00:00Z"},
        {"to": "not a time"},
        {"from": "2026-01-01T00:00:00"},  # no offset
        {"agent_id": "x" * 101},
    ):
        refused = client.get("/v1/audit-records", params=bad, headers=headers)
        assert refused.status_code == 422, bad
