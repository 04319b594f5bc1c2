from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from cpni_api.compliance.filing_schemas import CarrierProfileOut, FilingCertificate, FilingOut
from cpni_api.core.request_values import RequestDatetime
from cpni_api.line_security.schemas import LineSecuritySection


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Text = Annotated[str, Field(min_length=1, max_length=20_000), AfterValidator(_not_blank)]
ShortText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]
AgentId = Annotated[str, Field(min_length=1, max_length=100)]
ComplaintCategory = Literal[
    "employee_access", "disclosure_to_unauthorized_individuals", "unauthorized_online_access", "other"
]
PretexterActionKind = Literal[
    "lawsuit",
    "cease_and_desist",
    "law_enforcement_referral",
    "fcc_complaint",
    "state_complaint",
    "account_action",
    "other",
]
DisciplinaryActionKind = Literal[
    "warning", "retraining", "suspension", "access_revoked", "termination", "other"
]

_NO_CPNI = " Describe, never quote: no CPNI values."


class ComplaintCreate(BaseModel):
    """R-2009-e: a customer complaint about unauthorized release of CPNI."""

    model_config = ConfigDict(extra="forbid")

    received_at: RequestDatetime
    category: ComplaintCategory
    summary: Text = Field(description="What the customer complained of." + _NO_CPNI)
    account_id: str | None = Field(default=None, max_length=40)
    resolution: str | None = Field(default=None, max_length=20_000)
    resolved_at: RequestDatetime | None = None

    @model_validator(mode="after")
    def _resolved_after_received(self) -> ComplaintCreate:
        if self.resolved_at is not None and self.resolved_at < self.received_at:
            raise ValueError("resolved_at must not be before received_at")
        return self


class ComplaintOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    received_at: datetime
    category: ComplaintCategory
    summary: str
    account_id: str | None
    resolution: str | None
    resolved_at: datetime | None
    recorded_at: datetime


class ComplaintCorrection(BaseModel):
    """A complaint's resolution, recorded or corrected later (design.md §5); the complaint itself stays."""

    model_config = ConfigDict(extra="forbid")

    resolution: str | None = Field(default=None, min_length=1, max_length=20_000)
    resolved_at: RequestDatetime | None = None

    @model_validator(mode="after")
    def _something_to_correct(self) -> ComplaintCorrection:
        if self.resolution is None and self.resolved_at is None:
            raise ValueError("give resolution, resolved_at or both")
        return self


class PretexterActionCorrection(BaseModel):
    """The outcome of an action against a pretexter or data broker, known later (design.md §5)."""

    model_config = ConfigDict(extra="forbid")

    outcome: Text


class PretexterActionCreate(BaseModel):
    """R-2009-e: an action taken against a pretexter or data broker."""

    model_config = ConfigDict(extra="forbid")

    taken_at: RequestDatetime
    kind: PretexterActionKind
    target: ShortText = Field(description="The pretexter or data broker acted against.")
    description: Text
    outcome: str | None = Field(default=None, max_length=20_000)


class PretexterActionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    taken_at: datetime
    kind: PretexterActionKind
    target: str
    description: str
    outcome: str | None
    recorded_at: datetime


class OptOutFailureCreate(BaseModel):
    """R-2009-f: opt-out mechanisms that did not work properly, to a degree that is more than an anomaly."""

    model_config = ConfigDict(extra="forbid")

    detected_at: RequestDatetime
    mechanisms: Text = Field(description="Which opt-out mechanisms failed (web form, IVR, ...).")
    problem: Text
    remedy: str | None = Field(default=None, max_length=20_000)
    remedy_expected_at: RequestDatetime | None = None
    state_commission_notified: bool = False


class FccNoticeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    notified_at: RequestDatetime
    reference: ShortText


class OptOutFailureOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    detected_at: datetime
    mechanisms: str
    problem: str
    remedy: str | None
    remedy_expected_at: datetime | None
    state_commission_notified: bool
    fcc_notice_due_by: datetime = Field(description="R-2009-f: end of the 5th business day after detection.")
    fcc_notified_at: datetime | None
    fcc_reference: str | None
    fcc_notice_status: Literal["due", "overdue", "done", "done_late"] = "due"
    recorded_at: datetime


class DisciplinaryActionCreate(BaseModel):
    """R-2009-b: an action of the express disciplinary process."""

    model_config = ConfigDict(extra="forbid")

    taken_at: RequestDatetime
    action: DisciplinaryActionKind
    reason: Text
    complaint_id: str | None = Field(default=None, max_length=40)


class DisciplinaryActionOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    agent_id: str
    taken_at: datetime
    action: DisciplinaryActionKind
    reason: str
    complaint_id: str | None
    recorded_at: datetime


class TrainingCreate(BaseModel):
    """R-2009-b: a completed training on when CPNI may and may not be used."""

    model_config = ConfigDict(extra="forbid")

    completed_at: RequestDatetime
    expires_at: RequestDatetime | None = Field(
        default=None, description="Null: the training does not expire."
    )
    course: ShortText

    @model_validator(mode="after")
    def _expires_after_completion(self) -> TrainingCreate:
        if self.expires_at is not None and self.expires_at <= self.completed_at:
            raise ValueError("expires_at must be after completed_at")
        return self


class TrainingOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    agent_id: str
    course: str
    completed_at: datetime
    expires_at: datetime | None
    recorded_at: datetime


