"""Compliance records: complaints, pretexter actions, opt-out failures, disciplinary actions, trainings.
Each change is one function made in a `WriteContext`: it checks, adds or changes the record and records its
audit row (ADR 0019). Services flush; whoever opened the session commits."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cpni_api.accounts.models import Account
from cpni_api.audit.context import WriteContext
from cpni_api.compliance import policy
from cpni_api.compliance.models import (
    AgentTraining,
    Complaint,
    DisciplinaryAction,
    OptOutFailure,
    PretexterAction,
)
from cpni_api.compliance.schemas import (
    ComplaintCreate,
    DisciplinaryActionCreate,
    FccNoticeCreate,
    OptOutFailureCreate,
    OptOutFailureOut,
    PretexterActionCreate,
    TrainingCreate,
)
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.db import Base
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id

Row = TypeVar("Row", bound=Base)
Period = tuple[datetime, datetime] | None


def _not_in_future(name: str, instant: datetime | None, now: datetime) -> None:
    if instant is not None and instant > now:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, f"{name} is in the future.")


def _add(
    context: WriteContext,
    record: Base,
    action: str,
    subject: tuple[str, str],
    *,
    outcome: str = "recorded",
    account_id: str | None = None,
    agent_id: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Adds a new compliance record, and its audit row naming it as the `subject` (type, id)."""
    context.session.add(record)
    context.session.flush()
    subject_type, subject_id = subject
    context.audit.record(
        action,
        account_id=account_id,
        agent_id=agent_id,
        subject_type=subject_type,
        subject_id=subject_id,
        outcome=outcome,
        details=details,
    )


def _page(
    session: Session,
    query: Select[Row],
    id_column: InstrumentedAttribute[str],
    after: str | None,
    limit: int,
) -> list[Row]:
    query = query.order_by(id_column).limit(limit)
    if after is not None:
        query = query.where(id_column > after)
    return list(session.scalars(query))


def _in_period(
    query: Select[Row],
    column: InstrumentedAttribute[datetime],
    period: tuple[datetime, datetime] | None,
) -> Select[Row]:
    if period is None:
        return query
    start, end = period
    return query.where(column >= start, column < end)


# --- complaints (R-2009-e) -----------------------------------------------------------------------------


def create_complaint(context: WriteContext, body: ComplaintCreate) -> Complaint:
    now = context.now()
    _not_in_future("received_at", body.received_at, now)
    _not_in_future("resolved_at", body.resolved_at, now)
    if body.account_id is not None and context.session.get(Account, body.account_id) is None:
        raise ProblemError(
            ErrorCode.UNKNOWN_ACCOUNT_IDS,
            "account_id is not a known account.",
            extensions={"unknown_account_ids": [body.account_id], "unknown_account_count": 1},
        )
    complaint = Complaint(id=new_id("cmp"), recorded_at=now, **body.model_dump())
    _add(
        context,
        complaint,
        "complaint.recorded",
        ("complaint", complaint.id),
        account_id=complaint.account_id,
        details={"category": complaint.category},
    )
    return complaint


def list_complaints(
    session: Session, *, period: tuple[datetime, datetime] | None, after: str | None, limit: int
) -> list[Complaint]:
    return _page(
        session, _in_period(select(Complaint), Complaint.received_at, period), Complaint.id, after, limit
    )


# --- pretexter and data-broker actions (R-2009-e) ------------------------------------------------------


def create_pretexter_action(context: WriteContext, body: PretexterActionCreate) -> PretexterAction:
    now = context.now()
    _not_in_future("taken_at", body.taken_at, now)
    action = PretexterAction(id=new_id("ptx"), recorded_at=now, **body.model_dump())
    _add(
        context,
        action,
        "pretexter_action.recorded",
        ("pretexter_action", action.id),
        details={"kind": action.kind},
    )
    return action


def list_pretexter_actions(
    session: Session, *, period: tuple[datetime, datetime] | None, after: str | None, limit: int
) -> list[PretexterAction]:
    query = _in_period(select(PretexterAction), PretexterAction.taken_at, period)
    return _page(session, query, PretexterAction.id, after, limit)


# --- opt-out mechanism failures (R-2009-f) -------------------------------------------------------------


