"""The minimum content of a customer notice under the 2024 rules (R-2011-NEW-9 [M]), carried in each
`breach.customer_notice` event so the mailer renders it without reading the breach: (i) the date range,
(ii) the information involved, (iii) how to reach the carrier, (iv) the FCC, the FTC and the customer's state
agency, (v) with PII involved, the credit reporting agencies, steps against identity theft and what the
carrier offers, (vi) with financial data involved, steps against financial harm. Sending is refused while a
slot the record fills is empty (409 `CUSTOMER_NOTICE_CONTENT_INCOMPLETE`); the rest is fixed text below,
reviewed with counsel (ADR 0053)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from cpni_api.breaches import classification
from cpni_api.breaches.models import Breach
from cpni_api.breaches.vocabulary import FINANCIAL_CPNI, FINANCIAL_PII, CpniKind, PiiKind
from cpni_api.compliance.models import CarrierProfile
from cpni_api.compliance.profile import find_profile
from cpni_api.notifications.payloads import (
    BreachNoticeContent,
    NoticeContact,
    NoticeDataInvolved,
    NoticeDateRange,
)

REGULATORS = [
    NoticeContact(
        name="Federal Communications Commission, Consumer Complaint Center",
        phone="1-888-225-5322",
        website="https://consumercomplaints.fcc.gov",
    ),
    NoticeContact(
        name="Federal Trade Commission, IdentityTheft.gov",
        phone="1-877-438-4338",
        website="https://www.identitytheft.gov",
    ),
]
STATE_REGULATOR = (
    "The public utility commission and the attorney general of the customer's state (the mailer names them "
    "from the customer's address of record)."
)
CREDIT_REPORTING_AGENCIES = [
    NoticeContact(name="Equifax", phone="1-888-298-0045", website="https://www.equifax.com/personal/"),
    NoticeContact(name="Experian", phone="1-888-397-3742", website="https://www.experian.com/help/"),
    NoticeContact(name="TransUnion", phone="1-888-909-8872", website="https://www.transunion.com/"),
]
IDENTITY_THEFT_STEPS = [
    "Get your free credit reports at https://www.annualcreditreport.com and check them for accounts you do "
    "not recognise.",
    "Place a free fraud alert or security freeze with the three credit reporting agencies.",
    "Report identity theft to the FTC at https://www.identitytheft.gov.",
]
FINANCIAL_HARM_STEPS = [
    "Review your bank, card and carrier statements for charges you do not recognise.",
    "Ask your bank or card issuer to replace any card or account number involved.",
    "Change the passwords and PINs of the accounts involved, and set a new account PIN with us.",
]

# The slots the breach record fills, as the 409 names them.
SLOTS = {
    "breach_date_range": "incident_period (the estimated date range of the breach)",
    "information_involved": "covered_data (the kinds of customer information involved)",
    "carrier_contact": "the carrier profile's legal name and a contact with a phone or an email",
}


def _carrier_contact(profile: CarrierProfile | None) -> NoticeContact | None:
    if profile is None or profile.contact_name is None:
        return None
    if profile.contact_phone is None and profile.contact_email is None:
        return None
    return NoticeContact(
        name=profile.legal_name,
        phone=profile.contact_phone,
        email=profile.contact_email,
        address=profile.address,
    )


def missing_slots(session: Session, breach: Breach) -> list[str]:
    record = classification.record_of(breach)
    present = {
        "breach_date_range": record.incident_period is not None,
        "information_involved": record.covered_data is not None,
        "carrier_contact": _carrier_contact(find_profile(session)) is not None,
    }
    return [slot for slot in SLOTS if not present[slot]]


def content_for(session: Session, breach: Breach) -> BreachNoticeContent | None:
    """The notice's content, or None when a slot is empty (the request was refused then; a batch resumed
    after the record was emptied sends the notice without it rather than not at all)."""
    record = classification.record_of(breach)
    contact = _carrier_contact(find_profile(session))
    if record.incident_period is None or record.covered_data is None or contact is None:
        return None
    covered = record.covered_data
    pii = {PiiKind(kind) for kind in covered.pii}
    cpni = {CpniKind(kind) for kind in covered.cpni}
    identity_theft = bool(pii)  # any PII: the conservative reading of (v) (ADR 0053)
    financial = bool(pii & FINANCIAL_PII or cpni & FINANCIAL_CPNI)
    period = record.incident_period
    return BreachNoticeContent(
        breach_date_range=NoticeDateRange(started_at=period.started_at, ended_at=period.ended_at),
        information_involved=NoticeDataInvolved(cpni=list(covered.cpni), pii=list(covered.pii)),
        information_description=breach.cpni_involved,
        carrier_contact=contact,
        regulators=REGULATORS,
        state_regulator=STATE_REGULATOR,
        identity_theft_risk=identity_theft,
        credit_reporting_agencies=CREDIT_REPORTING_AGENCIES if identity_theft else [],
        identity_theft_steps=IDENTITY_THEFT_STEPS if identity_theft else [],
        credit_protection_offered=breach.credit_protection_offered,
        financial_harm_risk=financial,
        financial_harm_steps=FINANCIAL_HARM_STEPS if financial else [],
    )