class TrainingList(BaseModel):
    agent_id: str
    trained_now: bool | None = Field(
        description="True: a training is valid now; false: trainings exist but none is valid; null: none."
    )
    items: list[TrainingOut]
    next_cursor: str | None


# --- the annual certification (R-2009-e) ---------------------------------------------------------------


class ComplaintsSection(BaseModel):
    total: int
    by_category: dict[str, int] = Field(description="Every category, zero included.")
    items: list[ComplaintOut]


class PretexterActionsSection(BaseModel):
    total: int
    by_kind: dict[str, int]
    items: list[PretexterActionOut]


class BreachSummary(BaseModel):
    id: str
    regime: str
    discovered_at: datetime
    determined_at: datetime
    cpni_involved: str
    affected_account_count: int
    law_enforcement_notice_due_by: datetime
    law_enforcement_notified_at: datetime | None
    law_enforcement_notified_on_time: bool | None
    fcc_notified_at: datetime | None
    customer_notice_not_before: datetime | None
    customer_notice_requested_at: datetime | None
    customer_notice_completed_at: datetime | None
    customers_notified: int
    holds: int
    public_disclosures: int


class BreachesSection(BaseModel):
    total: int
    affected_accounts: int
    customers_notified: int
    law_enforcement_notified_on_time: int
    law_enforcement_notified_late: int
    law_enforcement_not_notified: int
    items: list[BreachSummary]


class OptOutFailuresSection(BaseModel):
    total: int
    fcc_notified_on_time: int
    items: list[OptOutFailureOut]


class TrainingsSection(BaseModel):
    total: int
    agents_trained: int
    items: list[TrainingOut]


class DisciplinarySection(BaseModel):
    total: int
    by_action: dict[str, int]
    items: list[DisciplinaryActionOut]


class CampaignReviewSummary(BaseModel):
    reviewer: str
    decision: str
    reviewed_at: datetime


class CampaignSummary(BaseModel):
    """R-2009-c: a description of the campaign, the specific CPNI used and the products offered."""

    id: str
    description: str
    scope: str
    cpni_used: list[str]
    products_offered: list[str]
    requested_by: str
    status: str
    created_at: datetime
    closed_at: datetime | None
    reviews: list[CampaignReviewSummary] = Field(description="Its supervisory reviews dated in the year.")


class CampaignsSection(BaseModel):
    count: int = Field(description="Campaigns active at any time during the year.")
    by_status: dict[str, int]
    reviews: int = Field(description="Supervisory reviews dated in the year (R-2009-d).")
    reviews_by_decision: dict[str, int]
    items: list[CampaignSummary]


class LegalProcessDisclosure(BaseModel):
    usage_check_id: str
    account_id: str
    kind: str = Field(description="subpoena, court_order, warrant or other.")
    reference: str
    issued_by: str
    includes_location: bool
    decided_at: datetime


class RequiredByLawSection(BaseModel):
    """Disclosures allowed because the law compelled them (47 U.S.C. 222(c)(1)), by the usage checks that
    allowed them."""

    total: int
    by_kind: dict[str, int]
    items: list[LegalProcessDisclosure]


class EmergencyDisclosuresSection(BaseModel):
    """Location disclosures allowed in emergencies (47 U.S.C. 222(d)(4)), by recipient."""

    total: int
    by_recipient: dict[str, int]


class AnnualCertification(BaseModel):
    """R-2009-e: what the officer certifies for one calendar year, filed by March 1 of the next year."""

    year: int
    period_start: datetime
    period_end: datetime = Field(description="Exclusive.")
    period_text: str = Field(
        description="The period as a person reads it, e.g. 'January 1 to December 31, 2025'."
    )
    timezone: str
    due_on: date = Field(
        description="March 1 of the following year, rolled to the next business day when March 1 is not one "
        "(47 C.F.R. 1.4(j))."
    )
    nominal_due_on: date = Field(description="March 1 of the following year, the date the rule names.")
    due_on_text: str = Field(description="`due_on` as a person reads it, e.g. 'Monday, March 2, 2026'.")
    docket: str
    generated_at: datetime
    generated_text: str = Field(description="`generated_at` in the carrier's time zone, readable.")
    carrier: CarrierProfileOut | None = Field(
        description="The carrier the certification is filed for; null until `PUT /v1/carrier-profile`."
    )
    certificate: FilingCertificate
    filings: list[FilingOut] = Field(description="The filings recorded for the year, first first.")
    complaints: ComplaintsSection
    pretexter_actions: PretexterActionsSection
    breaches: BreachesSection
    voided_breaches: int = Field(
        description="Breaches determined in the year but voided as recorded by mistake; in no count above."
    )
    incidents_not_breaches: int = Field(
        default=0,
        description="Incidents determined in the year and recorded as no breach under their regime "
        "(inadvertent under the 2007 text, E28; the good-faith exception, R-2011-NEW-2); in no count above.",
    )
    opt_out_failures: OptOutFailuresSection
    trainings: TrainingsSection
    disciplinary_actions: DisciplinarySection
    campaigns: CampaignsSection = Field(
        description="Sales and marketing campaigns that used CPNI during the year, and the supervisory "
        "reviews of the year (R-2009-c/d)."
    )
    disclosures_required_by_law: RequiredByLawSection
    emergency_disclosures: EmergencyDisclosuresSection
    line_security: LineSecuritySection
