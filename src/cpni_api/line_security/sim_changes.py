"""SIM-change requests (R-2010-h-2, -5, -6, -7, -10): decided by `policy.decide_sim_change`, every one kept
with the authentication it rested on, the customer told at once, before the change is carried out (allowed, or
blocked by the lock, E23), and told again when failed authentications pile up. `complete` records that
provisioning carried it out: from then the number is a new SIM for the SIM-swap signal (E7, E25)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import TelephoneNumberOfRecord
from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.interactions.models import Interaction, OneTimeCode, VerificationState
from cpni_api.interactions.policy import LockState, is_locked, is_open
from cpni_api.line_security import policy
from cpni_api.line_security.common import (
    accepted_methods,
    accounts_with_number,
    destinations,
    find_interaction,
    get_request,
    hint,
    mark_cancelled,
    mark_completed,
    pending_request_on,
    refuse_shared_number,
)
from cpni_api.line_security.locks import current_locks, lock_removed_in
from cpni_api.line_security.models import SimChangeRequest
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event

FAILURE_WINDOW = timedelta(hours=24)  # failed SIM-change authentications are counted over a day (R-2010-h-5)
# Denials the customer is told of, with the notice's `outcome`.
_NOTIFIED_DENIALS = {
    policy.LineReason.SIM_CHANGE_LOCKED: "blocked_by_lock",
    policy.LineReason.NUMBER_CONTROL_ACTION_PENDING: "held_for_pending_request",
}


def _code_went_to(session: Session, interaction_id: str, number: str) -> bool:
    """Whether a one-time code consumed in this interaction went to `number` (E25, E30)."""
    return (
        session.scalars(
            select(OneTimeCode.id)
            .where(
                OneTimeCode.interaction_id == interaction_id,
                OneTimeCode.consumed_at.is_not(None),
                OneTimeCode.telephone_number == number,
            )
            .limit(1)
        ).first()
        is not None
    )


def _facts(
    context: WriteContext, account_id: str, number: str, interaction: Interaction
) -> policy.SimChangeFacts:
    session, now = context.session, context.now()
    state = session.get(VerificationState, account_id)
    method = interaction.authentication_method if interaction.authenticated_at is not None else None
    return policy.SimChangeFacts(
        sim_change_lock=current_locks(session, account_id).sim_change,
        interaction_open=is_open(interaction.closed_at, interaction.expires_at, now),
        verification_locked=state is not None and is_locked(LockState(locked_until=state.locked_until), now),
        authentication_method=method,
        accepted_methods=accepted_methods(context.settings),
        code_sent_to_the_number=method == "one_time_code" and _code_went_to(session, interaction.id, number),
        lock_removed_in_interaction=lock_removed_in(session, interaction.id),
        other_request_pending=pending_request_on(session, account_id, number) is not None,
    )


def request_sim_change(
    context: WriteContext, account_id: str, number: str, interaction_id: str
) -> SimChangeRequest:
    session, now = context.session, context.now()
    account = accounts.get_account(session, account_id, for_update=True)
    interaction = find_interaction(session, interaction_id)
    assert interaction is not None
    if interaction.account_id != account.id:
        raise ProblemError(ErrorCode.INTERACTION_ACCOUNT_MISMATCH, "The interaction is for another account.")
    holders = accounts_with_number(session, number)
    if account.id not in holders:
        raise ProblemError(
            ErrorCode.NUMBER_NOT_OF_RECORD, "That number is not a number of record of the account."
        )
    refuse_shared_number(holders, account.id)
    facts = _facts(context, account.id, number, interaction)
    decision = policy.decide_sim_change(facts)
    request = SimChangeRequest(
        id=new_id("sim"),
        account_id=account.id,
        telephone_number=number,
        interaction_id=interaction.id,
        channel=interaction.channel,
        agent_id=interaction.agent_id,
        api_key_id=context.actor,
        authentication_method=facts.authentication_method,
        decision=decision.decision,
        reason_code=decision.reason.value,
        rule_ids=list(decision.rule_ids),
        required_verification=decision.required_verification,
        status="requested" if decision.allowed else "denied",
        requested_at=now,
        facts={**asdict(facts), "accepted_methods": sorted(facts.accepted_methods)},
    )
    session.add(request)
    session.flush()
    if decision.allowed or decision.reason in _NOTIFIED_DENIALS:
        # R-2010-h-6: at once, before the change; E23, E24: a blocked or held attempt is news to the customer
        # too (a second action on a line while one is pending is what a hijacker racing the owner looks like).
        event = emit_event(
            session,
            context.clock,
            EventType.SIM_CHANGE_REQUESTED,
            account_id=account.id,
            data={
                "sim_change_request_id": request.id,
                "outcome": "requested" if decision.allowed else _NOTIFIED_DENIALS[decision.reason],
                "line": hint(number),
                "destinations": destinations(session, account.id, now),
            },
        )
        request.notice_event_id = event.id
    alert_id = _alert_on_failures(context, account.id) if decision.authentication_failed else None
    context.audit.record(
        "line_security.sim_change_requested",
        account_id=account.id,
        agent_id=interaction.agent_id,
        subject_type="sim_change_request",
        subject_id=request.id,
        outcome=decision.decision,
        details={
            "reason_code": decision.reason.value,
            "rule_ids": list(decision.rule_ids),
            "interaction_id": interaction.id,
            "authentication_method": facts.authentication_method,
            "notice_event_id": request.notice_event_id,
            "failure_alert_event_id": alert_id,
        },
    )
    session.flush()
    return request


def _alert_on_failures(context: WriteContext, account_id: str) -> str | None:
    """R-2010-h-5: every `CPNI_SIM_CHANGE_FAILURE_ALERT_THRESHOLD`-th failed authentication within a day
    tells the customer and the fraud team."""
    session, now = context.session, context.now()
    failed = session.scalar(
        select(func.count())
        .select_from(SimChangeRequest)
        .where(
            SimChangeRequest.account_id == account_id,
            SimChangeRequest.requested_at > now - FAILURE_WINDOW,
            SimChangeRequest.reason_code.in_([reason.value for reason in policy.AUTHENTICATION_FAILURES]),
        )
    )
    threshold = context.settings.sim_change_failure_alert_threshold
    if not failed or failed % threshold:
        return None
    event = emit_event(
        session,
        context.clock,
        EventType.SIM_CHANGE_AUTHENTICATION_FAILED,
        account_id=account_id,
        data={
            "failures": failed,
            "window_hours": int(FAILURE_WINDOW.total_seconds() // 3600),
            "destinations": destinations(session, account_id, now),
        },
    )
    return event.id


def get_sim_change_request(
    session: Session, request_id: str, *, for_update: bool = False
) -> SimChangeRequest:
    return get_request(session, SimChangeRequest, request_id, what="SIM-change", for_update=for_update)


def complete_sim_change(
    context: WriteContext, request_id: str, completed_at: datetime | None
) -> SimChangeRequest:
    """Provisioning carried the allowed request out; once only. The number's SIM changed at `completed_at`."""
    session, now = context.session, context.now()
    request = get_sim_change_request(session, request_id, for_update=True)
    done_at = mark_completed(request, completed_at, now, what="SIM-change")
    number = session.scalars(
        select(TelephoneNumberOfRecord).where(
            TelephoneNumberOfRecord.account_id == request.account_id,
            TelephoneNumberOfRecord.e164 == request.telephone_number,
        )
    ).one_or_none()
    if number is not None and (number.sim_changed_at is None or number.sim_changed_at < done_at):
        number.sim_changed_at = done_at
    context.audit.record(
        "line_security.sim_change_completed",
        account_id=request.account_id,
        subject_type="sim_change_request",
        subject_id=request.id,
        outcome="completed",
        details={"completed_at": done_at.isoformat()},
    )
    session.flush()
    return request


def cancel_sim_change(context: WriteContext, request_id: str, reason: str | None) -> SimChangeRequest:
    """An allowed SIM change that provisioning will not carry out: it stops holding the line (E24)."""
    request = get_sim_change_request(context.session, request_id, for_update=True)
    mark_cancelled(request, what="SIM-change")
    context.audit.record(
        "line_security.sim_change_cancelled",
        account_id=request.account_id,
        subject_type="sim_change_request",
        subject_id=request.id,
        outcome="cancelled",
        details={"reason": reason},
    )
    context.session.flush()
    return request
