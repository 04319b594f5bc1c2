"""Helpers that read the app's own routes, so tests cover every route, including ones added later."""

from __future__ import annotations

import re

from fastapi import FastAPI

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.openapi import operations


def v1_operations(app: FastAPI) -> list[tuple[str, str, ApiKeyScope | None]]:
    """(method, concrete path, required scope) for every /v1 operation of the app."""
    return [
        (operation.method, re.sub(r"\{[^}]+\}", "does-not-exist", operation.path), operation.scope)
        for operation in operations(app)
        if operation.path.startswith("/v1")
    ]


WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def v1_write_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path template) for every /v1 operation that may change something."""
    return [
        (operation.method, operation.path)
        for operation in operations(app)
        if operation.path.startswith("/v1") and operation.method in WRITE_METHODS
    ]
