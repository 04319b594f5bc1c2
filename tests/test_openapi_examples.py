"""Examples in the OpenAPI document (issue 15, ADR 0034): every request and response body of every operation
has one, every example is valid against its schema, and the recorder still reaches every operation."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from scripts.example_recording.customers import OTP_PLACEHOLDER
from scripts.example_recording.platform import API_KEY_SECRET_PLACEHOLDER, WEBHOOK_SECRET_PLACEHOLDER
from scripts.record_examples import record_examples

from cpni_api.app import create_app
from cpni_api.core.errors import PROBLEM_MEDIA_TYPE
from cpni_api.core.settings import Settings
from cpni_api.openapi_examples import add_examples

RECORDER_TIME_LIMIT_SECONDS = 30


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return create_app(Settings(env="development", database_url="sqlite://")).openapi()


def bodies(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(where, media type, media type object) for every request and response body of every operation, and
    every webhook payload (what a receiver answers is its own affair: any 2xx acknowledges)."""
    for section in ("paths", "webhooks"):
        for path, item in document.get(section, {}).items():
            for method, operation in item.items():
                where = f"{method.upper()} {path}"
                for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
                    yield f"{where} request", media_type, content
                if section == "webhooks":
                    continue
                for status, response in operation.get("responses", {}).items():
                    for media_type, content in response.get("content", {}).items():
                        yield f"{where} {status}", media_type, content


def is_bytes(content: dict[str, Any]) -> bool:
    """A PDF download: no example value can show it (ADR 0034)."""
    return content.get("schema", {}).get("format") == "binary"


def test_every_request_and_response_body_has_an_example(document: dict[str, Any]) -> None:
    missing = [
        f"{where} ({media_type})"
        for where, media_type, content in bodies(document)
        if not content.get("examples") and not is_bytes(content)
    ]
    assert not missing, (
        "bodies without an example: record them in the flow (scripts/example_recording/), then run "
        "`make examples`:\n" + "\n".join(missing)
    )


def value_of(example: dict[str, Any], document: dict[str, Any]) -> Any:
    """An Example Object's value, following a `#/components/examples/...` reference."""
    if "$ref" in example:
        example = document["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
    return example["value"]


def test_every_example_is_valid_against_its_schema(document: dict[str, Any]) -> None:
    invalid = []
    checked = 0
    for where, media_type, content in bodies(document):
        # `components` beside the schema lets its `#/components/...` references resolve (JSON Schema 2020-12,
        # as OpenAPI 3.1 uses it); an unknown keyword, it constrains nothing.
        schema = {**content.get("schema", {}), "components": document["components"]}
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        for name, example in content.get("examples", {}).items():
            checked += 1
            for error in validator.iter_errors(value_of(example, document)):
                invalid.append(f"{where} ({media_type}) {name}: {error.json_path}: {error.message[:200]}")
    assert checked > 200
    assert not invalid, "\n".join(invalid)


def test_problem_examples_carry_the_codes_their_status_declares(document: dict[str, Any]) -> None:
    for where, media_type, content in bodies(document):
        if media_type != PROBLEM_MEDIA_TYPE:
            continue
        status = int(where.rsplit(" ", 1)[1])
        for name, example in content["examples"].items():
            assert value_of(example, document)["status"] == status, (where, name)


def test_declared_problem_codes_each_get_an_example() -> None:
    operation: dict[str, Any] = {
        "x-problem-codes": ["NOT_FOUND", "BREACH_VOIDED", "BREACH_ALREADY_VOIDED", "VALIDATION_FAILED"],
        "requestBody": {"content": {"application/json": {"schema": {}}}},
        "responses": {
            status: {"content": {PROBLEM_MEDIA_TYPE: {"schema": {}}}}
            for status in ("404", "409", "422", "503")
        },
    }
    # The codes a response declares itself come first (the doc's ADR 0031 puts them on each response).
    operation["responses"]["404"]["x-problem-codes"] = ["NOT_FOUND", "CARRIER_PROFILE_NOT_SET"]
    schema = {"paths": {"/v1/not-recorded/{thing_id}": {"post": operation}}}
    add_examples(schema)
    codes = {
        status: [
            value_of(example, schema)["code"]
            for example in response["content"][PROBLEM_MEDIA_TYPE]["examples"].values()
        ]
        for status, response in operation["responses"].items()
    }
    assert codes == {
        "404": ["NOT_FOUND", "CARRIER_PROFILE_NOT_SET"],
        "409": ["BREACH_VOIDED", "BREACH_ALREADY_VOIDED"],
        "422": ["VALIDATION_FAILED"],
        "503": ["SERVICE_UNAVAILABLE"],  # declared by no code of the operation: the status's usual one
    }
    validation = operation["responses"]["422"]["content"][PROBLEM_MEDIA_TYPE]["examples"]["validation_failed"]
    assert validation["value"]["errors"][0]["location"] == ["body"]


def test_the_recorder_reaches_every_operation_quickly_and_keeps_no_secret(document: dict[str, Any]) -> None:
    # CPU time of this process (the app runs in its threads), not wall time: on a shared machine the wall
    # clock measures the neighbours too.
    started, started_cpu = time.monotonic(), time.process_time()
    recorded = record_examples()
    elapsed, cpu = time.monotonic() - started, time.process_time() - started_cpu
    operations = {f"{method.upper()} {path}" for path, item in document["paths"].items() for method in item}
    missing = sorted(operations - set(recorded["operations"]))
    assert not missing, (
        "operations the example flow never calls: add them to scripts/example_recording/ and run "
        "`make examples`:\n" + "\n".join(missing)
    )
    assert set(recorded["webhooks"]) >= {"account.password_changed", "breach.customer_notice"}
    codes = recorded["webhooks"]["account.one_time_code_issued"]["data"]["code"]
    assert codes == OTP_PLACEHOLDER
    assert cpu < RECORDER_TIME_LIMIT_SECONDS, f"the recorder took {cpu:.1f} s of CPU ({elapsed:.1f} s)"
    text = str(recorded)
    assert "whsec_" not in text.replace(WEBHOOK_SECRET_PLACEHOLDER, "")
    shown = {key.split("_", 2)[2] for key in re.findall(r"cpni_[0-9A-Z]{26}_[A-Za-z0-9_-]+", text)}
    assert shown == {API_KEY_SECRET_PLACEHOLDER}
