"""What a breach's stored 2024 record says: whether the incident is a breach under its regime (E28,
R-2011-NEW-2), whether the encryption safe harbour applies (R-2011-NEW-8), and its parts as the API shows
them. Read only."""

from __future__ import annotations

from dataclasses import dataclass

from cpni_api.breaches import assessment, policy
from cpni_api.breaches.models import Breach
from cpni_api.breaches.policy import Regime
from cpni_api.breaches.record_schemas import (
    AffectedCustomers,
    CoveredData,
    EncryptionFacts,
    FinancialLoss,
    GoodFaithException,
    HarmAssessment,
    IncidentPeriod,
)


def not_a_breach(breach: Breach) -> assessment.NotABreach | None:
    """Why the incident is not a breach under its regime (E28, R-2011-NEW-2), or None when it is one."""
    return policy.not_a_breach_on_record(Regime(breach.regime), breach.intent, breach.good_faith_exception)


def safe_harbour(breach: Breach) -> bool:
    found = breach.encryption
    if found is None:
        return False
    return assessment.encryption_safe_harbour(
        assessment.Encryption(bool(found["data_encrypted"]), bool(found["key_compromised"]))
    )


@dataclass(frozen=True)
class Record2024:
    """The 2024 record's parts, as the API shows them (None where not given)."""

    covered_data: CoveredData | None
    good_faith_exception: GoodFaithException | None
    affected_customers: AffectedCustomers | None
    harm_assessment: HarmAssessment | None
    encryption: EncryptionFacts | None
    incident_period: IncidentPeriod | None
    estimated_financial_loss: FinancialLoss | None


def record_of(breach: Breach) -> Record2024:
    covered = None
    if breach.cpni_kinds or breach.pii_kinds:
        covered = CoveredData.model_validate({"cpni": breach.cpni_kinds or [], "pii": breach.pii_kinds or []})
    customers = None
    if breach.affected_customer_count is not None:
        customers = AffectedCustomers(
            count=breach.affected_customer_count, basis=breach.affected_customer_count_basis or ""
        )
    harm = None
    if breach.harm_basis is not None and breach.harm_reasonably_likely is not None:
        harm = HarmAssessment(
            harm_reasonably_likely=breach.harm_reasonably_likely,
            basis=breach.harm_basis,
            assessed_by=breach.harm_assessed_by or "",
        )
    period = None
    if breach.incident_started_at is not None:
        period = IncidentPeriod(started_at=breach.incident_started_at, ended_at=breach.incident_ended_at)
    return Record2024(
        covered_data=covered,
        good_faith_exception=(
            GoodFaithException.model_validate(breach.good_faith_exception)
            if breach.good_faith_exception is not None
            else None
        ),
        affected_customers=customers,
        harm_assessment=harm,
        encryption=EncryptionFacts.model_validate(breach.encryption)
        if breach.encryption is not None
        else None,
        incident_period=period,
        estimated_financial_loss=(
            FinancialLoss.model_validate(breach.estimated_financial_loss)
            if breach.estimated_financial_loss is not None
            else None
        ),
    )
