from __future__ import annotations

import pytest

from cpni_api.core.settings import PLACEHOLDER_SECRET, Settings, SettingsError, load_settings

STRONG = "s" * 48


@pytest.mark.parametrize("env", ["production", "test"])
@pytest.mark.parametrize("weak", [PLACEHOLDER_SECRET, "", "short-secret"])
def test_outside_development_weak_secrets_refuse_to_start(env: str, weak: str) -> None:
    # Constructed directly, pydantic wraps the SettingsError in its ValidationError (a ValueError).
    names = ("api_key_hmac_key", "audit_hmac_key", "webhook_secret_key", "credential_secrets_key")
    for weak_one in names:
        values = {name: (weak if name == weak_one else STRONG) for name in names}
        with pytest.raises(ValueError, match=f"CPNI_{weak_one.upper()}"):
            Settings(env=env, **values)  # type: ignore[arg-type]


def test_production_is_the_default_and_needs_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "CPNI_ENV",
        "CPNI_API_KEY_HMAC_KEY",
        "CPNI_AUDIT_HMAC_KEY",
        "CPNI_WEBHOOK_SECRET_KEY",
        "CPNI_CREDENTIAL_SECRETS_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SettingsError, match="CPNI_ENV=production"):
        load_settings()


def test_development_accepts_placeholders_and_env_vars_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CPNI_ENV", "development")
    monkeypatch.setenv("CPNI_DATABASE_URL", "postgres://u@h/db")
    monkeypatch.setenv("CPNI_BUSINESS_DAYS_EXTRA_HOLIDAYS", '["2026-12-24"]')
    settings = load_settings()
    assert settings.env == "development"
    assert settings.sqlalchemy_url == "postgresql+psycopg://u@h/db"
    assert str(settings.business_days_extra_holidays[0]) == "2026-12-24"
    assert not settings.is_sqlite


def test_secrets_are_not_shown_in_reprs() -> None:
    settings = Settings(
        env="production",
        api_key_hmac_key=STRONG,
        audit_hmac_key=STRONG,
        webhook_secret_key=STRONG,
        credential_secrets_key=STRONG,
    )
    assert STRONG not in repr(settings)
    assert settings.is_sqlite


def test_invalid_values_give_a_settings_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CPNI_ENV", "staging")
    with pytest.raises(SettingsError, match="CPNI_ENV: Input should be"):
        load_settings()


def test_the_error_message_never_contains_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CPNI_ENV", "production")
    monkeypatch.setenv("CPNI_API_KEY_HMAC_KEY", "tooshort-but-secret")
    monkeypatch.setenv("CPNI_AUDIT_HMAC_KEY", STRONG)
    monkeypatch.setenv("CPNI_WEBHOOK_SECRET_KEY", STRONG)
    monkeypatch.setenv("CPNI_CREDENTIAL_SECRETS_KEY", STRONG)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert "CPNI_API_KEY_HMAC_KEY" in str(caught.value)
    assert "tooshort-but-secret" not in str(caught.value)
    assert STRONG not in str(caught.value)


@pytest.mark.parametrize("value", ["02-29", "13-01", "04-31", "2-1", "february"])
def test_the_breach_summary_date_is_a_day_every_year_has(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CPNI_ENV", "development")
    monkeypatch.setenv("CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON", value)
    with pytest.raises(SettingsError, match="CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON"):
        load_settings()


def test_the_breach_summary_is_due_february_1_unless_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CPNI_ENV", "development")
    assert load_settings().breach_annual_summary_month_day == (2, 1)
    monkeypatch.setenv("CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON", "03-01")
    assert load_settings().breach_annual_summary_month_day == (3, 1)
