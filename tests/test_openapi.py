"""The checked-in openapi/openapi.json is the app's; it documents scopes and problem codes."""

from __future__ import annotations

import json
from pathlib import Path

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.errors import ErrorCode
from cpni_api.core.settings import Settings

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"


def _generated() -> dict:  # type: ignore[type-arg]
    return create_app(Settings(env="development", database_url="sqlite://")).openapi()


def test_checked_in_spec_matches_the_app() -> None:
    checked_in = json.loads(SPEC.read_text(encoding="utf-8"))
    assert checked_in == _generated(), (
        "openapi/openapi.json is out of date: run `make openapi` and commit the result"
    )


def test_every_v1_operation_names_its_scope_and_its_problems() -> None:
    spec = _generated()
    operations = [
        (path, method, operation)
        for path, item in spec["paths"].items()
        if path.startswith("/v1")
        for method, operation in item.items()
    ]
    assert operations
    for path, method, operation in operations:
        scope = operation["x-required-scope"]
        assert scope in {s.value for s in ApiKeyScope}, (path, method)
        assert operation["security"] == [{"ApiKey": [scope]}]
        for status in ("401", "403", "500"):
            content = operation["responses"][status]["content"]
            assert content["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}


def test_problem_codes_and_scopes_are_documented() -> None:
    spec = _generated()
    assert set(spec["x-problem-codes"]) == {code.value for code in ErrorCode}
    assert set(spec["components"]["schemas"]["ErrorCode"]["enum"]) == {code.value for code in ErrorCode}
    assert set(spec["x-scopes"]) == {scope.value for scope in ApiKeyScope}
    assert spec["components"]["securitySchemes"]["ApiKey"] == spec["components"]["securitySchemes"][
        "ApiKey"
    ] | {
        "type": "http",
        "scheme": "bearer",
    }
    assert "HTTPValidationError" not in spec["components"]["schemas"]
