"""What the line-security changes share: the accepted methods and windows from the settings, the caller's
interaction as the rules see it, and where a notice goes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import TelephoneNumberOfRecord
from cpni_api.accounts.policy import mask_telephone_number
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings
from cpni_api.interactions.models import Interaction
from cpni_api.interactions.policy import is_open
from cpni_api.line_security.policy import Caller, UnlockProblem


def accepted_methods(settings: Settings) -> frozenset[str]:
    """`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`: what counts at the SIM-change bar (R-2010-h-2)."""
    return frozenset(settings.sim_change_authentication_methods)


def recent_window(settings: Settings) -> timedelta:
    return timedelta(hours=settings.recent_sim_change_hours)


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


def completion_time(requested_at: datetime, completed_at: datetime | None, now: datetime) -> datetime:
    """When provisioning carried a request out: now by default, never in the future nor before the request."""
    done_at = completed_at or now
    if done_at > now:
        raise ProblemError(ErrorCode.TIME_IN_FUTURE, "completed_at is in the future.")
    if done_at < requested_at:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "completed_at is before the request.")
    return done_at


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
