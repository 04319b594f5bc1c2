"""The usage decision of R-2009-a as pure policy: may this account's CPNI be used or disclosed now, for this?

No I/O and no clock: `now` (an instant) and `today` (the carrier's local date) are passed in. The decision
fails closed: every path that does not positively establish a basis ends in `deny`. The order in which
reasons apply is `decide_usage`'s docstring; tests/decisions/usage/*.yaml is its decision table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from cpni_api.consent.policy.approvals import by_approval
from cpni_api.consent.policy.decisions import (
    Approval,
    Basis,
    UsageDecision,
    UsageReason,
    UsageRequest,
    deny,
)
from cpni_api.consent.policy.notices import Notice
from cpni_api.consent.policy.recipients import recipient_problem
from cpni_api.consent.policy.scopes import CARRIER_NO_THIRD_PARTY_SALE, CarrierPolicy
from cpni_api.consent.vocabulary import (
    MARKETING_PURPOSES,
    STATUTORY_DISCLOSURE_PURPOSES,
    ApprovalScope,
    ServiceCategory,
    UsagePurpose,
)
from cpni_api.third_parties import policy as recipients
from cpni_api.third_parties.policy import Recipient
from cpni_api.third_parties.vocabulary import ThirdPartyKind

_EXCEPTION_RULES = {
    UsagePurpose.BILLING: "47 U.S.C. 222(d)(1)",
    UsagePurpose.FRAUD_PREVENTION: "47 U.S.C. 222(d)(2)",
    UsagePurpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES: "R-2005-a-1",
    UsagePurpose.INSIDE_WIRING: "R-2005-c",
    UsagePurpose.ADJUNCT_TO_BASIC_MARKETING: "R-2005-c",
}
_STATUTORY_RULES = {
    UsagePurpose.EMERGENCY: "47 U.S.C. 222(d)(4)",
    UsagePurpose.REQUIRED_BY_LAW: "47 U.S.C. 222(c)(1)",
}
# R-2005 marketing exceptions cover the carrier's own use only; sharing goes through R-2007.
_OWN_USE_EXCEPTIONS = frozenset(
    {
        UsagePurpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES,
        UsagePurpose.INSIDE_WIRING,
        UsagePurpose.ADJUNCT_TO_BASIC_MARKETING,
    }
)
# The statutory disclosures go to a recipient the law names (a PSAP, a court): never a marketing or sharing
# scope, only a disclosure.
_STATUTORY_SCOPES = frozenset({ApprovalScope.THIRD_PARTY_DISCLOSURE})

# Every recipient problem is also a usage reason of the same name, and rests on a rule. Built and checked at
# import, so a problem added without its twin or its rule stops the service from starting instead of failing
# one request at run time.
RECIPIENT_REASONS: dict[recipients.RecipientProblem, UsageReason] = {
    problem: UsageReason(problem.value) for problem in recipients.RecipientProblem
}
RECIPIENT_RULES: dict[recipients.RecipientProblem, str] = {
    # E10: approval and notices are for specific entities, so sharing names its recipient.
    recipients.RecipientProblem.RECIPIENT_REQUIRED: "E10",
    # R-2007-b-1: the carrier's own marketing use has no recipient.
    recipients.RecipientProblem.RECIPIENT_NOT_ALLOWED_FOR_SCOPE: "R-2007-b-1",
    # E16: the kind is an explicit, reviewed attribute; a recipient never moves under a looser scope.
    recipients.RecipientProblem.RECIPIENT_KIND_MISMATCH: "E16",
    # R-2007-b-2: JV partners and independent contractors (and, conservatively, others) under an agreement.
    recipients.RecipientProblem.CONFIDENTIALITY_AGREEMENT_MISSING: "R-2007-b-2",
    recipients.RecipientProblem.CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE: "R-2007-b-2",
    recipients.RecipientProblem.CONFIDENTIALITY_AGREEMENT_EXPIRED: "R-2007-b-2",
    # R-2007-b-1: agents receive CPNI for the carrier's marketing, under its use limitation.
    recipients.RecipientProblem.AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED: "R-2007-b-1",
}
if set(RECIPIENT_RULES) != set(recipients.RecipientProblem):  # pragma: no cover - a developer's mistake
    raise RuntimeError("every RecipientProblem needs its rule in RECIPIENT_RULES")


def _category(value: str, voip_category: str) -> str:
    """E21: interconnected VoIP counts as the configured category (its own, unless counsel decides)."""
    return voip_category if value == ServiceCategory.INTERCONNECTED_VOIP else value


def is_third_party_sale(scope: str, purpose: str, recipient: Recipient | None) -> bool:
    """A disclosure of CPNI to a third party that is not the carrier's affiliate, for marketing: what a
    carrier promising `no_third_party_sale` never does. Agents, JV partners and contractors market for the
    carrier under their own sharing scopes; `third_party_disclosure` hands the CPNI over for the
    recipient's own use."""
    return (
        scope == ApprovalScope.THIRD_PARTY_DISCLOSURE
        and purpose in MARKETING_PURPOSES
        and (recipient is None or recipient.kind != ThirdPartyKind.AFFILIATE)
    )


