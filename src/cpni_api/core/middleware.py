"""ASGI middleware: correlation id, access log and metrics; the request body size limit; and the one rule
for text in requests (no control characters, ADR 0021)."""

from __future__ import annotations

import logging
import time

from fastapi.routing import iter_route_contexts
from starlette.datastructures import Headers, MutableHeaders
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cpni_api.core.errors import ErrorCode, problem_response
from cpni_api.core.metrics import HttpMetrics
from cpni_api.core.request_context import REQUEST_ID_HEADER, accept_or_generate, set_request_id
from cpni_api.core.text_input import Location, Refusal, body_refusals, path_refused, query_refusals, refused

access_log = logging.getLogger("cpni_api.access")
UNMATCHED_ROUTE = "<unmatched>"


class ObservabilityMiddleware:
    """Sets the correlation id, echoes it, and records one log line and metric sample per request."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = accept_or_generate(Headers(scope=scope).get(REQUEST_ID_HEADER))
        set_request_id(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_request_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_request_id)
        finally:
            elapsed = time.perf_counter() - started
            route = scope.get("route")
            # The route template, never the raw path: paths carry ids and would explode label cardinality.
            template = getattr(route, "path", UNMATCHED_ROUTE)
            method = scope["method"]
            self.metrics.requests.labels(method, template, str(status)).inc()
            self.metrics.latency.labels(method, template).observe(elapsed)
            access_log.info(
                "request",
                extra={
                    "method": method,
                    "route": template,
                    "status": status,
                    "duration_ms": round(elapsed * 1000, 3),
                },
            )


class BodySizeLimitMiddleware:
    """Refuses bodies over the limit with 413, whether announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        if declared is not None and declared.isdigit() and int(declared) <= self.max_bytes:
            # The server enforces Content-Length, so an announced small body cannot grow.
            await self.app(scope, receive, send)
            return
        # No usable Content-Length (chunked): read up to the limit, then replay to the app.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        await self.app(scope, replaying(b"".join(chunks), receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(
            ErrorCode.PAYLOAD_TOO_LARGE, f"The request body exceeds {self.max_bytes} bytes."
        )
        await response(scope, receive, send)


_WITH_BODY = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class ControlCharacterMiddleware:
    """422 VALIDATION_FAILED for a request whose path, query or JSON body holds a control character
    (`core/text_input.py`), before any route, key check or statement runs: the one rule for every text
    field, path and query id, whatever the schema. The errors name where (`errors[].location`, as FastAPI
    names them), never the value.

    It reads the body itself (within the size limit, enforced before it) and hands the app the same bytes;
    FastAPI parses them once, as before. A clean request costs a scan of its path, query and body for a
    byte that could begin a refused character (ADR 0021).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusals: list[Refusal] = []
        if path_refused(scope["path"]):
            refusals.append(Refusal(_path_location(scope), "must not contain control characters"))
        if scope["query_string"]:
            refusals += query_refusals(scope["query_string"])
        if scope["method"] in _WITH_BODY:
            body, receive = await _read_body(receive)
            refusals += body_refusals(body)
        if refusals:
            response = problem_response(
                ErrorCode.VALIDATION_FAILED,
                f"The request is invalid ({len(refusals)} error{'s' if len(refusals) != 1 else ''}).",
                extensions={"errors": [refusal.as_error() for refusal in refusals]},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def _read_body(receive: Receive) -> tuple[bytes, Receive]:
    """The whole body, and a `receive` that hands it to the app as one message, then carries on."""
    message = await receive()
    if message["type"] != "http.request":  # the client went away: let the app see it
        first = message

        async def replay_disconnect() -> Message:
            return first

        return b"", replay_disconnect
    body = message.get("body", b"")
    if message.get("more_body", False):
        chunks = [body]
        while message.get("more_body", False):
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
        body = b"".join(chunks)
    return body, replaying(body, receive)


def replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands a body already read to the app as one message, then carries on with
    `receive` (a disconnect, say)."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _path_location(scope: Scope) -> Location:
    """("path", name) of the path parameter that holds the refused character, as FastAPI would name it;
    ("path",) when no route's parameter does. Only for a refused request, so its cost does not matter."""
    for route in iter_route_contexts(scope["app"].routes):
        match, child_scope = route.matches(scope)
        if match is Match.NONE:
            continue
        for name, value in child_scope.get("path_params", {}).items():
            if isinstance(value, str) and refused(value):
                return ("path", name)
    return ("path",)
