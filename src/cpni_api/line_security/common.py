"""What the line-security changes share: the accepted methods and windows from the settings, the caller's
interaction as the rules see it, and where a notice goes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import TelephoneNumberOfRecord
from cpni_api.accounts.policy import mask_telephone_number
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings
from cpni_api.interactions.models import Interaction
from cpni_api.interactions.policy import is_open
from cpni_api.line_security.models import PortOutRequest, SimChangeRequest
from cpni_api.line_security.policy import Caller, UnlockProblem


def accepted_methods(settings: Settings) -> frozenset[str]:
    """`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`: what counts at the SIM-change bar (R-2010-h-2)."""
    return frozenset(settings.sim_change_authentication_methods)


def find_interaction(session: Session, interaction_id: str | None) -> Interaction | None:
    if interaction_id is None:
        return None
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No interaction has that id.")
    return interaction


def caller_of(interaction: Interaction | None, account_id: str, now: datetime) -> Caller | None:
    if interaction is None:
        return None
    return Caller(
        same_account=interaction.account_id == account_id,
        open=is_open(interaction.closed_at, interaction.expires_at, now),
        authentication_method=interaction.authentication_method
        if interaction.authenticated_at is not None
        else None,
    )


_AUTHORITY_DETAILS = {
    UnlockProblem.INTERACTION_REQUIRED: "This change needs an interaction_id authenticated at the SIM-change "
    "bar.",
    UnlockProblem.INTERACTION_ACCOUNT_MISMATCH: "The interaction is for another account.",
    UnlockProblem.INTERACTION_NOT_OPEN: "The interaction is closed or has expired.",
    UnlockProblem.NOT_AUTHENTICATED: "Verify the caller in this interaction first.",
    UnlockProblem.AUTHENTICATION_METHOD_NOT_ACCEPTED: "The interaction was authenticated by a method the "
    "carrier does not accept for SIM changes, port-out PINs and unlocking (CPNI_SIM_CHANGE_AUTHENTICATION_"
    "METHODS).",
}


def refuse(problem: UnlockProblem, rule: str) -> ProblemError:
    return ProblemError(
        ErrorCode.LINE_SECURITY_AUTHORITY_REQUIRED,
        _AUTHORITY_DETAILS[problem],
        extensions={"reason": problem.value, "rule": rule},
    )


def destinations(session: Session, account_id: str, now: datetime) -> list[dict[str, Any]]:
    """Every number of record and every address of record (R-2010-f-3, R-2010-h-6, E30): a notice about a
    line never goes to that line alone."""
    return accounts.notice_destinations(session, account_id, now)


def hint(number: str) -> str:
    return mask_telephone_number(number)


Request = TypeVar("Request", SimChangeRequest, PortOutRequest)


def get_request(
    session: Session, model: type[Request], request_id: str, *, what: str, for_update: bool = False
) -> Request:
    """A SIM-change or port-out request by id (404 naming `what`), locked for a completion."""
    query = select(model).where(model.id == request_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    request = session.scalars(query).one_or_none()
    if request is None:
        raise ProblemError(ErrorCode.NOT_FOUND, f"No {what} request has that id.")
    return request


def mark_completed(
    request: SimChangeRequest | PortOutRequest, completed_at: datetime | None, now: datetime, *, what: str
) -> datetime:
    """Provisioning carried an allowed request out, once: 409 for a denied or completed one. When: now by
    default, never in the future nor before the request. Returns it."""
    done_at = completed_at or now
    if done_at > now:
        raise ProblemError(ErrorCode.TIME_IN_FUTURE, "completed_at is in the future.")
    if done_at < request.requested_at:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "completed_at is before the request.")
    if request.status == "denied":
        raise ProblemError(ErrorCode.REQUEST_NOT_ALLOWED, f"A denied {what} request is never carried out.")
    if request.status == "completed":
        raise ProblemError(ErrorCode.REQUEST_ALREADY_COMPLETED, f"The {what} was already recorded as done.")
    if request.status == "cancelled":
        raise ProblemError(ErrorCode.REQUEST_CANCELLED, f"The {what} request was cancelled.")
    request.status, request.completed_at = "completed", done_at
    return done_at


def mark_cancelled(request: SimChangeRequest | PortOutRequest, *, what: str) -> None:
    """An allowed request that will not be carried out after all (the customer changed their mind, the
    gaining carrier withdrew the port): it stops holding the line (E24). Only a pending one: 409 otherwise."""
    if request.status == "denied":
        raise ProblemError(ErrorCode.REQUEST_NOT_ALLOWED, f"A denied {what} request holds nothing to cancel.")
    if request.status == "completed":
        raise ProblemError(ErrorCode.REQUEST_ALREADY_COMPLETED, f"The {what} was already carried out.")
    if request.status == "cancelled":
        raise ProblemError(ErrorCode.REQUEST_CANCELLED, f"The {what} request was already cancelled.")
    request.status = "cancelled"


def pending_request_on(session: Session, account_id: str, number: str) -> str | None:
    """E24, R-5237-8 [M]: the id of an allowed SIM change or port-out of `number` that is neither carried out
    nor cancelled, if any: number-control actions are serialised per line, so a second one is held until the
    first is done or cancelled (ADR 0026). The caller holds the account's row lock, so two requests for one
    line cannot both see it free."""
    for model in (SimChangeRequest, PortOutRequest):
        pending = session.scalars(
            select(model.id)
            .where(
                model.account_id == account_id, model.telephone_number == number, model.status == "requested"
            )
            .order_by(model.requested_at)
            .limit(1)
        ).first()
        if pending is not None:
            return pending
    return None


def accounts_with_number(session: Session, number: str) -> list[str]:
    """The accounts that have `number` of record. A line is one account's: a number on two accounts would let
    whoever authenticates on either move it, so line security refuses to act on one (or to make one)."""
    return list(
        session.scalars(
            select(TelephoneNumberOfRecord.account_id).where(TelephoneNumberOfRecord.e164 == number)
        )
    )


def refuse_shared_number(number_accounts: list[str], account_id: str) -> None:
    """409 `NUMBER_ON_SEVERAL_ACCOUNTS` when another account has the number of record too."""
    if any(other != account_id for other in number_accounts):
        raise ProblemError(
            ErrorCode.NUMBER_ON_SEVERAL_ACCOUNTS,
            "That number is of record on another account too: a line belongs to one account, so no line "
            "security change is made on it until the carrier removes it from the account it is not on.",
        )
