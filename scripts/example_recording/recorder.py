"""The recorder behind `scripts/record_examples.py` (ADR 0034): it sends each request of the scripted flow
through the app in process, fails loudly on any status the flow did not expect, and keeps the request and
response bodies as examples keyed by "METHOD /path/template" and status.

What comes out must be the same on every run and hold nothing secret, so:
- ids (core/ids.py takes the wall clock's milliseconds and 80 random bits) come from a counter on the
  flow's fixed clock and a seeded generator while recording (`seeded_ids`);
- each request carries a numbered `X-Request-ID`, so correlation ids in bodies, events and audit rows are
  stable;
- the values that are random or secret by nature (API keys, one-time codes, TOTP seeds) are registered as
  they appear and replaced everywhere by fixed placeholders when the document is written (`conceal`).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

from fastapi.testclient import TestClient
from httpx2 import Response

from cpni_api.core import ids
from cpni_api.core.clock import ManualClock, rfc3339

JSON_MEDIA_TYPES = ("application/json", "application/problem+json")
# Media types whose body is text an integrator reads; a PDF is bytes and gets no example value.
TEXT_MEDIA_PREFIXES = ("text/",)
ID_SEED = 15  # issue 15; any fixed number gives stable ids


class FlowError(AssertionError):
    """The flow met an answer it did not expect: the examples would be wrong, so nothing is written."""


@contextmanager
def seeded_ids(clock: ManualClock) -> Iterator[None]:
    """While recording, `new_id` reads a millisecond counter that starts at the flow's clock and a seeded
    generator instead of the wall clock and the CSPRNG: the same flow then makes the same ids, in the order
    it makes them (ids sort by creation, so lists come back in the same order too)."""
    milliseconds = itertools.count(int(clock.now().timestamp() * 1000))
    generator = random.Random(ID_SEED)

    class _Ticks:
        @staticmethod
        def time_ns() -> int:
            return next(milliseconds) * 1_000_000

    class _Bits:
        @staticmethod
        def draw() -> int:
            return generator.getrandbits(80)

    with mock.patch.object(ids, "time", _Ticks), mock.patch.object(ids, "_random_bits", _Bits):
        yield


@dataclass
class Recorded:
    """Examples by operation ("METHOD /path/template"): named request bodies, and response bodies by status,
    media type and name. The first body recorded under a name is kept."""

    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    webhooks: dict[str, Any] = field(default_factory=dict)

    def add_request(self, operation: str, name: str, body: Any) -> None:
        requests = self.operations.setdefault(operation, {}).setdefault("request", {})
        requests.setdefault(name, body)

    def add_response(self, operation: str, status: int, media_type: str, name: str, body: Any) -> None:
        responses = self.operations.setdefault(operation, {}).setdefault("responses", {})
        responses.setdefault(str(status), {}).setdefault(media_type, {}).setdefault(name, body)

    def as_json(self) -> dict[str, Any]:
        """Sorted by operation, status, media type and name, so the file diffs cleanly."""
        return {"operations": _sorted(self.operations), "webhooks": _sorted(self.webhooks)}


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    return value


class Recorder:
    """Sends the flow's requests as one admin caller and records what they exchange."""

    def __init__(self, client: TestClient, clock: ManualClock, api_key: str) -> None:
        self.client = client
        self.clock = clock
        self.recorded = Recorded()
        self._api_key = api_key
        self._placeholders: dict[str, str] = {}
        self._requests = 0

    def call(
        self,
        method: str,
        template: str,
        *,
        expect: int,
        json: Any = None,
        params: dict[str, Any] | None = None,
        example: str = "example",
        record: bool = True,
        api_key: str | None = None,
        **path: str,
    ) -> Any:
        """Sends one request to `template` filled with `path`, checks its status and returns its body
        (parsed JSON, text, or None for bytes). Recorded under `example`: the request body only when the
        request succeeded (a refused body is no example of what to send)."""
        self._requests += 1
        headers = {
            "Authorization": f"Bearer {api_key or self._api_key}",
            "X-Request-ID": f"example-{self._requests:04d}",
        }
        url = template.format(**path)
        response = self.client.request(method, url, json=json, params=params, headers=headers)
        if response.status_code != expect:
            raise FlowError(
                f"{method} {url}: expected {expect}, got {response.status_code}: {response.text[:800]}"
            )
        media_type, body = _body(response)
        if record:
            operation = f"{method} {template}"
            if json is not None and response.is_success:
                self.recorded.add_request(operation, example, json)
            self.recorded.add_response(operation, response.status_code, media_type, example, body)
        return body

    @property
    def api_key_id(self) -> str:
        """The id of the recorder's own key (`cpni_<ULID>_<secret>` is the key of `key_<ULID>`)."""
        return "key_" + self._api_key.split("_")[1]

    def secret(self, value: str, placeholder: str) -> str:
        """Registers a value that must not appear in the examples; returns it for the flow to use."""
        self._placeholders[value] = placeholder
        return value

    def now(self) -> str:
        return rfc3339(self.clock.now())

    def examples(self) -> dict[str, Any]:
        concealed: dict[str, Any] = conceal(self.recorded.as_json(), self._placeholders)
        return concealed


def _body(response: Response) -> tuple[str, Any]:
    media_type = response.headers.get("content-type", "application/octet-stream").split(";")[0].strip()
    if not response.content:
        return media_type, None
    if media_type in JSON_MEDIA_TYPES:
        return media_type, response.json()
    if media_type.startswith(TEXT_MEDIA_PREFIXES):
        return media_type, response.text
    return media_type, None


def conceal(value: Any, placeholders: dict[str, str]) -> Any:
    """`value` with every registered secret replaced by its placeholder, wherever it appears in a string."""
    if isinstance(value, dict):
        return {key: conceal(item, placeholders) for key, item in value.items()}
    if isinstance(value, list):
        return [conceal(item, placeholders) for item in value]
    if isinstance(value, str):
        if value in placeholders:
            return placeholders[value]
        for secret, placeholder in placeholders.items():
            if len(secret) >= 16 and secret in value:  # short ones (codes) only as whole values
                value = value.replace(secret, placeholder)
        return value
    return value
