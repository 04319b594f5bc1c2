"""Opaque, prefixed, time-ordered identifiers (ADR 0002).

An id looks like `key_01JD7X4S8Q6Z3W9V5T2R1N0M8K`: a short type prefix, then a ULID (48-bit millisecond
timestamp + 80 random bits, Crockford base32). The prefix makes logs and support tickets readable; the
time order keeps B-tree inserts local. Clients must treat ids as opaque strings.
"""

from __future__ import annotations

import os
import threading
import time

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RANDOM_BYTES = 10  # 80 bits
_BATCH = 409 * _RANDOM_BYTES


class _RandomBits:
    """80 random bits at a time from the operating system's CSPRNG (what `secrets` uses), read about 4 KiB
    at once: a disclosure check makes two ids, and one `getrandom` call per id cost more than the rest of
    making it (ADR 0015). Bytes handed out are never handed out again, and a forked child starts a batch
    of its own, so two processes never share one."""

    _lock: threading.Lock
    _batch: bytes
    _offset: int

    def __init__(self) -> None:
        self.forget()

    def draw(self) -> int:
        with self._lock:
            if self._offset + _RANDOM_BYTES > len(self._batch):
                self._batch = os.urandom(_BATCH)
                self._offset = 0
            drawn = self._batch[self._offset : self._offset + _RANDOM_BYTES]
            self._offset += _RANDOM_BYTES
        return int.from_bytes(drawn, "big")

    def forget(self) -> None:
        """Starts afresh: at creation, and in a forked child (whose copy of the lock may be held)."""
        self._lock = threading.Lock()
        self._batch = b""
        self._offset = 0


_random_bits = _RandomBits()
os.register_at_fork(after_in_child=_random_bits.forget)


def new_id(prefix: str) -> str:
    millis = time.time_ns() // 1_000_000
    value = (millis << 80) | _random_bits.draw()
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return f"{prefix}_{''.join(reversed(chars))}"
