"""Retention of the line-security records (R-2010-h-10, R-5237-5: at least three years, ADR 0026) and
`cpni-api purge line-security`. A database of the module's own, so "everything past retention" is exact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cpni_api import cli
from cpni_api.audit.context import WriteContext
from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock
from cpni_api.core.retention import PurgeResult
from cpni_api.line_security.models import LineLockChange, SimChangeRequest
from cpni_api.line_security.retention import purge_line_security
from tests.line_security.test_sim_changes_api import (
    account_with_lines,
    password_interaction,
    request_sim_change,
)
from tests.support.cpni import open_interaction
from tests.support.processes import service_env

START = datetime(2026, 3, 2, 15, tzinfo=UTC)


def _purge(app: FastAPI, now: datetime, ids: list[str] | None = None, dry_run: bool = False) -> PurgeResult:
    with app.state.session_factory.begin() as session:
        context = WriteContext.outside_a_request(session, ManualClock(now), app.state.settings, actor="tests")
        return purge_line_security(context, ids=ids, dry_run=dry_run)


def _requests(app: FastAPI) -> set[str]:
    with app.state.session_factory() as session:
        return set(session.scalars(select(SimChangeRequest.id)))


def test_records_are_kept_three_years_after_they_ended(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    client, headers = module_client, module_admin
    clock.set(START)
    account = account_with_lines(client, headers)
    line = account["telephone_numbers_of_record"][0]
    denied = request_sim_change(
        client, headers, account["id"], line, open_interaction(client, headers, account["id"])["id"]
    )
    allowed = request_sim_change(
        client, headers, account["id"], line, password_interaction(client, headers, account["id"])
    )
    assert (
        client.put(
            f"/v1/accounts/{account['id']}/locks",
            json={"sim_change": True, "port_out": False},
            headers=headers,
        ).status_code
        == 200
    )
    clock.set(START + timedelta(days=30))
    assert (
        client.post(f"/v1/sim-change-requests/{allowed['id']}/complete", json={}, headers=headers).status_code
        == 200
    )

    three_years = START.replace(year=2029)
    early = _purge(module_app, three_years - timedelta(microseconds=1), [denied["id"], "sim_unknown"])
    assert [(r.id, "retained until 2029-03-02" in r.reason) for r in early.refused] == [
        (denied["id"], True),
        ("sim_unknown", False),
    ]
    assert early.purged == []

    dry = _purge(module_app, three_years, dry_run=True)
    assert {(p.kind, p.id) for p in dry.purged if p.kind == "sim_change_request"} == {
        ("sim_change_request", denied["id"])
    }
    assert any(p.kind == "line_lock_change" for p in dry.purged)
    assert denied["id"] in _requests(module_app)

    done = _purge(module_app, three_years)
    assert denied["id"] not in _requests(module_app)
    assert allowed["id"] in _requests(module_app)  # completed a month later: its three years run on
    with module_app.state.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(LineLockChange)) == 0
        audited = session.scalars(
            select(AuditRecord).where(AuditRecord.action == "line_security.purged")
        ).all()
    assert {row.subject_type for row in audited} == {"sim_change_request", "line_lock_change"}
    assert done.refused == []

    later = _purge(module_app, (START + timedelta(days=30)).replace(year=2029))
    assert [p.id for p in later.purged] == [allowed["id"]]


def test_the_purge_command_refuses_a_retention_under_three_years(
    module_database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in service_env(module_database).items():
        if name.startswith("CPNI_"):
            monkeypatch.setenv(name, value)
    assert cli.main(["purge", "line-security", "--dry-run"]) == 0
    assert "line-security record(s)" in capsys.readouterr().out
    assert cli.main(["purge", "line-security", "--id", "sim_unknown"]) == 1
    monkeypatch.setenv("CPNI_LINE_SECURITY_RETENTION_YEARS", "2")
    assert cli.main(["purge", "line-security"]) == 2
    assert "CPNI_LINE_SECURITY_RETENTION_YEARS" in capsys.readouterr().err
