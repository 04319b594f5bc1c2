"""The 2024 breach record (R-2011-NEW-2, -4, -8, -10) written: its parts completed or corrected as the
investigation learns more, a breach recorded by mistake voided, and the one agency notice filed at the
central reporting facility with the report exactly as submitted (R-2011-NEW-3). Each change is one function
in a `WriteContext` that records its audit row (ADR 0019)."""

from __future__ import annotations

from cpni_api.audit.context import WriteContext
from cpni_api.breaches import agency_report, classification, views
from cpni_api.breaches.changes import locked, not_before, not_in_future, record_change
from cpni_api.breaches.models import Breach
from cpni_api.breaches.policy import Regime
from cpni_api.breaches.record_schemas import AgencyNotificationCreate, BreachRecordFields, BreachRecordUpdate
from cpni_api.breaches.schemas import BreachVoid
from cpni_api.core.errors import ErrorCode, ProblemError


def apply_record(breach: Breach, body: BreachRecordFields, names: set[str]) -> None:
    """Copies the named parts of the 2024 record onto the breach (R-2011-NEW-2, -4, -8, -10); a part sent as
    null clears it. Kinds are stored by value, evidence as given."""
    for name in names:
        value = getattr(body, name)
        match name:
            case "intent":
                breach.intent = None if value is None else value.value
            case "covered_data":
                breach.cpni_kinds = None if value is None else [kind.value for kind in value.cpni]
                breach.pii_kinds = None if value is None else [kind.value for kind in value.pii]
            case "affected_customers":
                breach.affected_customer_count = None if value is None else value.count
                breach.affected_customer_count_basis = None if value is None else value.basis
            case "harm_assessment":
                if value is None:
                    breach.harm_reasonably_likely = breach.harm_basis = breach.harm_assessed_by = None
                else:
                    breach.harm_reasonably_likely = value.harm_reasonably_likely
                    breach.harm_basis = value.basis
                    breach.harm_assessed_by = value.assessed_by
            case "incident_period":
                breach.incident_started_at = None if value is None else value.started_at
                breach.incident_ended_at = None if value is None else value.ended_at
            case "good_faith_exception" | "encryption" | "estimated_financial_loss":
                setattr(breach, name, None if value is None else value.model_dump(mode="json"))
            case "method_of_compromise" | "credit_protection_offered":
                setattr(breach, name, value)


def update_record(context: WriteContext, breach_id: str, body: BreachRecordUpdate) -> Breach:
    """The 2024 record completed or corrected as the investigation learns more (R-2011-NEW-10). The regime
    and the deadlines stay; what the parts decide (a breach or not, the agency notice, the customer notice,
    the annual summary) follows the record as it is now. An agency report already submitted keeps the values
    it was submitted with."""
    breach = locked(context, breach_id)
    names = set(body.model_fields_set)
    before = classification.not_a_breach(breach)
    apply_record(breach, body, names)
    breach.updated_at = context.now()
    context.session.flush()
    after = classification.not_a_breach(breach)
    record_change(
        context,
        "breach.record_updated",
        breach,
        "updated",
        {
            "changed": sorted(names),
            "classification": "breach" if after is None else "not_a_breach",
            "classification_changed": before != after,
        },
    )
    return breach


def record_agency_notification(
    context: WriteContext, breach_id: str, body: AgencyNotificationCreate
) -> Breach:
    """R-2011-NEW-3: one filing at the central reporting facility notifies the FCC, the Secret Service and
    the FBI, so it records both the law-enforcement and the FCC notification. The filing needs every
    R-2011-NEW-4 field (409 `AGENCY_REPORT_INCOMPLETE`, naming the missing ones), and the report is kept as
    submitted. 2024 regime only: a 2007 breach notifies law enforcement alone (409 `WRONG_BREACH_REGIME`)."""
    breach = locked(context, breach_id)
    if Regime(breach.regime) is not Regime.FCC_2024:
        raise ProblemError(
            ErrorCode.WRONG_BREACH_REGIME,
            "The breach was determined under the 2007 rules: record the law-enforcement notification.",
        )
    if breach.law_enforcement_notified_at is not None or breach.fcc_notified_at is not None:
        raise ProblemError(
            ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED, "An agency notification is already recorded."
        )
    now = context.now()
    not_in_future("notified_at", body.notified_at, now)
    not_before("notified_at", body.notified_at, "discovered_at", breach.discovered_at)
    fields = agency_report.report_fields(context.session, breach)
    missing = agency_report.missing_fields(fields)
    if missing:
        raise ProblemError(
            ErrorCode.AGENCY_REPORT_INCOMPLETE,
            f"The agency report lacks {len(missing)} of the fields R-2011-NEW-4 requires.",
            extensions={"missing_fields": missing},
        )
    breach.law_enforcement_notified_at = breach.fcc_notified_at = body.notified_at
    breach.law_enforcement_reference = breach.fcc_reference = body.reference
    breach.agency_report_submitted = fields.model_dump(mode="json")
    breach.updated_at = now
    context.session.flush()
    record_change(
        context,
        "breach.agency_notified",
        breach,
        "on_time" if body.notified_at <= breach.law_enforcement_notice_due_by else "late",
        {"reference_recorded": True, "fields": len(agency_report.FIELD_LABELS)},
    )
    return breach


def void_breach(context: WriteContext, breach_id: str, body: BreachVoid) -> Breach:
    """A breach recorded by mistake (a test entry, a determination typed in the wrong year) is voided with its
    reason, never deleted (R-2011-d keeps the record): it then owes nothing and leaves the certification.
    Once customers were to be told (a notice requested) or the public told, the breach was real to them, so
    it cannot be voided (409 `BREACH_NOT_VOIDABLE`): the conservative reading of an [M] area (ADR 0042)."""
    breach = views.get_breach(context.session, breach_id, for_update=True)
    if breach.voided_at is not None:
        raise ProblemError(ErrorCode.BREACH_ALREADY_VOIDED, "The breach is already voided.")
    disclosed = views.load_details(context.session, [breach.id])[breach.id].disclosures
    if breach.customer_notice_requested_at is not None or disclosed:
        raise ProblemError(
            ErrorCode.BREACH_NOT_VOIDABLE,
            "Customers or the public were told of this breach; it stays on the record (R-2011-d).",
        )
    now = context.now()
    breach.voided_at = now
    breach.void_reason = body.reason
    breach.updated_at = now
    context.session.flush()
    record_change(
        context,
        "breach.voided",
        breach,
        "voided",
        {"law_enforcement_notified": breach.law_enforcement_notified_at is not None},
    )
    return breach
