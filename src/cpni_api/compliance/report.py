"""The annual CPNI certification data (R-2009-e) for one calendar year, read from the records.

Each section counts the records dated inside the year, in the carrier's local time (the business-day
timezone): complaints by `received_at`, pretexter actions by `taken_at`, breaches by `determined_at` (with
their notifications, whenever those happened), opt-out failures by `detected_at`, trainings by
`completed_at`, disciplinary actions by `taken_at`.

Campaigns and supervisory reviews (R-2009-c/d) come from the campaigns domain; the disclosures allowed as
required by law (222(c)(1)) and in emergencies (222(d)(4)) from the usage checks that allowed them, by
`decided_at`; line security (R-2010-h-10, R-5237-5) from the SIM-change and port-out requests by
`requested_at` and the lock changes by `changed_at`.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cpni_api.breaches import policy as breach_policy
from cpni_api.breaches.models import Breach, BreachAffectedAccount, LawEnforcementHold, PublicDisclosure
from cpni_api.campaigns.models import Campaign, CampaignReview
from cpni_api.carrier_policy.schemas import CarrierPolicyOut
from cpni_api.compliance import certificate, filings, policy, profile, readable, service
from cpni_api.compliance.filing_schemas import FilingCertificate
from cpni_api.compliance.models import (
    AgentTraining,
    Complaint,
    DisciplinaryAction,
    OptOutFailure,
    PretexterAction,
)
from cpni_api.compliance.procedures import statement_of_procedures
from cpni_api.compliance.schemas import (
    AnnualCertification,
    BreachesSection,
    BreachSummary,
    CampaignReviewSummary,
    CampaignsSection,
    CampaignSummary,
    ComplaintOut,
    ComplaintsSection,
    DisciplinaryActionOut,
    DisciplinarySection,
    EmergencyDisclosuresSection,
    LegalProcessDisclosure,
    OptOutFailuresSection,
    PretexterActionOut,
    PretexterActionsSection,
    RequiredByLawSection,
    TrainingOut,
    TrainingsSection,
)
from cpni_api.consent.models import UsageCheck
from cpni_api.consent.vocabulary import UsagePurpose
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.db import Base
from cpni_api.line_security.records import year_counts as line_security_counts

Row = TypeVar("Row", bound=Base)
_INSTANT = timedelta(microseconds=1)


def build_annual_certification(
    session: Session,
    *,
    year: int,
    calendar: BusinessCalendar,
    carrier_policy: CarrierPolicyOut,
    now: datetime,
) -> AnnualCertification:
    """The year's report, with the certificate filled in from the carrier's profile and the statement of
    procedures from `carrier_policy` (what the service enforces)."""
    timezone = calendar.timezone
    start, end = policy.certification_period(year, timezone)
    due_on = policy.certification_filing_due_on(year, calendar)

    def in_year(model: type[Row], column: InstrumentedAttribute[datetime]) -> list[Row]:
        query = select(model).where(column >= start, column < end).order_by(column, model.id)  # type: ignore[attr-defined]
        return list(session.scalars(query))

    complaints: list[Complaint] = in_year(Complaint, Complaint.received_at)
    by_category = dict.fromkeys(policy.COMPLAINT_CATEGORIES, 0)
    by_category.update(Counter(row.category for row in complaints))

    pretexter_actions: list[PretexterAction] = in_year(PretexterAction, PretexterAction.taken_at)
    failures: list[OptOutFailure] = in_year(OptOutFailure, OptOutFailure.detected_at)
    trainings: list[AgentTraining] = in_year(AgentTraining, AgentTraining.completed_at)
    disciplinary: list[DisciplinaryAction] = in_year(DisciplinaryAction, DisciplinaryAction.taken_at)
    determined: list[Breach] = in_year(Breach, Breach.determined_at)
    # A voided breach was recorded by mistake: it leaves the counts, and is only counted as voided. An
    # incident recorded as no breach under its regime (E28, R-2011-NEW-2) leaves them too, counted apart.
    recorded = [breach for breach in determined if breach.voided_at is None]
    breaches = [breach for breach in recorded if not _not_a_breach(breach)]
    carrier = profile.find_profile(session)

    return AnnualCertification(
        year=year,
        period_start=start,
        period_end=end,
        period_text=f"{readable.long_date(start.astimezone(timezone).date())} to "
        f"{readable.long_date((end - _INSTANT).astimezone(timezone).date())}",
        timezone=timezone.key,
        due_on=due_on,
        nominal_due_on=policy.certification_due_on(year),
        due_on_text=readable.weekday_date(due_on),
        docket=policy.CERTIFICATION_DOCKET,
        generated_at=now,
        generated_text=readable.local_instant(now, timezone),
        carrier=profile.profile_view(carrier) if carrier is not None else None,
        certificate=FilingCertificate(
            carrier_legal_name=carrier.legal_name if carrier else None,
            filer_id_499=carrier.filer_id_499 if carrier else None,
            frn=carrier.frn if carrier else None,
            officer_name=carrier.officer_name if carrier else None,
            officer_title=carrier.officer_title if carrier else None,
            statement=certificate.certification_statement(
                carrier.officer_name if carrier else None, carrier.legal_name if carrier else None
            ),
            complaints_statement=certificate.complaints_statement(len(complaints), by_category),
            pretexter_actions_statement=certificate.pretexter_actions_statement(len(pretexter_actions)),
            procedures=statement_of_procedures(carrier_policy),
        ),
        filings=[filings.filing_view(row, calendar) for row in filings.filings_of(session, year)],
        complaints=ComplaintsSection(
            total=len(complaints),
            by_category=by_category,
            items=[ComplaintOut.model_validate(row) for row in complaints],
        ),
        pretexter_actions=PretexterActionsSection(
            total=len(pretexter_actions),
            by_kind=dict(Counter(row.kind for row in pretexter_actions)),
            items=[PretexterActionOut.model_validate(row) for row in pretexter_actions],
        ),
        breaches=_breaches_section(session, breaches),
        voided_breaches=len(determined) - len(recorded),
        incidents_not_breaches=len(recorded) - len(breaches),
        opt_out_failures=OptOutFailuresSection(
            total=len(failures),
            fcc_notified_on_time=sum(
                1
                for row in failures
                if row.fcc_notified_at is not None and row.fcc_notified_at <= row.fcc_notice_due_by
            ),
            items=[service.opt_out_failure_view(row, now) for row in failures],
        ),
        trainings=TrainingsSection(
            total=len(trainings),
            agents_trained=len({row.agent_id for row in trainings}),
            items=[TrainingOut.model_validate(row) for row in trainings],
        ),
        disciplinary_actions=DisciplinarySection(
            total=len(disciplinary),
            by_action=dict(Counter(row.action for row in disciplinary)),
            items=[DisciplinaryActionOut.model_validate(row) for row in disciplinary],
        ),
        campaigns=_campaigns_section(session, start, end),
        **_statutory_sections(session, start, end),
        line_security=line_security_counts(session, start, end),
    )


def _statutory_sections(
    session: Session, start: datetime, end: datetime
) -> dict[str, RequiredByLawSection | EmergencyDisclosuresSection]:
    allowed = list(
        session.scalars(
            select(UsageCheck)
            .where(
                UsageCheck.purpose.in_([UsagePurpose.REQUIRED_BY_LAW.value, UsagePurpose.EMERGENCY.value]),
                UsageCheck.decided_at >= start,
                UsageCheck.decided_at < end,
                UsageCheck.decision == "allow",
            )
            .order_by(UsageCheck.decided_at, UsageCheck.id)
        )
    )
    by_law = [check for check in allowed if check.purpose == UsagePurpose.REQUIRED_BY_LAW]
    emergencies = [check for check in allowed if check.purpose == UsagePurpose.EMERGENCY]
    items = [
        LegalProcessDisclosure(
            usage_check_id=check.id,
            account_id=check.account_id,
            kind=str(process.get("kind")),
            reference=str(process.get("reference")),
            issued_by=str(process.get("issued_by")),
            includes_location=check.includes_location,
            decided_at=check.decided_at,
        )
        for check in by_law
        for process in [check.legal_process or {}]
    ]
    return {
        "disclosures_required_by_law": RequiredByLawSection(
            total=len(items), by_kind=dict(Counter(item.kind for item in items)), items=items
        ),
        "emergency_disclosures": EmergencyDisclosuresSection(
            total=len(emergencies),
            by_recipient=dict(Counter(str(check.emergency_recipient) for check in emergencies)),
        ),
    }


def _count_by_breach(session: Session, column: InstrumentedAttribute[str], ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = session.execute(select(column, func.count()).where(column.in_(ids)).group_by(column))
    return {str(breach_id): int(count) for breach_id, count in rows}


def _not_a_breach(breach: Breach) -> bool:
    regime = breach_policy.Regime(breach.regime)
    return (
        breach_policy.not_a_breach_on_record(regime, breach.intent, breach.good_faith_exception) is not None
    )


def _breaches_section(session: Session, breaches: list[Breach]) -> BreachesSection:
    ids = [breach.id for breach in breaches]
    holds = _count_by_breach(session, LawEnforcementHold.breach_id, ids)
    disclosures = _count_by_breach(session, PublicDisclosure.breach_id, ids)
    # The notified counts come from the per-account rows, not the breach's running counter.
    notified: dict[str, int] = {}
    if ids:
        rows = session.execute(
            select(BreachAffectedAccount.breach_id, func.count())
            .where(BreachAffectedAccount.breach_id.in_(ids), BreachAffectedAccount.notified_at.is_not(None))
            .group_by(BreachAffectedAccount.breach_id)
        )
        notified = {str(breach_id): int(count) for breach_id, count in rows}
    items = []
    for breach in breaches:
        notified_at = breach.law_enforcement_notified_at
        items.append(
            BreachSummary(
                id=breach.id,
                regime=breach.regime,
                discovered_at=breach.discovered_at,
                determined_at=breach.determined_at,
                cpni_involved=breach.cpni_involved,
                affected_account_count=breach.affected_account_count,
                law_enforcement_notice_due_by=breach.law_enforcement_notice_due_by,
                law_enforcement_notified_at=notified_at,
                law_enforcement_notified_on_time=(
                    None if notified_at is None else notified_at <= breach.law_enforcement_notice_due_by
                ),
                fcc_notified_at=breach.fcc_notified_at,
                customer_notice_not_before=breach.customer_notice_not_before,
                customer_notice_requested_at=breach.customer_notice_requested_at,
                customer_notice_completed_at=breach.customer_notice_completed_at,
                customers_notified=notified.get(breach.id, 0),
                holds=holds.get(breach.id, 0),
                public_disclosures=disclosures.get(breach.id, 0),
            )
        )
    return BreachesSection(
        total=len(items),
        affected_accounts=sum(item.affected_account_count for item in items),
        customers_notified=sum(item.customers_notified for item in items),
        law_enforcement_notified_on_time=sum(1 for item in items if item.law_enforcement_notified_on_time),
        law_enforcement_notified_late=sum(
            1 for item in items if item.law_enforcement_notified_on_time is False
        ),
        law_enforcement_not_notified=sum(1 for item in items if item.law_enforcement_notified_at is None),
        items=items,
    )


def _campaigns_section(session: Session, start: datetime, end: datetime) -> CampaignsSection:
    """Campaigns active at any time in [start, end) (created before its end, not closed before its start;
    R-2009-c), with the supervisory reviews dated in it (R-2009-d)."""
    campaigns = list(
        session.scalars(
            select(Campaign)
            .where(Campaign.created_at < end, or_(Campaign.closed_at.is_(None), Campaign.closed_at >= start))
            .order_by(Campaign.created_at, Campaign.id)
        )
    )
    reviews = list(
        session.scalars(
            select(CampaignReview)
            .where(CampaignReview.reviewed_at >= start, CampaignReview.reviewed_at < end)
            .order_by(CampaignReview.reviewed_at, CampaignReview.id)
        )
    )
    by_campaign: dict[str, list[CampaignReviewSummary]] = {}
    for review in reviews:
        by_campaign.setdefault(review.campaign_id, []).append(
            CampaignReviewSummary(
                reviewer=review.reviewer, decision=review.decision, reviewed_at=review.reviewed_at
            )
        )
    return CampaignsSection(
        count=len(campaigns),
        by_status=dict(Counter(campaign.status for campaign in campaigns)),
        reviews=len(reviews),
        reviews_by_decision=dict(Counter(review.decision for review in reviews)),
        items=[
            CampaignSummary(
                id=campaign.id,
                description=campaign.description,
                scope=campaign.scope,
                cpni_used=campaign.cpni_used,
                products_offered=campaign.products_offered,
                requested_by=campaign.requested_by,
                status=campaign.status,
                created_at=campaign.created_at,
                closed_at=campaign.closed_at,
                reviews=by_campaign.get(campaign.id, []),
            )
            for campaign in campaigns
        ],
    )
