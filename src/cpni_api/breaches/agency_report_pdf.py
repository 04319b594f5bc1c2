"""The agency report as a PDF (R-2011-NEW-3, R-2011-NEW-4), laid out like the certification filing (same
library, same fonts, `core.pdf`): each of the rule's seven items with its value, the ones still missing
named, and the report as submitted once it was. Dates read in the carrier's zone. A pure function of the
report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from zoneinfo import ZoneInfo

from cpni_api.breaches.agency_report import FIELD_LABELS
from cpni_api.breaches.record_schemas import AgencyReport, AgencyReportFields
from cpni_api.compliance.readable import local_instant
from cpni_api.core.pdf import Document

MISSING = "[missing]"


def _values(fields: AgencyReportFields, zone: ZoneInfo) -> dict[str, str | None]:
    carrier = fields.carrier
    contact = ", ".join(
        part for part in (carrier.contact_name, carrier.contact_phone, carrier.contact_email) if part
    )
    carrier_text = "; ".join(part for part in (carrier.legal_name, carrier.address, contact) if part) or None
    period = fields.incident_date_range
    period_text = None
    if period is not None:
        end = local_instant(period.ended_at, zone) if period.ended_at else "not known or ongoing"
        period_text = f"{local_instant(period.started_at, zone)} to {end}"
    loss = fields.estimated_financial_loss
    loss_text = None
    if loss is not None:
        loss_text = f"Carrier: US${loss.carrier_usd:,}; customers: US${loss.customers_usd:,}"
        loss_text += f". {loss.note}" if loss.note else ""
    kinds = fields.types_of_data_breached
    kinds_text = None
    if kinds is not None:
        named = [f"CPNI: {', '.join(k.replace('_', ' ') for k in kinds.cpni)}"] if kinds.cpni else []
        named += [f"PII: {', '.join(k.replace('_', ' ') for k in kinds.pii)}"] if kinds.pii else []
        kinds_text = "; ".join(named)
    customers = fields.approximate_customers_affected
    return {
        "carrier": carrier_text,
        "description": fields.description,
        "method_of_compromise": fields.method_of_compromise,
        "incident_date_range": period_text,
        "approximate_customers_affected": None if customers is None else f"{customers:,}",
        "estimated_financial_loss": loss_text,
        "types_of_data_breached": kinds_text,
    }


def _items(pdf: Document, fields: AgencyReportFields, zone: ZoneInfo) -> None:
    for name, value in _values(fields, zone).items():
        pdf.heading(FIELD_LABELS[name], 10)
        pdf.paragraph(value or MISSING, gap=2.5)


def render_agency_report_pdf(
    report: AgencyReport, *, timezone: str, fallback_fonts: Sequence[str] = ()
) -> bytes:
    zone = ZoneInfo(timezone)
    pdf = Document(fallback_fonts)
    company = report.fields.carrier.legal_name or MISSING
    pdf.footer_text = f"{company}, breach {report.breach_id}, notice under 47 C.F.R. § 64.2011"
    pdf.set_title(f"Breach notification, breach {report.breach_id}")
    pdf.set_author(company)
    pdf.set_creator("cpni-api")
    pdf.set_creation_date(report.generated_at.astimezone(UTC))
    pdf.add_page()
    pdf.heading("Notification of a breach of covered data", 15)
    pdf.paragraph(
        "For the central reporting facility (47 C.F.R. § 64.2011(a)), which notifies "
        + ", ".join(report.recipients)
        + ".",
        gap=3,
    )
    pdf.field("Breach:", f"{report.breach_id} (decided under the {report.regime} rules)", label_width=50)
    pdf.field("Discovered:", local_instant(report.discovered_at, zone), label_width=50)
    pdf.field("Reasonably determined:", local_instant(report.determined_at, zone), label_width=50)
    if report.required:
        pdf.field("Notice due by:", local_instant(report.due_by, zone), label_width=50)
    else:
        pdf.field(
            "Notice due by:",
            "not required: fewer than 500 customers and no harm reasonably likely; reported in the annual "
            "summary (R-2011-NEW-5)",
            label_width=50,
        )
    pdf.ln(4)
    source = report.submitted.fields if report.submitted is not None else report.fields
    if report.submitted is not None:
        pdf.heading("As submitted")
        pdf.paragraph(
            f"Submitted {local_instant(report.submitted.notified_at, zone)}, receipt "
            f"{report.submitted.reference}."
        )
    else:
        pdf.heading("The report (47 C.F.R. § 64.2011(a)(1)(i)-(vii))")
        if report.missing_fields:
            pdf.paragraph(
                "Still missing before it can be submitted: "
                + "; ".join(FIELD_LABELS[name] for name in report.missing_fields)
                + "."
            )
    _items(pdf, source, zone)
    pdf.ln(2)
    pdf.paragraph(f"Prepared {local_instant(report.generated_at, zone)} by the compliance service.", 8)
    return bytes(pdf.output())
