"""Disclosure checks: load the facts, ask the policy, act on an allow, and keep the answer (R-2010-b)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from enum import Enum
from typing import Any, cast

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session

from cpni_api.accounts.policy import (
    CurrentAddress,
    address_destination,
    mask_email,
    mask_telephone_number,
)
from cpni_api.api_keys.auth import Principal
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import Clock
from cpni_api.core.driver_statements import BoundStatement, DriverStatement, run_together
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.core.request_context import current_request_id
from cpni_api.core.settings import Settings
from cpni_api.disclosures.facts import Situation, situation_from, situation_reads
from cpni_api.disclosures.models import DisclosureCheck
from cpni_api.disclosures.policy import Decision, Release, decide
from cpni_api.disclosures.schemas import DisclosureCheckIn
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import event_insert

# Built once and run on the driver: this runs on every call (ADR 0014, ADR 0016). Every column is given.
_checks = cast(Table, DisclosureCheck.__table__)
_INSERT_CHECK = DriverStatement(insert(_checks), columns=_checks.columns.keys())


def release_address(addresses_of_record: list[CurrentAddress]) -> CurrentAddress | None:
    """Where `send_to_address_of_record` goes: the email address of record when there is one (it arrives
    the same day), else the postal address of record. Only addresses of 30 days or more are offered (E3)."""
    by_kind = {address.kind: address for address in addresses_of_record}
    return by_kind.get("email") or by_kind.get("postal")


def _address_hint(address: CurrentAddress) -> str:
    if address.kind == "email":
        return f"email address of record {mask_email(address.value['address'])}"
    place = ", ".join(part for part in (address.value.get("city"), address.value.get("region")) if part)
    return f"postal address of record in {place}" if place else "postal address of record"


def destination_hint(release: Release, situation: Situation) -> str:
    if release is Release.SEND_TO_ADDRESS_OF_RECORD:
        address = release_address(situation.addresses_of_record)
        return _address_hint(address) if address is not None else ""
    if release is Release.CALLBACK_TO_NUMBER_OF_RECORD:
        numbers = ", ".join(mask_telephone_number(number) for number in situation.numbers_of_record)
        return f"telephone number of record {numbers}"
    return ""


def check_disclosure(
    connection: Connection,
    clock: Clock,
    settings: Settings,
    body: DisclosureCheckIn,
    *,
    key_lookup: BoundStatement,
    authorize: Callable[[Connection, list[Any]], Principal],
) -> dict[str, Any]:
    """Authorizes the caller, decides, acts on an allow and records the check; returns the stored check's
    columns, committed. On PostgreSQL in two round trips besides the BEGIN (ADR 0018): the caller's key is
    read with the check's facts, and judged before anything is decided or written; the writes go together,
    with the COMMIT."""
    now = clock.now()
    reads = situation_reads(
        body.interaction_id, training_gate_enabled=settings.training_gate_enabled, now=now
    )
    key_rows, *situation_rows = run_together(connection, [key_lookup, *reads])
    principal = authorize(connection, key_rows)
    audit = AuditTrail(
        db=connection, clock=clock, correlation_id=current_request_id(), api_key_id=principal.api_key_id
    )
    situation = situation_from(
        situation_rows,
        information=body.information,
        release=body.release,
        customer_provided_call_detail=body.customer_provided_call_detail,
        training_gate_enabled=settings.training_gate_enabled,
        now=now,
    )
    decision = decide(situation.facts)
    interaction = situation.interaction
    check_id = new_id("dck")
    allowed = decision.decision is Decision.ALLOW
    numbers_to_dial: list[str] = []
    delivery_event_id = None
    if allowed and body.release is Release.CALLBACK_TO_NUMBER_OF_RECORD:
        numbers_to_dial = list(
            situation.numbers_of_record
        )  # R-2010-b-2: the number(s) of record, nothing else
    writes: list[BoundStatement] = []
    if allowed and body.release is Release.SEND_TO_ADDRESS_OF_RECORD:
        address = release_address(situation.addresses_of_record)
        assert address is not None  # the policy allows this release only with an address of record
        delivery_event = event_insert(
            clock,
            EventType.CALL_DETAIL_RELEASE_REQUESTED,
            account_id=interaction.account_id,
            data={
                "disclosure_check_id": check_id,
                "interaction_id": interaction.id,
                "information": body.information.value,
                "destination": address_destination(address.kind, address.value),
            },
        )
        writes.append(delivery_event)
        delivery_event_id = delivery_event.parameters["id"]
    values: dict[str, Any] = {
        "id": check_id,
        "interaction_id": interaction.id,
        "account_id": interaction.account_id,
        "agent_id": interaction.agent_id,
        "api_key_id": principal.api_key_id,
        "channel": interaction.channel,
        "information": body.information.value,
        "release": body.release.value,
        "customer_provided_call_detail": body.customer_provided_call_detail,
        "decision": decision.decision.value,
        "reason_code": decision.reason_code.value,
        "detail": decision.detail,
        "permitted_alternatives": [
            {"release": release.value, "destination_hint": destination_hint(release, situation)}
            for release in decision.permitted_alternatives
        ],
        "required_verification": decision.required_verification.value
        if decision.required_verification
        else None,
        "accepted_verifications": [method.value for method in decision.accepted_verifications],
        "rule_ids": list(decision.rule_ids),
        "facts": _facts_record(situation),
        "numbers_to_dial": numbers_to_dial,
        "delivery_event_id": delivery_event_id,
        "decided_at": now,
    }
    # Plain INSERTs, not the unit of work: these rows never change again, and this path runs on every call.
    writes.append(_INSERT_CHECK.bind(values))
    writes.append(
        audit.entry(
            "disclosure.checked",
            account_id=interaction.account_id,
            agent_id=interaction.agent_id,
            subject_type="disclosure_check",
            subject_id=check_id,
            outcome=decision.decision.value,
            details={
                "interaction_id": interaction.id,
                "channel": interaction.channel,
                "information": body.information.value,
                "release": body.release.value,
                "reason_code": decision.reason_code.value,
                "rule_ids": list(decision.rule_ids),
            },
        )
    )
    # The check's last statements: on PostgreSQL they and the COMMIT are one round trip (ADR 0018).
    run_together(connection, writes, commit=True)
    return values


def _facts_record(situation: Situation) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for field in fields(situation.facts):
        if field.name not in ("information", "release"):  # stored in their own columns
            value = getattr(situation.facts, field.name)
            record[field.name] = value.value if isinstance(value, Enum) else value
    return record


def get_check(session: Session, check_id: str) -> DisclosureCheck:
    check = session.get(DisclosureCheck, check_id)
    if check is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No disclosure check has that id.")
    return check
