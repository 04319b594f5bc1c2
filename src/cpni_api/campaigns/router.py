"""Campaigns (R-2009-c) and their supervisor review (R-2009-d). A write route parses, authorizes and makes
its one change in `service`, which records the audit row (ADR 0019)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContextDep
from cpni_api.campaigns import service
from cpni_api.campaigns.schemas import (
    CampaignCreate,
    CampaignOut,
    EligibleAccountOut,
    ReviewCreate,
    ReviewOut,
)
from cpni_api.consent.service import carrier_policy
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/campaigns", tags=["campaigns"])
Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CAMPAIGNS_WRITE))]
CampaignId = Annotated[str, Path(max_length=40)]


@router.post(
    "",
    status_code=201,
    response_model=CampaignOut,
    summary="Register a campaign",
    responses=problems(ErrorCode.NOT_FOUND, ErrorCode.RECIPIENT_KIND_INVALID),
)
def create_campaign(body: CampaignCreate, principal: Writer, context: WriteContextDep) -> CampaignOut:
    """R-2009-c: the campaign record (description, CPNI used, products offered). It starts
    `pending_review` and cannot run until a supervisor other than the requester approves it (R-2009-d)."""
    campaign = service.create_campaign(context, body, created_by=principal.api_key_id)
    return service.campaign_view(context.session, campaign)


@router.get(
    "/{campaign_id}",
    response_model=CampaignOut,
    summary="Get a campaign and its reviews",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_campaign(campaign_id: CampaignId, _principal: Writer, session: DbSession) -> CampaignOut:
    """The campaign, its status and its supervisor reviews (R-2009-d)."""
    return service.campaign_view(session, service.get_campaign(session, campaign_id))


@router.post(
    "/{campaign_id}/reviews",
    status_code=201,
    response_model=ReviewOut,
    summary="Review a campaign",
    responses=problems(
        ErrorCode.CAMPAIGN_ALREADY_REVIEWED,
        ErrorCode.CAMPAIGN_NOT_OPEN,
        ErrorCode.NOT_FOUND,
        ErrorCode.REVIEWER_IS_REQUESTER,
    ),
)
def review_campaign(
    campaign_id: CampaignId,
    body: ReviewCreate,
    principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.CAMPAIGNS_APPROVE))],
    context: WriteContextDep,
) -> ReviewOut:
    """R-2009-d: a supervisor approves or rejects once; the reviewer may not be the requester (409
    `REVIEWER_IS_REQUESTER`)."""
    review = service.review_campaign(context, campaign_id, body, api_key_id=principal.api_key_id)
    return ReviewOut.model_validate(review)


@router.post(
    "/{campaign_id}/close",
    response_model=CampaignOut,
    summary="Close a campaign",
    responses=problems(ErrorCode.CAMPAIGN_NOT_OPEN, ErrorCode.NOT_FOUND),
)
def close_campaign(campaign_id: CampaignId, _principal: Writer, context: WriteContextDep) -> CampaignOut:
    """Idempotent. The campaign stops authorising use; its record is kept for a year after (R-2009-c)."""
    return service.campaign_view(context.session, service.close_campaign(context, campaign_id))


@router.get(
    "/{campaign_id}/eligible-accounts",
    response_model=Page[EligibleAccountOut],
    summary="Accounts whose approval permits the campaign now",
    responses=problems(ErrorCode.CAMPAIGN_NOT_RUNNABLE, ErrorCode.NOT_FOUND),
)
def list_eligible_accounts(
    campaign_id: CampaignId,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[EligibleAccountOut]:
    """By account id. 409 `CAMPAIGN_NOT_RUNNABLE` (with `reason_code`) unless the campaign is approved and
    open, its recipient's safeguards are in force and the carrier's own policy allows it
    (`THIRD_PARTY_SALE_PROHIBITED`). With the carrier's opt-in-only policy, only opt-in grants make an
    account eligible. Eligibility is as of the request: run a usage check (with `campaign_id`) right before
    each use."""
    now = clock.now()
    rows = service.eligible_accounts(
        session,
        campaign_id,
        now=now,
        today=calendar.local_date(now),
        after=cursor,
        limit=limit + 1,
        carrier=carrier_policy(settings),
    )
    return page_of(
        rows,
        limit,
        lambda row: EligibleAccountOut(
            account_id=row.account_id, basis=row.basis, approval_id=row.approval_id, notice_id=row.notice_id
        ),
        cursor=lambda row: row.account_id,
    )
