"""Which recipient a consent scope may reach (R-2007-b, E10, E16), and the recipient's own safeguards checked
with it: a consent rule over the third-parties domain's words."""

from __future__ import annotations

from datetime import date

from cpni_api.consent.vocabulary import ApprovalScope
from cpni_api.third_parties.policy import Recipient, RecipientProblem, safeguard_problem
from cpni_api.third_parties.vocabulary import ThirdPartyKind

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


def recipient_problem(scope: str, recipient: Recipient | None, today: date) -> RecipientProblem | None:
    """The shape first, then the named recipient's own safeguards (a new carrier the customer designated in
    writing needs no confidentiality agreement, R-222-c2)."""
    problem = shape_problem(scope, recipient)
    if problem is None and recipient is not None:
        designated = scope == ApprovalScope.NEW_CARRIER_DISCLOSURE
        problem = safeguard_problem(recipient, today, designated_by_customer=designated)
    return problem
