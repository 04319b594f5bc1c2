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
LineSecurityMethod = Literal["password", "one_time_code", "photo_id", "backup", "business_contract"]
_DEFAULT_LINE_SECURITY_METHODS: tuple[LineSecurityMethod, ...] = ("password", "one_time_code", "photo_id")


class SettingsError(ValueError):
    """Raised when the configuration is unsafe or invalid; the message says what to set."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CPNI_", extra="ignore", frozen=True)

    # "production" is the default so that a forgotten variable fails closed, never open.
    env: Literal["development", "production", "test"] = "production"
    database_url: str = DEFAULT_SQLITE_URL
    db_pool_size: int = Field(default=10, ge=1, le=200)
    db_max_overflow: int = Field(default=10, ge=0, le=200)
    # Threads that run the hot path's transactions on PostgreSQL (ADR 0014); SQLite always uses one.
    db_request_workers: int = Field(default=4, ge=1, le=200)

    # HMAC keys for high-entropy secrets (API keys) and for the audit hash chain.
    api_key_hmac_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)
    audit_hmac_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)

    max_request_body_bytes: int = Field(default=1_048_576, ge=1024)
    log_level: str = "INFO"

    # Background work run inside `cpni-api serve` (the audit sealer); replicas may all run it safely.
    run_background_workers: bool = True
    audit_seal_interval_seconds: float = Field(default=2.0, gt=0)
    # Records sealed per transaction: small, so a round holds the database briefly (ADR 0014).
    audit_seal_batch_size: int = Field(default=50, ge=1, le=100_000)
    # SQLite: how often `serve` checkpoints the write-ahead log beside the requests; 0 = never (ADR 0014).
    sqlite_checkpoint_interval_seconds: float = Field(default=0.2, ge=0)

    # Events to the mailers (ADRs 0009, 0025). The dispatcher runs inside `serve` unless turned off here.
    # CPNI_MAILERS lists every mailer that delivers each event; CPNI_MAILER names one (a one-element list).
    mailer: str = "webhook"
    mailers: list[str] | None = None
    run_dispatcher: bool = True
    webhook_secret_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)
    webhook_allow_http: bool = False
    webhook_allowed_networks: list[str] = Field(default_factory=list)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    webhook_disable_after_failures: int = Field(default=20, ge=1)
    webhook_secret_rotation_overlap_seconds: float = Field(default=86_400, ge=0)
    dispatch_interval_seconds: float = Field(default=0.5, gt=0)
    dispatch_batch_size: int = Field(default=50, ge=1, le=1000)
    dispatch_lease_seconds: float = Field(default=60.0, gt=0)
    delivery_max_attempts: int = Field(default=12, ge=1)
    delivery_backoff_base_seconds: float = Field(default=5.0, gt=0)
    delivery_backoff_cap_seconds: float = Field(default=3600.0, gt=0)
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_starttls: bool = True
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "cpni-api@localhost"
    smtp_to: list[str] = Field(default_factory=list)
    smtp_timeout_seconds: float = Field(default=10.0, gt=0, le=120)

    # Passwords and caller verification (ADR 0010). argon2id never below OWASP's minimum (19456 KiB, t=2,
    # p=1); raising a value rehashes each password at its next successful verification.
    argon2_memory_cost_kib: int = Field(default=19456, ge=19456, le=4_194_304)
    argon2_time_cost: int = Field(default=2, ge=2, le=20)
    argon2_parallelism: int = Field(default=1, ge=1, le=16)
    # At most this many hashes run at once per process: bounds CPU and memory (workers x memory cost).
    password_hash_workers: int = Field(default=2, ge=1, le=64)
    # How much lower the hashing processes' CPU priority is (nice); 0 keeps it (ADR 0014). The lowest (19)
    # by default: a hash then takes what the checks leave of a shared core (ADR 0015).
    password_hash_niceness: int = Field(default=19, ge=0, le=19)
    # Linux: the hashing processes also run in the idle scheduling class (SCHED_IDLE), so a request thread
    # that wakes takes the core from a hash at once instead of after the hash's time slice (ADR 0018).
    password_hash_idle_class: bool = True
    verification_lockout_threshold: int = Field(default=5, ge=1, le=100)
    verification_failure_window_seconds: float = Field(default=900.0, gt=0)
    verification_lockout_seconds: float = Field(default=1800.0, gt=0)
    # A second, longer window catches slow guessing (failures spaced further apart than the first window):
    # the threshold-th failure inside it, with no success between, locks for its own duration (ADR 0010).
    verification_slow_lockout_threshold: int = Field(default=10, ge=2, le=1000)
    verification_slow_failure_window_seconds: float = Field(default=86_400.0, gt=0)
    verification_slow_lockout_seconds: float = Field(default=86_400.0, gt=0)
    one_time_code_ttl_seconds: float = Field(default=600.0, gt=0, le=3600)
    one_time_code_max_attempts: int = Field(default=3, ge=1, le=10)
    one_time_code_sends_per_hour: int = Field(default=5, ge=1, le=100)
    interaction_ttl_seconds: float = Field(default=3600.0, gt=0, le=86_400)
    totp_issuer: str = Field(default="cpni-api", min_length=1, max_length=100)
    # Keys the sealing of TOTP seeds (AES-256-GCM) and the digests of one-time codes (ADR 0010).
    credential_secrets_key: SecretStr = SecretStr(PLACEHOLDER_SECRET)

    # The region a national telephone number is read in (a caller's ANI as "(202) 555-0143"), ISO 3166-1.
    default_phone_region: str = Field(default="US", min_length=2, max_length=2, pattern=r"^[A-Z]{2}$")

    # R-2010-e-1, R-2010-f-2: how long a new-service account stays in service initiation after it is created
    # (credentials set without an interaction and without a notice); existing customers have none (ADR 0020).
    service_initiation_minutes: int = Field(default=30, ge=1, le=1440)

    # The carrier's own, stricter promises (its CPNI statement), enforced by usage checks and eligibility:
    # every approval opt-in (opt-out notices never make approval assumable), and no disclosure of CPNI to an
    # unaffiliated third party for its own marketing (ADR 0020).
    carrier_policy_opt_in_only: bool = False
    carrier_policy_no_third_party_sale: bool = False

    # Line security (issue 16, ADR 0026; R-2010-h, R-5237). Which authentication methods count for a SIM
    # change, a transfer PIN and unlocking (never one built on biographical, account, payment or call-detail
    # facts); how long a number whose SIM changed is not trusted for callbacks and codes (E7, E25); the
    # transfer PIN's attempt limit (R-5237-5); how many failed SIM-change authentications in a day alert the
    # customer (R-2010-h-5); how long the records are kept at least (R-2010-h-10).
    sim_change_authentication_methods: list[LineSecurityMethod] = Field(
        default_factory=lambda: list(_DEFAULT_LINE_SECURITY_METHODS), min_length=1
    )
    recent_sim_change_hours: float = Field(default=168.0, ge=0, le=24 * 365)
    transfer_pin_lockout_threshold: int = Field(default=5, ge=1, le=100)
    transfer_pin_failure_window_seconds: float = Field(default=86_400.0, gt=0)
    transfer_pin_lockout_seconds: float = Field(default=86_400.0, gt=0)
    sim_change_failure_alert_threshold: int = Field(default=3, ge=1, le=100)
    line_security_retention_years: int = Field(default=3, ge=3, le=100)

    # R-2009-b: when on, disclosure checks deny every release by an agent without a training valid now.
    training_gate_enabled: bool = False

    # The compliance officer's console (issue 17, ADR 0043): how long a sign-in lasts, whatever is done in it.
    console_session_minutes: int = Field(default=60, ge=1, le=24 * 60)
    # Mark the console's cookies Secure (sent over HTTPS only). On by default outside development and tests;
    # behind a TLS-terminating proxy the service itself sees plain HTTP, so the flag is set from here.
    console_secure_cookies: bool | None = None
    # TrueType fonts for the certification PDF's glyphs its bundled DejaVu Sans lacks (CJK, for instance),
    # tried in order; a path that does not exist is skipped (ADR 0041).
    pdf_fallback_fonts: list[str] = Field(
        default_factory=lambda: [
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        ]
    )

    # Business days (E1): weekends and the country's holidays are excluded.
    business_days_country: str = "US"
    business_days_subdivision: str | None = None
    business_days_extra_holidays: list[date] = Field(default_factory=list)
    business_days_timezone: str = "America/New_York"

    # Consent (ADR 0012). Extra calendar days added to every opt-out waiting period (E9's safety margin);
    # how long consent records are kept after they stop being in effect (never under a year, R-2007-a-4);
    # which R-2005 category interconnected VoIP counts as (E21: its own unless counsel decides otherwise).
    opt_out_extra_wait_days: int = Field(default=0, ge=0, le=30)
    consent_retention_years: int = Field(default=1, ge=1, le=50)
    interconnected_voip_category: Literal["interconnected_voip", "local", "interexchange", "cmrs"] = (
        "interconnected_voip"
    )

    # Breaches (issue 7, ADR 0011). The 2024 breach rules (R-2011-NEW) apply to breaches reasonably
    # determined on or after this date (E19); unset, the 2007 text applies forever.
    breach_2024_rules_effective_on: date | None = None
    # Customer notices are emitted this many accounts per transaction.
    breach_notice_batch_size: int = Field(default=1000, ge=1, le=10_000)
    # How often `serve` continues requested notice runs that are not finished (a crash, a restart, a hold).
    breach_notice_resume_interval_seconds: float = Field(default=30.0, gt=0)
    # R-2011-d: at least two years; never less.
    breach_retention_years: int = Field(default=2, ge=2, le=100)
    # R-2011-NEW-5 [M]: the annual summary of breaches excepted from the agency notice is due on this month
    # and day of the next year. The sources disagree (February 1 or March 1); the earlier is the default, so
    # the deadline is never missed (ADR 0052).
    breach_annual_summary_due_on: str = Field(default="02-01", pattern=r"^\d\d-\d\d$")

    @property
    def breach_annual_summary_month_day(self) -> tuple[int, int]:
        month, day = self.breach_annual_summary_due_on.split("-")
        return int(month), int(day)

    @model_validator(mode="after")
    def _summary_due_on_is_a_day_of_every_year(self) -> Settings:
        month, day = self.breach_annual_summary_month_day
        try:
            date(2023, month, day)  # not a leap year: February 29 is refused
        except ValueError:
            raise SettingsError(
                f"CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON ({self.breach_annual_summary_due_on}) is not a month and "
                "day (MM-DD) that every year has"
            ) from None
        return self

    @model_validator(mode="after")
    def _lease_outlasts_an_attempt(self) -> Settings:
        # A lease shorter than one delivery attempt would let a second dispatcher send the same event.
        longest = max(self.webhook_timeout_seconds, self.smtp_timeout_seconds)
        if self.dispatch_lease_seconds <= longest + 1:
            raise SettingsError(
                f"CPNI_DISPATCH_LEASE_SECONDS ({self.dispatch_lease_seconds}) must exceed the longest "
                f"delivery timeout ({longest}) by more than a second"
            )
        return self

    @model_validator(mode="after")
    def _one_list_of_mailers(self) -> Settings:
        if self.mailers is None:
            return self
        if "mailer" in self.model_fields_set:
            raise SettingsError(
                "set CPNI_MAILERS or CPNI_MAILER, not both (CPNI_MAILER is a one-mailer list)"
            )
        if not self.mailers or len(set(self.mailers)) != len(self.mailers):
            raise SettingsError("CPNI_MAILERS must list at least one mailer, each once")
        return self

    @property
    def mailer_names(self) -> list[str]:
        """The mailers that deliver every event: CPNI_MAILERS, else CPNI_MAILER alone."""
        return list(self.mailers) if self.mailers is not None else [self.mailer]

    @model_validator(mode="after")
    def _slow_window_is_the_longer_one(self) -> Settings:
        if self.verification_slow_failure_window_seconds < self.verification_failure_window_seconds:
            raise SettingsError(
                "CPNI_VERIFICATION_SLOW_FAILURE_WINDOW_SECONDS must be at least "
                "CPNI_VERIFICATION_FAILURE_WINDOW_SECONDS: it is the window that catches slow guessing"
            )
        return self

    @model_validator(mode="after")
    def _refuse_placeholder_secrets(self) -> Settings:
        if self.env == "development":
            return self
        weak = [
            f"CPNI_{name.upper()}"
            for name in ("api_key_hmac_key", "audit_hmac_key", "webhook_secret_key", "credential_secrets_key")
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

    @property
    def webhook_http_allowed(self) -> bool:
        """Plain-http webhook targets: only when explicitly allowed, or in development."""
        return self.webhook_allow_http or self.env == "development"


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
