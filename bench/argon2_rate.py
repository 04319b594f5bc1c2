"""Verifications per second on one core with the service's argon2id parameters (ADR 0010).

Run pinned to one core:  taskset -c 1 .venv/bin/python bench/argon2_rate.py [--seconds 10]
It reads the parameters from the same settings as the service (CPNI_ARGON2_*), so an operator can try
a candidate before raising them.
"""

from __future__ import annotations

import argparse
import os
import time

from argon2 import PasswordHasher, Type

from cpni_api.core.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="how long to measure")
    args = parser.parse_args()
    settings = Settings(env="development")
    hasher = PasswordHasher(
        memory_cost=settings.argon2_memory_cost_kib,
        time_cost=settings.argon2_time_cost,
        parallelism=settings.argon2_parallelism,
        type=Type.ID,
    )
    stored = hasher.hash("Correct-Horse-Battery-Staple")
    hasher.verify(stored, "Correct-Horse-Battery-Staple")  # warm up
    count = 0
    started = time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        hasher.verify(stored, "Correct-Horse-Battery-Staple")
        count += 1
    elapsed = time.perf_counter() - started
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    print(
        f"argon2id m={settings.argon2_memory_cost_kib} KiB t={settings.argon2_time_cost} "
        f"p={settings.argon2_parallelism}: {count} verifications in {elapsed:.2f} s = "
        f"{count / elapsed:.1f}/s ({1000 * elapsed / count:.1f} ms each) on cores {cores}"
    )


if __name__ == "__main__":
    main()
