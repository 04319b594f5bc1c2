"""The OpenAPI document as the app builds it, once per test session (building it takes a second)."""

from __future__ import annotations

from typing import Any

import pytest

from cpni_api.app import create_app
from cpni_api.core.settings import Settings


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return create_app(Settings(env="development", database_url="sqlite://")).openapi()


def operation_of(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method.lower()]
    return operation
