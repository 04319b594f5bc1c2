"""argon2id for human secrets (passwords, backup answers), run in a bounded thread pool (ADR 0010).

Routes are sync `def`s, so they already run off the event loop; the pool bounds how many hashes run at
once per process, so a burst of logins cannot take every core (or `workers x memory cost` of RAM).
argon2 releases the GIL, so the pool's threads use real cores. They run at a lower CPU priority (`nice`,
ADR 0014): a hash is 20 ms of work that nobody notices taking 25, while a disclosure check is a millisecond
that an agent is waiting on; where the two share a core, the check goes first.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Request

from cpni_api.core.settings import Settings

logger = logging.getLogger("cpni_api.credentials")


def lower_thread_priority(niceness: int) -> None:
    """Raises the calling thread's nice value by `niceness` (Linux: a thread is a task of its own)."""
    if niceness <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + niceness)
    except OSError as exc:
        logger.warning("could not lower the hashing priority", extra={"error_type": type(exc).__name__})


@dataclass(frozen=True)
class Verified:
    matches: bool
    # A new hash under the current parameters when the stored one is weaker (rehash on verify).
    rehashed: str | None = None


class SecretHasher:
    def __init__(
        self, *, memory_cost_kib: int, time_cost: int, parallelism: int, workers: int, niceness: int = 0
    ) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism, type=Type.ID
        )
        self._pool = ThreadPoolExecutor(
            max_workers=workers,
            thread_name_prefix="argon2",
            initializer=lower_thread_priority,
            initargs=(niceness,),
        )

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretHasher:
        return cls(
            memory_cost_kib=settings.argon2_memory_cost_kib,
            time_cost=settings.argon2_time_cost,
            parallelism=settings.argon2_parallelism,
            workers=settings.password_hash_workers,
            niceness=settings.password_hash_niceness,
        )

    def hash(self, secret: str) -> str:
        return self._pool.submit(self._hasher.hash, secret).result()

    def verify(self, stored_hash: str, secret: str) -> Verified:
        return self._pool.submit(self._verify, stored_hash, secret).result()

    async def verify_async(self, stored_hash: str, secret: str) -> Verified:
        """The same, awaited: the caller holds no thread while the hash runs."""
        return await asyncio.wrap_future(self._pool.submit(self._verify, stored_hash, secret))

    def _verify(self, stored_hash: str, secret: str) -> Verified:
        try:
            self._hasher.verify(stored_hash, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return Verified(matches=False)
        if self._hasher.check_needs_rehash(stored_hash):
            return Verified(matches=True, rehashed=self._hasher.hash(secret))
        return Verified(matches=True)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


async def get_secret_hasher(request: Request) -> SecretHasher:
    hasher: SecretHasher = request.app.state.secret_hasher
    return hasher