def create_opt_out_failure(
    context: WriteContext, body: OptOutFailureCreate, no_later_than: BusinessCalendar
) -> OptOutFailure:
    """R-2009-f: the failure, with the day its written notice to the FCC is due."""
    now = context.now()
    _not_in_future("detected_at", body.detected_at, now)
    failure = OptOutFailure(
        id=new_id("oof"),
        fcc_notice_due_by=policy.opt_out_fcc_notice_due_by(body.detected_at, no_later_than),
        recorded_at=now,
        **body.model_dump(),
    )
    _add(
        context,
        failure,
        "opt_out_failure.recorded",
        ("opt_out_failure", failure.id),
        details={"fcc_notice_due_by": failure.fcc_notice_due_by.isoformat()},
    )
    return failure


def get_opt_out_failure(session: Session, failure_id: str, *, for_update: bool = False) -> OptOutFailure:
    query = select(OptOutFailure).where(OptOutFailure.id == failure_id)
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    failure = session.scalars(query).one_or_none()
    if failure is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No opt-out failure has that id.")
    return failure


def record_opt_out_fcc_notice(context: WriteContext, failure_id: str, body: FccNoticeCreate) -> OptOutFailure:
    """R-2009-f: the written notice to the FCC; recorded once, on time or late."""
    failure = get_opt_out_failure(context.session, failure_id, for_update=True)
    if failure.fcc_notified_at is not None:
        raise ProblemError(ErrorCode.FCC_ALREADY_NOTIFIED, "The FCC notice is already recorded.")
    now = context.now()
    _not_in_future("notified_at", body.notified_at, now)
    if body.notified_at < failure.detected_at:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "notified_at is before detected_at.")
    failure.fcc_notified_at = body.notified_at
    failure.fcc_reference = body.reference
    context.session.flush()
    context.audit.record(
        "opt_out_failure.fcc_notified",
        subject_type="opt_out_failure",
        subject_id=failure.id,
        outcome=policy.notice_status(failure.fcc_notice_due_by, failure.fcc_notified_at, now),
    )
    return failure


def opt_out_failure_view(failure: OptOutFailure, now: datetime) -> OptOutFailureOut:
    status = policy.notice_status(failure.fcc_notice_due_by, failure.fcc_notified_at, now)
    return OptOutFailureOut.model_validate(failure).model_copy(update={"fcc_notice_status": status})


def list_opt_out_failures(
    session: Session,
    *,
    period: tuple[datetime, datetime] | None,
    pending_only: bool,
    after: str | None,
    limit: int,
) -> list[OptOutFailure]:
    query = _in_period(select(OptOutFailure), OptOutFailure.detected_at, period)
    if pending_only:
        query = query.where(OptOutFailure.fcc_notified_at.is_(None))
    return _page(session, query, OptOutFailure.id, after, limit)


# --- agents: disciplinary actions and trainings (R-2009-b) ---------------------------------------------


def create_disciplinary_action(
    context: WriteContext, agent_id: str, body: DisciplinaryActionCreate
) -> DisciplinaryAction:
    now = context.now()
    _not_in_future("taken_at", body.taken_at, now)
    if body.complaint_id is not None and context.session.get(Complaint, body.complaint_id) is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No complaint has that complaint_id.")
    action = DisciplinaryAction(id=new_id("dsc"), agent_id=agent_id, recorded_at=now, **body.model_dump())
    _add(
        context,
        action,
        "disciplinary_action.recorded",
        ("disciplinary_action", action.id),
        outcome=action.action,
        agent_id=agent_id,
    )
    return action


def list_disciplinary_actions(
    session: Session,
    *,
    agent_id: str | None,
    period: tuple[datetime, datetime] | None,
    after: str | None,
    limit: int,
) -> list[DisciplinaryAction]:
    query = _in_period(select(DisciplinaryAction), DisciplinaryAction.taken_at, period)
    if agent_id is not None:
        query = query.where(DisciplinaryAction.agent_id == agent_id)
    return _page(session, query, DisciplinaryAction.id, after, limit)


def create_training(context: WriteContext, agent_id: str, body: TrainingCreate) -> AgentTraining:
    now = context.now()
    _not_in_future("completed_at", body.completed_at, now)
    training = AgentTraining(id=new_id("trn"), agent_id=agent_id, recorded_at=now, **body.model_dump())
    _add(
        context,
        training,
        "agent_training.recorded",
        ("agent_training", training.id),
        agent_id=agent_id,
        details={"course": training.course},
    )
    return training


def list_trainings(
    session: Session,
    *,
    agent_id: str | None,
    period: tuple[datetime, datetime] | None,
    after: str | None,
    limit: int,
) -> list[AgentTraining]:
    query = _in_period(select(AgentTraining), AgentTraining.completed_at, period)
    if agent_id is not None:
        query = query.where(AgentTraining.agent_id == agent_id)
    return _page(session, query, AgentTraining.id, after, limit)
