"""Component names and operationIds are what generated clients name their classes and methods after
(ADR 0030): unique, meaningful and stable."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.openapi.conftest import operation_of

# Relied on by integrators' generated clients (and this repository's own): never change one.
STABLE_OPERATION_IDS = {
    ("POST", "/v1/accounts"): "createAccount",
    ("GET", "/v1/accounts"): "listAccounts",
    ("GET", "/v1/accounts/{account_id}"): "getAccount",
    ("POST", "/v1/interactions"): "openInteraction",
    ("GET", "/v1/interactions/{interaction_id}"): "getInteraction",
    ("POST", "/v1/interactions/{interaction_id}/verifications"): "createVerification",
    ("POST", "/v1/disclosure-checks"): "createDisclosureCheck",
    ("GET", "/v1/disclosure-checks/{check_id}"): "getDisclosureCheck",
    ("POST", "/v1/api-keys"): "createApiKey",
    ("PUT", "/v1/accounts/{account_id}/password"): "putPassword",
}
LOWER_CAMEL = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)*$")


def _operation_ids(spec: dict[str, Any]) -> list[str]:
    return [
        operation["operationId"]
        for section in ("paths", "webhooks")
        for item in spec[section].values()
        for operation in item.values()
    ]


def test_operation_ids_are_unique_and_lower_camel(spec: dict[str, Any]) -> None:
    ids = _operation_ids(spec)
    assert len(ids) > 100
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    assert [name for name in ids if not LOWER_CAMEL.match(name)] == []


def test_the_operation_ids_clients_rely_on(spec: dict[str, Any]) -> None:
    found = {key: operation_of(spec, *key)["operationId"] for key in STABLE_OPERATION_IDS}
    assert found == STABLE_OPERATION_IDS


def test_no_component_name_is_a_module_path_or_a_generic_alias(spec: dict[str, Any]) -> None:
    """Two classes of one name get pydantic's `cpni_api__module__Name` (or `Name-Input`): a clash."""
    names = list(spec["components"]["schemas"])
    assert [name for name in names if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name)] == []
    for ambiguous in ("Decision", "Scope", "Kind", "Method", "Origin", "Release", "Information", "Delivery"):
        assert ambiguous not in names


def test_every_operation_has_a_summary_a_description_and_a_described_tag(spec: dict[str, Any]) -> None:
    described_tags = {tag["name"] for tag in spec["tags"] if tag.get("description")}
    for section in ("paths", "webhooks"):
        for path, item in spec[section].items():
            for method, operation in item.items():
                assert operation.get("summary"), (method, path)
                assert operation.get("description"), (method, path)
                assert len(operation["tags"]) == 1, (method, path)
                assert operation["tags"][0] in described_tags, (method, path)


def test_enums_that_may_grow_say_so(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    extensible = {name for name, schema in schemas.items() if schema.get("x-extensible-enum")}
    assert {"ErrorCode", "ReasonCode", "EventType", "ApiKeyScope", "LineReason", "UsageReason"} <= extensible
    for name in extensible:
        assert "enum" in schemas[name], name
        assert "must not fail on an unknown value" in schemas[name]["description"], name
    assert "x-extensible-enum" not in schemas["DisclosureVerdict"]
