"""Examples in the OpenAPI document (issue 15, ADR 0034).

Request and response bodies come from `openapi_examples.json`, recorded by `scripts/record_examples.py` from
a scripted flow through the app itself, so they are real answers of this version. Problem responses get
the recorded problem where the flow met one, and otherwise one built from the problem-code catalogue
(`core/errors.py`) for each code the response declares in `x-problem-codes` (else the operation's codes of
that status, else the status's usual code), written once under `components/examples` and referenced.
Webhook payloads get the first recorded event of their type.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cpni_api.core.errors import (
    PROBLEM_CODES_KEY,
    PROBLEM_MEDIA_TYPE,
    ErrorCode,
    default_status,
    problem_catalogue,
)

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
JSON_MEDIA_TYPE = "application/json"
# The correlation id of a problem built from the catalogue: the caller's `X-Request-ID`, or a UUID.
EXAMPLE_CORRELATION_ID = "3f9c2a7e-5d41-4b8a-9e0f-1c6d2b7a8e54"

# The code a status usually carries, for an operation that names none of that status.
_USUAL_CODE = {
    400: ErrorCode.MALFORMED_JSON,
    401: ErrorCode.AUTHENTICATION_REQUIRED,
    403: ErrorCode.INSUFFICIENT_SCOPE,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.METHOD_NOT_ALLOWED,
    406: ErrorCode.NOT_ACCEPTABLE,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    422: ErrorCode.VALIDATION_FAILED,
    500: ErrorCode.INTERNAL_ERROR,
    503: ErrorCode.SERVICE_UNAVAILABLE,
}
# What the service says for the codes that any operation may answer; others read their title.
_DETAILS = {
    ErrorCode.MALFORMED_JSON: "The request body is not valid JSON.",
    ErrorCode.AUTHENTICATION_REQUIRED: "Send an API key as 'Authorization: Bearer <key>'.",
    ErrorCode.INVALID_API_KEY: "The API key is unknown or revoked.",
    ErrorCode.NOT_FOUND: "No such resource.",
    ErrorCode.METHOD_NOT_ALLOWED: "This method is not allowed on this resource.",
    ErrorCode.PAYLOAD_TOO_LARGE: "The request body exceeds 1048576 bytes.",
    ErrorCode.SERVICE_UNAVAILABLE: "The database is unavailable; try again shortly.",
    ErrorCode.INTERNAL_ERROR: "An unexpected error occurred; it has been logged.",
}


def recorded_examples() -> dict[str, Any]:
    """Read afresh for each document (a few milliseconds, once per app): no two documents share a value."""
    loaded: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    return loaded


def add_examples(schema: dict[str, Any]) -> None:
    """Puts `examples` into every operation's request body and responses, and into every webhook's payload."""
    recorded = recorded_examples()
    shared: dict[str, Any] = {}
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            found = recorded["operations"].get(f"{method.upper()} {path}", {})
            _add_to_operation(operation, found, shared)
    if shared:
        schema.setdefault("components", {})["examples"] = dict(sorted(shared.items()))
    for event_type, item in schema.get("webhooks", {}).items():
        event = recorded["webhooks"].get(event_type)
        for operation in item.values():
            content = operation.get("requestBody", {}).get("content", {}).get(JSON_MEDIA_TYPE)
            if content is not None and event is not None:
                summary = f"The `{event_type}` event as posted"
                content["examples"] = {"event": {"summary": summary, "value": event}}


def _add_to_operation(operation: dict[str, Any], found: dict[str, Any], shared: dict[str, Any]) -> None:
    for media_type, content in operation.get("requestBody", {}).get("content", {}).items():
        if media_type == JSON_MEDIA_TYPE and found.get("request"):
            content["examples"] = _example_objects(found["request"])
    for status, response in operation.get("responses", {}).items():
        recorded_by_type = found.get("responses", {}).get(status, {})
        for media_type, content in response.get("content", {}).items():
            if media_type == PROBLEM_MEDIA_TYPE:
                problems = recorded_by_type.get(PROBLEM_MEDIA_TYPE, {})
                content["examples"] = _problem_examples(operation, response, int(status), problems, shared)
                continue
            values = recorded_by_type.get(media_type.split(";")[0].strip(), {})
            kept = {name: value for name, value in values.items() if value is not None}
            if kept:
                content["examples"] = _example_objects(kept)


def _example_objects(values: dict[str, Any]) -> dict[str, Any]:
    return {name: {"summary": _summary(name), "value": value} for name, value in values.items()}


def _summary(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _problem_examples(
    operation: dict[str, Any],
    response: dict[str, Any],
    status: int,
    recorded: dict[str, Any],
    shared: dict[str, Any],
) -> dict[str, Any]:
    """The problems the flow met on this operation with this status, then one per further code. A code's
    example from the catalogue is the same on every operation, so it is written once, under
    `components/examples`, and referenced: a hundred copies of each would double the document."""
    examples = _example_objects(recorded)
    met = {problem.get("code") for problem in recorded.values()}
    for code in _codes_of(operation, response, status):
        if code.value in met:
            continue
        example = {
            "summary": problem_catalogue()[code.value]["title"],
            "value": _problem(code, status, operation),
        }
        if code is ErrorCode.VALIDATION_FAILED or status != default_status(code):  # this operation's own
            examples[code.value.lower()] = example
            continue
        name = "Problem" + "".join(part.capitalize() for part in code.value.split("_"))
        shared.setdefault(name, example)
        examples[code.value.lower()] = {"$ref": f"#/components/examples/{name}"}
    return examples


def _codes_of(operation: dict[str, Any], response: dict[str, Any], status: int) -> list[ErrorCode]:
    """The codes the response declares, else the operation's codes of that status, else the usual one."""
    declared = _known(response.get(PROBLEM_CODES_KEY, ()))
    if declared:
        return declared
    codes = [code for code in _known(operation.get(PROBLEM_CODES_KEY, ())) if default_status(code) == status]
    if codes:
        return codes
    usual = _USUAL_CODE.get(status)
    if usual is not None:
        return [usual]
    return [code for code in ErrorCode if default_status(code) == status][:1] or [ErrorCode.HTTP_ERROR]


def _known(codes: Any) -> list[ErrorCode]:
    return [ErrorCode(code) for code in codes if code in ErrorCode.__members__]


def _problem(code: ErrorCode, status: int, operation: dict[str, Any]) -> dict[str, Any]:
    entry = problem_catalogue()[code.value]
    problem: dict[str, Any] = {
        "type": entry["type"],
        "title": entry["title"],
        "status": status,
        "detail": _DETAILS.get(code, f"{entry['title']}."),
        "code": code.value,
        "correlation_id": EXAMPLE_CORRELATION_ID,
    }
    if code is ErrorCode.VALIDATION_FAILED:
        problem["detail"] = "The request is invalid (1 error)."
        problem["errors"] = [_field_error(operation)]
    return problem


def _field_error(operation: dict[str, Any]) -> dict[str, Any]:
    """A plausible validation error for this operation: a missing body field, else a bad parameter."""
    if "requestBody" in operation:
        return {"location": ["body"], "message": "Field required", "type": "missing"}
    parameters = operation.get("parameters", [])
    if not parameters:
        return {"location": ["body"], "message": "Invalid request", "type": "value_error"}
    parameter = parameters[-1]
    location = [parameter["in"], parameter["name"]]
    if "integer" in json.dumps(parameter.get("schema", {})):
        return {"location": location, "message": "Input should be a valid integer", "type": "int_parsing"}
    return {
        "location": location,
        "message": "String should have at most 40 characters",
        "type": "string_too_long",
    }
