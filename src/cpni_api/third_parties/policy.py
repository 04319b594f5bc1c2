"""Recipient safeguards as pure functions: which kind of recipient a scope reaches, confidentiality
agreements in force, the agent's acknowledgement of the use limitation (R-2007-b, E16).

Dates are the carrier's local calendar dates, passed in; nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cpni_api.consent.vocabulary import ApprovalScope, ThirdPartyKind

KNOWN_KINDS = frozenset(kind.value for kind in ThirdPartyKind)

# Which recipient kinds each sharing scope reaches. `third_party_disclosure` needs opt-in, the strictest
# approval, so it may name a recipient of any kind; the others only their own kind, so a recipient can
# never be moved under a looser scope. The carrier's own marketing has no recipient.
SCOPE_RECIPIENT_KINDS: dict[str, frozenset[str]] = {
    ApprovalScope.AFFILIATE_SHARING: frozenset({ThirdPartyKind.AFFILIATE}),
    ApprovalScope.AGENT_SHARING: frozenset({ThirdPartyKind.AGENT}),
    ApprovalScope.JOINT_VENTURE_SHARING: frozenset({ThirdPartyKind.JOINT_VENTURE}),
    ApprovalScope.CONTRACTOR_SHARING: frozenset({ThirdPartyKind.INDEPENDENT_CONTRACTOR}),
    ApprovalScope.NEW_CARRIER_DISCLOSURE: frozenset({ThirdPartyKind.CARRIER}),
}
ANY_KIND_SCOPES = frozenset({ApprovalScope.THIRD_PARTY_DISCLOSURE})
NO_RECIPIENT_SCOPES = frozenset({ApprovalScope.CARRIER_MARKETING})

# Kinds that receive CPNI only under a confidentiality agreement in force (the 2007 order for JV partners
# and independent contractors; vendors and other carriers conservatively too). Unknown kinds also (E16).
AGREEMENT_REQUIRED_KINDS = frozenset(
    {
        ThirdPartyKind.JOINT_VENTURE,
        ThirdPartyKind.INDEPENDENT_CONTRACTOR,
        ThirdPartyKind.VENDOR,
        ThirdPartyKind.CARRIER,
    }
)


class RecipientProblem(StrEnum):
    RECIPIENT_REQUIRED = "RECIPIENT_REQUIRED"
    RECIPIENT_NOT_ALLOWED_FOR_SCOPE = "RECIPIENT_NOT_ALLOWED_FOR_SCOPE"
    RECIPIENT_KIND_MISMATCH = "RECIPIENT_KIND_MISMATCH"
    CONFIDENTIALITY_AGREEMENT_MISSING = "CONFIDENTIALITY_AGREEMENT_MISSING"
    CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE = "CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE"
    CONFIDENTIALITY_AGREEMENT_EXPIRED = "CONFIDENTIALITY_AGREEMENT_EXPIRED"
    AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED = "AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED"


@dataclass(frozen=True)
class Agreement:
    reference: str
    signed_on: date
    expires_on: date


@dataclass(frozen=True)
class Recipient:
    id: str
    kind: str
    provides_communications_related_services: bool = False
    agreement: Agreement | None = None
    use_limitation_acknowledged_on: date | None = None


def agreement_in_force(agreement: Agreement, today: date) -> bool:
    """In force from the day it is signed up to, but not including, the day it expires: on `expires_on`
    it has expired (the conservative reading of an ambiguous date)."""
    return agreement.signed_on <= today < agreement.expires_on


def shape_problem(scope: str, recipient: Recipient | None) -> RecipientProblem | None:
    """Does the recipient (or its absence) fit the scope? Sharing needs a named recipient (E10: approval
    and notices are for specific entities); the carrier's own use has none."""
    if scope in NO_RECIPIENT_SCOPES:
        return RecipientProblem.RECIPIENT_NOT_ALLOWED_FOR_SCOPE if recipient is not None else None
    if recipient is None:
        return RecipientProblem.RECIPIENT_REQUIRED
    if scope in ANY_KIND_SCOPES:
        return None
    if recipient.kind not in SCOPE_RECIPIENT_KINDS.get(scope, frozenset()):
        return RecipientProblem.RECIPIENT_KIND_MISMATCH
    return None


def safeguard_problem(recipient: Recipient, scope: str, today: date) -> RecipientProblem | None:
    """The recipient's own safeguards, whatever the customer approved.

    - An agreement that is recorded must be in force; an expired one denies, for every kind.
    - JV partners, independent contractors, vendors, carriers and unknown kinds need one (E16). A new
      carrier the customer designated in writing does not (R-222-c2: the customer directs the release).
    - An agent must have acknowledged the limitation on its use of CPNI.
    """
    agreement = recipient.agreement
    if agreement is not None:
        if today >= agreement.expires_on:
            return RecipientProblem.CONFIDENTIALITY_AGREEMENT_EXPIRED
        if today < agreement.signed_on:
            return RecipientProblem.CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE
    needs_agreement = recipient.kind in AGREEMENT_REQUIRED_KINDS or recipient.kind not in KNOWN_KINDS
    if needs_agreement and agreement is None and scope != ApprovalScope.NEW_CARRIER_DISCLOSURE:
        return RecipientProblem.CONFIDENTIALITY_AGREEMENT_MISSING
    if recipient.kind == ThirdPartyKind.AGENT and (
        recipient.use_limitation_acknowledged_on is None or recipient.use_limitation_acknowledged_on > today
    ):
        return RecipientProblem.AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED
    return None
