"""The annual summary of the breaches excepted from the agency notice (R-2011-NEW-5 [M]): a 2024-regime
breach of fewer than 500 customers with no harm reasonably likely is not reported one by one, but in a
summary to the Commission for the calendar year it was reasonably determined in (the carrier's zone). Its
date is a setting (ADR 0052). The summary as a report, the record that it was filed, and the years still owed
(for the obligations). A voided breach, or an incident that is not a breach, is in no summary."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.breaches import classification, views
from cpni_api.breaches.changes import not_in_future
from cpni_api.breaches.models import Breach, BreachSummaryFiling
from cpni_api.breaches.policy import Regime
from cpni_api.breaches.record_schemas import (
    BreachAnnualSummary,
    SummaryBreach,
    SummaryFilingCreate,
    SummaryFilingOut,
)
from cpni_api.compliance import policy as dates
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id

_CHUNK = 200


def due_on(year: int, month_day: tuple[int, int]) -> date:
    """The summary of `year` is due on the configured month and day of the next year; not rolled to a
    business day, which could only make it later (ADR 0052)."""
    return date(year + 1, *month_day)


def deadline(year: int, month_day: tuple[int, int], zone: ZoneInfo) -> datetime:
    return dates.end_of_day(due_on(year, month_day), zone)


def summarised_breaches(session: Session, zone: ZoneInfo, year: int | None = None) -> dict[int, list[Breach]]:
    """The breaches in an annual summary, by year (all years, or one); in id order."""
    query = select(Breach).where(Breach.regime == Regime.FCC_2024.value, Breach.voided_at.is_(None))
    if year is not None:
        start, end = dates.certification_period(year, zone)
        query = query.where(Breach.determined_at >= start, Breach.determined_at < end)
    found: dict[int, list[Breach]] = defaultdict(list)
    after = ""
    while True:
        chunk = list(session.scalars(query.where(Breach.id > after).order_by(Breach.id).limit(_CHUNK)))
        if not chunk:
            return dict(found)
        details = views.load_details(session, [breach.id for breach in chunk])
        for breach in chunk:
            summary_year = views.annual_summary_year(breach, views.facts_of(breach, details[breach.id]), zone)
            if summary_year is not None:
                found[summary_year].append(breach)
        after = chunk[-1].id


def filings_of(session: Session, years: list[int]) -> list[BreachSummaryFiling]:
    query = select(BreachSummaryFiling).where(BreachSummaryFiling.year.in_(years))
    return list(session.scalars(query.order_by(BreachSummaryFiling.filed_at, BreachSummaryFiling.id)))


def filing_view(filing: BreachSummaryFiling, month_day: tuple[int, int], zone: ZoneInfo) -> SummaryFilingOut:
    return SummaryFilingOut(
        id=filing.id,
        year=filing.year,
        filed_at=filing.filed_at,
        reference=filing.reference,
        breach_ids=list(filing.breach_ids),
        recorded_at=filing.recorded_at,
        on_time=filing.filed_at <= deadline(filing.year, month_day, zone),
    )


def build_summary(
    session: Session, year: int, *, month_day: tuple[int, int], zone: ZoneInfo, now: datetime
) -> BreachAnnualSummary:
    breaches = summarised_breaches(session, zone, year).get(year, [])
    items = []
    for breach in breaches:
        record = classification.record_of(breach)
        items.append(
            SummaryBreach(
                id=breach.id,
                discovered_at=breach.discovered_at,
                determined_at=breach.determined_at,
                description=breach.description,
                circumstances=breach.circumstances,
                covered_data=record.covered_data,
                affected_customers=record.affected_customers,
                harm_assessment=record.harm_assessment,
                method_of_compromise=breach.method_of_compromise,
                incident_period=record.incident_period,
            )
        )
    return BreachAnnualSummary(
        year=year,
        due_on=due_on(year, month_day),
        timezone=zone.key,
        breaches=items,
        total=len(items),
        customers_affected=sum(breach.affected_customer_count or 0 for breach in breaches),
        filings=[filing_view(filing, month_day, zone) for filing in filings_of(session, [year])],
        generated_at=now,
    )


def record_filing(
    context: WriteContext, year: int, body: SummaryFilingCreate, *, month_day: tuple[int, int], zone: ZoneInfo
) -> BreachSummaryFiling:
    """The summary of a year not over cannot be filed (422 `BREACH_SUMMARY_YEAR_NOT_OVER`); `filed_at` lies
    between the year's end and now. The filing names the breaches it covered; filing again is an amended
    summary, and the obligation counts the first."""
    now = context.now()
    if not dates.year_is_over(year, zone, now):
        raise ProblemError(
            ErrorCode.BREACH_SUMMARY_YEAR_NOT_OVER,
            f"The breach summary for {year} can be filed once the year is over in {zone.key}.",
        )
    not_in_future("filed_at", body.filed_at, now)
    if body.filed_at < dates.certification_period(year, zone)[1]:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "filed_at is before the year it covers ended.")
    covered = [breach.id for breach in summarised_breaches(context.session, zone, year).get(year, [])]
    filing = BreachSummaryFiling(
        id=new_id("bsf"),
        year=year,
        filed_at=body.filed_at,
        reference=body.reference,
        breach_ids=covered,
        recorded_at=now,
    )
    context.session.add(filing)
    context.session.flush()
    context.audit.record(
        "breach_summary.filed",
        subject_type="breach_summary_filing",
        subject_id=filing.id,
        outcome="on_time" if filing_view(filing, month_day, zone).on_time else "late",
        details={"year": year, "breaches": len(covered)},
    )
    return filing


def owed_years(session: Session, zone: ZoneInfo) -> dict[int, int]:
    """Years whose summary has breaches and no filing yet, each with how many breaches it holds."""
    counts = {year: len(found) for year, found in summarised_breaches(session, zone).items()}
    filed = {filing.year for filing in filings_of(session, list(counts))}
    return {year: count for year, count in sorted(counts.items()) if year not in filed}
