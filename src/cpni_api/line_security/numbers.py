"""Adding and removing telephone numbers of record (R-2003, R-2010-f, E15): authorised like a credential
change (an authenticated interaction outside service initiation), notified to the contacts of record as they
were before the change, kept in a history. A number added after sign-up, or ported in, counts as a new SIM for
the SIM-swap signal (E7, E25): a callback to it or a code sent to it proves nothing for a while."""

from __future__ import annotations

from sqlalchemy import func, select

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import TelephoneNumberOfRecord
from cpni_api.audit.context import WriteContext
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials.service import Authorized, authorize_change
from cpni_api.line_security.common import accounts_with_number, destinations, refuse_shared_number
from cpni_api.line_security.models import NumberOfRecordChange
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event


def _number_row(context: WriteContext, account_id: str, number: str) -> TelephoneNumberOfRecord | None:
    return context.session.scalars(
        select(TelephoneNumberOfRecord).where(
            TelephoneNumberOfRecord.account_id == account_id, TelephoneNumberOfRecord.e164 == number
        )
    ).one_or_none()


def _record(
    context: WriteContext, account_id: str, number: str, change: str, authorized: Authorized | None
) -> str | None:
    """The history row, the notice (outside service initiation, to the contacts of record as they were before
    the change: R-2010-f-3, -f-4) and the audit row."""
    now = context.now()
    interaction = authorized.interaction if authorized else None
    notify = authorized is None or authorized.decision.notice_required
    event_id = None
    if notify:
        event = emit_event(
            context.session,
            context.clock,
            EventType.TELEPHONE_NUMBER_OF_RECORD_CHANGED,
            account_id=account_id,
            data={"change": change, "destinations": destinations(context.session, account_id, now)},
        )
        event_id = event.id
    context.session.add(
        NumberOfRecordChange(
            account_id=account_id,
            telephone_number=number,
            change=change,
            interaction_id=interaction.id if interaction else None,
            changed_at=now,
        )
    )
    context.audit.record(
        "line_security.number_of_record_changed",
        account_id=account_id,
        agent_id=interaction.agent_id if interaction else None,
        subject_type="telephone_number_of_record",
        subject_id=number,
        outcome=change,
        details={
            "interaction_id": interaction.id if interaction else None,
            "authentication_method": interaction.authentication_method if interaction else None,
            "at_service_initiation": not notify,
            "change_notice_event_id": event_id,
        },
    )
    return event_id


def add_number(
    context: WriteContext, account_id: str, number: str, interaction_id: str | None, *, ported_in: bool
) -> tuple[TelephoneNumberOfRecord, str | None]:
    """The new line becomes a number of record at once (it is the service's number, R-2003), but as a new SIM
    unless it was added during the sign-up itself."""
    session, now = context.session, context.now()
    account = accounts.get_account(session, account_id, for_update=True)
    authorized = authorize_change(session, account, interaction_id, now)
    refuse_shared_number(accounts_with_number(session, number), account.id)
    if _number_row(context, account.id, number) is not None:
        raise ProblemError(
            ErrorCode.NUMBER_ALREADY_OF_RECORD, "The account already has that number of record."
        )
    event_id = _record(context, account.id, number, "ported_in" if ported_in else "added", authorized)
    last = session.scalar(
        select(func.max(TelephoneNumberOfRecord.position)).where(
            TelephoneNumberOfRecord.account_id == account.id
        )
    )
    new_sim = ported_in or authorized.decision.notice_required
    row = TelephoneNumberOfRecord(
        account_id=account.id,
        e164=number,
        position=(last if last is not None else -1) + 1,
        added_at=now,
        sim_changed_at=now if new_sim else None,
    )
    session.add(row)
    session.flush()
    return row, event_id


def remove_number(context: WriteContext, account_id: str, number: str, interaction_id: str) -> str | None:
    """Needs an authenticated interaction even during service initiation (E15: the window covers choosing, not
    removing); never the last number (an account keeps one to call back, until it ports out)."""
    session, now = context.session, context.now()
    account = accounts.get_account(session, account_id, for_update=True)
    authorized = authorize_change(session, account, interaction_id, now, service_initiation_applies=False)
    row = _number_row(context, account.id, number)
    if row is None:
        raise ProblemError(
            ErrorCode.NUMBER_NOT_OF_RECORD, "That number is not a number of record of the account."
        )
    if len(accounts.numbers_of_record(session, account.id)) == 1:
        raise ProblemError(
            ErrorCode.LAST_NUMBER_OF_RECORD,
            "The account's last number of record cannot be removed; port it out instead.",
        )
    event_id = _record(context, account.id, number, "removed", authorized)
    session.delete(row)
    session.flush()
    return event_id


def port_number_out(context: WriteContext, account_id: str, number: str) -> None:
    """A completed port-out (R-5237): the number is no longer the carrier's, so no longer of record. The
    notice went out with the request (R-5237-3); this records the history and the audit row."""
    row = _number_row(context, account_id, number)
    if row is None:
        return
    _record(context, account_id, number, "ported_out", None)
    context.session.delete(row)
    context.session.flush()
