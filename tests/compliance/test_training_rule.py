"""R-2009-b as it runs in production: the SQL of `compliance/training.py`, asked about decision rows on
SQLite and PostgreSQL. Each question writes one agent's trainings in a transaction that is rolled back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from cpni_api.compliance.models import AgentTraining
from cpni_api.compliance.training import agent_trained_at

Records = list[tuple[datetime, datetime | None]]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def trained(app: FastAPI, records: Records, at: datetime) -> bool | None:
    """The rule's answer at `at` for an agent whose trainings are exactly `records` (completed, expires)."""
    agent_id = f"agent-{uuid.uuid4().hex}"
    rows = [
        {
            "id": f"trn_{uuid.uuid4().hex[:26]}",
            "agent_id": agent_id,
            "course": "CPNI basics",
            "completed_at": completed_at,
            "expires_at": expires_at,
            "recorded_at": completed_at,
        }
        for completed_at, expires_at in records
    ]
    with app.state.engine.connect() as connection, connection.begin() as transaction:
        if rows:
            connection.execute(insert(AgentTraining), rows)
        answer = agent_trained_at(connection, agent_id, at)
        transaction.rollback()
    return answer


def test_training_status_distinguishes_valid_expired_and_none(app: FastAPI) -> None:
    completed = utc("2026-01-10T12:00")
    expires = utc("2027-01-10T12:00")
    assert trained(app, [], completed) is None
    assert trained(app, [(completed, expires)], completed) is True
    assert trained(app, [(completed, expires)], completed - timedelta(seconds=1)) is False
    assert trained(app, [(completed, expires)], expires) is False  # expiry is exclusive
    assert trained(app, [(completed, expires), (utc("2026-12-01T00:00"), None)], expires) is True


@settings(deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 1000), st.one_of(st.none(), st.integers(1, 400))), max_size=5),
    st.integers(0, 1500),
)
def test_training_status_matches_its_definition(
    app: FastAPI, records: list[tuple[int, int | None]], probe: int
) -> None:
    base = utc("2026-01-01T00:00")
    built = [
        (base + timedelta(days=start), None if length is None else base + timedelta(days=start + length))
        for start, length in records
    ]
    at = base + timedelta(days=probe)
    expected = None if not built else any(c <= at and (e is None or at < e) for c, e in built)
    assert trained(app, built, at) is expected
