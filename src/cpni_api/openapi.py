"""The OpenAPI document: security and scope per operation, every problem code, shared error responses.
It sits beside `app.py`, above the domains, since it reads their routes and scopes: core imports no domain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from cpni_api.api_keys.auth import ScopeRequirement
from cpni_api.api_keys.scopes import SCOPE_DESCRIPTIONS, Scope
from cpni_api.core.errors import ErrorCode, Problem, problem_catalogue
from cpni_api.openapi_examples import add_examples

SECURITY_SCHEME = "ApiKey"
DESCRIPTION = """\
cpni-api enforces the FCC CPNI rules (47 C.F.R. §§ 64.2001-64.2011) in front of a carrier's CPNI.

Every `/v1` operation needs `Authorization: Bearer <api key>` and the one scope it names in
`x-required-scope` (and in its security requirement). `admin` implies every scope.
Errors are RFC 9457 `application/problem+json` with a stable `code` (listed in `x-problem-codes`);
a business outcome such as a denied disclosure is a 200 with the decision in the body.
"""


def required_scope(route: APIRoute) -> Scope | None:
    """The scope a route's RequireScope dependency demands, found anywhere in its dependency tree."""

    def walk(dependant: Dependant) -> Scope | None:
        for dependency in dependant.dependencies:
            if isinstance(dependency.call, ScopeRequirement):
                return dependency.call.scope
            found = walk(dependency)
            if found is not None:
                return found
        return None

    return walk(route.dependant)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    route: APIRoute
    scope: Scope | None


def operations(app: FastAPI) -> list[Operation]:
    """Every API operation of the app, with the path as served (routers included with their prefixes)."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path_format:
            scope = required_scope(route)
            found += [Operation(m, context.path_format, route, scope) for m in sorted(context.methods or ())]
    return found


def _problem_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


_COMMON_RESPONSES = {
    "400": "Malformed JSON body (MALFORMED_JSON).",
    "413": "Request body too large (PAYLOAD_TOO_LARGE).",
    "422": "Validation failed (VALIDATION_FAILED, with `errors[]`).",
    "500": "Unexpected error (INTERNAL_ERROR); nothing internal is revealed.",
}


def build_openapi(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(title=app.title, version=app.version, description=DESCRIPTION, routes=app.routes)
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem_schema.pop("$defs", {}))
    schemas["Problem"] = problem_schema
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    components["securitySchemes"] = {
        SECURITY_SCHEME: {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key from `cpni-api api-keys create` or `POST /v1/api-keys`. Scopes: "
            + "; ".join(f"`{scope.value}`: {text}" for scope, text in SCOPE_DESCRIPTIONS.items()),
        }
    }
    schema["x-scopes"] = {scope.value: text for scope, text in SCOPE_DESCRIPTIONS.items()}
    schema["x-problem-codes"] = problem_catalogue()
    for operation in operations(app):
        _describe_operation(schema, operation)
    add_examples(schema)
    return schema


def _describe_operation(schema: dict[str, Any], described: Operation) -> None:
    operation = schema["paths"].get(described.path, {}).get(described.method.lower())
    if operation is None:  # excluded from the schema
        return
    responses = operation.setdefault("responses", {})
    statuses = ["500"]
    if "422" in responses:  # FastAPI lists 422 only where there is input to validate
        statuses.append("422")
    if "requestBody" in operation:
        statuses += ["400", "413"]
    for status in statuses:
        responses[status] = _problem_response(_COMMON_RESPONSES[status])
    scope = described.scope
    if scope is None:
        return
    operation["security"] = [{SECURITY_SCHEME: [scope.value]}]
    operation["x-required-scope"] = scope.value
    responses["401"] = _problem_response(
        f"No API key, or an unknown or revoked one ({ErrorCode.AUTHENTICATION_REQUIRED.value}, "
        f"{ErrorCode.INVALID_API_KEY.value})."
    )
    responses["403"] = _problem_response(
        f"The key lacks the `{scope.value}` scope ({ErrorCode.INSUFFICIENT_SCOPE.value})."
    )
