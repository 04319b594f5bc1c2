from __future__ import annotations

import os
import re
import threading
from datetime import UTC, datetime, timedelta

import pytest

from cpni_api.core.clock import ManualClock, SystemClock
from cpni_api.core.ids import new_id


def test_ids_are_prefixed_crockford_ulids_and_unique() -> None:
    ids = [new_id("acct") for _ in range(2000)]
    assert all(re.fullmatch(r"acct_[0-9A-HJKMNP-TV-Z]{26}", value) for value in ids)
    assert len(set(ids)) == len(ids)


def _random_part(value: str) -> str:
    return value[-16:]  # 16 base32 characters: the 80 random bits


def test_threads_drawing_at_once_never_get_the_same_random_bits() -> None:
    """Ids draw their random bits from a batch of the OS's randomness (ADR 0015); 8 threads at once cross
    many batch refills, and no two ids may share their random part."""
    drawn: list[list[str]] = [[] for _ in range(8)]

    def draw(into: list[str]) -> None:
        into.extend(_random_part(new_id("t")) for _ in range(3000))

    threads = [threading.Thread(target=draw, args=(into,)) for into in drawn]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [part for into in drawn for part in into]
    assert len(set(every)) == len(every) == 24_000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_process_does_not_repeat_its_parents_ids() -> None:
    new_id("warm")  # the parent now holds a batch the child inherits
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        os.close(reader)
        os.write(writer, "\n".join(_random_part(new_id("c")) for _ in range(100)).encode())
        os._exit(0)
    os.close(writer)
    parents = {_random_part(new_id("p")) for _ in range(100)}
    with os.fdopen(reader) as pipe:
        childs = set(pipe.read().split("\n"))
    os.waitpid(child, 0)
    assert len(childs) == 100
    assert not parents & childs


def test_ids_sort_by_creation_millisecond() -> None:
    first = new_id("x")
    later = [new_id("x") for _ in range(50)]
    # the first 10 characters encode the millisecond; later ids never sort before an earlier millisecond
    assert all(value[2:12] >= first[2:12] for value in later)


def test_manual_clock_moves_only_when_told() -> None:
    start = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    clock = ManualClock(start)
    assert clock.now() == start
    assert clock.advance(timedelta(days=30)) == start + timedelta(days=30)
    clock.set(datetime(2027, 1, 1, tzinfo=UTC))
    assert clock.now().year == 2027
    with pytest.raises(ValueError, match="aware"):
        clock.set(datetime(2027, 1, 1))


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)
