from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cpni_api.breaches.record_schemas import (
    AffectedCustomers,
    BreachRecordFields,
    CoveredData,
    EncryptionFacts,
    FinancialLoss,
    GoodFaithException,
    HarmAssessment,
    IncidentPeriod,
    ShortText,
    Text,
)
from cpni_api.core.request_values import RequestDatetime

# 30,000 ids fit in the default 1 MiB body; larger breaches add accounts in several requests.
MAX_ACCOUNTS_PER_REQUEST = 50_000
AccountId = Annotated[str, Field(min_length=1, max_length=40)]


class BreachCreate(BreachRecordFields):
    """R-2011-d, R-2011-NEW-10: the facts recorded for a breach. Describe the CPNI involved by kind, never by
    value. The 2024 record's parts (`covered_data`, `intent`, ...) may come now or later by `PATCH`."""

    model_config = ConfigDict(extra="forbid")

    discovered_at: RequestDatetime
    determined_at: RequestDatetime = Field(
        description="When the breach was reasonably determined; the law-enforcement clock starts here (E1)."
    )
    description: Text
    cpni_involved: Text = Field(description="A detailed description of the kinds of CPNI involved.")
    circumstances: Text
    affected_account_ids: list[AccountId] = Field(
        default_factory=list,
        max_length=MAX_ACCOUNTS_PER_REQUEST,
        description="Ids of affected accounts (duplicates are ignored). More can be added later.",
    )
    harm_reasonably_likely: bool | None = Field(
        default=None,
        description="2024 regime (R-2011-NEW-8): unassessed (null) counts as likely. `false` needs "
        "`harm_assessment` with its basis; `harm_assessment` alone is enough.",
    )

    @model_validator(mode="after")
    def _determined_after_discovery(self) -> BreachCreate:
        if self.determined_at < self.discovered_at:
            raise ValueError("determined_at must not be before discovered_at")
        assessed = self.harm_assessment
        if self.harm_reasonably_likely is False and assessed is None:
            raise ValueError(
                "a finding that no harm is reasonably likely needs harm_assessment with its basis and "
                "reviewer (R-2011-NEW-8)"
            )
        told = self.harm_reasonably_likely
        if assessed is not None and told is not None and assessed.harm_reasonably_likely != told:
            raise ValueError("harm_reasonably_likely contradicts harm_assessment")
        return self


class AffectedAccountsAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_ids: list[AccountId] = Field(min_length=1, max_length=MAX_ACCOUNTS_PER_REQUEST)


class LawEnforcementNotificationCreate(BaseModel):
    """R-2011-b: the notice to the USSS and FBI through the central reporting facility."""

    model_config = ConfigDict(extra="forbid")

    notified_at: RequestDatetime
    reference: ShortText = Field(description="The reporting facility's receipt or reference.")
    urgent_need: bool = Field(
        default=False,
        description="R-2011-b-2: the notice stated an extraordinarily urgent need to tell customers sooner.",
    )


class FccNotificationCreate(BaseModel):
    """2024 regime (R-2011-NEW): the notice to the FCC."""

    model_config = ConfigDict(extra="forbid")

    notified_at: RequestDatetime
    reference: ShortText


class HoldCreate(BaseModel):
    """R-2011-b-3: an agency's direction not to notify customers or disclose publicly."""

    model_config = ConfigDict(extra="forbid")

    directed_at: RequestDatetime
    until: RequestDatetime
    agency: ShortText
    extends_hold_id: str | None = Field(
        default=None, max_length=40, description="Set when this direction extends an earlier hold."
    )
    written_direction_reference: ShortText | None = Field(
        default=None, description="The agency's written direction; required for an extension."
    )


class HoldRelease(BaseModel):
    model_config = ConfigDict(extra="forbid")

    released_at: RequestDatetime
    written_notice_reference: ShortText = Field(
        description="The agency's written notice that disclosure no longer impedes the investigation."
    )


class ConsultationCreate(BaseModel):
    """R-2011-b-2: a consultation with the investigating agency (the urgent path needs one)."""

    model_config = ConfigDict(extra="forbid")

    consulted_at: RequestDatetime
    agency: ShortText
    contact: ShortText = Field(description="Who at the agency was consulted.")
    notes: str | None = Field(default=None, max_length=5000)


class PublicDisclosureCreate(BaseModel):
    """R-2011-a, E18: any public disclosure, voluntary or under state or local law."""

    model_config = ConfigDict(extra="forbid")

    channel: Literal["press_release", "website", "state_law_notice", "regulatory_filing", "other"]
    description: Text
    disclosed_at: RequestDatetime | None = Field(default=None, description="Defaults to now.")


class HoldOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    agency: str
    directed_at: datetime
    until: datetime
    written_direction_reference: str | None
    extends_hold_id: str | None
    released_at: datetime | None
    release_reference: str | None
    recorded_at: datetime
    active: bool = False


class ConsultationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    agency: str
    contact: str
    consulted_at: datetime
    notes: str | None
    recorded_at: datetime


class PublicDisclosureOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    channel: str
    description: str
    disclosed_at: datetime
    recorded_at: datetime


class BreachObligationOut(BaseModel):
    kind: Literal["law_enforcement_notice", "fcc_notice", "agency_notice", "customer_notice"] = Field(
        description="`agency_notice` (2024): one filing to the FCC, Secret Service and FBI (R-2011-NEW-3)."
    )
    status: Literal["overdue", "due", "waiting", "in_progress", "done", "not_required"]
    due_by: datetime | None
    not_before: datetime | None
    done_at: datetime | None
    late: bool = Field(default=False, description="Done, but after `due_by`.")


class CustomerNoticeOut(BaseModel):
    status: Literal["not_requested", "in_progress", "completed"]
    notified_count: int
    total: int
    requested_at: datetime | None
    completed_at: datetime | None
    allowed_now: bool = Field(description="Whether a customer notice may be sent at this moment.")
    reason: str = Field(description="Why it is (or is not) allowed now, e.g. `waiting_period`.")
    earliest_allowed_at: datetime | None


class BreachOut(BaseModel):
    id: str
    regime: Literal["2007", "2024"] = Field(
        description="The §64.2011 text the breach is decided under (E19)."
    )
    status: Literal["overdue", "due", "waiting", "in_progress", "closed", "voided", "not_a_breach"] = Field(
        description="The most urgent obligation's state as of now; `voided` once voided and `not_a_breach` "
        "when the incident is no breach under its regime (nothing is owed either way)."
    )
    discovered_at: datetime
    determined_at: datetime
    description: str
    cpni_involved: str
    circumstances: str
    harm_reasonably_likely: bool | None
    affected_account_count: int
    law_enforcement_notice_due_by: datetime
    law_enforcement_notified_at: datetime | None
    law_enforcement_reference: str | None
    urgent_need: bool
    customer_notice_not_before: datetime | None = Field(
        description="2007 regime: 7 full business days after the law-enforcement notice (R-2011-b-1)."
    )
    customer_notice_due_by: datetime | None = Field(description="2024 regime: determination + 30 days.")
    fcc_notice_required: bool
    fcc_notice_due_by: datetime | None
    fcc_notified_at: datetime | None
    fcc_reference: str | None
    customer_notice: CustomerNoticeOut
    obligations: list[BreachObligationOut]
    holds: list[HoldOut]
    agency_consultations: list[ConsultationOut]
    public_disclosures: list[PublicDisclosureOut]
    next_deadline: datetime | None = Field(description="The earliest deadline of an open obligation.")
    retained_until: datetime | None = Field(
        description="R-2011-d: the record may not be purged before this; null while obligations are open."
    )
    voided_at: datetime | None = Field(
        default=None,
        description="Set when the breach was voided as recorded by mistake; it then owes nothing.",
    )
    void_reason: str | None = None
    classification: Literal["breach", "not_a_breach"] = Field(
        default="breach", description="Under the breach's regime (R-2011-e, R-2011-NEW-2, E28)."
    )
    not_a_breach_reason: Literal["inadvertent_under_2007_text", "good_faith_employee_or_agent"] | None = None
    not_a_breach_detail: str | None = None
    intent: Literal["intentional", "inadvertent"] | None = None
    covered_data: CoveredData | None = None
    good_faith_exception: GoodFaithException | None = None
    affected_customers: AffectedCustomers | None = None
    harm_assessment: HarmAssessment | None = None
    encryption: EncryptionFacts | None = None
    encryption_safe_harbour: bool = Field(default=False, description="R-2011-NEW-8: no customer notice owed.")
    method_of_compromise: str | None = None
    incident_period: IncidentPeriod | None = None
    estimated_financial_loss: FinancialLoss | None = None
    credit_protection_offered: str | None = None
    agency_notice_required: bool = Field(
        default=True,
        description="2007: the law-enforcement notice; 2024: the one agency notice, owed unless fewer than "
        "500 customers and no harm reasonably likely (R-2011-NEW-5).",
    )
    agency_notice_due_by: datetime | None = None
    customer_notice_required: bool = True
    annual_summary_year: int | None = Field(
        default=None, description="2024: the year whose annual summary reports this breach (R-2011-NEW-5)."
    )
    agency_report_submitted_at: datetime | None = None
    created_at: datetime
    updated_at: datetime


class BreachVoid(BaseModel):
    """A breach recorded by mistake is voided, never deleted: it leaves the obligations and the report."""

    model_config = ConfigDict(extra="forbid")

    reason: Text = Field(description="Why the record was a mistake (e.g. a test entry, a wrong year).")


class AffectedAccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    account_id: str
    added_at: datetime
    notified_at: datetime | None
    event_id: str | None
