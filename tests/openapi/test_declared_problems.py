"""Every operation declares every problem it can answer with, under its status, as problem+json (ADR 0031):
from the codes its route declares, the ones its own code can raise (read from the code), and what real
requests answer."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.core.errors import ErrorCode, Problem, default_status
from cpni_api.core.settings import Settings
from cpni_api.openapi import operations
from tests.openapi.conftest import operation_of
from tests.support.cpni import create_account, open_interaction, unique_number
from tests.support.problem_codes import reachable_codes

PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}


def _documented() -> list[tuple[str, str, Any]]:
    app = create_app(Settings(env="development", database_url="sqlite://"))
    spec = app.openapi()
    return [
        (operation.method, operation.path, operation)
        for operation in operations(app)
        if operation.path in spec["paths"]
    ]


def test_each_declared_code_is_under_its_own_status(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            codes = operation["x-problem-codes"]
            assert {"INTERNAL_ERROR", "VALIDATION_FAILED"} <= set(codes), (method, path)
            for code in codes:
                response = operation["responses"][str(default_status(ErrorCode(code)))]
                assert code in response["x-problem-codes"], (method, path, code)
                assert response["content"] == PROBLEM, (method, path, code)
            problem_statuses = {status for status in operation["responses"] if int(status) >= 400}
            assert problem_statuses == {str(default_status(ErrorCode(code))) for code in codes}


def test_every_code_a_route_can_raise_is_declared(spec: dict[str, Any]) -> None:
    """Read from the route's code: a new `raise ProblemError(ErrorCode.X, ...)` on a route's path needs
    `ErrorCode.X` in its `problems(...)`."""
    missing = []
    for method, path, operation in _documented():
        declared = set(operation_of(spec, method, path)["x-problem-codes"])
        undeclared = {code.value for code in reachable_codes(operation.route)} - declared
        if undeclared:
            missing.append(f"{method} {path}: {sorted(undeclared)}")
    assert missing == []


def test_operations_on_the_database_declare_503_with_retry_after(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if "x-required-scope" not in operation and path != "/readyz":
                continue
            unavailable = operation["responses"]["503"]
            assert unavailable["x-problem-codes"] == ["SERVICE_UNAVAILABLE"], (method, path)
            assert "Retry-After" in unavailable["headers"], (method, path)


def test_the_problem_schema_names_its_extension_members(spec: dict[str, Any]) -> None:
    problem = spec["components"]["schemas"]["Problem"]
    assert problem["additionalProperties"] is True
    assert set(problem["required"]) == {"type", "title", "status", "detail", "code", "correlation_id"}
    for member in ("errors", "reason_code", "earliest_allowed_at", "unknown_account_ids", "required_scope"):
        assert member in problem["properties"]


def _answered_as_declared(spec: dict[str, Any], method: str, path: str, response: Any) -> str:
    operation = operation_of(spec, method, path)
    body = Problem.model_validate(response.json())
    assert response.headers["content-type"].startswith("application/problem+json")
    assert str(response.status_code) in operation["responses"], (method, path, response.status_code)
    assert body.code.value in operation["x-problem-codes"], (method, path, body.code)
    return body.code.value


def test_real_404_409_and_429_are_declared_on_their_operation(
    spec: dict[str, Any], module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    """On a database of this module's own: its one-time codes stay out of the shared feed."""
    client, headers = module_client, module_admin
    missing = client.get("/v1/accounts/acct_missing", headers=headers)
    assert _answered_as_declared(spec, "GET", "/v1/accounts/{account_id}", missing) == "NOT_FOUND"
    account = create_account(client, headers, email_address={"address": "problems@example.com"})
    again = client.post(
        "/v1/accounts",
        json={
            "external_ref": account["external_ref"],
            "kind": "residential",
            "telephone_numbers_of_record": [unique_number()],
        },
        headers=headers,
    )
    assert _answered_as_declared(spec, "POST", "/v1/accounts", again) == "ACCOUNT_EXTERNAL_REF_TAKEN"
    clock.advance(timedelta(days=30))  # the address becomes of record (E3)
    interaction = open_interaction(client, headers, account["id"])
    path = "/v1/interactions/{interaction_id}/one-time-codes"
    url = path.replace("{interaction_id}", interaction["id"])
    sends = [client.post(url, json={"destination": "address_of_record"}, headers=headers) for _ in range(6)]
    assert [send.status_code for send in sends] == [202] * 5 + [429]
    assert _answered_as_declared(spec, "POST", path, sends[-1]) == "ONE_TIME_CODE_SEND_LIMIT"
    closed = client.post(f"/v1/interactions/{interaction['id']}/close", headers=headers)
    assert closed.status_code == 200
    after_close = client.post(url, json={"destination": "address_of_record"}, headers=headers)
    assert _answered_as_declared(spec, "POST", path, after_close) == "INTERACTION_CLOSED"
