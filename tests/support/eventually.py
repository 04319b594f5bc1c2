"""Waiting for commit-ordered lists (the event feed, the audit trail) to show what a test just wrote.

On PostgreSQL those lists show a row only once every transaction that started before it has finished
(core/commit_order.py), and another test worker's transaction can hold that back for a moment.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def eventually(read: Callable[[], T], done: Callable[[T], bool], seconds: float = 30) -> T:
    deadline = time.monotonic() + seconds
    while True:
        value = read()
        if done(value) or time.monotonic() > deadline:
            return value
        time.sleep(0.05)
