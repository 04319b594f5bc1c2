"""The 2024 breach record's request and response shapes (R-2011-NEW-2, -4, -5, -8, -9, -10): covered data by
kind, intent, the good-faith exception, the declared customer count and the harm assessment with their bases,
the encryption safe harbour, the agency report's fields (as a document) and the annual summary. The
customer notice's content is a webhook payload (`notifications/payloads.py`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from cpni_api.breaches.vocabulary import CpniKind, Intent, PiiKind
from cpni_api.core.request_values import RequestDatetime


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Text = Annotated[str, Field(min_length=1, max_length=20_000), AfterValidator(_not_blank)]
ShortText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]
MAX_CUSTOMERS = 1_000_000_000


class CoveredData(BaseModel):
    """R-2011-NEW-2: covered data is CPNI and personally identifiable information, named by kind."""

    model_config = ConfigDict(extra="forbid")

    cpni: list[CpniKind] = Field(default_factory=list, max_length=len(CpniKind))
    pii: list[PiiKind] = Field(default_factory=list, max_length=len(PiiKind))

    @model_validator(mode="after")
    def _some_and_each_once(self) -> CoveredData:
        if not self.cpni and not self.pii:
            raise ValueError("name at least one kind of CPNI or PII")
        self.cpni = sorted(set(self.cpni))
        self.pii = sorted(set(self.pii))
        return self


class GoodFaithException(BaseModel):
    """R-2011-NEW-2: the good-faith acquisition by an employee or agent; it makes the incident no breach only
    when all three conditions hold, with the reason on the record."""

    model_config = ConfigDict(extra="forbid")

    by_employee_or_agent: bool
    acquired_in_good_faith: bool
    not_used_improperly_or_further_disclosed: bool
    reason: Text = Field(description="The evidence for the three conditions (who, how, what was done after).")


class AffectedCustomers(BaseModel):
    """R-2011-NEW-5, E27: customers, not accounts or lines, deduplicated; with how they were counted."""

    model_config = ConfigDict(extra="forbid")

    count: int = Field(ge=0, le=MAX_CUSTOMERS)
    basis: Text = Field(description="How the count was made (R-2011-NEW-10).")


class HarmAssessment(BaseModel):
    """R-2011-NEW-8: harm is presumed; a finding either way is written down with its basis and reviewer."""

    model_config = ConfigDict(extra="forbid")

    harm_reasonably_likely: bool
    basis: Text
    assessed_by: ShortText = Field(description="The named reviewer who made the finding.")


class EncryptionFacts(BaseModel):
    """R-2011-NEW-8: the safe harbour applies when the data was encrypted and, on definitive evidence, the
    key was not also compromised."""

    model_config = ConfigDict(extra="forbid")

    data_encrypted: bool
    key_compromised: bool
    evidence: Text


class IncidentPeriod(BaseModel):
    """R-2011-NEW-4 (iv): the incident's date range; `ended_at` null while unknown or ongoing."""

    model_config = ConfigDict(extra="forbid")

    started_at: RequestDatetime
    ended_at: RequestDatetime | None = None

    @model_validator(mode="after")
    def _in_order(self) -> IncidentPeriod:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("ended_at must not be before started_at")
        return self


class FinancialLoss(BaseModel):
    """R-2011-NEW-4 (vi): an estimate of the financial loss to the carrier and to customers, if any (0)."""

    model_config = ConfigDict(extra="forbid")

    carrier_usd: int = Field(ge=0, le=10**15)
    customers_usd: int = Field(ge=0, le=10**15)
    note: str | None = Field(default=None, max_length=2000)


