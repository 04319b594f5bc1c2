"""Alembic environment: the URL comes from the caller (`cpni-api migrate`, tests) or CPNI_DATABASE_URL."""

from __future__ import annotations

import logging.config

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from cpni_api.core.db import ensure_sqlite_directory
from cpni_api.core.settings import Settings, normalize_database_url
from cpni_api.models import Base

config = context.config
if config.config_file_name is not None:
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _database_url() -> str:
    configured = config.get_main_option("sqlalchemy.url")
    if configured:
        return normalize_database_url(configured)
    # Only the URL is needed here; secrets are not, so development settings are enough.
    return Settings(env="development").sqlalchemy_url


def run_migrations_offline() -> None:
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = _database_url()
    ensure_sqlite_directory(url)
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
