"""Statements for the hottest path, run on the database driver's own cursor (ADR 0016).

The disclosure check runs five statements on every call a contact center takes. SQLAlchemy's execution of a
compiled, cached statement (execution context, events, result set-up) cost about 55 µs each here, against
17 µs for the driver itself: more than the whole policy. A `DriverStatement` is an ordinary Core statement,
compiled once per dialect by SQLAlchemy, whose values go through the same type processors SQLAlchemy would
apply (`TypeEngine.dialect_impl(...).bind_processor` / `result_processor`), so what is stored and read is
exactly what SQLAlchemy would store and read. It runs inside the caller's SQLAlchemy transaction, on the
same driver connection, and a driver error surfaces as SQLAlchemy's `DBAPIError`, parameters hidden.

Statements that do not depend on each other's answers can be sent together (`run_together`): on
PostgreSQL one round trip for all of them (ADR 0018).

Not for general use: no Python-side column defaults, no expanding IN, no multi-row execution. An INSERT
names its columns up front and refuses to be built without a column that has a Python-side default.
"""

from __future__ import annotations

import threading
from collections import namedtuple
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Insert, Select, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.selectable import CompoundSelect

Processor = Callable[[Any], Any] | None
_Query = Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]] | Insert


@dataclass(frozen=True)
class _Bind:
    name: str  # in the SQL
    key: str  # in the caller's parameters
    value: Any  # a literal's value
    required: bool
    processor: Processor


@dataclass(frozen=True)
class _Compiled:
    sql: str
    binds: tuple[_Bind, ...]
    positions: tuple[str, ...] | None  # bind names in order for positional paramstyles (SQLite's qmark)


class DriverStatement:
    """A Core SELECT, UNION or single-row INSERT, compiled once per dialect and executed on the driver."""

    def __init__(self, statement: _Query, *, columns: Sequence[str] = ()):
        self._statement = statement
        self._column_keys = list(columns) if isinstance(statement, Insert) else None
        self._column_set = frozenset(columns)
        if isinstance(statement, Insert):
            _check_insert_columns(cast(Table, statement.table), columns)
            self._row_type = None
            self._result_types: list[Any] = []
        else:
            selected = list(statement.selected_columns)
            # A named tuple per statement: rows read by attribute, like SQLAlchemy's, at a tuple's cost.
            self._row_type = namedtuple("Row", [column.key for column in selected])  # type: ignore[misc]
            self._result_types = [column.type for column in selected]
        self._by_dialect: dict[str, _Compiled] = {}
        self._result_processors: dict[str, list[Processor]] = {}
        self._lock = threading.Lock()

    @property
    def statement(self) -> _Query:
        return self._statement

    @property
    def returns_rows(self) -> bool:
        return self._row_type is not None

    def bind(self, parameters: Mapping[str, Any]) -> BoundStatement:
        """This statement with its values, to run with others in one round trip (`run_together`)."""
        if self._column_keys is not None and parameters.keys() != self._column_set:
            unexpected = sorted(set(parameters) - self._column_set)
            missing = sorted(self._column_set - set(parameters))
            raise ValueError(
                f"insert parameters differ from its columns: extra {unexpected}, missing {missing}"
            )
        return BoundStatement(self, parameters)

    def first(self, connection: Connection, parameters: Mapping[str, Any]) -> Any:
        """The first row (a named tuple), or None."""
        rows = self.bind(parameters).run(connection)
        return rows[0] if rows else None

    def all(self, connection: Connection, parameters: Mapping[str, Any]) -> list[Any]:
        return self.bind(parameters).run(connection)

    def execute(self, connection: Connection, parameters: Mapping[str, Any]) -> None:
        """Runs an INSERT; every column named at construction must be given, and no other."""
        self.bind(parameters).run(connection)

    def _compiled(self, dialect: Dialect) -> _Compiled:
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            with self._lock:
                compiled = self._by_dialect.get(dialect.name) or self._compile(dialect)
                self._by_dialect[dialect.name] = compiled
        return compiled

    def _compile(self, dialect: Dialect) -> _Compiled:
        compiled = self._statement.compile(dialect=dialect, column_keys=self._column_keys)
        binds = []
        for bind, name in compiled.bind_names.items():
            if bind.callable is not None or bind.expanding:
                raise ValueError(f"bind parameter {bind.key!r}: callables and expanding IN are not supported")
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            binds.append(_Bind(name, bind.key, bind.value, bind.required, processor))
        positions = tuple(compiled.positiontup) if compiled.positiontup is not None else None
        return _Compiled(sql=compiled.string, binds=tuple(binds), positions=positions)

    def _driver_call(self, dialect: Dialect, parameters: Mapping[str, Any]) -> tuple[str, Any]:
        """The SQL and the values as the driver takes them."""
        compiled = self._compiled(dialect)
        values = {}
        for bind in compiled.binds:
            if bind.key in parameters:
                value = parameters[bind.key]
            elif bind.required:
                raise ValueError(f"a value is required for bind parameter {bind.key!r}")
            else:
                value = bind.value  # a literal's
            values[bind.name] = value if bind.processor is None else bind.processor(value)
        if compiled.positions is None:
            return compiled.sql, values
        return compiled.sql, tuple(values[name] for name in compiled.positions)

    def _processors_for(self, dialect: Dialect, description: Sequence[Any]) -> list[Processor]:
        processors = self._result_processors.get(dialect.name)
        if processors is None:
            # The driver's type code goes to the processor as SQLAlchemy passes it (cursor.description).
            processors = [
                type_.dialect_impl(dialect).result_processor(dialect, column[1])
                for type_, column in zip(self._result_types, description, strict=True)
            ]
            self._result_processors[dialect.name] = processors
        return processors

    def _rows(
        self, dialect: Dialect, raw_rows: Sequence[Any], description: Sequence[Any] | None
    ) -> list[Any]:
        if not raw_rows or description is None:
            return []
        processors = self._processors_for(dialect, description)
        make = self._row_type._make  # type: ignore[union-attr]
        return [
            make(
                value if processor is None else processor(value)
                for processor, value in zip(processors, row, strict=True)
            )
            for row in raw_rows
        ]


