"""Writing audit records. Every change records its own, in its transaction, through the `AuditTrail` of its
`WriteContext` (audit/context.py, ADR 0019)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, TypedDict, Unpack, cast

from fastapi import Depends, Request
from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import Clock
from cpni_api.core.dependencies import ClockDep, DbSession
from cpni_api.core.driver_statements import BoundStatement, DriverStatement
from cpni_api.core.ids import new_id
from cpni_api.core.request_context import current_request_id

# Built once and run on the driver: every request that changes or discloses anything writes one or more
# audit rows, and the ORM's unit of work, then SQLAlchemy's execution, cost more than the INSERT itself
# (ADR 0014, ADR 0016). `seq` and `txid` are the database's.
_records = cast(Table, AuditRecord.__table__)
_INSERT_RECORD = DriverStatement(
    insert(_records), columns=[column.key for column in _records.columns if column.key not in ("seq", "txid")]
)


class RecordFields(TypedDict, total=False):
    """What a record may say besides its action; every field is optional."""

    account_id: str | None
    agent_id: str | None
    subject_type: str | None
    subject_id: str | None
    outcome: str | None
    details: dict[str, Any] | None


@dataclass
class AuditTrail:
    """The audit trail as seen from one request (or one command-line run)."""

    # A request's ORM session, or a plain connection (the disclosure check's unit, ADR 0016): either way the
    # record goes into its transaction.
    db: Session | Connection
    clock: Clock
    correlation_id: str
    # Where the request's principal is set by RequireScope; read at record time, not at construction,
    # so the order in which a route lists its dependencies does not matter.
    request_state: Any = None
    api_key_id: str | None = None

    @property
    def actor(self) -> str | None:
        """Who makes the change: the request's API key, or what `api_key_id` names (e.g. "cli")."""
        principal = getattr(self.request_state, "principal", None)
        return principal.api_key_id if principal is not None else self.api_key_id

    def record(self, action: str, **fields: Unpack[RecordFields]) -> str:
        """Inserts the record at once, in the session's transaction (not at its next flush); returns its
        id."""
        entry = self.entry(action, **fields)
        entry.run(self.db if isinstance(self.db, Connection) else self.db.connection())
        return str(entry.parameters["id"])

    def entry(self, action: str, **fields: Unpack[RecordFields]) -> BoundStatement:
        """The record's INSERT, not yet run: for a unit that sends it with its other writes in one round trip
        (`run_together`, ADR 0018). Its id is `.parameters["id"]`."""
        return _INSERT_RECORD.bind(
            {
                "id": new_id("aud"),
                "occurred_at": self.clock.now(),
                "action": action,
                "api_key_id": self.actor,
                "agent_id": fields.get("agent_id"),
                "account_id": fields.get("account_id"),
                "subject_type": fields.get("subject_type"),
                "subject_id": fields.get("subject_id"),
                "outcome": fields.get("outcome"),
                "details": fields.get("details") or {},
                "correlation_id": self.correlation_id,
            }
        )


async def get_audit_trail(request: Request, session: DbSession, clock: ClockDep) -> AuditTrail:
    return AuditTrail(
        db=session, clock=clock, correlation_id=current_request_id(), request_state=request.state
    )


Audit = Annotated[AuditTrail, Depends(get_audit_trail)]
