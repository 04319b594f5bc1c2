"""Statements run on the driver's cursor (ADR 0016): what they store and read must be exactly what
SQLAlchemy's own execution stores and reads, on both backends; bad use fails loudly; a driver error is
SQLAlchemy's, its parameters hidden. Statements run together (ADR 0018) read what they read one by
one, stop at an error, take one round trip on PostgreSQL, and may end the transaction in it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, cast

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, IntegrityError, InvalidRequestError
from sqlalchemy.pool import NullPool

from cpni_api.accounts.service import _CONTACTS_OF_RECORD
from cpni_api.audit.models import AuditRecord
from cpni_api.audit.trail import _INSERT_RECORD
from cpni_api.core.driver_statements import DriverStatement, run_together
from tests.support.cpni import create_account, unique_number
from tests.support.slow_link import SlowLink

_records = cast(Table, AuditRecord.__table__)
_COLUMNS = [column.key for column in _records.columns if column.key not in ("seq", "txid")]
_READ = select(*(_records.c[name] for name in _COLUMNS)).where(_records.c.id == bindparam("record_id"))
_DRIVER_READ = DriverStatement(_READ)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
instants = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2090, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5, minutes=-30))]),
)
optional_text = st.none() | st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30
)


def _record(occurred_at: datetime, details: Any, text_value: str | None) -> dict[str, Any]:
    return {
        "id": f"aud_{uuid.uuid4().hex}",
        "occurred_at": occurred_at,
        "action": "test.driver",
        "api_key_id": None,
        "agent_id": text_value,
        "account_id": None,
        "subject_type": "driver",
        "subject_id": text_value,
        "outcome": None,
        "details": {"value": details},
        "correlation_id": f"driver-{uuid.uuid4()}",
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(occurred_at=instants, details=json_values, text_value=optional_text)
def test_a_row_written_and_read_on_the_driver_is_the_row_sqlalchemy_writes_and_reads(
    app: FastAPI, occurred_at: datetime, details: Any, text_value: str | None
) -> None:
    engine: Engine = app.state.engine
    by_driver = _record(occurred_at, details, text_value)
    by_sqlalchemy = _record(occurred_at, details, text_value)
    with engine.begin() as connection:
        _INSERT_RECORD.execute(connection, by_driver)
        connection.execute(insert(_records), by_sqlalchemy)
    with engine.connect() as connection:
        stored_by_driver = connection.execute(_READ, {"record_id": by_driver["id"]}).one()._asdict()
        stored_by_sqlalchemy = connection.execute(_READ, {"record_id": by_sqlalchemy["id"]}).one()._asdict()
        read_by_driver = _DRIVER_READ.first(connection, {"record_id": by_sqlalchemy["id"]})._asdict()
    for stored in (stored_by_driver, stored_by_sqlalchemy):
        stored.pop("id"), stored.pop("correlation_id")
    assert stored_by_driver == stored_by_sqlalchemy
    assert stored_by_driver["occurred_at"] == occurred_at  # the same instant, read back in UTC
    assert stored_by_driver["occurred_at"].tzinfo == UTC
    assert stored_by_driver["details"] == {"value": details}
    read_by_driver.pop("id"), read_by_driver.pop("correlation_id")
    assert read_by_driver == stored_by_sqlalchemy


def test_a_union_with_literals_and_typed_nulls_reads_as_sqlalchemy_reads_it(
    app: FastAPI, client: Any, admin_headers: dict[str, str]
) -> None:
    account = create_account(
        client,
        admin_headers,
        telephone_numbers_of_record=[unique_number(), unique_number()],
        email_address={"address": "union@example.com"},
        postal_address={"line1": "1 Main St", "city": "Springfield", "region": "IL", "postal_code": "62701"},
    )
    with app.state.engine.connect() as connection:
        expected = [
            tuple(row)
            for row in connection.execute(_CONTACTS_OF_RECORD.statement, {"account_id": account["id"]})
        ]
        rows = _CONTACTS_OF_RECORD.all(connection, {"account_id": account["id"]})
        assert _CONTACTS_OF_RECORD.first(connection, {"account_id": "acct_none"}) is None
    assert [tuple(row) for row in rows] == expected
    assert {row.kind for row in rows} == {"number", "email", "postal"}
    email = next(row for row in rows if row.kind == "email")
    assert email.value == {"address": "union@example.com"}
    assert email.associated_since.tzinfo == UTC


def test_a_missing_parameter_a_naive_datetime_and_a_column_mismatch_are_refused(app: FastAPI) -> None:
    record = _record(datetime(2026, 1, 1, tzinfo=UTC), {}, None)
    with app.state.engine.connect() as connection:
        with pytest.raises(ValueError, match="record_id"):
            _DRIVER_READ.first(connection, {})
        with pytest.raises(ValueError, match="naive"):
            _INSERT_RECORD.execute(connection, record | {"occurred_at": datetime(2026, 1, 1)})
        with pytest.raises(ValueError, match="missing \\['outcome'\\]"):
            _INSERT_RECORD.execute(
                connection, {key: value for key, value in record.items() if key != "outcome"}
            )
        with pytest.raises(ValueError, match="extra \\['txid'\\]"):
            _INSERT_RECORD.execute(
                connection, {**{k: v for k, v in record.items() if k != "outcome"}, "txid": 1}
            )
        connection.rollback()
        assert connection.execute(_READ, {"record_id": record["id"]}).first() is None


def test_an_insert_must_name_every_column_with_a_python_side_default(app: FastAPI) -> None:
    table = Table(
        "defaults",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("state", String, default="new"),
    )
    with pytest.raises(ValueError, match="state"):
        DriverStatement(insert(table), columns=["id"])
    with pytest.raises(ValueError, match="no column"):
        DriverStatement(insert(table), columns=["id", "state", "colour"])
    given_all = insert(table)
    assert DriverStatement(given_all, columns=["id", "state"]).statement is given_all
    expanding = DriverStatement(select(table.c.id).where(table.c.id.in_(bindparam("ids", expanding=True))))
    with app.state.engine.connect() as connection, pytest.raises(ValueError, match="expanding"):
        expanding.all(connection, {"ids": [1]})


def test_a_driver_error_is_sqlalchemys_error_and_hides_the_parameters(app: FastAPI) -> None:
    record = _record(datetime(2026, 1, 1, tzinfo=UTC), {"secret": "4155550199"}, "agent-x")
    with app.state.engine.connect() as connection:
        _INSERT_RECORD.execute(connection, record)
        with pytest.raises(IntegrityError) as raised:
            _INSERT_RECORD.execute(connection, record)  # the same id again: unique
        assert "4155550199" not in str(raised.value)
        assert "agent-x" not in str(raised.value)
        assert raised.value.connection_invalidated is False
        connection.rollback()
        assert connection.execute(select(literal(1))).scalar() == 1  # the connection is still usable


@pytest.mark.parametrize("together", [1, 2], ids=["alone", "run-together"])
def test_a_lost_postgresql_connection_is_invalidated(app: FastAPI, backend: str, together: int) -> None:
    if backend != "postgresql":
        pytest.skip("a server that drops the connection is a PostgreSQL matter")
    with app.state.engine.connect() as connection:
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar()
        with app.state.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(DBAPIError) as raised:
            run_together(connection, [_DRIVER_READ.bind({"record_id": "aud_x"})] * together)
        assert raised.value.connection_invalidated is True
        assert connection.invalidated


def test_statements_run_together_read_what_they_read_one_by_one(
    app: FastAPI, client: Any, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers, telephone_numbers_of_record=[unique_number()])
    record = _record(datetime(2026, 3, 1, tzinfo=UTC), {"n": 1}, "agent-t")
    with app.state.engine.begin() as connection:
        _INSERT_RECORD.execute(connection, record)
        reads = [
            _CONTACTS_OF_RECORD.bind({"account_id": account["id"]}),
            _DRIVER_READ.bind({"record_id": record["id"]}),
            _DRIVER_READ.bind({"record_id": "aud_none"}),
        ]
        one_by_one = [read.run(connection) for read in reads]
        together = run_together(connection, reads)
        connection.rollback()
    assert together == one_by_one
    assert [len(rows) for rows in together] == [1, 1, 0]
    assert together[1][0].details == {"value": {"n": 1}}


def test_writes_run_together_stop_at_an_error_and_leave_nothing(app: FastAPI) -> None:
    first, second = (
        _record(datetime(2026, 3, 2, tzinfo=UTC), {"secret": "4155550199"}, None) for _ in range(2)
    )
    with app.state.engine.connect() as connection:
        _INSERT_RECORD.execute(connection, first)
        connection.commit()
        with pytest.raises(IntegrityError) as raised:
            # The second is new, the third repeats a stored id: it fails, and with it the transaction.
            run_together(connection, [_INSERT_RECORD.bind(second), _INSERT_RECORD.bind(first)])
        assert "4155550199" not in str(raised.value)
        assert raised.value.connection_invalidated is False
        connection.rollback()
        stored = connection.execute(
            select(_records.c.id).where(_records.c.id.in_([first["id"], second["id"]]))
        ).scalars()
        assert list(stored) == [first["id"]]


@pytest.fixture
def slow_link(app: FastAPI, backend: str) -> Iterator[tuple[Engine, SlowLink]]:
    """An engine whose connections go through a relay that counts round trips (PostgreSQL only)."""
    if backend != "postgresql":
        pytest.skip("SQLite has no round trips")
    url = app.state.engine.url
    with SlowLink(url.host or "127.0.0.1", url.port or 5432) as link:
        engine = create_engine(url.set(host="127.0.0.1", port=link.port), poolclass=NullPool)
        try:
            yield engine, link
        finally:
            engine.dispose()


def test_statements_run_together_take_one_round_trip_on_postgresql(
    slow_link: tuple[Engine, SlowLink],
) -> None:
    engine, link = slow_link
    with engine.begin() as connection:
        connection.execute(select(literal(1)))  # connected, in a transaction
        reads = [_DRIVER_READ.bind({"record_id": f"aud_{n}"}) for n in range(4)]
        for _ in range(2):  # past psycopg preparing it at its fifth run (a trip of its own)
            run_together(connection, reads)
        link.reset()
        run_together(connection, reads)
        assert link.round_trips == 1
        link.reset()
        for read in reads:
            read.run(connection)
        assert link.round_trips == 4


def test_writes_run_together_with_commit_are_stored_and_end_the_transaction(app: FastAPI) -> None:
    stored, refused = (
        _record(datetime(2026, 3, 3, tzinfo=UTC), {}, None),
        _record(datetime(2026, 3, 3, tzinfo=UTC), {"secret": "4155550199"}, None),
    )
    engine: Engine = app.state.engine
    with engine.begin() as connection:
        assert run_together(connection, [_INSERT_RECORD.bind(stored)], commit=True) == [[]]
        assert not connection.in_transaction()
        # Nothing more can run in the transaction just ended, on either path.
        with pytest.raises(InvalidRequestError):
            connection.execute(select(literal(1)))
        with pytest.raises(InvalidRequestError):
            _DRIVER_READ.first(connection, {"record_id": stored["id"]})
    with pytest.raises(IntegrityError) as raised, engine.begin() as connection:
        # A failing write stops the COMMIT with it: nothing of the batch is kept.
        run_together(connection, [_INSERT_RECORD.bind(refused), _INSERT_RECORD.bind(stored)], commit=True)
    assert "4155550199" not in str(raised.value)
    with engine.connect() as connection:
        found = connection.execute(
            select(_records.c.id).where(_records.c.id.in_([stored["id"], refused["id"]]))
        ).scalars()
        assert list(found) == [stored["id"]]


def test_writes_and_their_commit_take_one_round_trip_on_postgresql(
    slow_link: tuple[Engine, SlowLink],
) -> None:
    engine, link = slow_link
    records = [_record(datetime(2026, 3, 4, tzinfo=UTC), {"n": n}, None) for n in range(3)]
    with engine.connect() as connection:
        connection.execute(select(literal(1)))  # connected, in a transaction
        link.reset()
        run_together(connection, [_INSERT_RECORD.bind(record) for record in records], commit=True)
        assert link.round_trips == 1
    with engine.connect() as connection:
        ids = [record["id"] for record in records]
        assert len(connection.execute(select(_records.c.id).where(_records.c.id.in_(ids))).all()) == 3