def decide_usage(
    request: UsageRequest,
    approvals: Sequence[Approval],
    notices: Sequence[Notice],
    *,
    now: datetime,
    today: date,
    carrier: CarrierPolicy = CarrierPolicy(),
) -> UsageDecision:
    """May this account's CPNI be used for `request` now (R-2009-a)? `approvals` are the account's
    decisions for the scope, `notices` the account's CPNI notices, `carrier` the carrier's own promises.

    Reasons apply in this order; the first that applies decides:
    1. an unknown purpose denies (R-2009-a);
    2. the carrier's no-sale promise denies a third-party disclosure for marketing, whatever else holds;
    3. the statutory disclosures (emergency, 222(d)(4); required by law, 222(c)(1)) only as a disclosure
       (`third_party_disclosure`), never under a marketing or sharing scope;
    4. a named recipient must fit the scope and its own safeguards must hold, for every purpose;
    5. a campaign must be approved, open and match the use (R-2009-c/d);
    6. the statutory disclosures: the emergency exception covers only the user's location, to a named kind
       of emergency recipient; a disclosure required by law names its legal process;
    7. the other uses without approval (R-2005, 222(d)(1)-(2));
    8. otherwise the customer's approval (R-2007, R-2008), raised to opt-in by the carrier's opt-in-only
       promise.
    """
    if request.purpose not in {purpose.value for purpose in UsagePurpose}:
        return deny(UsageReason.UNKNOWN_PURPOSE, "R-2009-a")
    if carrier.no_third_party_sale and is_third_party_sale(request.scope, request.purpose, request.recipient):
        return deny(UsageReason.THIRD_PARTY_SALE_PROHIBITED, CARRIER_NO_THIRD_PARTY_SALE)
    statutory = request.purpose in STATUTORY_DISCLOSURE_PURPOSES
    if statutory and request.scope not in _STATUTORY_SCOPES:
        return deny(UsageReason.EXCEPTION_NOT_FOR_SCOPE, _STATUTORY_RULES[UsagePurpose(request.purpose)])
    if not (statutory and request.recipient is None):
        problem = recipient_problem(request.scope, request.recipient, today)
        if problem is not None:
            return deny(RECIPIENT_REASONS[problem], RECIPIENT_RULES[problem])
    if request.campaign is not None:
        denied = _campaign_problem(request)
        if denied is not None:
            return denied
    if statutory:
        return _statutory_disclosure(request)
    if request.purpose in _EXCEPTION_RULES:
        return _exception(request)
    return by_approval(request, approvals, notices, now=now, carrier=carrier)


def _statutory_disclosure(request: UsageRequest) -> UsageDecision:
    """47 U.S.C. 222(d)(4): call location information of the user, to a PSAP, emergency responders, a
    hospital or law enforcement responding to the user's emergency call, a legal guardian or immediate
    family in an emergency involving risk of death or serious physical harm, or emergency database
    providers; nothing else (R-222-f, E17). 222(c)(1): a disclosure the law compels, with its process."""
    purpose = UsagePurpose(request.purpose)
    rule = _STATUTORY_RULES[purpose]
    if purpose is UsagePurpose.EMERGENCY:
        if request.emergency_recipient is None:
            return deny(UsageReason.EMERGENCY_RECIPIENT_REQUIRED, rule)
        if not request.includes_location:
            return deny(UsageReason.EMERGENCY_EXCEPTION_LOCATION_ONLY, rule)
    elif request.legal_process is None:
        return deny(UsageReason.LEGAL_PROCESS_REQUIRED, rule)
    basis = Basis(
        type="exception",
        rule=rule,
        exception=purpose,
        emergency_recipient=request.emergency_recipient if purpose is UsagePurpose.EMERGENCY else None,
        legal_process=request.legal_process if purpose is UsagePurpose.REQUIRED_BY_LAW else None,
    )
    return UsageDecision(UsageReason.PERMITTED_WITHOUT_APPROVAL, rule, basis)


def _campaign_problem(request: UsageRequest) -> UsageDecision | None:
    """R-2009-d: an outbound campaign runs only once a supervisor approved it, and only as approved."""
    campaign = request.campaign
    assert campaign is not None
    if campaign.status == "closed":
        return deny(UsageReason.CAMPAIGN_CLOSED, "R-2009-d")
    if campaign.status != "approved":
        return deny(UsageReason.CAMPAIGN_NOT_APPROVED, "R-2009-d")
    recipient_id = request.recipient.id if request.recipient is not None else None
    if (
        campaign.scope != request.scope
        or campaign.purpose != request.purpose
        or campaign.third_party_id != recipient_id
        or (request.includes_location and not campaign.includes_location)
    ):
        return deny(UsageReason.CAMPAIGN_MISMATCH, "R-2009-c")
    return None


def _exception(request: UsageRequest) -> UsageDecision:
    """R-2005 and 222(d): uses that need no approval. None of them covers location information outside an
    emergency (R-222-f, E17): that always needs the customer's express prior authorization."""
    purpose = UsagePurpose(request.purpose)
    rule = _EXCEPTION_RULES[purpose]
    if request.includes_location:
        return deny(UsageReason.LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION, "R-222-f")
    if purpose in _OWN_USE_EXCEPTIONS and request.scope != ApprovalScope.CARRIER_MARKETING:
        return deny(UsageReason.EXCEPTION_NOT_FOR_SCOPE, rule)
    if purpose == UsagePurpose.SERVICE_WITHIN_SUBSCRIBED_CATEGORIES:
        subscribed = {_category(value, request.voip_category) for value in request.subscribed_categories}
        offered = request.offer_category
        if offered is None or _category(offered, request.voip_category) not in subscribed:
            return deny(UsageReason.CATEGORY_NOT_SUBSCRIBED, rule)
    return UsageDecision(
        UsageReason.PERMITTED_WITHOUT_APPROVAL, rule, Basis(type="exception", rule=rule, exception=purpose)
    )
