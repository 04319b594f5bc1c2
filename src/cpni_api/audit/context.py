"""The one context every change is made in (ADR 0019): the transaction it writes in, the clock it reads, the
audit trail that records it and names who made it, and the settings.

A change is one service function `change(context, ...)`: it validates, changes the state, appends its outbox
event and records its audit row, all in `context.session`'s transaction. A route builds the context from
the request (`WriteContextDep`); the command line and background jobs build it with
`WriteContext.outside_a_request`, naming themselves as the actor. Either way the audit row is written by the
function that makes the change, so no caller can forget it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends
from sqlalchemy.orm import Session

from cpni_api.audit.trail import Audit, AuditTrail
from cpni_api.core.clock import Clock
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.settings import Settings


@dataclass(frozen=True)
class WriteContext:
    """What a change needs besides its own arguments. Services flush; whoever opened the session commits."""

    session: Session
    clock: Clock
    audit: AuditTrail
    settings: Settings

    def now(self) -> datetime:
        return self.clock.now()

    @property
    def actor(self) -> str | None:
        """Who makes the change, as its audit rows name it: the request's API key id, or e.g. "cli"."""
        return self.audit.actor

    @classmethod
    def outside_a_request(
        cls, session: Session, clock: Clock, settings: Settings, *, actor: str
    ) -> WriteContext:
        """For the command line and background jobs: `actor` ("cli") is recorded where a request records its
        API key, and the correlation id is new for each context."""
        audit = AuditTrail(
            db=session, clock=clock, correlation_id=f"{actor}-{uuid.uuid4()}", api_key_id=actor
        )
        return cls(session=session, clock=clock, audit=audit, settings=settings)


async def get_write_context(
    session: DbSession, clock: ClockDep, settings: SettingsDep, audit: Audit
) -> WriteContext:
    # `audit` writes in `session`: FastAPI solves `get_session` once per request, for both.
    return WriteContext(session=session, clock=clock, audit=audit, settings=settings)


WriteContextDep = Annotated[WriteContext, Depends(get_write_context)]
