"""Campaigns (R-2009-c) with supervisor review (R-2009-d) and the accounts eligible for them. Each change is
one function made in a `WriteContext`, which records its audit row (ADR 0019). Services flush; the request
commits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.campaigns import policy
from cpni_api.campaigns.models import Campaign, CampaignReview
from cpni_api.campaigns.schemas import CampaignCreate, CampaignOut, ReviewCreate, ReviewOut
from cpni_api.consent import eligibility
from cpni_api.consent.policy import CarrierPolicy, is_third_party_sale, recipient_problem, shape_problem
from cpni_api.consent.vocabulary import ApprovalScope
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.third_parties.service import as_recipient, get_third_party


def get_campaign(session: Session, campaign_id: str, *, for_update: bool = False) -> Campaign:
    query = select(Campaign).where(Campaign.id == campaign_id)
    if for_update:
        # Two supervisors reviewing at once: the second waits, then sees the first review.
        query = query.with_for_update().execution_options(populate_existing=True)
    campaign = session.scalars(query).one_or_none()
    if campaign is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No campaign has that id.")
    return campaign


def create_campaign(context: WriteContext, body: CampaignCreate, created_by: str) -> Campaign:
    """R-2009-c: the campaign record; it waits for a supervisor's review (R-2009-d)."""
    session = context.session
    recipient = None
    if body.third_party_id is not None:
        recipient = as_recipient(get_third_party(session, body.third_party_id))
    if shape_problem(body.scope, recipient) is not None:
        raise ProblemError(
            ErrorCode.RECIPIENT_KIND_INVALID,
            "carrier_marketing takes no third_party_id; a sharing scope needs a recipient of its kind.",
        )
    campaign = Campaign(
        id=new_id("cmp"),
        description=body.description,
        cpni_used=list(body.cpni_used),
        products_offered=list(body.products_offered),
        scope=body.scope.value,
        purpose=body.purpose,
        third_party_id=body.third_party_id,
        includes_location=body.includes_location,
        requested_by=body.requested_by,
        status=policy.Status.PENDING_REVIEW.value,
        created_at=context.now(),
        created_by=created_by,
    )
    session.add(campaign)
    session.flush()
    context.audit.record(
        "campaign.created",
        subject_type="campaign",
        subject_id=campaign.id,
        outcome=campaign.status,
        details={
            "scope": campaign.scope,
            "purpose": campaign.purpose,
            "third_party_id": campaign.third_party_id,
        },
    )
    return campaign


_REFUSALS = {
    "closed": (ErrorCode.CAMPAIGN_NOT_OPEN, "The campaign is closed."),
    "already_reviewed": (ErrorCode.CAMPAIGN_ALREADY_REVIEWED, "The campaign has already been reviewed."),
    "reviewer_is_requester": (
        ErrorCode.REVIEWER_IS_REQUESTER,
        "A supervisor other than the requester must review the campaign (R-2009-d).",
    ),
}


def review_campaign(
    context: WriteContext, campaign_id: str, body: ReviewCreate, api_key_id: str
) -> CampaignReview:
    """R-2009-d: a supervisor other than the requester approves or rejects, once."""
    campaign = get_campaign(context.session, campaign_id, for_update=True)
    refusal = policy.review_refusal(campaign.status, body.reviewer, campaign.requested_by)
    if refusal is not None:
        code, detail = _REFUSALS[refusal]
        raise ProblemError(code, detail)
    now = context.now()
    review = CampaignReview(
        id=new_id("rev"),
        campaign_id=campaign.id,
        reviewer=body.reviewer,
        decision=body.decision,
        notes=body.notes,
        reviewed_at=now,
        api_key_id=api_key_id,
    )
    context.session.add(review)
    campaign.status = policy.status_after_review(body.decision).value
    campaign.reviewed_at = now
    context.session.flush()
    context.audit.record(
        "campaign.reviewed",
        subject_type="campaign",
        subject_id=campaign.id,
        outcome=review.decision,
        details={"review_id": review.id, "reviewer": review.reviewer},
    )
    return review


def close_campaign(context: WriteContext, campaign_id: str) -> Campaign:
    """Idempotent. A closed campaign authorises no more use; its records are kept (R-2009-c). Only the close
    that changes the campaign is recorded."""
    campaign = get_campaign(context.session, campaign_id, for_update=True)
    if not policy.may_close(campaign.status):
        raise ProblemError(
            ErrorCode.CAMPAIGN_NOT_OPEN, "A rejected campaign never ran; there is nothing to close."
        )
    if campaign.status == policy.Status.CLOSED:
        return campaign
    campaign.status = policy.Status.CLOSED.value
    campaign.closed_at = context.now()
    context.session.flush()
    context.audit.record("campaign.closed", subject_type="campaign", subject_id=campaign.id, outcome="closed")
    return campaign


def campaign_view(session: Session, campaign: Campaign) -> CampaignOut:
    reviews = session.scalars(
        select(CampaignReview).where(CampaignReview.campaign_id == campaign.id).order_by(CampaignReview.id)
    )
    return CampaignOut(
        id=campaign.id,
        description=campaign.description,
        cpni_used=campaign.cpni_used,
        products_offered=campaign.products_offered,
        scope=ApprovalScope(campaign.scope),
        purpose=campaign.purpose,
        third_party_id=campaign.third_party_id,
        includes_location=campaign.includes_location,
        requested_by=campaign.requested_by,
        status=campaign.status,
        created_at=campaign.created_at,
        reviewed_at=campaign.reviewed_at,
        closed_at=campaign.closed_at,
        reviews=[ReviewOut.model_validate(review) for review in reviews],
    )


def eligible_accounts(
    session: Session,
    campaign_id: str,
    *,
    now: datetime,
    today: date,
    after: str | None,
    limit: int,
    carrier: CarrierPolicy,
) -> list[eligibility.EligibleAccount]:
    """The accounts whose approval permits the campaign now. The campaign must be approved and open
    (R-2009-d), its recipient's safeguards in force and the carrier's own no-sale promise kept; otherwise no
    account is eligible (409)."""
    campaign = get_campaign(session, campaign_id)
    if campaign.status != policy.Status.APPROVED:
        raise ProblemError(
            ErrorCode.CAMPAIGN_NOT_RUNNABLE,
            f"The campaign is {campaign.status}; only an approved, open campaign runs (R-2009-d).",
            extensions={
                "reason_code": "CAMPAIGN_NOT_APPROVED" if campaign.status != "closed" else "CAMPAIGN_CLOSED"
            },
        )
    recipient = (
        as_recipient(get_third_party(session, campaign.third_party_id)) if campaign.third_party_id else None
    )
    if carrier.no_third_party_sale and is_third_party_sale(campaign.scope, campaign.purpose, recipient):
        raise ProblemError(
            ErrorCode.CAMPAIGN_NOT_RUNNABLE,
            "The carrier's policy forbids disclosing CPNI to a third party for its own marketing.",
            extensions={"reason_code": "THIRD_PARTY_SALE_PROHIBITED"},
        )
    problem = recipient_problem(campaign.scope, recipient, today)
    if problem is not None:
        raise ProblemError(
            ErrorCode.CAMPAIGN_NOT_RUNNABLE,
            "The campaign's recipient may not receive CPNI now.",
            extensions={"reason_code": problem.value},
        )
    return eligibility.eligible_accounts(
        session,
        scope=campaign.scope,
        purpose=campaign.purpose,
        recipient=recipient,
        includes_location=campaign.includes_location,
        now=now,
        after_account_id=after,
        limit=limit,
        carrier=carrier,
    )
