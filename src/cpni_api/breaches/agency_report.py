"""The agency report (R-2011-NEW-3, R-2011-NEW-4): the one document the officer pastes into the central
reporting facility, which reaches the FCC, the Secret Service and the FBI. Its seven fields come from the
breach record and the carrier profile; submitting it (`record.record_agency_notification`) needs all seven
and keeps them as submitted. Read only here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from cpni_api.breaches import classification, views
from cpni_api.breaches.models import Breach
from cpni_api.breaches.policy import Regime
from cpni_api.breaches.record_schemas import (
    AgencyReport,
    AgencyReportCarrier,
    AgencyReportFields,
    AgencySubmission,
)
from cpni_api.compliance.profile import find_profile

RECIPIENTS = [
    "Federal Communications Commission",
    "United States Secret Service",
    "Federal Bureau of Investigation",
]

# R-2011-NEW-4's items, in the rule's order, as the missing-field list and the PDF name them.
FIELD_LABELS = {
    "carrier": "(i) The carrier's address and contact information",
    "description": "(ii) A description of the breach incident",
    "method_of_compromise": "(iii) The method of compromise",
    "incident_date_range": "(iv) The date range of the incident",
    "approximate_customers_affected": "(v) The approximate number of customers affected",
    "estimated_financial_loss": "(vi) An estimate of financial loss to the carrier and customers, if any",
    "types_of_data_breached": "(vii) The types of data breached",
}


def report_fields(session: Session, breach: Breach) -> AgencyReportFields:
    profile = find_profile(session)
    record = classification.record_of(breach)
    return AgencyReportFields(
        carrier=AgencyReportCarrier(
            legal_name=profile.legal_name if profile else None,
            address=profile.address if profile else None,
            contact_name=profile.contact_name if profile else None,
            contact_phone=profile.contact_phone if profile else None,
            contact_email=profile.contact_email if profile else None,
        ),
        description=breach.description,
        method_of_compromise=breach.method_of_compromise,
        incident_date_range=record.incident_period,
        approximate_customers_affected=breach.affected_customer_count,
        estimated_financial_loss=record.estimated_financial_loss,
        types_of_data_breached=record.covered_data,
    )


def missing_fields(fields: AgencyReportFields) -> list[str]:
    """The R-2011-NEW-4 items still empty. The carrier's item needs its name, postal address and a way to
    reach its contact (a phone or an email)."""
    carrier = fields.carrier
    reachable = carrier.contact_name is not None and (carrier.contact_phone or carrier.contact_email)
    present = {
        "carrier": bool(carrier.legal_name and carrier.address and reachable),
        "description": bool(fields.description),
        "method_of_compromise": fields.method_of_compromise is not None,
        "incident_date_range": fields.incident_date_range is not None,
        "approximate_customers_affected": fields.approximate_customers_affected is not None,
        "estimated_financial_loss": fields.estimated_financial_loss is not None,
        "types_of_data_breached": fields.types_of_data_breached is not None,
    }
    return [name for name in FIELD_LABELS if not present[name]]


def build_report(session: Session, breach: Breach, *, now: datetime) -> AgencyReport:
    """The report as it stands now, and as it was submitted once it was. A 2007 breach shows the same fields
    (its law-enforcement notice has no fixed content, R-2011-b), `required` then naming that notice."""
    facts = views.facts_of(breach, views.load_details(session, [breach.id])[breach.id])
    required = views.agency_notice_required(facts)
    fields = report_fields(session, breach)
    missing = missing_fields(fields)
    submitted = None
    if breach.agency_report_submitted is not None and breach.law_enforcement_notified_at is not None:
        submitted = AgencySubmission(
            notified_at=breach.law_enforcement_notified_at,
            reference=breach.law_enforcement_reference or "",
            fields=AgencyReportFields.model_validate(breach.agency_report_submitted),
        )
    regime = Regime(breach.regime)
    return AgencyReport(
        breach_id=breach.id,
        regime=regime.value,
        recipients=RECIPIENTS if regime is Regime.FCC_2024 else RECIPIENTS[1:],
        required=required,
        due_by=breach.law_enforcement_notice_due_by if required else None,
        determined_at=breach.determined_at,
        discovered_at=breach.discovered_at,
        fields=fields,
        missing_fields=missing,
        complete=not missing,
        submitted=submitted,
        generated_at=now,
    )


__all__ = ["FIELD_LABELS", "RECIPIENTS", "build_report", "missing_fields", "report_fields"]