class BreachRecordFields(BaseModel):
    """The 2024 record, every part optional (learnt as the investigation goes); a missing part keeps the
    duty it would lift (ADR 0050)."""

    model_config = ConfigDict(extra="forbid")

    intent: Intent | None = Field(
        default=None,
        description="`inadvertent` is a breach under the 2024 rules, not under the 2007 text (E28); "
        "unstated counts as intentional.",
    )
    covered_data: CoveredData | None = None
    good_faith_exception: GoodFaithException | None = None
    affected_customers: AffectedCustomers | None = Field(
        default=None, description="Undeclared counts as 500 or more (E27)."
    )
    harm_assessment: HarmAssessment | None = Field(
        default=None, description="Unassessed counts as harm reasonably likely (R-2011-NEW-8)."
    )
    encryption: EncryptionFacts | None = None
    method_of_compromise: Text | None = None
    incident_period: IncidentPeriod | None = None
    estimated_financial_loss: FinancialLoss | None = None
    credit_protection_offered: Text | None = Field(
        default=None,
        description="Credit monitoring, reporting or freeze the carrier offers; quoted in the customer "
        "notice (R-2011-NEW-9 (v)).",
    )


class BreachRecordUpdate(BreachRecordFields):
    """`PATCH /v1/breaches/{id}`: the fields sent replace the record's (null clears one)."""


class AgencyReportCarrier(BaseModel):
    legal_name: str | None
    address: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None


class AgencyReportFields(BaseModel):
    """R-2011-NEW-4 (i)-(vii), the minimum content of the notice to the central reporting facility."""

    carrier: AgencyReportCarrier = Field(description="(i) The carrier's address and contact information.")
    description: str = Field(description="(ii) A description of the breach incident.")
    method_of_compromise: str | None = Field(description="(iii) The method of compromise.")
    incident_date_range: IncidentPeriod | None = Field(description="(iv) The date range of the incident.")
    approximate_customers_affected: int | None = Field(
        description="(v) The approximate number of customers affected."
    )
    estimated_financial_loss: FinancialLoss | None = Field(
        description="(vi) An estimate of financial loss to the carrier and customers, if any."
    )
    types_of_data_breached: CoveredData | None = Field(description="(vii) The types of data breached.")


class AgencySubmission(BaseModel):
    notified_at: datetime
    reference: str
    fields: AgencyReportFields = Field(description="The report exactly as submitted.")


class AgencyReport(BaseModel):
    """The document the officer pastes into the central reporting facility (R-2011-NEW-3, -4)."""

    breach_id: str
    regime: Literal["2007", "2024"]
    rule_id: str = "R-2011-NEW-4"
    recipients: list[str] = Field(description="One filing reaches all three (R-2011-NEW-3).")
    required: bool = Field(description="False for a breach excepted by R-2011-NEW-5 (annual summary).")
    due_by: datetime | None = Field(description="7 business days after reasonable determination (E1).")
    determined_at: datetime
    discovered_at: datetime
    fields: AgencyReportFields
    missing_fields: list[str] = Field(description="R-2011-NEW-4 items still empty; submitting needs none.")
    complete: bool
    submitted: AgencySubmission | None
    generated_at: datetime


class AgencyNotificationCreate(BaseModel):
    """R-2011-NEW-3: the one filing at the central reporting facility (FCC, Secret Service and FBI)."""

    model_config = ConfigDict(extra="forbid")

    notified_at: RequestDatetime
    reference: ShortText = Field(description="The reporting facility's receipt.")


class SummaryBreach(BaseModel):
    id: str
    discovered_at: datetime
    determined_at: datetime
    description: str
    circumstances: str
    covered_data: CoveredData | None
    affected_customers: AffectedCustomers | None
    harm_assessment: HarmAssessment | None
    method_of_compromise: str | None
    incident_period: IncidentPeriod | None


class SummaryFilingCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filed_at: RequestDatetime
    reference: ShortText = Field(description="The Commission's confirmation of the filing.")


class SummaryFilingOut(BaseModel):
    id: str
    year: int
    filed_at: datetime
    reference: str
    breach_ids: list[str] = Field(description="The breaches the summary filed covered.")
    recorded_at: datetime
    on_time: bool


class BreachAnnualSummary(BaseModel):
    """R-2011-NEW-5 [M]: the year's breaches excepted from the agency notice (fewer than 500 customers, no
    harm reasonably likely), summarised to the Commission."""

    year: int
    rule_id: str = "R-2011-NEW-5"
    due_on: date = Field(description="`CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year (ADR 0052).")
    timezone: str
    breaches: list[SummaryBreach]
    total: int
    customers_affected: int
    filings: list[SummaryFilingOut]
    generated_at: datetime
