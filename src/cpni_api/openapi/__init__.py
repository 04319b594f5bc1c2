"""The OpenAPI document: operationIds, security and scope per operation, the problems each operation can
answer with, tags, extensible enums and the webhooks (ADRs 0030-0033). It sits beside `app.py`, above the
domains, since it reads their routes and scopes: core imports no domain."""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from itertools import groupby
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from cpni_api.api_keys.auth import ScopeRequirement
from cpni_api.api_keys.scopes import SCOPE_DESCRIPTIONS, ApiKeyScope
from cpni_api.core.errors import (
    PROBLEM_CODES_KEY,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_SCHEMA_REF,
    ErrorCode,
    Problem,
    declared_problems,
    default_status,
    problem_catalogue,
)

SECURITY_SCHEME = "ApiKey"
DESCRIPTION = """\
cpni-api enforces the FCC CPNI rules (47 C.F.R. §§ 64.2001-64.2011) in front of a carrier's CPNI.

Every `/v1` operation needs `Authorization: Bearer <api key>` and the one scope it names in
`x-required-scope` (and in its security requirement). `admin` implies every scope.
Errors are RFC 9457 `application/problem+json` with a stable `code` (listed in `x-problem-codes`);
a business outcome such as a denied disclosure is a 200 with the decision in the body.
Enums marked `x-extensible-enum` gain values over time: clients must not fail on an unknown value.
Outbound events are under `webhooks`, one entry per event type with its payload.
"""


def operation_id(route: APIRoute) -> str:
    """The operationId, lowerCamel from the route function's name (`create_disclosure_check` ->
    `createDisclosureCheck`): generated clients name their methods after it, so it is part of the contract
    and a route function is named verbNoun (ADR 0030)."""
    first, *rest = route.name.split("_")
    return first + "".join(word.capitalize() for word in rest)


def required_scope(route: APIRoute) -> ApiKeyScope | None:
    """The scope a route's RequireScope dependency demands, found anywhere in its dependency tree."""

    def walk(dependant: Dependant) -> ApiKeyScope | None:
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
    scope: ApiKeyScope | None


