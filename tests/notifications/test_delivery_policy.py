from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.notifications.delivery_policy import Outcome, classify_status, parse_retry_after, retry_delay

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.DELIVERED),
        (204, Outcome.DELIVERED),
        (299, Outcome.DELIVERED),
        (301, Outcome.PERMANENT),
        (400, Outcome.PERMANENT),
        (401, Outcome.PERMANENT),
        (404, Outcome.PERMANENT),
        (408, Outcome.RETRYABLE),
        (410, Outcome.PERMANENT),
        (429, Outcome.RETRYABLE),
        (500, Outcome.RETRYABLE),
        (502, Outcome.RETRYABLE),
        (503, Outcome.RETRYABLE),
    ],
)
def test_classify_status(status: int, outcome: Outcome) -> None:
    assert classify_status(status) is outcome


def test_retry_after_as_seconds_or_http_date() -> None:
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after("Tue, 24 Nov 2026 15:02:00 GMT", NOW) == 120
    assert parse_retry_after("Tue, 24 Nov 2026 14:00:00 GMT", NOW) == 0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None


def test_backoff_doubles_until_the_cap() -> None:
    rng = random.Random(7)
    delays = [retry_delay(attempt, base_seconds=5, cap_seconds=600, rng=rng) for attempt in range(1, 10)]
    for attempt, delay in enumerate(delays, start=1):
        exponential = min(600, 5 * 2 ** (attempt - 1))
        assert exponential / 2 <= delay <= exponential


@given(
    attempt=st.integers(min_value=1, max_value=60),
    base=st.floats(min_value=0.01, max_value=60),
    cap=st.floats(min_value=1, max_value=86_400),
    retry_after=st.none() | st.floats(min_value=0, max_value=100_000),
    seed=st.integers(),
)
def test_backoff_is_bounded_and_honours_retry_after(
    attempt: int, base: float, cap: float, retry_after: float | None, seed: int
) -> None:
    delay = retry_delay(
        attempt, base_seconds=base, cap_seconds=cap, retry_after=retry_after, rng=random.Random(seed)
    )
    assert 0 < delay <= cap
    if retry_after is not None:
        assert delay >= min(retry_after, cap)
