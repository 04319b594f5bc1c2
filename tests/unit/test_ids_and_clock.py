from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from cpni_api.core.clock import ManualClock, SystemClock
from cpni_api.core.ids import new_id


def test_ids_are_prefixed_crockford_ulids_and_unique() -> None:
    ids = [new_id("acct") for _ in range(2000)]
    assert all(re.fullmatch(r"acct_[0-9A-HJKMNP-TV-Z]{26}", value) for value in ids)
    assert len(set(ids)) == len(ids)


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
