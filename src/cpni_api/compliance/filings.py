"""The record that a year's certification was filed (R-2009-e): when, under which confirmation, signed by
whom. Each filing is one function in a `WriteContext` that records its audit row (ADR 0019)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.audit.context import WriteContext
from cpni_api.compliance import policy
from cpni_api.compliance.filing_schemas import FilingCreate, FilingOut
from cpni_api.compliance.models import CertificationFiling
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id


def record_filing(
    context: WriteContext, year: int, body: FilingCreate, calendar: BusinessCalendar
) -> CertificationFiling:
    """A filing for a year not over yet is refused (422 `CERTIFICATION_YEAR_NOT_OVER`): the certification
    covers a whole calendar year. `filed_at` lies between the year's end and now."""
    now = context.now()
    timezone = calendar.timezone
    if not policy.year_is_over(year, timezone, now):
        raise ProblemError(
            ErrorCode.CERTIFICATION_YEAR_NOT_OVER,
            f"The certification for {year} can be filed once the year is over in {timezone.key}.",
        )
    if body.filed_at > now:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "filed_at is in the future.")
    if body.filed_at < policy.certification_period(year, timezone)[1]:
        raise ProblemError(
            ErrorCode.INCONSISTENT_TIMESTAMPS, "filed_at is before the year it certifies ended."
        )
    filing = CertificationFiling(
        id=new_id("fil"),
        year=year,
        filed_at=body.filed_at,
        confirmation_number=body.confirmation_number,
        signed_by=body.signed_by,
        recorded_at=now,
    )
    context.session.add(filing)
    context.session.flush()
    view = filing_view(filing, calendar)
    context.audit.record(
        "certification.filed",
        subject_type="certification_filing",
        subject_id=filing.id,
        outcome="on_time" if view.on_time else "late",
        details={"year": year},
    )
    return filing


def filings_of(session: Session, year: int) -> list[CertificationFiling]:
    query = select(CertificationFiling).where(CertificationFiling.year == year)
    return list(session.scalars(query.order_by(CertificationFiling.filed_at, CertificationFiling.id)))


def filed_years(session: Session, years: list[int]) -> set[int]:
    query = select(CertificationFiling.year).where(CertificationFiling.year.in_(years)).distinct()
    return set(session.scalars(query))


def filing_view(filing: CertificationFiling, calendar: BusinessCalendar) -> FilingOut:
    due_on = policy.certification_filing_due_on(filing.year, calendar)
    deadline: datetime = policy.end_of_day(due_on, calendar.timezone)
    return FilingOut(
        id=filing.id,
        year=filing.year,
        filed_at=filing.filed_at,
        confirmation_number=filing.confirmation_number,
        signed_by=filing.signed_by,
        recorded_at=filing.recorded_at,
        due_on=due_on,
        on_time=filing.filed_at <= deadline,
    )
