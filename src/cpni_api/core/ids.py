"""Opaque, prefixed, time-ordered identifiers (ADR 0002).

An id looks like `key_01JD7X4S8Q6Z3W9V5T2R1N0M8K`: a short type prefix, then a ULID (48-bit millisecond
timestamp + 80 random bits, Crockford base32). The prefix makes logs and support tickets readable; the
time order keeps B-tree inserts local. Clients must treat ids as opaque strings.
"""

from __future__ import annotations

import secrets
import time

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_id(prefix: str) -> str:
    millis = time.time_ns() // 1_000_000
    value = (millis << 80) | secrets.randbits(80)
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return f"{prefix}_{''.join(reversed(chars))}"
