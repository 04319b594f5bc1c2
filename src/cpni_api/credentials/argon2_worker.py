"""What runs inside the hashing processes (credentials/hashing.py): argon2id and nothing else.

Kept apart from the web app so a worker process, started fresh ("spawn"), imports argon2 alone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from types import FrameType

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher: PasswordHasher | None = None


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
_PARENT_DEATH_SIGNAL = signal.SIGUSR1
PARENT_CHECK_SECONDS = 0.5
_parent_pid = 0


def start(
    time_cost: int, memory_cost_kib: int, parallelism: int, niceness: int, idle_class: bool, parent_pid: int
) -> None:
    """The pool's initializer: this process dies with the server, then the hasher, and this process's lower
    CPU priority (ADRs 0014, 0018, 0023)."""
    global _hasher
    die_with_parent(parent_pid)
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


def die_with_parent(parent_pid: int) -> None:
    """Exits this process when the server that started it dies, even by `kill -9`, which runs none of the
    server's clean-up: the pool's queue never tells a worker, which would otherwise wait on it forever.

    Linux: the kernel signals us when our parent dies (`prctl(PR_SET_PDEATHSIG)`). It means the parent
    *thread*: the thread that submitted the first hash, which may be a request thread that ends while the
    server lives on. So the signal only makes us look: we exit when our parent process is no longer the
    server (we were re-parented), and ignore it otherwise. Elsewhere, or if prctl fails, a thread looks
    every PARENT_CHECK_SECONDS instead. Either way a server already gone is noticed at once."""
    global _parent_pid
    _parent_pid = parent_pid
    if not _signal_on_parent_death():
        threading.Thread(target=_watch_parent, name="parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # the server died before we could ask
        os._exit(0)


def _signal_on_parent_death() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    # The handler first, so the signal never finds its default action (which would kill a worker the pool
    # still counts on when only a thread of the server ended).
    signal.signal(_PARENT_DEATH_SIGNAL, _on_parent_death_signal)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, int(_PARENT_DEATH_SIGNAL), 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _on_parent_death_signal(_signum: int, _frame: FrameType | None) -> None:
    if os.getppid() != _parent_pid:
        os._exit(0)


def _watch_parent() -> None:
    while os.getppid() == _parent_pid:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


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
