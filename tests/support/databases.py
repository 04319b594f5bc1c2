"""Real databases for tests: a migrated SQLite file, or a fresh PostgreSQL database per session.

Under CI (`CI=true`) a missing PostgreSQL fails the run instead of skipping it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from cpni_api.core.migrations import upgrade_to_head

POSTGRES_ADMIN_URL = os.environ.get("CPNI_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def require_postgres() -> None:
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {exc}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (required under CI=true)")
        pytest.skip(message)


def _with_database(admin_url: str, name: str) -> str:
    base, _, _ = admin_url.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def fresh_postgres_database(*, migrate: bool = True) -> Iterator[str]:
    """A new, empty (optionally migrated) database, dropped afterwards."""
    require_postgres()
    name = f"cpni_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = _with_database(POSTGRES_ADMIN_URL, name)
    try:
        if migrate:
            upgrade_to_head(url)
        yield url
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def fresh_sqlite_database(folder: Path, *, migrate: bool = True) -> Iterator[str]:
    url = f"sqlite:///{folder / f'cpni-{uuid.uuid4().hex[:8]}.db'}"
    if migrate:
        upgrade_to_head(url)
    yield url


@contextmanager
def fresh_database(backend: str, folder: Path, *, migrate: bool = True) -> Iterator[str]:
    if backend == "postgresql":
        with fresh_postgres_database(migrate=migrate) as url:
            yield url
    else:
        with fresh_sqlite_database(folder, migrate=migrate) as url:
            yield url