def operations(app: FastAPI) -> list[Operation]:
    """Every API operation of the app, with the path as served (routers included with their prefixes)."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute) and context.path_format:
            scope = required_scope(route)
            found += [Operation(m, context.path_format, route, scope) for m in sorted(context.methods or ())]
    return found


# One line per tag: what the domain is for, shown above its operations.
TAGS = [
    ("operations", "Liveness, readiness and Prometheus metrics, for the platform that runs the service."),
    ("disclosures", "May this CPNI be released now, this way? The check every agent desktop asks (R-2010)."),
    (
        "interactions",
        "Calls, online sessions and store visits; verifying the caller; one-time codes (R-2010).",
    ),
    (
        "accounts",
        "Customer accounts, their numbers and addresses of record, found by caller number (R-2003).",
    ),
    (
        "credentials",
        "Passwords, backup authentication and online accounts, and who may change them (R-2010).",
    ),
    ("line security", "Numbers of record, locks, transfer PINs, SIM-change and port-out requests."),
    (
        "consent",
        "CPNI notices, approvals and usage checks: may this account's CPNI be used (R-2007, R-2008).",
    ),
    ("campaigns", "Marketing campaigns, their supervisor reviews and eligible accounts (R-2009-d)."),
    (
        "third-parties",
        "Agents, affiliates and contractors that receive CPNI, and their agreements (R-2007-b).",
    ),
    ("breaches", "Breaches of CPNI and the notices owed to law enforcement, the FCC and customers (R-2011)."),
    ("compliance", "The compliance officer's records, the annual certification and every deadline (R-2009)."),
    ("events", "The pull feed of outbound events and their deliveries; redelivery."),
    ("webhooks", "Receivers of the events: register, rotate secrets, enable (payloads under `webhooks`)."),
    ("api-keys", "API keys and their scopes (admin)."),
    ("audit", "The tamper-evident audit trail of every decision and change."),
]


# Enums that gain values as the rules and the service grow (ADR 0032). A client must not fail on a value it
# does not know: it treats one as "other" (an unknown reason still means deny, an unknown event is ignored).
EXTENSIBLE_ENUMS = (
    "ErrorCode",
    "ReasonCode",
    "UsageReason",
    "LineReason",
    "EventType",
    "ApiKeyScope",
    "ObligationKind",
    "UsagePurpose",
    "ApprovalScope",
    "ThirdPartyKind",
    "AuthenticationMethod",
    "ServiceCategory",
)
EXTENSIBLE_NOTE = (
    "Extensible: new values may be added in any release, so clients must not fail on an unknown value."
)


def mark_extensible_enums(schemas: dict[str, Any]) -> None:
    for name in EXTENSIBLE_ENUMS:
        schema = schemas[name]
        schema["x-extensible-enum"] = True
        description = schema.get("description", "").strip()
        schema["description"] = f"{description}\n\n{EXTENSIBLE_NOTE}" if description else EXTENSIBLE_NOTE


def _problem_response(status: int, codes: list[ErrorCode]) -> dict[str, Any]:
    titles = problem_catalogue()
    response: dict[str, Any] = {
        "description": "; ".join(f"`{code.value}`: {titles[code.value]['title']}" for code in codes) + ".",
        "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_SCHEMA_REF}}},
        PROBLEM_CODES_KEY: [code.value for code in codes],
    }
    if status == HTTPStatus.SERVICE_UNAVAILABLE:
        response["headers"] = {
            "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "schema": {"type": "integer"},
            }
        }
    return response


def problem_codes(described: Operation, operation: dict[str, Any]) -> list[ErrorCode]:
    """Every code the operation can answer with: those its route declares with `problems()`, and those that
    come with what it is (ADR 0031): a key and its scope, a database behind the key, input, a body."""
    codes = declared_problems(described.route.responses)
    # The control-character check answers 422 for any path or query (ADR 0021), so every operation can.
    codes += [ErrorCode.VALIDATION_FAILED, ErrorCode.INTERNAL_ERROR]
    if "requestBody" in operation:
        codes += [ErrorCode.MALFORMED_JSON, ErrorCode.PAYLOAD_TOO_LARGE]
    if described.scope is not None:
        codes += [
            ErrorCode.AUTHENTICATION_REQUIRED,
            ErrorCode.INVALID_API_KEY,
            ErrorCode.INSUFFICIENT_SCOPE,
            ErrorCode.SERVICE_UNAVAILABLE,  # the key is looked up in the database
        ]
    return sorted(set(codes), key=lambda code: (default_status(code), code.value))


def build_openapi(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=DESCRIPTION,
        routes=app.routes,
        webhooks=app.webhooks.routes,
        tags=[{"name": name, "description": text} for name, text in TAGS],
    )
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem_schema.pop("$defs", {}))
    schemas["Problem"] = problem_schema
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    mark_extensible_enums(schemas)
    _name_pages_by_their_title(schema)
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
    return schema


def _name_pages_by_their_title(schema: dict[str, Any]) -> None:
    """`Page[AccountOut]` is the component `AccountPage` (its title, `Page.model_parametrized_name`), not
    pydantic's reference name `Page_AccountOut_` (ADR 0030)."""
    schemas = schema["components"]["schemas"]
    renamed = {
        f"#/components/schemas/{name}": f"#/components/schemas/{schemas[name]['title']}"
        for name in list(schemas)
        if name.startswith("Page_")
    }
    for old, new in renamed.items():
        schemas[new.rsplit("/", 1)[1]] = schemas.pop(old.rsplit("/", 1)[1])

    def rewrite(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") in renamed:
                node["$ref"] = renamed[node["$ref"]]
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)

    rewrite(schema)


def _describe_operation(schema: dict[str, Any], described: Operation) -> None:
    operation = schema["paths"].get(described.path, {}).get(described.method.lower())
    if operation is None:  # excluded from the schema
        return
    responses = operation.setdefault("responses", {})
    for status in [status for status in responses if int(status) >= HTTPStatus.BAD_REQUEST]:
        del responses[status]  # FastAPI's 422 and the declared problems, rebuilt below by status
    codes = problem_codes(described, operation)
    for status, group in groupby(codes, key=default_status):
        responses[str(status)] = _problem_response(status, list(group))
    operation[PROBLEM_CODES_KEY] = [code.value for code in codes]
    scope = described.scope
    if scope is None:
        return
    operation["security"] = [{SECURITY_SCHEME: [scope.value]}]
    operation["x-required-scope"] = scope.value
