"""The R-2007 table as pure policy: which approval a use or disclosure of CPNI needs, and the carrier's own
stricter promise to ask opt-in approval every time (ADR 0012, ADR 0020)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cpni_api.consent.vocabulary import ApprovalScope, UsagePurpose
from cpni_api.third_parties import policy as recipients
from cpni_api.third_parties.policy import Recipient

# The carrier's own policy (its CPNI statement) is not a rule of the regulation: its rule ids name the
# setting.
CARRIER_OPT_IN_ONLY = "carrier-policy:opt_in_only"
CARRIER_NO_THIRD_PARTY_SALE = "carrier-policy:no_third_party_sale"


@dataclass(frozen=True)
class CarrierPolicy:
    """Promises a carrier may make beyond the rules, which the service then holds it to (design.md §5):
    `opt_in_only`, every approval is opt-in (an opt-out notice never makes approval assumable);
    `no_third_party_sale`, CPNI is never disclosed to an unaffiliated third party for its own marketing."""

    opt_in_only: bool = False
    no_third_party_sale: bool = False


class Requirement(StrEnum):
    OPT_OUT = "opt_out"  # opt-out or opt-in suffices (R-2007-b-1)
    OPT_IN = "opt_in"  # R-2007-b-2
    EXPRESS_WRITTEN = "express_written_authorization"  # R-222-c2


@dataclass(frozen=True)
class ScopeRule:
    """One row of the R-2007 table: the approval a scope needs for communications-related marketing."""

    scope: ApprovalScope
    requirement: Requirement
    rule: str
    note: str


# The R-2007 table. Any other purpose than marketing communications-related services needs opt-in
# (R-2007-b-2), location information needs express prior authorization (R-222-f, E17), and a scope or
# recipient kind not in this table needs opt-in (E16).
SCOPE_TABLE: dict[str, ScopeRule] = {
    rule.scope: rule
    for rule in (
        ScopeRule(
            ApprovalScope.CARRIER_MARKETING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "the carrier's own marketing of communications-related services",
        ),
        ScopeRule(
            ApprovalScope.AGENT_SHARING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "agents, for marketing communications-related services",
        ),
        ScopeRule(
            ApprovalScope.AFFILIATE_SHARING,
            Requirement.OPT_OUT,
            "R-2007-b-1",
            "affiliates that provide communications-related services; other affiliates need opt-in",
        ),
        ScopeRule(
            ApprovalScope.JOINT_VENTURE_SHARING,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "joint venture partners (opt-in since 2007), with a confidentiality agreement in force",
        ),
        ScopeRule(
            ApprovalScope.CONTRACTOR_SHARING,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "independent contractors (opt-in since 2007), with a confidentiality agreement in force",
        ),
        ScopeRule(
            ApprovalScope.THIRD_PARTY_DISCLOSURE,
            Requirement.OPT_IN,
            "R-2007-b-2",
            "any other third party",
        ),
        ScopeRule(
            ApprovalScope.NEW_CARRIER_DISCLOSURE,
            Requirement.EXPRESS_WRITTEN,
            "R-222-c2",
            "disclosure to a person the customer designates by affirmative written request",
        ),
    )
}


@dataclass(frozen=True)
class Need:
    requirement: Requirement
    location: bool  # express prior authorization of location information is needed (R-222-f, E17)
    rule: str


def required_approval(
    scope: str,
    purpose: str,
    recipient: Recipient | None,
    *,
    includes_location: bool,
    carrier: CarrierPolicy = CarrierPolicy(),
) -> Need:
    """What approval a marketing use or a disclosure needs (the R-2007 table), raised to opt-in where the
    rules would let opt-out suffice but the carrier promised opt-in only."""
    row = SCOPE_TABLE.get(scope)
    if row is None:
        return Need(Requirement.OPT_IN, includes_location, "E16")
    if row.requirement is Requirement.EXPRESS_WRITTEN:
        return Need(Requirement.EXPRESS_WRITTEN, includes_location, row.rule)
    requirement, rule = row.requirement, row.rule
    if recipient is not None and recipient.kind not in recipients.KNOWN_KINDS:
        requirement, rule = Requirement.OPT_IN, "E16"
    elif scope == ApprovalScope.AFFILIATE_SHARING and not (
        recipient is not None and recipient.provides_communications_related_services
    ):
        requirement, rule = Requirement.OPT_IN, "R-2007-b-2"
    if purpose != UsagePurpose.MARKETING_COMMUNICATIONS_RELATED:
        requirement, rule = Requirement.OPT_IN, "R-2007-b-2"
    if includes_location:
        requirement, rule = Requirement.OPT_IN, "R-222-f"
    if requirement is Requirement.OPT_OUT and carrier.opt_in_only:
        requirement, rule = Requirement.OPT_IN, CARRIER_OPT_IN_ONLY
    return Need(requirement, includes_location, rule)


def effective_requirement(scope: str, carrier: CarrierPolicy) -> tuple[Requirement, str]:
    """A scope's row of the table for communications-related marketing, as this carrier applies it."""
    row = SCOPE_TABLE[scope]
    if row.requirement is Requirement.OPT_OUT and carrier.opt_in_only:
        return Requirement.OPT_IN, CARRIER_OPT_IN_ONLY
    return row.requirement, row.rule