@dataclass(frozen=True)
class BoundStatement:
    """A driver statement and its values."""

    statement: DriverStatement
    parameters: Mapping[str, Any]

    def run(self, connection: Connection) -> list[Any]:
        """Its rows ([] for an INSERT), in the connection's transaction."""
        return run_together(connection, [self])[0]


def run_together(
    connection: Connection, statements: Sequence[BoundStatement], *, commit: bool = False
) -> list[list[Any]]:
    """Runs `statements` in order, in the connection's SQLAlchemy transaction, and returns each one's rows
    ([] for an INSERT). On PostgreSQL several go in one round trip, a psycopg pipeline: the server runs them
    in order, and an error stops the rest and fails the transaction, as it would one by one. Only for
    statements that do not depend on each other's results. SQLite has no round trips: one by one.

    With `commit` they are the transaction's last statements and it is committed after them; on PostgreSQL
    the COMMIT goes in the same round trip (ADR 0018). SQLAlchemy then refuses anything more inside the
    caller's `begin()` block, so nothing can run after it believing it is in the same transaction.
    """
    dialect = connection.dialect
    calls = [bound.statement._driver_call(dialect, bound.parameters) for bound in statements]
    if not connection.in_transaction():
        # What SQLAlchemy's own execution does (autobegin): the transaction, and its rollback, are its.
        connection.begin()
    proxied = connection.connection  # the transaction is SQLAlchemy's; the cursors are the driver's
    dbapi_connection = proxied.dbapi_connection
    pipelined = dialect.driver == "psycopg" and (len(calls) > 1 or commit)
    results: list[tuple[Sequence[Any], Sequence[Any] | None]] = []
    cursors: list[Any] = []
    try:
        with _as_sqlalchemy_errors(connection, calls):
            if pipelined:
                # Everything is sent, then one Sync when the block ends, whose answer brings every result. A
                # fetch inside the block would cost a round trip of its own.
                with dbapi_connection.pipeline():  # type: ignore[union-attr]
                    for sql, values in calls:
                        cursors.append(dbapi_connection.cursor())  # type: ignore[union-attr]
                        cursors[-1].execute(sql, values)
                    if commit:
                        # A statement to psycopg, which then finds no transaction left to commit below.
                        ending: Any = dbapi_connection.cursor()  # type: ignore[union-attr]
                        ending.execute("COMMIT", prepare=False)
                        ending.close()
                results = [_fetched(bound, cursor) for bound, cursor in zip(statements, cursors, strict=True)]
            else:
                for bound, (sql, values) in zip(statements, calls, strict=True):
                    cursors.append(dbapi_connection.cursor())  # type: ignore[union-attr]
                    cursors[-1].execute(sql, values)
                    results.append(_fetched(bound, cursors[-1]))
    finally:
        for cursor in cursors:
            cursor.close()
    rows = [
        bound.statement._rows(dialect, raw_rows, description)
        for bound, (raw_rows, description) in zip(statements, results, strict=True)
    ]
    if commit:
        connection.commit()  # SQLAlchemy's end of the transaction (on PostgreSQL the server's came above)
    return rows


def _fetched(bound: BoundStatement, cursor: Any) -> tuple[Sequence[Any], Sequence[Any] | None]:
    if not bound.statement.returns_rows:
        return (), None
    return cursor.fetchall(), cursor.description


@contextmanager
def _as_sqlalchemy_errors(connection: Connection, calls: Sequence[tuple[str, Any]]) -> Iterator[None]:
    """A driver error as SQLAlchemy raises it (`DBAPIError`, parameters hidden); a lost connection is
    invalidated, as SQLAlchemy's own execution would."""
    dialect = connection.dialect
    try:
        yield
    except dialect.loaded_dbapi.Error as error:
        dbapi_connection = connection.connection.dbapi_connection
        invalidated = dialect.is_disconnect(error, dbapi_connection, None)
        if invalidated:
            connection.invalidate(error)
        raise cast(
            Exception,
            DBAPIError.instance(
                ";\n".join(sql for sql, _ in calls),
                None,
                error,
                dialect.loaded_dbapi.Error,
                hide_parameters=True,
                connection_invalidated=invalidated,
                dialect=dialect,
                ismulti=False,
            ),
        ) from error


def _check_insert_columns(table: Table, columns: Sequence[str]) -> None:
    names = set(table.columns.keys())
    unknown = sorted(set(columns) - names)
    if unknown:
        raise ValueError(f"{table.name} has no column {unknown}")
    # SQLAlchemy's execution applies Python-side defaults; this one does not, so such columns must be given.
    defaulted = sorted(
        column.key
        for column in table.columns
        if (column.default is not None or column.onupdate is not None) and column.key not in columns
    )
    if defaulted:
        raise ValueError(f"{table.name}: columns with Python-side defaults must be given: {defaulted}")
