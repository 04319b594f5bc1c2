"""Who may establish or change a credential, and whether the customer is told: a pure rule (ADR 0020).

R-2010-e-1 and R-2010-c-1: a password, a backup method and an online account are established or changed only
after the customer was authenticated without biographical or account information. R-2010-f-2 exempts one
moment from that and from the change notice: service initiation, which for a new-service account is a bounded
window after it is created (`accounts.policy.in_service_initiation`); an imported existing customer never has
one, so its first password needs an authenticated interaction and sends a notice like any other change.

Order: an interaction, when one is given, must be valid whatever the window (a caller never gets further by
naming a bad one), and a change made through it is notified; without one, only service initiation
authorises the change, and then without a notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cpni_api.credentials.policy import accepts_for_credential_change


class ChangeOutcome(StrEnum):
    AT_SERVICE_INITIATION = "at_service_initiation"
    BY_AUTHENTICATED_INTERACTION = "by_authenticated_interaction"
    INTERACTION_REQUIRED = "interaction_required"
    INTERACTION_ACCOUNT_MISMATCH = "interaction_account_mismatch"
    INTERACTION_CLOSED = "interaction_closed"
    INTERACTION_NOT_AUTHENTICATED = "interaction_not_authenticated"
    AUTHENTICATION_METHOD_NOT_ACCEPTED = "authentication_method_not_accepted"


ALLOWED = frozenset({ChangeOutcome.AT_SERVICE_INITIATION, ChangeOutcome.BY_AUTHENTICATED_INTERACTION})


@dataclass(frozen=True)
class InteractionFacts:
    """The interaction named to authorise the change, as the rule needs it."""

    same_account: bool
    open: bool
    authentication_method: str | None  # None: not authenticated


@dataclass(frozen=True)
class ChangeFacts:
    in_service_initiation: bool
    interaction: InteractionFacts | None  # None: no interaction_id given


@dataclass(frozen=True)
class ChangeDecision:
    outcome: ChangeOutcome
    rule: str

    @property
    def allowed(self) -> bool:
        return self.outcome in ALLOWED

    @property
    def notice_required(self) -> bool:
        """R-2010-f-1: every allowed change outside service initiation is notified (R-2010-f-2)."""
        return self.outcome is ChangeOutcome.BY_AUTHENTICATED_INTERACTION


def decide_change(facts: ChangeFacts) -> ChangeDecision:
    interaction = facts.interaction
    if interaction is None:
        if facts.in_service_initiation:
            return ChangeDecision(ChangeOutcome.AT_SERVICE_INITIATION, "R-2010-f-2")
        return ChangeDecision(ChangeOutcome.INTERACTION_REQUIRED, "R-2010-e-1")
    if not interaction.same_account:
        return ChangeDecision(ChangeOutcome.INTERACTION_ACCOUNT_MISMATCH, "R-2010-e-1")
    if not interaction.open:
        return ChangeDecision(ChangeOutcome.INTERACTION_CLOSED, "R-2010-e-1")
    if interaction.authentication_method is None:
        return ChangeDecision(ChangeOutcome.INTERACTION_NOT_AUTHENTICATED, "R-2010-e-1")
    if not accepts_for_credential_change(interaction.authentication_method):
        return ChangeDecision(ChangeOutcome.AUTHENTICATION_METHOD_NOT_ACCEPTED, "R-2010-e-1")
    # Inside the window too: a change made through an authenticated interaction is notified (R-2010-f-2 only
    # lifts the duty; telling the customer is never wrong).
    return ChangeDecision(ChangeOutcome.BY_AUTHENTICATED_INTERACTION, "R-2010-f-1")
