"""argon2id for human secrets (passwords, backup answers), run in a bounded thread pool (ADR 0010).

Routes are sync `def`s, so they already run off the event loop; the pool bounds how many hashes run at
once per process, so a burst of logins cannot take every core (or `workers x memory cost` of RAM).
argon2 releases the GIL, so the pool's threads use real cores.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Request

from cpni_api.core.settings import Settings


@dataclass(frozen=True)
class Verified:
    matches: bool
    # A new hash under the current parameters when the stored one is weaker (rehash on verify).
    rehashed: str | None = None


class SecretHasher:
    def __init__(self, *, memory_cost_kib: int, time_cost: int, parallelism: int, workers: int) -> None:
        self._hasher = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_cost_kib, parallelism=parallelism, type=Type.ID
        )
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="argon2")

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretHasher:
        return cls(
            memory_cost_kib=settings.argon2_memory_cost_kib,
            time_cost=settings.argon2_time_cost,
            parallelism=settings.argon2_parallelism,
            workers=settings.password_hash_workers,
        )

    def hash(self, secret: str) -> str:
        return self._pool.submit(self._hasher.hash, secret).result()

    def verify(self, stored_hash: str, secret: str) -> Verified:
        return self._pool.submit(self._verify, stored_hash, secret).result()

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
