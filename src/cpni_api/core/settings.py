"""Service settings, read from `CPNI_*` environment variables (pydantic-settings)."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRET = "change-me"  # noqa: S105 - the value we refuse outside development
MIN_SECRET_LENGTH = 32
DEFAULT_SQLITE_URL = "sqlite:///./var/cpni.db"


class SettingsError(ValueError):
    """Raised when the configuration is unsafe or invalid; the message says what to set."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CPNI_", extra="ignore", frozen=True)

    # "production" is the default so that a forgotten variable fails closed, never open.
    env: Literal["development", "production", "test"] = "production"
    database_url: str = DEFAULT_SQLITE_URL
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=10, ge=0, le=200)

    # HMAC keys for high-entropy secrets (API keys) and for the audit hash chain.
    api_key_hmac_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)
    audit_hmac_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)

    max_request_body_bytes: int = Field(default=1_048_576, ge=1024)
    log_level: str = "INFO"

    # Background work run inside `cpni-api serve` (the audit sealer); replicas may all run it safely.
    run_background_workers: bool = True
    audit_seal_interval_seconds: float = Field(default=2.0, gt=0)
    audit_seal_batch_size: int = Field(default=1000, ge=1, le=100_000)
    # Records younger than this may still be in open transactions with lower ids (PostgreSQL sequences
    # hand out ids before commit), so the sealer looks back this far for stragglers. See ADR 0004.
    audit_seal_settle_seconds: float = Field(default=600.0, ge=0)

    # Business days (E1): weekends and the country's holidays are excluded.
    business_days_country: str = "US"
    business_days_subdivision: str | None = None
    business_days_extra_holidays: list[date] = Field(default_factory=list)
    business_days_timezone: str = "America/New_York"

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.env == "development":
            return self
        weak = [
            f"CPNI_{name.upper()}"
            for name in ("api_key_hmac_key", "audit_hmac_key")
            if _is_weak(getattr(self, name).get_secret_value())
        ]
        if weak:
            raise SettingsError(
                f"{', '.join(weak)} must be set to a random secret of at least {MIN_SECRET_LENGTH} "
                f"characters when CPNI_ENV={self.env} (for example: python -c "
                "'import secrets; print(secrets.token_urlsafe(48))'). "
                "Placeholders are accepted only with CPNI_ENV=development."
            )
        return self

    @cached_property
    def sqlalchemy_url(self) -> str:
        """The database URL with the driver SQLAlchemy should use (psycopg 3 for PostgreSQL)."""
        return normalize_database_url(self.database_url)

    @property
    def is_sqlite(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")


def _is_weak(secret: str) -> bool:
    return secret.strip() in ("", PLACEHOLDER_SECRET) or len(secret) < MIN_SECRET_LENGTH


def normalize_database_url(url: str) -> str:
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def load_settings() -> Settings:
    """Settings from the environment, with a readable message instead of a validation dump."""
    try:
        return Settings()
    except ValidationError as exc:
        # Only the field and the message: pydantic's own text includes the input, which may be a secret.
        problems = []
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"])
            message = error["msg"].removeprefix("Value error, ")
            problems.append(f"CPNI_{field.upper()}: {message}" if field else message)
        raise SettingsError("; ".join(problems)) from None
