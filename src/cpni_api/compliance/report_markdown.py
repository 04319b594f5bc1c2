"""The annual certification data as a readable Markdown document (a pure function of the report): the
certificate's fields, then the records, with dates readable in the carrier's time zone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from cpni_api.compliance.certificate import BLANK
from cpni_api.compliance.readable import local_instant, long_date, plural
from cpni_api.compliance.schemas import AnnualCertification

_CATEGORY_TITLES = {
    "employee_access": "Improper access by employees",
    "disclosure_to_unauthorized_individuals": "Improper disclosure to unauthorized individuals",
    "unauthorized_online_access": "Improper access to online information by unauthorized individuals",
    "other": "Other",
}


def _cell(value: object) -> str:
    text = "—" if value is None or value == "" else str(value)
    # Keep a cell on one line and never let free text close the table cell.
    return " ".join(text.split()).replace("|", "\\|")


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def render_markdown(report: AnnualCertification) -> str:
    zone = ZoneInfo(report.timezone)

    def _when(instant: datetime | None) -> str:
        return local_instant(instant, zone)

    certificate = report.certificate
    due = f"**{report.due_on_text}**"
    if report.due_on != report.nominal_due_on:
        due += f" ({long_date(report.nominal_due_on)} is not a business day; 47 C.F.R. § 1.4(j))"
    filed = "; ".join(
        f"{_when(f.filed_at)}, confirmation {f.confirmation_number}, signed by {f.signed_by}"
        + ("" if f.on_time else " (late)")
        for f in report.filings
    )
    lines = [
        f"# Annual CPNI compliance certification data: calendar year {report.year}",
        "",
        f"- Filing: {report.docket}, 47 C.F.R. § 64.2009(e); due on or before {due}.",
        f"- Period: {report.period_text}, calendar year in {report.timezone}.",
        f"- Generated: {_when(report.generated_at)}.",
        f"- Company: {certificate.carrier_legal_name or BLANK}; Form 499 Filer ID: "
        f"{certificate.filer_id_499 or BLANK}; FRN: {certificate.frn or '—'}.",
        f"- Signatory: {certificate.officer_name or BLANK}, {certificate.officer_title or BLANK}.",
        f"- Filed: {filed or 'not yet recorded'}.",
        "",
        "## Certification",
        "",
        certificate.statement,
        "",
        certificate.pretexter_actions_statement,
        "",
        certificate.complaints_statement,
        "",
        "## Accompanying statement of operating procedures",
        "",
        *(f"- **{p.topic}.** {p.text} ({', '.join(p.rule_ids)})" for p in certificate.procedures),
        "",
        "## Customer complaints about unauthorized release of CPNI",
        "",
        f"Total: **{report.complaints.total}**",
        "",
    ]
    lines += _table(
        ["Category", "Complaints"],
        [(_CATEGORY_TITLES.get(key, key), count) for key, count in report.complaints.by_category.items()],
    )
    if report.complaints.items:
        lines += [
            "",
            *_table(
                ["Id", "Received", "Category", "Summary", "Resolved"],
                [
                    (c.id, _when(c.received_at), c.category, c.summary, _when(c.resolved_at))
                    for c in report.complaints.items
                ],
            ),
        ]
    lines += [
        "",
        "## Actions taken against data brokers and pretexters",
        "",
        f"Total: **{report.pretexter_actions.total}**",
    ]
    if report.pretexter_actions.items:
        lines += [
            "",
            *_table(
                ["Id", "Taken", "Kind", "Against", "Description", "Outcome"],
                [
                    (a.id, _when(a.taken_at), a.kind, a.target, a.description, a.outcome)
                    for a in report.pretexter_actions.items
                ],
            ),
        ]
    breaches = report.breaches
    lines += [
        "",
        "## CPNI breaches and their notifications",
        "",
        f"Total: **{breaches.total}**; affected accounts: {breaches.affected_accounts}; customers notified: "
        f"{breaches.customers_notified}; law enforcement notified on time: "
        f"{breaches.law_enforcement_notified_on_time}, late: {breaches.law_enforcement_notified_late}, "
        f"not notified: {breaches.law_enforcement_not_notified}.",
    ]
    if report.incidents_not_breaches:
        lines += [
            "",
            f"Incidents recorded as no breach under their rules (E28, R-2011-NEW-2), in no count above: "
            f"{report.incidents_not_breaches}.",
        ]
    if breaches.items:
        lines += [
            "",
            *_table(
                [
                    "Id",
                    "Regime",
                    "Determined",
                    "Law enforcement due",
                    "Law enforcement notified",
                    "On time",
                    "Customer notice completed",
                    "Notified / affected",
                    "Holds",
                ],
                [
                    (
                        b.id,
                        b.regime,
                        _when(b.determined_at),
                        _when(b.law_enforcement_notice_due_by),
                        _when(b.law_enforcement_notified_at),
                        {True: "yes", False: "no", None: "—"}[b.law_enforcement_notified_on_time],
                        _when(b.customer_notice_completed_at),
                        f"{b.customers_notified} / {b.affected_account_count}",
                        b.holds,
                    )
                    for b in breaches.items
                ],
            ),
        ]
    lines += [
        "",
        "## Opt-out mechanism failures reported to the FCC",
        "",
        f"Total: **{report.opt_out_failures.total}**; FCC notified within 5 business days: "
        f"{report.opt_out_failures.fcc_notified_on_time}.",
    ]
    if report.opt_out_failures.items:
        lines += [
            "",
            *_table(
                ["Id", "Detected", "Mechanisms", "FCC notice due", "FCC notified", "Status"],
                [
                    (
                        f.id,
                        _when(f.detected_at),
                        f.mechanisms,
                        _when(f.fcc_notice_due_by),
                        _when(f.fcc_notified_at),
                        f.fcc_notice_status,
                    )
                    for f in report.opt_out_failures.items
                ],
            ),
        ]
    lines += [
        "",
        "## Personnel training",
        "",
        f"Trainings completed: **{report.trainings.total}**, by "
        f"{plural(report.trainings.agents_trained, 'agent')}.",
    ]
    if report.trainings.items:
        lines += [
            "",
            *_table(
                ["Id", "Agent", "Course", "Completed", "Expires"],
                [
                    (t.id, t.agent_id, t.course, _when(t.completed_at), _when(t.expires_at))
                    for t in report.trainings.items
                ],
            ),
        ]
    lines += [
        "",
        "## Disciplinary actions",
        "",
        f"Total: **{report.disciplinary_actions.total}**",
    ]
    if report.disciplinary_actions.items:
        lines += [
            "",
            *_table(
                ["Id", "Agent", "Taken", "Action", "Reason"],
                [
                    (d.id, d.agent_id, _when(d.taken_at), d.action, d.reason)
                    for d in report.disciplinary_actions.items
                ],
            ),
        ]
    campaigns = report.campaigns
    lines += [
        "",
        "## Marketing campaigns and supervisory reviews",
        "",
        f"Campaigns using CPNI during the year: **{campaigns.count}**; supervisory reviews: "
        f"**{campaigns.reviews}** ({_cell(campaigns.reviews_by_decision or None)}).",
    ]
    if campaigns.items:
        lines += [
            "",
            *_table(
                ["Id", "Description", "CPNI used", "Products offered", "Requested by", "Status", "Reviews"],
                [
                    (
                        c.id,
                        c.description,
                        ", ".join(c.cpni_used),
                        ", ".join(c.products_offered),
                        c.requested_by,
                        c.status,
                        "; ".join(
                            f"{r.decision} by {r.reviewer} on {_when(r.reviewed_at)}" for r in c.reviews
                        ),
                    )
                    for c in campaigns.items
                ],
            ),
        ]
    by_law = report.disclosures_required_by_law
    emergencies = report.emergency_disclosures
    lines += [
        "",
        "## Disclosures required by law and in emergencies",
        "",
        f"Required by law (47 U.S.C. 222(c)(1)): **{by_law.total}** ({_cell(by_law.by_kind or None)}); "
        f"emergency location disclosures (222(d)(4)): **{emergencies.total}** "
        f"({_cell(emergencies.by_recipient or None)}).",
    ]
    if by_law.items:
        lines += [
            "",
            *_table(
                ["Usage check", "Account", "Decided", "Process", "Reference", "Issued by"],
                [
                    (d.usage_check_id, d.account_id, _when(d.decided_at), d.kind, d.reference, d.issued_by)
                    for d in by_law.items
                ],
            ),
        ]
    lines += _line_security(report)
    return "\n".join(lines) + "\n"


def _line_security(report: AnnualCertification) -> list[str]:
    section = report.line_security
    rows = [
        (
            what,
            counts.total,
            counts.allowed,
            counts.completed,
            _cell(counts.denied_by_reason or None),
            counts.failed_authentications,
        )
        for what, counts in (
            ("SIM changes", section.sim_change_requests),
            ("Port-outs", section.port_out_requests),
        )
    ]
    return [
        "",
        "## Line security (SIM changes, port-outs, locks)",
        "",
        *_table(
            ["Requests", "Total", "Allowed", "Completed", "Denied by reason", "Failed authentications"], rows
        ),
        "",
        f"Locks turned on: {_cell(section.locks_turned_on or None)}; turned off: "
        f"{_cell(section.locks_turned_off or None)}.",
    ]
