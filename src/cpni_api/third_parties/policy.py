"""Recipient safeguards as pure functions: confidentiality agreements in force, the agent's acknowledgement of
the use limitation (R-2007-b, E16). Which kind of recipient a consent scope reaches is a consent rule
(`consent/policy/recipients.py`).

Dates are the carrier's local calendar dates, passed in; nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from cpni_api.third_parties.vocabulary import ThirdPartyKind

KNOWN_KINDS = frozenset(kind.value for kind in ThirdPartyKind)

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


def safeguard_problem(
    recipient: Recipient, today: date, *, designated_by_customer: bool = False
) -> RecipientProblem | None:
    """The recipient's own safeguards, whatever the customer approved.

    - An agreement that is recorded must be in force; an expired one denies, for every kind.
    - JV partners, independent contractors, vendors, carriers and unknown kinds need one (E16). A new
      carrier the customer designated in writing (`designated_by_customer`) does not (R-222-c2: the
      customer directs the release).
    - An agent must have acknowledged the limitation on its use of CPNI.
    """
    agreement = recipient.agreement
    if agreement is not None:
        if today >= agreement.expires_on:
            return RecipientProblem.CONFIDENTIALITY_AGREEMENT_EXPIRED
        if today < agreement.signed_on:
            return RecipientProblem.CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE
    needs_agreement = recipient.kind in AGREEMENT_REQUIRED_KINDS or recipient.kind not in KNOWN_KINDS
    if needs_agreement and agreement is None and not designated_by_customer:
        return RecipientProblem.CONFIDENTIALITY_AGREEMENT_MISSING
    if recipient.kind == ThirdPartyKind.AGENT and (
        recipient.use_limitation_acknowledged_on is None or recipient.use_limitation_acknowledged_on > today
    ):
        return RecipientProblem.AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED
    return None
