"""What the control-character rule (ADR 0021) costs a clean disclosure check: the middleware around an app
that does nothing, against that app alone, on one ASGI request like the check's. Prints microseconds per
request for each, best of several rounds. Run: `.venv/bin/python bench/text_input_cost.py`."""

from __future__ import annotations

import asyncio
import time

from starlette.types import Message, Receive, Scope, Send

from cpni_api.core.middleware import ControlCharacterMiddleware

BODY = (
    b'{"interaction_id":"int_01JD7X4S8Q6Z3W9V5T2R1N0M8K","information":"call_detail",'
    b'"release":"discuss_in_interaction","customer_provided_call_detail":false}'
)
ROUNDS, REQUESTS = 7, 20_000


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    await receive()  # the app reads the body, as FastAPI does


async def send(message: Message) -> None:
    return None


def scope() -> Scope:
    return {
        "type": "http",
        "method": "POST",
        "path": "/v1/disclosure-checks",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json")],
    }


async def per_request(target: object) -> float:
    call = target  # an ASGI app
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for _ in range(REQUESTS):

            async def receive() -> Message:
                return {"type": "http.request", "body": BODY, "more_body": False}

            await call(scope(), receive, send)  # type: ignore[operator]
        best = min(best, (time.perf_counter() - started) / REQUESTS)
    return best * 1e6


async def main() -> None:
    bare = await per_request(app)
    checked = await per_request(ControlCharacterMiddleware(app))
    print(f"app alone:                 {bare:6.2f} µs/request")
    print(f"with the control-char rule: {checked:6.2f} µs/request  (+{checked - bare:.2f} µs)")


if __name__ == "__main__":
    asyncio.run(main())
