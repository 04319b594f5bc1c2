"""Disclosure checks: act on an allow and keep the answer (R-2010-b). The facts are loaded in `facts`, the
rule is `policy.decide`, and `unit` runs a whole check in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from cpni_api.accounts.policy import (
    CurrentAddress,
    address_destination,
    mask_email,
    mask_telephone_number,
)
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.driver_statements import BoundStatement, DriverStatement
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.disclosures.facts import Situation
from cpni_api.disclosures.models import DisclosureCheck
from cpni_api.disclosures.policy import DisclosureDecision, DisclosureVerdict, ReleaseMethod
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


def destination_hint(release: ReleaseMethod, situation: Situation) -> str:
    if release is ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD:
        address = release_address(situation.addresses_of_record)
        return _address_hint(address) if address is not None else ""
    if release is ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD:
        numbers = ", ".join(mask_telephone_number(number) for number in situation.numbers_of_record)
        return f"telephone number of record {numbers}"
    return ""


@dataclass(frozen=True)
class RecordedCheck:
    """A decided check: its stored columns, and the writes that store it and act on it, not yet run."""

    check: dict[str, Any]
    writes: list[BoundStatement]


def record_check(
    situation: Situation,
    body: DisclosureCheckIn,
    decision: DisclosureDecision,
    *,
    audit: AuditTrail,
    now: datetime,
) -> RecordedCheck:
    """What a decided check writes: on an allowed release to the address of record the event that sends the
    call detail there (R-2010-b-2), the check itself (one stored answer per question, ADR 0013) and its
    audit row, which names who asked (`audit`'s actor). Plain INSERTs for the caller to run together with
    the commit (ADR 0018); nothing here reads or writes the database."""
    interaction = situation.interaction
    check_id = new_id("dck")
    allowed = decision.decision is DisclosureVerdict.ALLOW
    numbers_to_dial: list[str] = []
    delivery_event_id = None
    if allowed and body.release is ReleaseMethod.CALLBACK_TO_NUMBER_OF_RECORD:
        numbers_to_dial = list(
            situation.numbers_of_record
        )  # R-2010-b-2: the number(s) of record, nothing else
    writes: list[BoundStatement] = []
    if allowed and body.release is ReleaseMethod.SEND_TO_ADDRESS_OF_RECORD:
        address = release_address(situation.addresses_of_record)
        assert address is not None  # the policy allows this release only with an address of record
        delivery_event = event_insert(
            audit.clock,  # the unit's clock
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
        "api_key_id": audit.actor,
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
    return RecordedCheck(values, writes)


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
