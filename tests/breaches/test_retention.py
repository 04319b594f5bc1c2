"""Retention of breach records (R-2011-d: at least two years) and `cpni-api purge breaches`. A database of
this module's own, so "purge everything past retention" can be asserted exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cpni_api import cli
from cpni_api.audit.context import WriteContext
from cpni_api.audit.models import AuditRecord
from cpni_api.breaches.models import Breach, BreachAffectedAccount
from cpni_api.breaches.retention import purge_breaches
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach, iso, seed_accounts
from tests.support.processes import service_env


def closed_breach(
    app: FastAPI, client: TestClient, headers: dict[str, str], clock: ManualClock, start: datetime
) -> str:
    """A breach fully handled: law enforcement told the next day, customers after the waiting period."""
    clock.set(start)
    accounts = seed_accounts(app, 3, clock.now())
    breach_id = str(create_breach(client, headers, start - timedelta(hours=1), accounts)["id"])
    clock.set(start + timedelta(days=1))
    response = client.post(
        f"/v1/breaches/{breach_id}/law-enforcement-notifications",
        json={"notified_at": iso(clock.now()), "reference": "r"},
        headers=headers,
    )
    assert response.status_code == 200
    clock.set(start + timedelta(days=20))
    assert client.post(f"/v1/breaches/{breach_id}/customer-notifications", headers=headers).status_code == 202
    view = client.get(f"/v1/breaches/{breach_id}", headers=headers).json()
    assert view["status"] == "closed"
    assert view["retained_until"] == iso((start + timedelta(days=20)).replace(year=start.year + 2))
    return breach_id


def _breach_ids(app: FastAPI) -> set[str]:
    with app.state.session_factory() as session:
        return set(session.scalars(select(Breach.id)))


def test_purge_refuses_before_two_years_and_deletes_after(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    start = datetime(2026, 3, 2, 15, tzinfo=UTC)
    breach_id = closed_breach(module_app, module_client, module_admin, clock, start)
    closed_at = start + timedelta(days=20)
    retained_until = closed_at.replace(year=2028)
    open_id = create_breach(module_client, module_admin, closed_at - timedelta(hours=1), [])["id"]

    def purge(now: datetime, ids: list[str] | None, dry_run: bool = False):
        with module_app.state.session_factory.begin() as session:
            settings = module_app.state.settings  # two years' retention, the least R-2011-d allows
            assert settings.breach_retention_years == 2
            context = WriteContext.outside_a_request(session, ManualClock(now), settings, actor="tests")
            return purge_breaches(context, breach_ids=ids, dry_run=dry_run)

    early = purge(retained_until - timedelta(microseconds=1), [breach_id, open_id])
    assert [refused.id for refused in early.refused] == [breach_id, open_id]
    assert "retained until 2028-03-22" in early.refused[0].reason
    assert "obligations are open" in early.refused[1].reason
    assert early.purged == []
    assert {breach_id, open_id} <= _breach_ids(module_app)

    dry = purge(retained_until, None, dry_run=True)
    assert [purged.id for purged in dry.purged] == [breach_id]
    assert breach_id in _breach_ids(module_app)

    done = purge(retained_until, None)
    assert [purged.id for purged in done.purged] == [breach_id]
    assert breach_id not in _breach_ids(module_app)
    assert open_id in _breach_ids(module_app)  # never purged while obligations are open
    with module_app.state.session_factory() as session:
        assert session.scalar(select(func.count()).where(BreachAffectedAccount.breach_id == breach_id)) == 0
        assert (
            session.scalar(
                select(func.count()).where(
                    AuditRecord.action == "breach.purged", AuditRecord.subject_id == breach_id
                )
            )
            == 1
        )


def test_the_purge_command(
    module_app: FastAPI,
    module_client: TestClient,
    module_database: str,
    module_admin: dict[str, str],
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Through `cli.main`, with the real clock (2026 or later): a breach closed in 2023 is past retention,
    one closed a month ago is not."""
    old = closed_breach(module_app, module_client, module_admin, clock, datetime(2023, 1, 9, 15, tzinfo=UTC))
    recent = closed_breach(
        module_app, module_client, module_admin, clock, datetime.now(UTC) - timedelta(days=40)
    )
    for name, value in service_env(module_database).items():
        if name.startswith("CPNI_"):
            monkeypatch.setenv(name, value)

    assert cli.main(["purge", "breaches", "--id", recent]) == 1
    refused = capsys.readouterr()
    assert f"refused breach {recent}: retained until" in refused.err
    assert "deleted 0 breach record(s); refused 1" in refused.out

    assert cli.main(["purge", "breaches", "--dry-run"]) == 0
    assert f"would delete breach {old}" in capsys.readouterr().out
    assert old in _breach_ids(module_app)

    assert cli.main(["purge", "breaches"]) == 0
    output = capsys.readouterr().out
    assert f"deleted breach {old}" in output
    assert recent not in output
    assert old not in _breach_ids(module_app)
    assert recent in _breach_ids(module_app)

    with pytest.raises(SystemExit):
        cli.main(["purge", "nothing-of-that-name"])
    monkeypatch.setenv("CPNI_BREACH_RETENTION_YEARS", "1")  # less than R-2011-d allows
    assert cli.main(["purge", "breaches"]) == 2
    assert "CPNI_BREACH_RETENTION_YEARS" in capsys.readouterr().err
