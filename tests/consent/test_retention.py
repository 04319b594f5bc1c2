"""Retention of consent records (R-2007-a-4, R-2008-a-2, R-2009-c/d) and `cpni-api purge consent`: records
are kept while in effect and a year after; an early purge is refused. A database of this module's own, so
"purge everything past retention" can be asserted exactly."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.audit.context import WriteContext
from cpni_api.consent.models import CpniApproval, CpniNotice
from cpni_api.consent.purge import purge_consent
from cpni_api.core.clock import ManualClock
from tests.conftest import make_settings, new_key
from tests.consent.conftest import Consent
from tests.support.databases import fresh_database
from tests.support.processes import service_env

DAY = timedelta(days=1)


@pytest.fixture(scope="module")
def retention_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(backend, Path(tmp_path_factory.mktemp("consent-retention"))) as url:
        yield url


@pytest.fixture
def retention_app(retention_url: str) -> Iterator[tuple[FastAPI, ManualClock]]:
    clock = ManualClock(datetime(2024, 3, 1, 12, 0, tzinfo=UTC))
    app = create_app(make_settings(retention_url), clock=clock)
    yield app, clock
    app.state.engine.dispose()


@pytest.fixture
def own(retention_app: tuple[FastAPI, ManualClock]) -> Iterator[Consent]:
    app, clock = retention_app
    key = new_key(app, clock, ApiKeyScope.ADMIN, name="r")
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Consent(client, {"Authorization": f"Bearer {key}"}, clock)


def _count(app: FastAPI, model: type[CpniApproval] | type[CpniNotice], ids: list[str]) -> int:
    with app.state.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(model.id.in_(ids))) or 0)


def _context(app: Any, session: Session, now: datetime) -> WriteContext:
    """The purge as the command line runs it, at `now` (CPNI_CONSENT_RETENTION_YEARS is 1 here)."""
    assert app.state.settings.consent_retention_years == 1
    return WriteContext.outside_a_request(session, ManualClock(now), app.state.settings, actor="tests")


def test_records_are_kept_a_year_after_they_stop_being_in_effect(own: Consent) -> None:
    app = own.app
    account = own.account()
    notice = own.notice(account, kind="opt_in")
    first = own.grant(account, "carrier_marketing", notice["id"])
    own.clock.advance(10 * DAY)
    second = own.decide(account, "carrier_marketing", decision="revoked").json()
    ended = own.clock.now()

    def purge(now: datetime, ids: list[str] | None = None):
        with app.state.session_factory.begin() as session:
            return purge_consent(_context(app, session, now), ids=ids)

    # An early purge by id is refused; nothing is deleted.
    early = purge(ended + 364 * DAY, [first["id"], second["id"], notice["id"]])
    assert {item.id for item in early.refused} == {first["id"], second["id"], notice["id"]}
    assert early.purged == []
    reasons = {item.id: item.reason for item in early.refused}
    assert "retained until 2025-03-11" in reasons[first["id"]]
    assert "still in effect" in reasons[second["id"]]
    assert f"cited by approval {first['id']}" in reasons[notice["id"]]
    assert _count(app, CpniApproval, [first["id"], second["id"]]) == 2
    assert purge(ended.replace(year=ended.year + 1) - timedelta(seconds=1)).purged == []

    done = purge(ended.replace(year=ended.year + 1))
    assert [(item.kind, item.id) for item in done.purged] == [
        ("approval", first["id"]),
        ("notice", notice["id"]),
    ]
    assert _count(app, CpniApproval, [first["id"], second["id"]]) == 1  # the revocation is still in effect
    assert _count(app, CpniNotice, [notice["id"]]) == 0


def test_campaigns_and_reviews_are_kept_a_year_after_closing(own: Consent) -> None:
    body = {
        "description": "d",
        "cpni_used": ["plan"],
        "products_offered": ["p"],
        "scope": "carrier_marketing",
    }
    campaign = own.client.post("/v1/campaigns", json=body | {"requested_by": "a"}, headers=own.headers).json()
    own.client.post(
        f"/v1/campaigns/{campaign['id']}/reviews",
        json={"reviewer": "b", "decision": "approved"},
        headers=own.headers,
    )
    closed_at = own.clock.now() + DAY
    own.clock.set(closed_at)
    own.client.post(f"/v1/campaigns/{campaign['id']}/close", headers=own.headers)
    app = own.app
    with app.state.session_factory.begin() as session:
        early = purge_consent(_context(app, session, closed_at + 200 * DAY), ids=[campaign["id"]])
    assert [item.id for item in early.refused] == [campaign["id"]]
    with app.state.session_factory.begin() as session:
        done = purge_consent(_context(app, session, closed_at.replace(year=closed_at.year + 1)))
    assert {item.kind for item in done.purged if item.id == campaign["id"]} == {"campaign"}
    assert "campaign_review" in {item.kind for item in done.purged}
    assert own.client.get(f"/v1/campaigns/{campaign['id']}", headers=own.headers).status_code == 404


def test_the_purge_command_refuses_an_early_purge_and_says_what_it_deleted(
    own: Consent, retention_url: str
) -> None:
    """The command runs on the real clock: records are made with the app clock set years back."""
    real_now = datetime.now(UTC)
    own.clock.set(real_now - 3 * 365 * DAY)
    account = own.account()
    notice = own.notice(account, kind="opt_in")
    old = own.grant(account, "carrier_marketing", notice["id"])
    own.clock.set(real_now - 2 * 365 * DAY)
    superseded_long_ago = own.grant(account, "carrier_marketing", notice["id"])
    own.clock.set(real_now - 100 * DAY)
    latest = own.grant(account, "carrier_marketing", notice["id"])
    env = service_env(retention_url)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "cpni_api", "purge", "consent", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    early = cli("--id", superseded_long_ago["id"], "--id", latest["id"])
    assert early.returncode == 1, early.stdout + early.stderr
    assert f"refused {superseded_long_ago['id']}: approval retained until" in early.stderr
    assert f"refused {latest['id']}: approval still in effect" in early.stderr
    assert _count(own.app, CpniApproval, [old["id"], superseded_long_ago["id"], latest["id"]]) == 3

    dry = cli("--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"would delete approval {old['id']}" in dry.stdout
    assert _count(own.app, CpniApproval, [old["id"]]) == 1

    done = cli()
    assert done.returncode == 0, done.stderr
    assert f"deleted approval {old['id']} (ended " in done.stdout
    assert superseded_long_ago["id"] not in done.stdout
    assert _count(own.app, CpniApproval, [old["id"], superseded_long_ago["id"], latest["id"]]) == 2
