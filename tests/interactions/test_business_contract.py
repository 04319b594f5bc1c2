"""R-2010-g, E12: the contract method verifies only on a business account with BOTH a dedicated
representative and a CPNI contract, and only for that representative and that contract."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from cpni_api.interactions.policy import ContractProblem, contract_problem
from tests.support.cpni import create_account, open_interaction, verify

BUSINESS = {"dedicated_representative": "Dana Reyes", "cpni_contract_reference": "MSA-2024-117 §9"}
CLAIM = {
    "method": "business_contract",
    "representative": "dana  reyes",
    "contract_reference": "MSA-2024-117 §9",
}


def test_a_qualified_business_account_verifies_by_contract(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers, kind="business", business=BUSINESS)
    interaction = open_interaction(client, admin_headers, account["id"], agent_id="agent-7")
    result = verify(client, admin_headers, interaction["id"], **CLAIM)
    assert result["outcome"] == "verified"
    assert result["interaction"]["authentication_method"] == "business_contract"


@pytest.mark.parametrize(
    ("business", "kind"),
    [
        ({"dedicated_representative": "Dana Reyes"}, "business"),
        ({"cpni_contract_reference": "MSA-2024-117 §9"}, "business"),
        (None, "residential"),
    ],
)
def test_one_condition_alone_never_verifies(
    client: TestClient, admin_headers: dict[str, str], business: dict[str, str] | None, kind: str
) -> None:
    fields = {"kind": kind} | ({"business": business} if business else {})
    account = create_account(client, admin_headers, **fields)
    interaction = open_interaction(client, admin_headers, account["id"])
    result = verify(client, admin_headers, interaction["id"], **CLAIM)
    assert (result["outcome"], result["reason"]) == ("failed", "business_exemption_not_qualified")
    assert result["interaction"]["authenticated"] is False


def test_another_representative_or_contract_fails(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = create_account(client, admin_headers, kind="business", business=BUSINESS)
    interaction = open_interaction(client, admin_headers, account["id"])
    for claim in (CLAIM | {"representative": "Sam Other"}, CLAIM | {"contract_reference": "MSA-1999-001"}):
        result = verify(client, admin_headers, interaction["id"], **claim)
        assert (result["outcome"], result["reason"]) == ("failed", "contract_or_representative_mismatch")


def test_the_contract_method_needs_both_fields(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = create_account(client, admin_headers, kind="business", business=BUSINESS)
    interaction = open_interaction(client, admin_headers, account["id"])
    response = client.post(
        f"/v1/interactions/{interaction['id']}/verifications",
        json={"method": "business_contract", "representative": "Dana Reyes"},
        headers=admin_headers,
    )
    assert response.status_code == 422


def test_contract_problem_policy() -> None:
    base: dict[str, Any] = {
        "representative": "Dana Reyes",
        "contract_reference": "C-1",
        "account_representative": "Dana Reyes",
        "account_contract_reference": "C-1",
    }
    assert contract_problem(qualifies=True, **base) is None
    assert contract_problem(qualifies=False, **base) is ContractProblem.NOT_QUALIFIED
    assert contract_problem(qualifies=True, **(base | {"account_contract_reference": None})) is (
        ContractProblem.MISMATCH
    )
