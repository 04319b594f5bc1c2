"""Reading breaches: their details, the facts the policy judges, the view an officer sees, and the lists
(R-2011). Nothing here changes a breach; the changes are in `service`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.breaches import assessment, policy
from cpni_api.breaches.classification import not_a_breach, record_of, safe_harbour
from cpni_api.breaches.models import (
    AgencyConsultation,
    Breach,
    BreachAffectedAccount,
    LawEnforcementHold,
    PublicDisclosure,
)
from cpni_api.breaches.policy import BreachFacts, Hold, NoticeDecision, Regime
from cpni_api.breaches.schemas import (
    BreachObligationOut,
    BreachOut,
    ConsultationOut,
    CustomerNoticeOut,
    HoldOut,
    PublicDisclosureOut,
)
from cpni_api.breaches.vocabulary import Intent
from cpni_api.core.errors import ErrorCode, ProblemError

# A breach recorded by mistake and voided (design.md §5): it owes nothing and leaves the report's counts.
VOIDED = "voided"


def get_breach(session: Session, breach_id: str, *, for_update: bool = False) -> Breach:
    query = select(Breach).where(Breach.id == breach_id)
    if for_update:
        # Serialises changes to one breach across replicas (SQLite already serialises writers).
        query = query.with_for_update().execution_options(populate_existing=True)
    breach = session.scalars(query).one_or_none()
    if breach is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No breach has that id.")
    return breach


@dataclass(frozen=True)
class BreachDetails:
    holds: list[LawEnforcementHold]
    consultations: list[AgencyConsultation]
    disclosures: list[PublicDisclosure]


def as_hold(row: LawEnforcementHold) -> Hold:
    return Hold(directed_at=row.directed_at, until=row.until, released_at=row.released_at)


def facts_of(breach: Breach, details: BreachDetails) -> BreachFacts:
    return BreachFacts(
        regime=Regime(breach.regime),
        determined_at=breach.determined_at,
        affected_count=breach.affected_account_count,
        harm_reasonably_likely=breach.harm_reasonably_likely,
        law_enforcement_notified_at=breach.law_enforcement_notified_at,
        urgent_need=breach.urgent_need,
        fcc_notified_at=breach.fcc_notified_at,
        consulted_at=tuple(row.consulted_at for row in details.consultations),
        holds=tuple(as_hold(row) for row in details.holds),
        customer_notice_not_before=breach.customer_notice_not_before,
        customer_notice_requested_at=breach.customer_notice_requested_at,
        customer_notice_completed_at=breach.customer_notice_completed_at,
        is_breach=not_a_breach(breach) is None,
        affected_customers=breach.affected_customer_count,
        encryption_safe_harbour=safe_harbour(breach),
    )


def agency_notice_required(facts: BreachFacts) -> bool:
    """2007: the law-enforcement notice, owed for every breach (R-2011-b); 2024: the one agency notice, owed
    unless R-2011-NEW-5 excepts the breach."""
    if not facts.is_breach:
        return False
    return facts.regime is Regime.FCC_2007 or policy.rule_for(facts.regime).fcc_notice_required(facts)


def annual_summary_year(breach: Breach, facts: BreachFacts, zone: ZoneInfo) -> int | None:
    """R-2011-NEW-5: the calendar year (in the carrier's zone) whose summary reports the breach, if any."""
    rule = policy.rule_for(facts.regime)
    reason = not_a_breach(breach)
    if breach.voided_at is not None or not assessment.in_annual_summary(
        facts.regime, reason, rule.fcc_notice_required(facts)
    ):
        return None
    return breach.determined_at.astimezone(zone).year


def load_details(session: Session, breach_ids: Iterable[str]) -> dict[str, BreachDetails]:
    """Holds, consultations and disclosures of several breaches: three queries, whatever their number."""
    ids = list(breach_ids)
    holds: dict[str, list[LawEnforcementHold]] = defaultdict(list)
    consultations: dict[str, list[AgencyConsultation]] = defaultdict(list)
    disclosures: dict[str, list[PublicDisclosure]] = defaultdict(list)
    if ids:
        for hold in session.scalars(
            select(LawEnforcementHold)
            .where(LawEnforcementHold.breach_id.in_(ids))
            .order_by(LawEnforcementHold.directed_at, LawEnforcementHold.id)
        ):
            holds[hold.breach_id].append(hold)
        for consultation in session.scalars(
            select(AgencyConsultation)
            .where(AgencyConsultation.breach_id.in_(ids))
            .order_by(AgencyConsultation.consulted_at, AgencyConsultation.id)
        ):
            consultations[consultation.breach_id].append(consultation)
        for disclosure in session.scalars(
            select(PublicDisclosure)
            .where(PublicDisclosure.breach_id.in_(ids))
            .order_by(PublicDisclosure.disclosed_at, PublicDisclosure.id)
        ):
            disclosures[disclosure.breach_id].append(disclosure)
    return {
        breach_id: BreachDetails(holds[breach_id], consultations[breach_id], disclosures[breach_id])
        for breach_id in ids
    }


def decide_customer_notice(session: Session, breach: Breach, *, at: datetime) -> NoticeDecision:
    facts = facts_of(breach, load_details(session, [breach.id])[breach.id])
    return policy.rule_for(facts.regime).customer_notice_decision(facts, at)


def open_obligations(breach: Breach, details: BreachDetails, now: datetime) -> list[policy.Obligation]:
    """What the carrier owes for the breach as of `now`; a voided breach owes nothing."""
    if breach.voided_at is not None:
        return []
    facts = facts_of(breach, details)
    return policy.obligations(facts, law_enforcement_due_by=breach.law_enforcement_notice_due_by, now=now)


def breach_status(breach: Breach, details: BreachDetails, now: datetime) -> str:
    if breach.voided_at is not None:
        return VOIDED
    if not_a_breach(breach) is not None:
        return policy.NOT_A_BREACH
    return policy.breach_status(open_obligations(breach, details, now))


def last_activity(breach: Breach, details: BreachDetails) -> datetime:
    """The last thing recorded about a breach, a hold's end included: its retention counts from here."""
    return max([breach.updated_at, *(as_hold(row).ends_at for row in details.holds)])


def retained_until(
    breach: Breach, details: BreachDetails, status: str, retention_years: int
) -> datetime | None:
    """R-2011-d: kept while anything is owed, then at least `retention_years` after the last activity (a void
    is the last activity of a voided breach)."""
    if status not in ("closed", VOIDED, policy.NOT_A_BREACH):
        return None
    return policy.retained_until(last_activity(breach, details), retention_years)


def breach_view(
    breach: Breach, details: BreachDetails, *, now: datetime, retention_years: int, zone: ZoneInfo
) -> BreachOut:
    facts = facts_of(breach, details)
    rule = policy.rule_for(facts.regime)
    record = record_of(breach)
    reason = not_a_breach(breach)
    agency_required = agency_notice_required(facts)
    submitted = breach.agency_report_submitted
    found = open_obligations(breach, details, now)
    status = breach_status(breach, details, now)
    decision = rule.customer_notice_decision(facts, now)
    fcc_required = rule.fcc_notice_required(facts)
    if breach.customer_notice_completed_at is not None:
        notice_status = "completed"
    elif breach.customer_notice_requested_at is not None:
        notice_status = "in_progress"
    else:
        notice_status = "not_requested"
    open_deadlines = [
        o.due_by for o in found if o.due_by is not None and o.status not in ("done", "not_required")
    ]
    return BreachOut(
        id=breach.id,
        regime=facts.regime.value,
        status=status,
        discovered_at=breach.discovered_at,
        determined_at=breach.determined_at,
        description=breach.description,
        cpni_involved=breach.cpni_involved,
        circumstances=breach.circumstances,
        harm_reasonably_likely=breach.harm_reasonably_likely,
        affected_account_count=breach.affected_account_count,
        law_enforcement_notice_due_by=breach.law_enforcement_notice_due_by,
        law_enforcement_notified_at=breach.law_enforcement_notified_at,
        law_enforcement_reference=breach.law_enforcement_reference,
        urgent_need=breach.urgent_need,
        customer_notice_not_before=breach.customer_notice_not_before,
        customer_notice_due_by=rule.customer_notice_due_by(facts),
        fcc_notice_required=fcc_required,
        fcc_notice_due_by=breach.law_enforcement_notice_due_by if fcc_required else None,
        fcc_notified_at=breach.fcc_notified_at,
        fcc_reference=breach.fcc_reference,
        customer_notice=CustomerNoticeOut(
            status=notice_status,
            notified_count=breach.notified_account_count,
            total=breach.affected_account_count,
            requested_at=breach.customer_notice_requested_at,
            completed_at=breach.customer_notice_completed_at,
            allowed_now=decision.allowed,
            reason=decision.reason.value,
            earliest_allowed_at=decision.earliest_allowed_at,
        ),
        obligations=[
            BreachObligationOut(
                kind=o.kind,
                status=o.status.value,
                due_by=o.due_by,
                not_before=o.not_before,
                done_at=o.done_at,
                late=o.late,
            )
            for o in found
        ],
        holds=[hold_view(row, now) for row in details.holds],
        agency_consultations=[ConsultationOut.model_validate(row) for row in details.consultations],
        public_disclosures=[PublicDisclosureOut.model_validate(row) for row in details.disclosures],
        next_deadline=min(open_deadlines) if open_deadlines else None,
        retained_until=retained_until(breach, details, status, retention_years),
        voided_at=breach.voided_at,
        void_reason=breach.void_reason,
        classification="breach" if reason is None else "not_a_breach",
        not_a_breach_reason=None if reason is None else reason.value,
        not_a_breach_detail=None if reason is None else assessment.not_a_breach_text(reason),
        intent=Intent(breach.intent).value if breach.intent is not None else None,
        covered_data=record.covered_data,
        good_faith_exception=record.good_faith_exception,
        affected_customers=record.affected_customers,
        harm_assessment=record.harm_assessment,
        encryption=record.encryption,
        encryption_safe_harbour=facts.encryption_safe_harbour,
        method_of_compromise=breach.method_of_compromise,
        incident_period=record.incident_period,
        estimated_financial_loss=record.estimated_financial_loss,
        credit_protection_offered=breach.credit_protection_offered,
        agency_notice_required=agency_required,
        agency_notice_due_by=breach.law_enforcement_notice_due_by if agency_required else None,
        customer_notice_required=rule.customer_notice_required(facts),
        annual_summary_year=annual_summary_year(breach, facts, zone),
        agency_report_submitted_at=None if submitted is None else breach.law_enforcement_notified_at,
        created_at=breach.created_at,
        updated_at=breach.updated_at,
    )


def view_of(
    session: Session, breach: Breach, *, now: datetime, retention_years: int, zone: ZoneInfo
) -> BreachOut:
    return breach_view(
        breach,
        load_details(session, [breach.id])[breach.id],
        now=now,
        retention_years=retention_years,
        zone=zone,
    )


LIST_SCAN_CHUNK = 200


def list_breaches(
    session: Session,
    *,
    statuses: set[str] | None,
    after_id: str | None,
    limit: int,
    now: datetime,
    retention_years: int,
    zone: ZoneInfo,
) -> list[BreachOut]:
    """Breaches in id (creation) order whose status as of `now` is one of `statuses` (all when None).

    The status depends on the clock, so it is computed here rather than filtered in SQL; a carrier records
    tens of breaches a year, and the scan reads them in chunks with their details in three queries each.
    """
    found: list[BreachOut] = []
    cursor = after_id
    while len(found) < limit:
        query = select(Breach).order_by(Breach.id).limit(LIST_SCAN_CHUNK)
        if cursor is not None:
            query = query.where(Breach.id > cursor)
        chunk = list(session.scalars(query))
        if not chunk:
            break
        details = load_details(session, [breach.id for breach in chunk])
        for breach in chunk:
            view = breach_view(
                breach, details[breach.id], now=now, retention_years=retention_years, zone=zone
            )
            if statuses is None or view.status in statuses:
                found.append(view)
                if len(found) == limit:
                    break
        cursor = chunk[-1].id
    return found


def list_affected_accounts(
    session: Session, breach_id: str, *, after_account_id: str | None, limit: int, notified: bool | None
) -> list[BreachAffectedAccount]:
    query = (
        select(BreachAffectedAccount)
        .where(BreachAffectedAccount.breach_id == breach_id)
        .order_by(BreachAffectedAccount.account_id)
        .limit(limit)
    )
    if after_account_id is not None:
        query = query.where(BreachAffectedAccount.account_id > after_account_id)
    if notified is not None:
        column = BreachAffectedAccount.notified_at
        query = query.where(column.is_not(None) if notified else column.is_(None))
    return list(session.scalars(query))


def hold_view(row: LawEnforcementHold, now: datetime) -> HoldOut:
    return HoldOut.model_validate(row).model_copy(update={"active": as_hold(row).active_at(now)})
