"""Every deadline the compliance officer owes, across domains (design.md §5): breach notices and holds ending
(R-2011), opt-out-failure letters (R-2009-f), trainings expiring (R-2009-b), the annual certification
(R-2009-e) and, under the 2024 breach rules, the annual summary of breaches not reported one by one
(R-2011-NEW-5). Read only; a voided breach owes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpni_api.breaches import annual_summary, views
from cpni_api.breaches import policy as breach_policy
from cpni_api.breaches.models import Breach
from cpni_api.compliance import filings
from cpni_api.compliance import policy as compliance_policy
from cpni_api.compliance.models import AgentTraining, OptOutFailure
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.obligations.policy import DUE_SOON, Dated, ObligationKind, Status, sort_key, status_of
from cpni_api.obligations.schemas import ObligationList, ObligationOut

_BREACH_RULES = {
    breach_policy.Regime.FCC_2007: {
        "law_enforcement_notice": "R-2011-b",
        "customer_notice": "R-2011-c",
        "hold": "R-2011-b-3",
    },
    breach_policy.Regime.FCC_2024: {
        "agency_notice": "R-2011-NEW-3",
        "customer_notice": "R-2011-NEW-7",
        "hold": "R-2011-NEW-6",
    },
}


@dataclass(frozen=True)
class _Found:
    kind: ObligationKind
    subject: tuple[str, str]
    dated: Dated
    rule_id: str
    summary: str
    breach_id: str | None = None
    # Set where another rule already decided the status (a breach notice, by the breach policy).
    status: Status | None = None


def list_obligations(
    session: Session,
    *,
    calendar: BusinessCalendar,
    now: datetime,
    breach_summary_due: tuple[int, int],
    statuses: set[str] | None = None,
) -> ObligationList:
    """`breach_summary_due` is the month and day the annual breach summary is due (ADR 0052)."""
    found = [
        *_breach_obligations(session, now),
        *_breach_summaries(session, calendar, breach_summary_due),
        *_opt_out_letters(session),
        *_trainings_expiring(session),
        *_certifications(session, calendar, now),
    ]
    items = []
    for item in found:
        status = item.status or status_of(item.dated, now)
        if statuses is not None and status.value not in statuses:
            continue
        subject_type, subject_id = item.subject
        items.append(
            ObligationOut(
                kind=item.kind,
                subject_type=subject_type,
                subject_id=subject_id,
                due_by=item.dated.due_by,
                status=status.value,
                rule_id=item.rule_id,
                summary=item.summary,
                deadline=item.dated.deadline,
                breach_id=item.breach_id,
            )
        )
    items.sort(key=lambda o: sort_key(Status(o.status), o.due_by, o.kind.value, o.subject_id))
    return ObligationList(items=items, generated_at=now, due_soon_days=DUE_SOON.days)


_BREACH_STATUS = {
    breach_policy.Status.OVERDUE: Status.OVERDUE,
    breach_policy.Status.DUE: Status.DUE,
    breach_policy.Status.IN_PROGRESS: Status.DUE,
    breach_policy.Status.WAITING: Status.UPCOMING,
}
_CHUNK = 200


def _breach_obligations(session: Session, now: datetime) -> list[_Found]:
    found: list[_Found] = []
    after = ""
    while True:
        chunk = list(
            session.scalars(
                select(Breach)
                .where(Breach.voided_at.is_(None), Breach.id > after)
                .order_by(Breach.id)
                .limit(_CHUNK)
            )
        )
        if not chunk:
            return found
        details = views.load_details(session, [breach.id for breach in chunk])
        for breach in chunk:
            found += _of_breach(breach, details[breach.id], now)
        after = chunk[-1].id


def _breach_summaries(session: Session, calendar: BusinessCalendar, due: tuple[int, int]) -> list[_Found]:
    """R-2011-NEW-5: each year with breaches excepted from the agency notice owes a summary until one is
    filed, however long ago the year was."""
    return [
        _Found(
            ObligationKind.ANNUAL_BREACH_SUMMARY,
            ("breach_summary", str(year)),
            Dated(annual_summary.deadline(year, due, calendar.timezone), True),
            "R-2011-NEW-5",
            f"File the annual summary of the {count} breach(es) of {year} not reported to the agencies one "
            "by one (fewer than 500 customers, no harm reasonably likely).",
        )
        for year, count in annual_summary.owed_years(session, calendar.timezone).items()
    ]


def _of_breach(breach: Breach, details: views.BreachDetails, now: datetime) -> list[_Found]:
    rules = _BREACH_RULES[breach_policy.Regime(breach.regime)]
    found: list[_Found] = []
    for obligation in views.open_obligations(breach, details, now):
        status = _BREACH_STATUS.get(obligation.status)
        if status is None:  # done, or not required
            continue
        if obligation.kind == "law_enforcement_notice":
            kind, summary = (
                ObligationKind.LAW_ENFORCEMENT_NOTICE,
                f"Notify law enforcement (USSS and FBI) of breach {breach.id} through the central reporting "
                "facility.",
            )
        elif obligation.kind == "agency_notice":
            kind, summary = (
                ObligationKind.AGENCY_BREACH_NOTICE,
                f"Notify the FCC, the Secret Service and the FBI of breach {breach.id} through the central "
                "reporting facility (the agency report: GET /v1/breaches/{id}/agency-report).",
            )
        else:
            kind, summary = (
                ObligationKind.CUSTOMER_BREACH_NOTICE,
                f"Notify the {breach.affected_account_count} affected customer(s) of breach {breach.id}.",
            )
        # A deadline where the rule sets one; else the date from which the notice is owed. A notice waiting on
        # another (customers wait for law enforcement, R-2011-a) has no date yet: the other one is listed.
        when = obligation.due_by or obligation.not_before
        if when is None and status is Status.UPCOMING:
            continue
        when = when or breach.customer_notice_not_before or now
        found.append(
            _Found(
                kind,
                ("breach", breach.id),
                Dated(when, obligation.due_by is not None),
                rules[obligation.kind],
                summary,
                breach_id=breach.id,
                status=status,
            )
        )
    for hold in details.holds:
        ends = views.as_hold(hold)
        if ends.active_at(now):
            found.append(
                _Found(
                    ObligationKind.LAW_ENFORCEMENT_HOLD_ENDS,
                    ("law_enforcement_hold", hold.id),
                    Dated(ends.ends_at, False),
                    rules["hold"],
                    f"The hold by {hold.agency} on breach {breach.id} ends: notify customers, or record the "
                    "agency's written extension.",
                    breach_id=breach.id,
                )
            )
    return found


def _opt_out_letters(session: Session) -> list[_Found]:
    pending = session.scalars(
        select(OptOutFailure)
        .where(OptOutFailure.fcc_notified_at.is_(None))
        .order_by(OptOutFailure.fcc_notice_due_by, OptOutFailure.id)
    )
    return [
        _Found(
            ObligationKind.OPT_OUT_FAILURE_LETTER,
            ("opt_out_failure", failure.id),
            Dated(failure.fcc_notice_due_by, True),
            "R-2009-f",
            f"Send the FCC the written notice of the opt-out failure of {failure.mechanisms}.",
        )
        for failure in pending
    ]


def _trainings_expiring(session: Session) -> list[_Found]:
    """Each agent whose trainings all expire: the latest expiry is when it must be trained again."""
    rows = session.execute(
        select(
            AgentTraining.agent_id,
            func.max(AgentTraining.expires_at),
            func.count() - func.count(AgentTraining.expires_at),
        ).group_by(AgentTraining.agent_id)
    )
    return [
        _Found(
            ObligationKind.TRAINING_EXPIRES,
            ("agent", agent_id),
            Dated(expires_at, True),
            "R-2009-b",
            f"Agent {agent_id}'s CPNI training expires: train the agent again.",
        )
        for agent_id, expires_at, never_expiring in rows
        if never_expiring == 0 and expires_at is not None
    ]


def _certifications(session: Session, calendar: BusinessCalendar, now: datetime) -> list[_Found]:
    """The certification of the year just over (until filed) and of the year in progress (upcoming)."""
    this_year = calendar.local_date(now).year
    years = [this_year - 1, this_year]
    filed = filings.filed_years(session, years)
    found = []
    for year in years:
        if year in filed:
            continue
        due_on = compliance_policy.certification_filing_due_on(year, calendar)
        found.append(
            _Found(
                ObligationKind.ANNUAL_CERTIFICATION,
                ("certification", str(year)),
                Dated(compliance_policy.end_of_day(due_on, calendar.timezone), True),
                "R-2009-e",
                f"File the annual CPNI certification for {year} in EB Docket No. 06-36.",
            )
        )
    return found
