"""The one clock every time rule reads (design.md §2), so tests can travel in time."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that moves only when told to; used by tests and by replay tools."""

    def __init__(self, start: datetime) -> None:
        _require_aware(start)
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, instant: datetime) -> None:
        _require_aware(instant)
        with self._lock:
            self._now = instant.astimezone(UTC)

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._now += delta
            return self._now


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None:
        raise ValueError("the clock works in aware datetimes only")


def rfc3339(instant: datetime) -> str:
    """An instant as the API writes it (RFC 3339 in UTC, `Z`), for values outside pydantic models."""
    return instant.astimezone(UTC).isoformat().replace("+00:00", "Z")
