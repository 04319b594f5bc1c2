"""What runs inside the hashing processes (credentials/hashing.py): argon2id and nothing else.

Kept apart from the web app so a worker process, started fresh ("spawn"), imports argon2 alone.
"""

from __future__ import annotations

import os

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher: PasswordHasher | None = None


def start(time_cost: int, memory_cost_kib: int, parallelism: int, niceness: int, idle_class: bool) -> None:
    """The pool's initializer: the hasher, and this process's lower CPU priority (ADRs 0014, 0018)."""
    global _hasher
    _hasher = PasswordHasher(
        time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism, type=Type.ID
    )
    if niceness > 0 and hasattr(os, "nice"):
        os.nice(niceness)
    if idle_class and hasattr(os, "SCHED_IDLE"):
        # Linux: a thread that wakes (a check's answer from the database) takes the core from a hash at
        # once, where under nice alone the hash may first finish its time slice. Any process may lower
        # its own class; nothing to do where there is none.
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))


def _current() -> PasswordHasher:
    if _hasher is None:
        raise RuntimeError("the hashing worker was not started")
    return _hasher


def hash_secret(secret: str) -> str:
    return _current().hash(secret)


def verify_secret(stored_hash: str, secret: str) -> tuple[bool, str | None]:
    """(matches, a new hash when the stored one was made with weaker parameters)."""
    hasher = _current()
    try:
        hasher.verify(stored_hash, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False, None
    if hasher.check_needs_rehash(stored_hash):
        return True, hasher.hash(secret)
    return True, None
