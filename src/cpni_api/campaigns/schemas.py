from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from cpni_api.consent.vocabulary import ApprovalScope


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Item = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_not_blank)]
Person = Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_not_blank)]
CampaignStatus = Literal["pending_review", "approved", "rejected", "closed"]


class CampaignCreate(BaseModel):
    """R-2009-c: a description, the specific CPNI used and the products and services offered."""

    model_config = ConfigDict(extra="forbid")

    description: Annotated[str, Field(min_length=1, max_length=2000), AfterValidator(_not_blank)]
    cpni_used: list[Item] = Field(min_length=1, max_length=50, description="The specific CPNI used.")
    products_offered: list[Item] = Field(min_length=1, max_length=50)
    scope: ApprovalScope = Field(description="Whose use: the carrier's own, or sharing with a recipient.")
    requested_by: Person = Field(description="The sales person requesting it; may not review it (R-2009-d).")
    purpose: Literal["marketing_communications_related", "marketing_non_communications_related"] = (
        "marketing_communications_related"
    )
    third_party_id: str | None = Field(
        default=None, max_length=40, description="The recipient; required for sharing scopes."
    )
    includes_location: bool = Field(
        default=False, description="The campaign uses location information (R-222-f)."
    )

    @field_validator("scope")
    @classmethod
    def _not_a_new_carrier(cls, scope: ApprovalScope) -> ApprovalScope:
        if scope == ApprovalScope.NEW_CARRIER_DISCLOSURE:
            raise ValueError("a new-carrier disclosure is the customer's request, not a campaign")
        return scope


class ReviewCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reviewer: Person = Field(description="The supervisor; never the requester (R-2009-d).")
    decision: Literal["approved", "rejected"]
    notes: str | None = Field(default=None, max_length=2000)


class ReviewOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    campaign_id: str
    reviewer: str
    decision: Literal["approved", "rejected"]
    notes: str | None
    reviewed_at: datetime


class CampaignOut(BaseModel):
    id: str
    description: str
    cpni_used: list[str]
    products_offered: list[str]
    scope: ApprovalScope
    purpose: str
    third_party_id: str | None
    includes_location: bool
    requested_by: str
    status: CampaignStatus
    created_at: datetime
    reviewed_at: datetime | None
    closed_at: datetime | None
    reviews: list[ReviewOut]


class EligibleAccountOut(BaseModel):
    account_id: str
    basis: Literal["opt_in", "opt_out", "express_written_authorization"]
    approval_id: str | None
    notice_id: str | None = Field(description="Opt-out: the notice whose waiting period has run.")
