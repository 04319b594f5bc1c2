"""One-time codes (R-2010-b-2, E3, E7; ADR 0010): sent only to a number or address of record, single use,
short-lived, attempt-limited, a few per account per hour, and never while verification is locked (ADR 0020).
Sends are counted under the account's lock (`service.lock_state_row`), like verifications."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts import policy as account_policy
from cpni_api.accounts import service as accounts
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import rfc3339
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.credentials.sealing import CredentialKeys
from cpni_api.interactions import policy
from cpni_api.interactions.models import Interaction, OneTimeCode
from cpni_api.interactions.service import as_lock_state, get_interaction, lock_state_row, require_open
from cpni_api.line_security.policy import recently_swapped
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event


@dataclass(frozen=True)
class CodeSent:
    code_id: str
    destination: str
    destination_hint: str
    expires_at: datetime
    interaction: Interaction


def _destination(
    session: Session,
    account_id: str,
    kind: str,
    telephone_number: str | None,
    now: datetime,
    recent_sim_change: timedelta,
) -> tuple[dict[str, Any], str]:
    """Only a telephone number of record or an email address of record (R-2010-b-2, E3, E7): never a value
    the caller supplies, never an address younger than 30 days, never a number whose SIM changed within
    `recent_sim_change` (E7, E25: its holder may not be the customer). Without a number named, the first of
    record that is not recently swapped. Post cannot carry a short-lived code."""
    if kind == "telephone_number_of_record":
        changed = accounts.sim_changes_of_numbers(session, account_id)
        if telephone_number is not None and telephone_number not in changed:
            raise ProblemError(ErrorCode.DESTINATION_NOT_OF_RECORD, "That number is not a number of record.")
        if not changed:
            raise ProblemError(ErrorCode.DESTINATION_NOT_OF_RECORD, "The account has no number of record.")
        trusted = [n for n, at in changed.items() if not recently_swapped(at, now, recent_sim_change)]
        number = telephone_number or (trusted[0] if trusted else next(iter(changed)))
        if number not in trusted:
            swapped_at = changed[number]
            raise ProblemError(
                ErrorCode.NUMBER_RECENTLY_SWAPPED,
                "That number moved to a new SIM recently: a code sent there proves nothing about the caller "
                "(E7, E25). Use another number or address of record, or photo ID in store.",
                extensions={"sim_changed_at": rfc3339(swapped_at)} if swapped_at else None,
            )
        return (
            {"channel": "telephone_number_of_record", "telephone_number": number},
            account_policy.mask_telephone_number(number),
        )
    if telephone_number is not None:
        raise ProblemError(ErrorCode.VERIFICATION_METHOD_NOT_ALLOWED, "telephone_number goes with a number.")
    email = accounts.current_addresses(session, account_id).get("email")
    if email is None or not account_policy.is_address_of_record(email.associated_since, now):
        raise ProblemError(
            ErrorCode.DESTINATION_NOT_OF_RECORD,
            "The account has no email address of record (an address is of record after 30 days).",
        )
    address = str(email.value["address"])
    return {"channel": "email_address_of_record", "email_address": address}, account_policy.mask_email(
        address
    )


def issue_one_time_code(
    context: WriteContext,
    keys: CredentialKeys,
    *,
    interaction_id: str,
    destination: str,
    telephone_number: str | None,
) -> CodeSent:
    session, clock, settings = context.session, context.clock, context.settings
    account_id = get_interaction(session, interaction_id).account_id
    state = as_lock_state(lock_state_row(session, account_id))  # counts sends per account without a race
    interaction = get_interaction(session, interaction_id)
    now = clock.now()
    require_open(interaction, now)
    if policy.is_locked(state, now):
        # A code sent now could not verify (every method answers `locked`): the customer would receive a
        # code that cannot work, and a pretexter a way to make the phone ring (R-2010-a-1).
        assert state.locked_until is not None
        raise ProblemError(
            ErrorCode.VERIFICATION_LOCKED,
            "The account's verification is locked after repeated failures; no code is sent until "
            "`locked_until`.",
            headers={"Retry-After": str(max(1, math.ceil((state.locked_until - now).total_seconds())))},
            extensions={"locked_until": rfc3339(state.locked_until)},
        )
    sent = session.scalars(
        select(func.count())
        .select_from(OneTimeCode)
        .where(OneTimeCode.account_id == account_id, OneTimeCode.issued_at > now - timedelta(hours=1))
    ).one()
    if not policy.may_send_code(sent, settings.one_time_code_sends_per_hour):
        raise ProblemError(
            ErrorCode.ONE_TIME_CODE_SEND_LIMIT,
            f"At most {settings.one_time_code_sends_per_hour} codes per account per hour.",
            headers={"Retry-After": "3600"},
        )
    window = timedelta(hours=settings.recent_sim_change_hours)
    target, hint = _destination(session, account_id, destination, telephone_number, now, window)
    for older in session.scalars(
        select(OneTimeCode).where(
            OneTimeCode.interaction_id == interaction.id, OneTimeCode.superseded_at.is_(None)
        )
    ):
        older.superseded_at = now  # only the newest code of an interaction is live
    code = f"{secrets.randbelow(10**6):06d}"
    row = OneTimeCode(
        id=new_id("otc"),
        account_id=account_id,
        interaction_id=interaction.id,
        destination=destination,
        issued_at=now,
        expires_at=now + timedelta(seconds=settings.one_time_code_ttl_seconds),
        attempts=0,
        code_digest="",
        telephone_number=target.get("telephone_number"),
    )
    row.code_digest = keys.code_digest(row.id, code)
    session.add(row)
    # The one place a code appears in clear: the event the mailer delivers (ADR 0010). Only its digest is
    # stored in `one_time_codes`.
    emit_event(
        session,
        clock,
        EventType.ONE_TIME_CODE_ISSUED,
        account_id=account_id,
        data={
            "code": code,
            "destination": target,
            "expires_at": row.expires_at.isoformat(),
            "interaction_id": interaction.id,
            "one_time_code_id": row.id,
        },
    )
    session.flush()
    context.audit.record(
        "interaction.one_time_code_issued",
        account_id=account_id,
        agent_id=interaction.agent_id,
        subject_type="interaction",
        subject_id=interaction.id,
        outcome="sent",
        details={"destination": destination, "one_time_code_id": row.id},
    )
    return CodeSent(row.id, destination, hint, row.expires_at, interaction)
