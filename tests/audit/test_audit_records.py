"""The audit trail: reading it over HTTP, sealing it, detecting tampering (ADR 0004)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from cpni_api.audit.chain import count_unsealed, seal_pending, verify_chain
from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.audit.sealer import seal_all
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import ManualClock
from cpni_api.core.db import create_db_engine, create_session_factory
from tests.conftest import TEST_AUDIT_HMAC_KEY, make_settings
from tests.support.databases import fresh_database
from tests.support.eventually import eventually


def write_records(
    factory: sessionmaker[Session], clock: ManualClock, account_id: str, count: int
) -> list[str]:
    with factory.begin() as session:
        trail = AuditTrail(db=session, clock=clock, correlation_id=f"test-{uuid.uuid4()}")
        return [
            trail.record("test.event", account_id=account_id, outcome="ok", details={"n": n})
            for n in range(count)
        ]


def test_records_are_listed_per_account_in_order_with_a_cursor(
    app: FastAPI,
    client: TestClient,
    make_key,
    clock: ManualClock,
) -> None:
    account = f"acct_{uuid.uuid4().hex[:20]}"
    written = write_records(app.state.session_factory, clock, account, 5)
    write_records(app.state.session_factory, clock, f"acct_{uuid.uuid4().hex[:20]}", 2)
    headers = {"Authorization": f"Bearer {make_key('audit:read')}"}
    first = eventually(
        lambda: client.get(
            "/v1/audit-records", params={"account_id": account, "limit": 3}, headers=headers
        ).json(),
        lambda page: len(page["items"]) == 3,
    )
    assert [item["id"] for item in first["items"]] == written[:3]
    assert first["next_cursor"] == written[2]
    rest = client.get(
        "/v1/audit-records", params={"account_id": account, "cursor": first["next_cursor"]}, headers=headers
    ).json()
    assert [item["id"] for item in rest["items"]] == written[3:]
    assert rest["next_cursor"] is None
    after = client.get(
        "/v1/audit-records", params={"account_id": account, "after": written[3]}, headers=headers
    )
    assert [item["id"] for item in after.json()["items"]] == written[4:]
    item = first["items"][0]
    assert item["account_id"] == account
    assert item["action"] == "test.event"
    assert item["details"] == {"n": 0}
    assert item["occurred_at"].startswith("2026-11-24T15:00:00")


def test_an_unknown_cursor_is_a_clear_422(client: TestClient, make_key) -> None:
    headers = {"Authorization": f"Bearer {make_key('audit:read')}"}
    response = client.get("/v1/audit-records", params={"after": "aud_nope"}, headers=headers)
    assert response.status_code == 422
    assert response.json()["code"] == "INVALID_CURSOR"


@pytest.fixture
def isolated(backend: str, tmp_path: Path) -> Iterator[tuple[Engine, sessionmaker[Session]]]:
    """A database of its own, for tests that tamper with the trail or count the whole chain."""
    with fresh_database(backend, tmp_path) as url:
        engine = create_db_engine(make_settings(url))
        yield engine, create_session_factory(engine)
        engine.dispose()


def unsealed(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return count_unsealed(session)


def seal(factory: sessionmaker[Session], clock: ManualClock) -> int:
    """Seals everything written so far. On PostgreSQL the sealer waits for every transaction older than a
    record to finish, and the other test worker's transactions can hold it back a moment: keep sealing."""
    settings = make_settings("sqlite://", audit_seal_batch_size=7)
    sealed: list[int] = []

    def seal_then_count() -> int:
        sealed.append(seal_all(factory, clock, settings))
        return unsealed(factory)

    eventually(seal_then_count, lambda left: left == 0)
    return sum(sealed)


def test_sealed_chain_verifies_and_counts_unsealed(isolated, clock: ManualClock) -> None:
    _engine, factory = isolated
    write_records(factory, clock, "acct_a", 20)
    assert seal(factory, clock) == 20
    write_records(factory, clock, "acct_a", 3)
    with factory() as session:
        report = verify_chain(session, key=TEST_AUDIT_HMAC_KEY, page=6)
    assert report.ok
    assert report.links_checked == 20
    assert report.unsealed_records == 3
    assert seal(factory, clock) == 3
    assert seal(factory, clock) == 0


