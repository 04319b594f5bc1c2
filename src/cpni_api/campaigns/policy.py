"""Campaign rules as pure functions: the supervisory review of R-2009-d and the campaign's life."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PENDING_REVIEW = "pending_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    CLOSED = "closed"


def same_person(reviewer: str, requester: str) -> bool:
    """R-2009-d: the supervisor must be someone other than the requester. Identifiers are compared without
    case or surrounding space, so "J.Smith" cannot approve the request of "j.smith "."""
    return reviewer.strip().casefold() == requester.strip().casefold()


def review_refusal(status: str, reviewer: str, requester: str) -> str | None:
    """Why this review may not be recorded, or None. A campaign is reviewed once."""
    if status == Status.CLOSED:
        return "closed"
    if status != Status.PENDING_REVIEW:
        return "already_reviewed"
    if same_person(reviewer, requester):
        return "reviewer_is_requester"
    return None


def status_after_review(decision: str) -> Status:
    return Status.APPROVED if decision == "approved" else Status.REJECTED


def may_close(status: str) -> bool:
    return status in (Status.PENDING_REVIEW, Status.APPROVED, Status.CLOSED)
