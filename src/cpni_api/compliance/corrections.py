"""Corrections to compliance records (design.md §5): a complaint's resolution, a pretexter action's outcome.
Nothing is deleted; each correction is one function in a `WriteContext` whose audit row names what changed
(never the text: it may describe a customer's complaint), so the trail keeps every earlier state's fact."""

from __future__ import annotations

from sqlalchemy import select

from cpni_api.audit.context import WriteContext
from cpni_api.compliance.models import Complaint, PretexterAction
from cpni_api.compliance.schemas import ComplaintCorrection, PretexterActionCorrection
from cpni_api.core.errors import ErrorCode, ProblemError


def correct_complaint(context: WriteContext, complaint_id: str, body: ComplaintCorrection) -> Complaint:
    """R-2009-e: the resolution (and when it came); `resolved_at` lies between `received_at` and now."""
    query = select(Complaint).where(Complaint.id == complaint_id).with_for_update()
    complaint = context.session.scalars(query.execution_options(populate_existing=True)).one_or_none()
    if complaint is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No complaint has that id.")
    now = context.now()
    if body.resolved_at is not None:
        if body.resolved_at > now:
            raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "resolved_at is in the future.")
        if body.resolved_at < complaint.received_at:
            raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "resolved_at is before received_at.")
    changed = {
        name: value
        for name, value in (("resolution", body.resolution), ("resolved_at", body.resolved_at))
        if value is not None and getattr(complaint, name) != value
    }
    if not changed:
        raise ProblemError(ErrorCode.NOTHING_TO_CORRECT, "The complaint already says that.")
    previously_resolved = complaint.resolved_at is not None
    for name, value in changed.items():
        setattr(complaint, name, value)
    context.session.flush()
    context.audit.record(
        "complaint.corrected",
        account_id=complaint.account_id,
        subject_type="complaint",
        subject_id=complaint.id,
        outcome="resolution_corrected" if previously_resolved else "resolved",
        details={"changed": sorted(changed)},
    )
    return complaint


def correct_pretexter_action(
    context: WriteContext, action_id: str, body: PretexterActionCorrection
) -> PretexterAction:
    """R-2009-e: the certification explains each action, its outcome included."""
    query = select(PretexterAction).where(PretexterAction.id == action_id).with_for_update()
    action = context.session.scalars(query.execution_options(populate_existing=True)).one_or_none()
    if action is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No pretexter action has that id.")
    if action.outcome == body.outcome:
        raise ProblemError(ErrorCode.NOTHING_TO_CORRECT, "The action already has that outcome.")
    had_outcome = action.outcome is not None
    action.outcome = body.outcome
    context.session.flush()
    context.audit.record(
        "pretexter_action.corrected",
        subject_type="pretexter_action",
        subject_id=action.id,
        outcome="outcome_corrected" if had_outcome else "outcome_recorded",
        details={"kind": action.kind},
    )
    return action
