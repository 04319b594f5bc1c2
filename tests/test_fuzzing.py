"""The API fuzzed by schemathesis from its committed OpenAPI document, on SQLite and on PostgreSQL (issue 15,
ADR 0036): for every operation, generated valid and invalid requests must get no 5xx, a documented status,
a documented content type and a body that matches the documented schema.

In CI the generation is bounded (a fixed number of cases per operation, derandomised so that a run is
reproducible); `CPNI_FUZZ_MAX_EXAMPLES` and `CPNI_FUZZ_SEED` make a longer or a different local session.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from tests.conftest import BASE_TIME, make_settings, new_key
from tests.support.fuzz_hooks import FUZZ_REQUESTS, FuzzTarget, install_hooks, seed_resources

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]
MAX_EXAMPLES = int(os.environ.get("CPNI_FUZZ_MAX_EXAMPLES", "15"))
SEED = os.environ.get("CPNI_FUZZ_SEED")

CONFIG = SchemathesisConfig.from_dict(
    {
        "seed": int(SEED) if SEED else 15,
        "generation": {
            "mode": "all",  # valid requests and invalid ones
            "max-examples": MAX_EXAMPLES,
            "deterministic": SEED is None,
            "database": "none",
            # The key is the fixture's, sent by the test; schemathesis does not make up its own.
            "with-security-parameters": False,
        },
        "phases": {"stateful": {"enabled": False}},
        # Nothing kept between runs (no replay of earlier failures first, no .schemathesis/ folder).
        "cache": {"enabled": False},
        "suppress-health-check": ["all"],
    }
)
# The target of the test being run: its backend's app, key and seeded rows (tests/support/fuzz_hooks.py).
TARGET = FuzzTarget()

schema = schemathesis.openapi.from_path(SPEC, config=CONFIG).exclude(
    # Revoking an API key is left out: the fuzzer would revoke its own key (every later request a 401) or
    # the ones it made; tests/api_keys covers that route, the last admin key and self-revocation (ADR 0036).
    method="DELETE",
    path="/v1/api-keys/{api_key_id}",
)
install_hooks(schema, TARGET)


@dataclass
class Fuzzed:
    backend: str
    app: FastAPI
    headers: dict[str, str]


@pytest.fixture(scope="module")
def fuzzed(backend: str, module_database: str) -> Fuzzed:
    clock = ManualClock(BASE_TIME)
    app = create_app(make_settings(module_database), clock=clock)
    headers = {"Authorization": f"Bearer {new_key(app, clock, ApiKeyScope.ADMIN, name='fuzzer')}"}
    fuzzed = Fuzzed(backend, app, headers)
    TARGET.seeds[backend] = seed_resources(TestClient(app), headers, BASE_TIME)
    return fuzzed


@pytest.fixture
def target(fuzzed: Fuzzed, request: pytest.FixtureRequest) -> Iterator[Fuzzed]:
    """Points the hooks at this backend's seeded rows; reports the statuses seen, for the run's summary."""
    TARGET.backend = fuzzed.backend
    TARGET.statuses = Counter()
    yield fuzzed
    operation = request.node.name.partition("[")[2].partition("]")[0]  # "GET /v1/accounts"
    request.node.user_properties.append((FUZZ_REQUESTS, (fuzzed.backend, operation, dict(TARGET.statuses))))


@schema.parametrize()
def test_every_operation_holds_under_generated_input(case: schemathesis.Case[Any], target: Fuzzed) -> None:
    case.call_and_validate(app=target.app, headers=target.headers, checks=CHECKS)