def _tamper(engine: Engine, statement: str) -> None:
    """What an attacker with database access would do: switch off the guards, then change rows."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))  # disables triggers
            connection.execute(text(statement))
        else:
            for trigger in ("audit_records_no_update", "audit_records_no_delete", "audit_chain_no_update"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
            connection.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE audit_records SET outcome = 'deny' WHERE id = '{target}'", "audit record edited"),
        ("UPDATE audit_records SET details = '{{\"n\": 99}}' WHERE id = '{target}'", "audit record edited"),
        ("DELETE FROM audit_records WHERE id = '{target}'", "audit record deleted"),
        (
            "UPDATE audit_chain SET record_hash = 'ff' WHERE record_seq = "
            "(SELECT seq FROM audit_records WHERE id = '{target}')",
            "chain link altered",
        ),
    ],
)
def test_verify_reports_the_first_broken_link(
    isolated, clock: ManualClock, statement: str, problem: str
) -> None:
    engine, factory = isolated
    ids = write_records(factory, clock, "acct_t", 10)
    seal(factory, clock)
    _tamper(engine, statement.format(target=ids[6]))
    with factory() as session:
        report = verify_chain(session, key=TEST_AUDIT_HMAC_KEY)
    assert report.first_break is not None
    assert report.first_break.problem == problem
    assert report.first_break.position == 7
    assert report.links_checked == 6


def test_verify_detects_a_removed_link(isolated, clock: ManualClock) -> None:
    engine, factory = isolated
    write_records(factory, clock, "acct_t", 5)
    seal(factory, clock)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            connection.execute(text("DROP TRIGGER audit_chain_no_delete"))
        connection.execute(text("DELETE FROM audit_chain WHERE position = 3"))
    with factory() as session:
        report = verify_chain(session, key=TEST_AUDIT_HMAC_KEY)
    assert report.first_break is not None
    assert (report.first_break.position, report.first_break.problem) == (3, "chain link missing")


def test_the_database_refuses_updates_and_deletes_of_audit_rows(isolated, clock: ManualClock) -> None:
    engine, factory = isolated
    ids = write_records(factory, clock, "acct_r", 2)
    seal(factory, clock)
    for statement in (
        f"UPDATE audit_records SET outcome = 'x' WHERE id = '{ids[0]}'",
        f"DELETE FROM audit_records WHERE id = '{ids[0]}'",
        "UPDATE audit_chain SET chain_hash = 'x'",
        "DELETE FROM audit_chain",
    ):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text(statement))
    if engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text("TRUNCATE audit_records CASCADE"))
    with factory() as session:
        assert verify_chain(session, key=TEST_AUDIT_HMAC_KEY).ok


def test_concurrent_sealers_never_fork_the_chain(isolated, clock: ManualClock) -> None:
    _engine, factory = isolated
    errors: list[BaseException] = []
    stop = threading.Event()

    def writer() -> None:
        for _ in range(10):
            write_records(factory, clock, "acct_c", 5)

    def sealer() -> None:
        while not stop.wait(0.002):  # real sealers pause between rounds; a tight loop would hog the pool
            try:
                seal(factory, clock)
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    writers = [threading.Thread(target=writer) for _ in range(2)]
    sealers = [threading.Thread(target=sealer) for _ in range(2)]
    for thread in writers + sealers:
        thread.start()
    for thread in writers:
        thread.join()
    stop.set()
    for thread in sealers:
        thread.join()
    assert errors == []
    seal(factory, clock)
    with factory() as session:
        report = verify_chain(session, key=TEST_AUDIT_HMAC_KEY)
        positions = session.scalars(select(AuditChainLink.position).order_by(AuditChainLink.position)).all()
        sealed = session.scalars(select(AuditChainLink.record_seq)).all()
        records = session.scalars(select(AuditRecord.seq)).all()
    assert report.ok
    assert report.unsealed_records == 0
    assert positions == list(range(1, 101))
    assert sorted(sealed) == sorted(records)


def test_a_late_committing_record_is_sealed_in_its_place_not_skipped(isolated, clock: ManualClock) -> None:
    """PostgreSQL hands out sequence values before commit, so a record with a lower seq can commit after
    higher ones. The sealer works in commit order behind the snapshot horizon: while the slow transaction
    runs nothing after it is sealed, and once it commits its record takes its place first, never skipped."""
    engine, factory = isolated
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite serialises writers, so a lower seq cannot commit after a higher one")
    key = TEST_AUDIT_HMAC_KEY
    slow = factory()
    slow.begin()
    # Inserted at once: it takes its seq (and its transaction id) now, and commits later.
    late = AuditTrail(db=slow, clock=clock, correlation_id="late").record("test.late")
    late_seq = slow.scalar(select(AuditRecord.seq).where(AuditRecord.id == late))
    write_records(factory, clock, "acct_l", 3)

    def seal_round() -> int:
        with factory.begin() as session:
            return seal_pending(session, key=key, now=clock.now(), batch_size=100)

    assert seal_round() == 0  # the committed records wait behind the running transaction
    slow.commit()
    slow.close()
    sealed: list[int] = []

    # Other test workers' transactions may hold the horizon back a moment; the total is what counts.
    def seal_then_total() -> int:
        sealed.append(seal_round())
        return sum(sealed)

    eventually(seal_then_total, lambda total: total >= 4)
    assert sum(sealed) == 4
    with factory() as session:
        report = verify_chain(session, key=key)
        position = session.scalar(
            select(AuditChainLink.position).where(AuditChainLink.record_seq == late_seq)
        )
    assert position == 1
    assert report.ok
    assert report.unsealed_records == 0


def test_the_audit_list_never_puts_a_late_commit_behind_a_readers_cursor(
    app: FastAPI,
    client: TestClient,
    make_key,
    clock: ManualClock,
) -> None:
    if app.state.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises writers: commit order is insert order")
    account = f"acct_{uuid.uuid4().hex[:20]}"
    headers = {"Authorization": f"Bearer {make_key('audit:read')}"}
    slow = app.state.session_factory()
    slow.begin()
    # Inserted at once: it takes the lower seq now, and commits later.
    late = AuditTrail(db=slow, clock=clock, correlation_id="late").record("test.late", account_id=account)
    [early] = write_records(app.state.session_factory, clock, account, 1)

    def listed() -> list[str]:
        response = client.get("/v1/audit-records", params={"account_id": account}, headers=headers)
        return [item["id"] for item in response.json()["items"]]

    # While the slow transaction runs, the early-committed record is held back: a SIEM that saw it could
    # otherwise resume past the slow one's place and miss it for good.
    assert listed() == []
    slow.commit()
    slow.close()
    assert eventually(listed, lambda ids: len(ids) == 2) == [late, early]
