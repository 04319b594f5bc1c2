"""The words of the consent domain (R-2005, R-2007, R-2008): scopes, purposes, decisions, methods, notices.
Shared by consent and campaigns; the kinds of recipient are third parties' own
(`third_parties/vocabulary.py`)."""

from __future__ import annotations

from enum import StrEnum


class ApprovalScope(StrEnum):
    """What the customer's approval is about: the carrier's own marketing use, or sharing with a kind of
    recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2)."""

    CARRIER_MARKETING = "carrier_marketing"
    AFFILIATE_SHARING = "affiliate_sharing"
    AGENT_SHARING = "agent_sharing"
    JOINT_VENTURE_SHARING = "joint_venture_sharing"
    CONTRACTOR_SHARING = "contractor_sharing"
    THIRD_PARTY_DISCLOSURE = "third_party_disclosure"
    NEW_CARRIER_DISCLOSURE = "new_carrier_disclosure"


class UsagePurpose(StrEnum):
    """Why CPNI would be used. The two marketing purposes rest on approval (R-2007); the others are the
    uses R-2005 and 47 U.S.C. 222(c)(1) and (d) permit without approval."""

    MARKETING_COMMUNICATIONS_RELATED = "marketing_communications_related"
    MARKETING_NON_COMMUNICATIONS_RELATED = "marketing_non_communications_related"
    BILLING = "billing"  # 222(d)(1): initiate, render, bill and collect
    FRAUD_PREVENTION = "fraud_prevention"  # 222(d)(2)
    EMERGENCY = "emergency"  # 222(d)(4): the user's call location to an emergency recipient (R-222-f)
    REQUIRED_BY_LAW = "required_by_law"  # 222(c)(1): compelled by legal process
    SERVICE_WITHIN_SUBSCRIBED_CATEGORIES = "service_within_subscribed_categories"  # R-2005-a-1
    INSIDE_WIRING = "inside_wiring"  # R-2005-c
    ADJUNCT_TO_BASIC_MARKETING = "adjunct_to_basic_marketing"  # R-2005-c


MARKETING_PURPOSES = frozenset(
    {UsagePurpose.MARKETING_COMMUNICATIONS_RELATED, UsagePurpose.MARKETING_NON_COMMUNICATIONS_RELATED}
)


# The statutory exceptions that are disclosures to a recipient the law names, not uses by the carrier: each
# carries its own description of the recipient (an emergency recipient, a legal process).
STATUTORY_DISCLOSURE_PURPOSES = frozenset({UsagePurpose.EMERGENCY, UsagePurpose.REQUIRED_BY_LAW})


class EmergencyRecipient(StrEnum):
    """47 U.S.C. 222(d)(4): who may receive the user's call location information in an emergency."""

    PSAP = "psap"  # (A) a public safety answering point
    EMERGENCY_RESPONDER = "emergency_responder"  # (A) emergency medical, dispatch, fire, public safety
    HOSPITAL = "hospital"  # (A) a hospital emergency or trauma care facility
    LAW_ENFORCEMENT_EMERGENCY = "law_enforcement_emergency"  # (A) responding to the user's emergency call
    LEGAL_GUARDIAN = "legal_guardian"  # (B) risk of death or serious physical harm
    IMMEDIATE_FAMILY = "immediate_family"  # (B) risk of death or serious physical harm
    EMERGENCY_DATABASE_PROVIDER = "emergency_database_provider"  # (C) delivery of emergency services


class LegalProcessKind(StrEnum):
    """47 U.S.C. 222(c)(1) "as required by law": the process that compels the disclosure."""

    SUBPOENA = "subpoena"
    COURT_ORDER = "court_order"
    WARRANT = "warrant"
    OTHER = "other"


class ServiceCategory(StrEnum):
    """R-2005-a-1: the categories of service. Interconnected VoIP is mapped by a setting (E21)."""

    LOCAL = "local"
    INTEREXCHANGE = "interexchange"
    CMRS = "cmrs"
    INTERCONNECTED_VOIP = "interconnected_voip"


class ApprovalDecision(StrEnum):
    GRANTED = "granted"
    DENIED = "denied"
    REVOKED = "revoked"


class ApprovalMethod(StrEnum):
    """R-2007-a-1: approval may be written, oral or electronic."""

    ORAL = "oral"
    WRITTEN = "written"
    ELECTRONIC = "electronic"


class NoticeKind(StrEnum):
    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"


class NoticeDelivery(StrEnum):
    MAIL = "mail"
    EMAIL = "email"
    ORAL = "oral"
