"""The correlation id of the request being served (`X-Request-ID`), for logs, audit rows and events."""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
_request_id: ContextVar[str] = ContextVar("request_id", default="-")


def current_request_id() -> str:
    return _request_id.get()


def set_request_id(value: str) -> None:
    _request_id.set(value)


def accept_or_generate(candidate: str | None) -> str:
    """Keep a caller's id when it is safe to log and store; otherwise make one."""
    if candidate and _VALID_REQUEST_ID.match(candidate):
        return candidate
    return str(uuid.uuid4())
