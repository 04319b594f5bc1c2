"""The annual certification as the filing itself, a PDF (R-2009-e, EB Docket No. 06-36): the officer's
certification, the accompanying statement of operating procedures, the complaints by category, the actions
against pretexters, the breaches and their notices, with dates readable in the carrier's time zone.

fpdf2 lays it out; the text is set in DejaVu Sans, the TrueType font matplotlib ships (so every fresh install
has it), embedded and subset, with a ToUnicode map so the text can be extracted and searched. Glyphs DejaVu
lacks (CJK, for instance) come from the fallback fonts of `CPNI_PDF_FALLBACK_FONTS` that exist (ADR 0041).
A pure function of the report: the same report gives the same document.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from zoneinfo import ZoneInfo

from fpdf import XPos, YPos

from cpni_api.compliance.certificate import BLANK, COMPLAINT_CATEGORY_TITLES
from cpni_api.compliance.readable import NONE, local_date, local_instant, long_date, plural
from cpni_api.compliance.schemas import AnnualCertification
from cpni_api.core.pdf import FONT, Document


def render_pdf(report: AnnualCertification, *, fallback_fonts: Sequence[str] = ()) -> bytes:
    zone = ZoneInfo(report.timezone)
    certificate = report.certificate
    pdf = Document(fallback_fonts)
    company = certificate.carrier_legal_name or BLANK
    pdf.footer_text = f"{company}, CPNI certification for calendar year {report.year}, {report.docket}"
    pdf.set_title(f"Annual 64.2009(e) CPNI Certification, calendar year {report.year}")
    pdf.set_author(company)
    pdf.set_creator("cpni-api")
    pdf.set_creation_date(report.generated_at.astimezone(UTC))
    pdf.add_page()

    heading, paragraph = pdf.heading, pdf.paragraph

    def field(label: str, value: str | None) -> None:
        pdf.field(label, value, blank=BLANK)

    def table(headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[int]) -> None:
        pdf.grid(headers, rows, widths, blank=NONE)

    heading("Annual 47 C.F.R. § 64.2009(e) CPNI Certification", 15)
    paragraph(report.docket, 12, 1)
    paragraph(
        f"Annual 64.2009(e) CPNI Certification for {report.year + 1}, covering the prior calendar year "
        f"{report.year} ({report.period_text}, {report.timezone}).",
        10,
        3,
    )
    field("Date filed:", ", ".join(long_date(f.filed_at.astimezone(zone).date()) for f in report.filings))
    field("Due on or before:", _due_text(report))
    field("Name of company covered:", certificate.carrier_legal_name)
    field("Form 499 Filer ID:", certificate.filer_id_499)
    field("FCC Registration Number:", certificate.frn or NONE)
    field("Name of signatory:", certificate.officer_name)
    field("Title of signatory:", certificate.officer_title)
    pdf.ln(4)
    paragraph(certificate.statement)
    paragraph(certificate.pretexter_actions_statement)
    paragraph(certificate.complaints_statement, gap=8)
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 6, "Signed: ____________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(
        0, 6, f"{certificate.officer_name or BLANK}, {certificate.officer_title or BLANK}", new_x=XPos.LMARGIN
    )
    pdf.ln(10)
    paragraph(
        "Attachments: the accompanying statement of operating procedures; customer complaints by category; "
        "actions taken against data brokers and pretexters; breaches of CPNI and their notices.",
        9,
    )

    pdf.add_page()
    heading("Accompanying statement of operating procedures")
    paragraph(
        f"{company} protects its customers' CPNI through the following procedures, which its compliance "
        "service enforces and records. Each names the rule it answers (47 C.F.R. §§ 64.2001-64.2011).",
        gap=3,
    )
    for statement in certificate.procedures:
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(0, 5, statement.topic, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        paragraph(statement.text, gap=0.5)
        paragraph(f"Rules: {', '.join(statement.rule_ids)}", 7.5, 3)

    pdf.add_page()
    heading("Customer complaints concerning the unauthorized release of CPNI")
    paragraph(certificate.complaints_statement)
    complaints = report.complaints
    table(
        ["Category", "Complaints"],
        [
            (COMPLAINT_CATEGORY_TITLES.get(key, key).capitalize(), count)
            for key, count in complaints.by_category.items()
        ]
        + [("Total", complaints.total)],
        [130, 40],
    )
    if complaints.items:
        table(
            ["Received", "Category", "Summary", "Resolved", "Resolution"],
            [
                (
                    local_date(c.received_at, zone),
                    COMPLAINT_CATEGORY_TITLES.get(c.category, c.category),
                    c.summary,
                    local_date(c.resolved_at, zone),
                    c.resolution,
                )
                for c in complaints.items
            ],
            [26, 34, 54, 26, 36],
        )

    heading("Actions taken against data brokers and pretexters")
    paragraph(certificate.pretexter_actions_statement)
    if report.pretexter_actions.items:
        table(
            ["Taken", "Kind", "Against", "Description", "Outcome"],
            [
                (local_date(a.taken_at, zone), a.kind.replace("_", " "), a.target, a.description, a.outcome)
                for a in report.pretexter_actions.items
            ],
            [26, 28, 34, 50, 38],
        )

    breaches = report.breaches
    heading("Breaches of CPNI and their notices")
    paragraph(
        f"{plural(breaches.total, 'breach', 'breaches')} reasonably determined in the year, affecting "
        f"{plural(breaches.affected_accounts, 'account')}; {plural(breaches.customers_notified, 'customer')} "
        f"notified. Law enforcement notified on time: {breaches.law_enforcement_notified_on_time}; late: "
        f"{breaches.law_enforcement_notified_late}; not notified: {breaches.law_enforcement_not_notified}."
        + (
            f" Incidents recorded as no breach, in no count: {report.incidents_not_breaches}."
            if report.incidents_not_breaches
            else ""
        )
    )
    if breaches.items:
        table(
            ["Determined", "CPNI involved", "Law enforcement due", "Law enforcement notified", "Customers"],
            [
                (
                    local_date(b.determined_at, zone),
                    b.cpni_involved,
                    local_date(b.law_enforcement_notice_due_by, zone),
                    local_date(b.law_enforcement_notified_at, zone),
                    f"{b.customers_notified} of {b.affected_account_count} notified"
                    + (f"; {plural(b.holds, 'hold')}" if b.holds else ""),
                )
                for b in breaches.items
            ],
            [26, 52, 30, 30, 38],
        )

    heading("Other records of the year")
    failures = report.opt_out_failures
    trainings = report.trainings
    campaigns = report.campaigns
    paragraph(
        f"Opt-out mechanism failures: {failures.total} (the Commission notified within 5 business days: "
        f"{failures.fcc_notified_on_time}). Trainings completed: {trainings.total}, by "
        f"{plural(trainings.agents_trained, 'agent')}. Disciplinary actions: "
        f"{report.disciplinary_actions.total}. Campaigns that used CPNI: {campaigns.count}, with "
        f"{plural(campaigns.reviews, 'supervisory review')}. Disclosures required by law: "
        f"{report.disclosures_required_by_law.total}; emergency disclosures: "
        f"{report.emergency_disclosures.total}."
    )
    lines = report.line_security
    sims, ports = lines.sim_change_requests, lines.port_out_requests
    paragraph(
        f"SIM-change requests: {sims.total} ({sims.allowed} allowed, {sims.completed} carried out, "
        f"{sims.failed_authentications} failed authentications); port-out requests: {ports.total} "
        f"({ports.allowed} allowed, {ports.failed_authentications} failed authentications); locks turned on: "
        f"{sum(lines.locks_turned_on.values())}, off: {sum(lines.locks_turned_off.values())}."
    )
    paragraph(
        f"Prepared {local_instant(report.generated_at, zone)} from the records of the compliance service.", 8
    )
    return bytes(pdf.output())


def _due_text(report: AnnualCertification) -> str:
    if report.due_on == report.nominal_due_on:
        return report.due_on_text
    return (
        f"{report.due_on_text} ({long_date(report.nominal_due_on)} is not a business day; 47 C.F.R. § 1.4(j))"
    )
