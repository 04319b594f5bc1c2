"""The obligation status rule against its decision table (tests/decisions/obligations/*.yaml)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cpni_api.obligations.policy import Dated, Status, sort_key, status_of
from tests.support.decision_tables import Row, load, run

NOW = datetime(2026, 11, 24, 15, tzinfo=UTC)


@pytest.mark.parametrize(("row", "problem"), load("obligations", expect_keys={"status"}, required={"status"}))
def test_obligation_status(row: Row | None, problem: str | None) -> None:
    def decide(row: Row) -> None:
        dated = Dated(NOW + timedelta(hours=row.facts["due_in_hours"]), bool(row.facts["deadline"]))
        assert status_of(dated, NOW).value == row.expect["status"]

    run(row, problem, decide)


def test_overdue_sorts_before_due_before_upcoming_each_by_date() -> None:
    items = [
        (Status.UPCOMING, NOW + timedelta(days=60), "c", "1"),
        (Status.DUE, NOW + timedelta(days=2), "b", "1"),
        (Status.OVERDUE, NOW - timedelta(days=1), "a", "2"),
        (Status.DUE, NOW - timedelta(days=90), "b", "2"),  # owed for long, no deadline: still after overdue
        (Status.OVERDUE, NOW - timedelta(days=9), "a", "1"),
    ]
    ordered = sorted(items, key=lambda item: sort_key(*item))
    assert [(status, item_id) for status, _, _, item_id in ordered] == [
        (Status.OVERDUE, "1"),
        (Status.OVERDUE, "2"),
        (Status.DUE, "2"),
        (Status.DUE, "1"),
        (Status.UPCOMING, "1"),
    ]
