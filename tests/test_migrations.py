"""Migrations run on both backends, match the models, and round-trip."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from cpni_api.core.migrations import alembic_config, head_revision
from cpni_api.core.settings import normalize_database_url
from tests.support.databases import fresh_database


def _tables(url: str) -> set[str]:
    engine = create_engine(normalize_database_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_alembic_check_is_clean(backend: str, tmp_path: Path) -> None:
    with fresh_database(backend, tmp_path) as url:
        command.check(alembic_config(url))  # raises when models and migrations disagree


def test_upgrade_downgrade_upgrade_round_trip(backend: str, tmp_path: Path) -> None:
    with fresh_database(backend, tmp_path, migrate=False) as url:
        config = alembic_config(url)
        command.upgrade(config, "head")
        migrated = _tables(url)
        assert {"api_keys", "audit_records", "audit_chain", "alembic_version"} <= migrated
        command.downgrade(config, "base")
        assert _tables(url) <= {"alembic_version"}
        command.upgrade(config, "head")
        assert _tables(url) == migrated
        command.check(config)


def test_there_is_a_single_head() -> None:
    assert head_revision() is not None
