"""Sealing audit records: one batch per round of the background worker in `cpni-api serve` (every replica
may run one; they take turns), or everything at once for `cpni-api audit seal`."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from cpni_api.audit.chain import seal_pending
from cpni_api.core.clock import Clock
from cpni_api.core.settings import Settings


def seal_once(factory: sessionmaker[Session], clock: Clock, settings: Settings) -> int:
    """Seals up to one batch in its own transaction; returns the number of records sealed."""
    with factory.begin() as session:
        return seal_pending(
            session,
            key=settings.audit_hmac_key.get_secret_value(),
            now=clock.now(),
            batch_size=settings.audit_seal_batch_size,
        )


def seal_round(factory: sessionmaker[Session], clock: Clock, settings: Settings) -> int:
    """One round of the background sealer. It reports work (go again at once) only when the batch was full:
    under steady load it then seals once an interval, in one transaction, instead of a few records every
    few milliseconds, each round taking SQLite's only connection from the requests (ADR 0014)."""
    sealed = seal_once(factory, clock, settings)
    return sealed if sealed >= settings.audit_seal_batch_size else 0


def seal_all(factory: sessionmaker[Session], clock: Clock, settings: Settings) -> int:
    total = 0
    while sealed := seal_once(factory, clock, settings):
        total += sealed
    return total
