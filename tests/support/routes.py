"""Helpers that read the app's own routes, so tests cover every route, including ones added later."""

from __future__ import annotations

import re

from fastapi import FastAPI

from cpni_api.api_keys.scopes import Scope
from cpni_api.openapi import operations


def v1_operations(app: FastAPI) -> list[tuple[str, str, Scope | None]]:
    """(method, concrete path, required scope) for every /v1 operation of the app."""
    return [
        (operation.method, re.sub(r"\{[^}]+\}", "does-not-exist", operation.path), operation.scope)
        for operation in operations(app)
        if operation.path.startswith("/v1")
    ]
