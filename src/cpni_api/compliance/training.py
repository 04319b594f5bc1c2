"""R-2009-b, when an agent counts as trained, defined once: as the SQL both the disclosure check and the
trainings page run. A training counts from `completed_at` (inclusive) until `expires_at` (exclusive; none
without an expiry). There is no Python twin of this rule: `tests/compliance/test_training_rule.py` runs this
statement against decision rows on SQLite and PostgreSQL, so editing the rule here is what changes production.

The answer is three-valued: True, a training is valid at the instant asked; False, the agent has training
records but none valid then; None, the agent has no training record at all (or no agent was named).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, bindparam, exists, select

from cpni_api.compliance.models import AgentTraining
from cpni_api.core.driver_statements import DriverStatement


def trained_statement(agent_id: ColumnElement[Any]) -> DriverStatement:
    """Whether the agent `agent_id` names has a training valid at the bind `at`, and whether it has any
    training record: one statement of two indexed existence tests, read with `trained_from`. The disclosure
    check keys it by its interaction (`disclosures.facts`), the trainings page by an agent id."""
    at = bindparam("at", type_=AgentTraining.__table__.c.completed_at.type)
    valid = exists().where(
        AgentTraining.agent_id == agent_id,
        AgentTraining.completed_at <= at,
        (AgentTraining.expires_at.is_(None)) | (AgentTraining.expires_at > at),
    )
    recorded = exists().where(AgentTraining.agent_id == agent_id)
    return DriverStatement(select(valid.label("valid"), recorded.label("recorded")))


def trained_from(rows: list[Any]) -> bool | None:
    """The three-valued answer (see the module) from the rows of a `trained_statement`."""
    row = rows[0]
    if row.valid:
        return True
    return False if row.recorded else None


_TRAINED_AGENT = trained_statement(bindparam("agent_id"))


def agent_trained_at(connection: Connection, agent_id: str, at: datetime) -> bool | None:
    """R-2009-b for one agent, for the agent's trainings page; reads only, `at` is the caller's clock."""
    return trained_from(_TRAINED_AGENT.all(connection, {"agent_id": agent_id, "at": at}))
