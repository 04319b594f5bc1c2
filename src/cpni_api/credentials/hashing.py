"""argon2id for human secrets (passwords, backup answers), run in a small pool of worker processes
(ADR 0010, ADR 0014).

The pool bounds how many hashes run at once per server, so a burst of logins cannot take every core (or
`workers x memory cost` of RAM). The workers are processes, not threads, and run at a lower CPU priority
(`nice`, and on Linux the idle scheduling class): a hash is 20 ms of CPU that nobody notices taking 25,
while a disclosure check is a millisecond an agent is waiting on. Where the two share a core, the kernel
runs the check first; and a hashing process that the kernel puts aside holds nothing the server needs (a
thread would hold the GIL now and then, and every request would wait for it). The workers die with the
server, even one killed with `kill -9` (`argon2_worker.die_with_parent`, ADR 0023).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from fastapi import Request

from cpni_api.core.settings import Settings
from cpni_api.credentials import argon2_worker


@dataclass(frozen=True)
class Verified:
    matches: bool
    # A new hash under the current parameters when the stored one is weaker (rehash on verify).
    rehashed: str | None = None


class SecretHasher:
    def __init__(
        self,
        *,
        memory_cost_kib: int,
        time_cost: int,
        parallelism: int,
        workers: int,
        niceness: int = 0,
        idle_class: bool = False,
    ) -> None:
        self._workers = workers
        self._initargs = (time_cost, memory_cost_kib, parallelism, niceness, idle_class)
        self._lock = threading.Lock()
        self._started: ProcessPoolExecutor | None = None

    @property
    def _pool(self) -> ProcessPoolExecutor:
        """The worker processes, started at the first hash (and again after `close`, for an app that is
        started more than once, as tests do)."""
        with self._lock:
            if self._started is None:
                # "spawn": a fresh interpreter that imports argon2 alone (a forked threaded server is unsafe).
                self._started = ProcessPoolExecutor(
                    max_workers=self._workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=argon2_worker.start,
                    # and this process's pid: a worker exits when it is gone (argon2_worker.die_with_parent)
                    initargs=(*self._initargs, os.getpid()),
                )
            return self._started

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretHasher:
        return cls(
            memory_cost_kib=settings.argon2_memory_cost_kib,
            time_cost=settings.argon2_time_cost,
            parallelism=settings.argon2_parallelism,
            workers=settings.password_hash_workers,
            niceness=settings.password_hash_niceness,
            idle_class=settings.password_hash_idle_class,
        )

    def hash(self, secret: str) -> str:
        return self._pool.submit(argon2_worker.hash_secret, secret).result()

    def verify(self, stored_hash: str, secret: str) -> Verified:
        return Verified(*self._pool.submit(argon2_worker.verify_secret, stored_hash, secret).result())

    async def verify_async(self, stored_hash: str, secret: str) -> Verified:
        """The same, awaited: the caller holds no thread while the hash runs."""
        future = self._pool.submit(argon2_worker.verify_secret, stored_hash, secret)
        return Verified(*await asyncio.wrap_future(future))

    def close(self) -> None:
        """Stops the worker processes; hashes in flight are given up."""
        with self._lock:
            started, self._started = self._started, None
        if started is not None:
            started.shutdown(wait=True, cancel_futures=True)


async def get_secret_hasher(request: Request) -> SecretHasher:
    hasher: SecretHasher = request.app.state.secret_hasher
    return hasher
