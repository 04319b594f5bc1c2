"""credentials/authorization.py as a decision table (tests/decisions/credential_changes), plus the property
that no fact ever lets a change through without either service initiation or an authenticated interaction."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.credentials.authorization import (
    ChangeDecision,
    ChangeFacts,
    ChangeOutcome,
    InteractionFacts,
    decide_change,
)
from tests.support.decision_tables import Row, load, rows_of, run

TABLE = load("credential_changes", expect_keys={"outcome", "notice"}, required={"outcome", "notice"})


def _facts(facts: dict[str, Any]) -> ChangeFacts:
    interaction = None
    if facts["interaction_given"]:
        interaction = InteractionFacts(
            same_account=facts["same_account"],
            open=facts["open"],
            authentication_method=facts["authentication_method"],
        )
    return ChangeFacts(in_service_initiation=facts["in_service_initiation"], interaction=interaction)


def _check(row: Row) -> None:
    decision = decide_change(_facts(row.facts))
    assert decision.outcome == ChangeOutcome(row.expect["outcome"]), decision
    assert decision.notice_required is row.expect["notice"], decision
    assert decision.rule in row.rules, f"row cites {row.rules}, the decision rests on {decision.rule}"


@pytest.mark.parametrize(("row", "problem"), TABLE)
def test_credential_change_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, _check)


def test_every_outcome_has_a_row() -> None:
    assert {row.expect["outcome"] for row in rows_of(TABLE)} == {outcome.value for outcome in ChangeOutcome}


INTERACTIONS = st.none() | st.builds(
    InteractionFacts,
    same_account=st.booleans(),
    open=st.booleans(),
    authentication_method=st.none()
    | st.sampled_from(["password", "backup", "one_time_code", "photo_id", "business_contract"]),
)


@given(in_window=st.booleans(), interaction=INTERACTIONS)
def test_a_change_is_allowed_only_in_the_window_or_through_an_authenticated_interaction(
    in_window: bool, interaction: InteractionFacts | None
) -> None:
    decision: ChangeDecision = decide_change(ChangeFacts(in_window, interaction))
    if not decision.allowed:
        assert not decision.notice_required
        return
    authenticated = (
        interaction is not None
        and interaction.same_account
        and interaction.open
        and interaction.authentication_method in {"password", "one_time_code", "photo_id"}
    )
    assert authenticated or (in_window and interaction is None)
    # Outside service initiation every allowed change is notified (R-2010-f-1).
    assert decision.notice_required or in_window
