"""A breach's timeline for the console (R-2011): determination, the law-enforcement notice, holds, the
customer notices, in the order they happened or fall due. Pure: built from the breach's view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cpni_api.breaches.schemas import BreachOut


@dataclass(frozen=True)
class Step:
    at: datetime
    what: str
    state: str  # done | owed | info
    note: str = ""


def breach_timeline(breach: BreachOut) -> list[Step]:
    steps = [
        Step(breach.discovered_at, "Discovered", "done"),
        Step(
            breach.determined_at,
            "Reasonably determined: the law-enforcement clock starts",
            "done",
            "R-2011-b",
        ),
    ]
    if breach.law_enforcement_notified_at is not None:
        on_time = breach.law_enforcement_notified_at <= breach.law_enforcement_notice_due_by
        steps.append(
            Step(
                breach.law_enforcement_notified_at,
                "Law enforcement (USSS and FBI) notified",
                "done",
                ("on time" if on_time else "late") + f"; reference {breach.law_enforcement_reference}",
            )
        )
    elif breach.agency_notice_required:
        steps.append(
            Step(breach.law_enforcement_notice_due_by, "Law-enforcement notice due", "owed", "R-2011-b")
        )
    if breach.fcc_notified_at is not None:
        steps.append(Step(breach.fcc_notified_at, "FCC notified", "done"))
    elif breach.fcc_notice_required and breach.fcc_notice_due_by is not None:
        steps.append(Step(breach.fcc_notice_due_by, "FCC notice due", "owed", "R-2011-NEW-3"))
    for hold in breach.holds:
        steps.append(Step(hold.directed_at, f"Hold directed by {hold.agency}", "done", "R-2011-b-3"))
        if hold.released_at is not None:
            steps.append(Step(hold.released_at, f"Hold by {hold.agency} released", "done"))
        else:
            steps.append(Step(hold.until, f"Hold by {hold.agency} ends", "owed" if hold.active else "done"))
    for consultation in breach.agency_consultations:
        steps.append(
            Step(consultation.consulted_at, f"Consulted {consultation.agency}", "done", "R-2011-b-2")
        )
    notice = breach.customer_notice
    if breach.customer_notice_not_before is not None and notice.requested_at is None:
        steps.append(
            Step(breach.customer_notice_not_before, "Customer notice allowed from", "info", "R-2011-b-1")
        )
    if breach.customer_notice_due_by is not None and notice.completed_at is None:
        steps.append(Step(breach.customer_notice_due_by, "Customer notice due", "owed", "R-2011-NEW-7"))
    if notice.requested_at is not None:
        steps.append(Step(notice.requested_at, "Customer notices requested", "done", "R-2011-c"))
    if notice.completed_at is not None:
        steps.append(
            Step(
                notice.completed_at,
                f"Customer notices sent ({notice.notified_count} of {notice.total})",
                "done",
            )
        )
    for disclosure in breach.public_disclosures:
        steps.append(
            Step(disclosure.disclosed_at, f"Public disclosure ({disclosure.channel})", "done", "R-2011-a")
        )
    if breach.voided_at is not None:
        steps.append(
            Step(breach.voided_at, "Voided as recorded by mistake", "info", breach.void_reason or "")
        )
    return sorted(steps, key=lambda step: step.at)
