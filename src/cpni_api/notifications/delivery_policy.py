"""Pure rules for deliveries: what an attempt's result means and when to try again."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum


class Outcome(StrEnum):
    DELIVERED = "delivered"
    RETRYABLE = "retryable"
    PERMANENT = "permanent"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"  # a permanent refusal (4xx other than 408/429): retrying would not help
    ABANDONED = "abandoned"  # too many retryable failures; visible, and redeliverable by hand
    CANCELLED = "cancelled"  # the endpoint was deleted


def classify_status(status_code: int) -> Outcome:
    if 200 <= status_code < 300:
        return Outcome.DELIVERED
    if status_code in (408, 429) or status_code >= 500:
        return Outcome.RETRYABLE
    return Outcome.PERMANENT


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - now).total_seconds())


def retry_delay(
    attempt: int,
    *,
    base_seconds: float,
    cap_seconds: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Exponential backoff with jitter, capped; a receiver's Retry-After is honoured up to the cap.

    attempt 1 waits about base, attempt 2 about 2x base, ... Jitter (50-100 %) spreads retries from many
    events so a recovering receiver is not hit by all of them at once.
    """
    exponential = min(cap_seconds, base_seconds * float(2 ** max(0, attempt - 1)))
    jitter = (rng or random).uniform(0.5, 1.0)
    delay = exponential * jitter
    if retry_after is not None:
        delay = max(delay, retry_after)
    return min(delay, cap_seconds)
