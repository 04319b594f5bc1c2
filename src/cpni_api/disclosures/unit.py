"""A disclosure check as one unit of work on a plain connection, in as few round trips as it can take
(ADRs 0014-0018): on PostgreSQL three, the BEGIN at checkout, then the caller's key read with the check's
facts, then the writes with the COMMIT.

This module is the choreography and nothing else: which statements go together, and that the key is judged
before anything is decided or written. The facts (`facts`), the rule (`policy`) and what a check writes
(`service.record_check`) know nothing of keys or round trips.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from cpni_api.api_keys.auth import PendingPrincipal
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import Clock
from cpni_api.core.driver_statements import run_together
from cpni_api.core.request_context import current_request_id
from cpni_api.core.settings import Settings
from cpni_api.disclosures.facts import LineSecurityTerms, situation_from, situation_reads
from cpni_api.disclosures.policy import decide
from cpni_api.disclosures.schemas import DisclosureCheckIn
from cpni_api.disclosures.service import record_check


def check_disclosure(
    connection: Connection,
    caller: PendingPrincipal,
    body: DisclosureCheckIn,
    *,
    clock: Clock,
    settings: Settings,
) -> dict[str, Any]:
    """Authorizes the caller, decides, acts on an allow and records the check; returns the stored check's
    columns, committed."""
    now = clock.now()
    reads = situation_reads(
        body.interaction_id, training_gate_enabled=settings.training_gate_enabled, now=now
    )
    key_rows, *situation_rows = run_together(connection, [caller.key_lookup(), *reads.statements()])
    # Judged first: a caller without a good key learns nothing of the interaction, not even that it exists.
    principal = caller.authorize(connection, key_rows)
    situation = situation_from(
        reads.answers(situation_rows),
        information=body.information,
        release=body.release,
        customer_provided_call_detail=body.customer_provided_call_detail,
        training_gate_enabled=settings.training_gate_enabled,
        now=now,
        line_security=_line_security_terms(
            tuple(settings.sim_change_authentication_methods), settings.recent_sim_change_hours
        ),
    )
    audit = AuditTrail(
        db=connection, clock=clock, correlation_id=current_request_id(), api_key_id=principal.api_key_id
    )
    recorded = record_check(situation, body, decide(situation.facts), audit=audit, now=now)
    # The check's last statements: on PostgreSQL they and the COMMIT are one round trip (ADR 0018).
    run_together(connection, recorded.writes, commit=True)
    return recorded.check


@lru_cache(maxsize=8)
def _line_security_terms(methods: tuple[str, ...], recent_sim_change_hours: float) -> LineSecurityTerms:
    """Built once per configuration, not once per check: the check is the hot path."""
    return LineSecurityTerms(
        accepted_methods=frozenset(methods), recent_sim_change=timedelta(hours=recent_sim_change_hours)
    )
