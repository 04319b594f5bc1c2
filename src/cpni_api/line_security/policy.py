"""Line security as pure rules (R-2010-h, R-5237; E7, E23-E26, E30): who may move a number to a new SIM or to
another carrier, who may turn a lock off, and when a number's SIM changed too recently to trust it.

No I/O and no clock: the service loads the facts and passes `now`. Each decision names the rule ids it rests
on; tests/decisions/line_security/*.yaml is the decision table.

SIM-change requests, in this order (the first that applies decides):
1. a SIM-change lock is on: refused before anything about the caller is looked at (R-2010-h-7, E23);
2. the interaction is closed or expired (R-2010-h-2);
3. the account's verification is locked after repeated failures (R-2010-h-5, R-2010-a-1);
4. the caller is not authenticated (R-2010-h-2), or by a method the carrier does not accept for SIM changes
   (`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`: by default password, one-time code, in-store photo ID; never one
   resting on biographical, account, recent-payment or call-detail information, R-2010-h-2);
5. the one-time code that authenticated went to the very number being moved: whoever holds that SIM now
   would move it to theirs (E25, E30);
6. a lock was turned off in this same interaction: the session that removes a lock does not also count for
   the change it protected against (E26, R-5237-4);
7. another SIM change or a port-out of the same number is allowed and neither carried out nor cancelled:
   number-control actions are serialised per line, the second authenticated on its own and then held
   (E24, R-5237-8 [M], ADR 0026);
8. otherwise allowed: the notice goes out at once, before the change is carried out (R-2010-h-6).

Port-out requests (the gaining carrier presents the number transfer PIN, R-5237-2, §52.36): a port-out lock
refuses first (R-5237-4); then a PIN locked after repeated wrong ones (R-5237-5), no PIN ever set (R-5237-2:
we require one; ADR 0026), a wrong PIN (counted), another number-control action pending on the number
(E24, after the PIN, so a wrong one still counts); otherwise allowed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class LineReason(StrEnum):
    """Stable codes: integrators branch on them. Add freely; never rename one."""

    # allow
    AUTHENTICATED = "AUTHENTICATED"
    TRANSFER_PIN_VERIFIED = "TRANSFER_PIN_VERIFIED"
    # deny
    SIM_CHANGE_LOCKED = "SIM_CHANGE_LOCKED"
    PORT_OUT_LOCKED = "PORT_OUT_LOCKED"
    INTERACTION_NOT_OPEN = "INTERACTION_NOT_OPEN"
    VERIFICATION_LOCKED = "VERIFICATION_LOCKED"
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    AUTHENTICATION_METHOD_NOT_ACCEPTED = "AUTHENTICATION_METHOD_NOT_ACCEPTED"
    CODE_SENT_TO_THE_NUMBER_BEING_CHANGED = "CODE_SENT_TO_THE_NUMBER_BEING_CHANGED"
    LOCK_REMOVED_IN_THIS_INTERACTION = "LOCK_REMOVED_IN_THIS_INTERACTION"
    TRANSFER_PIN_LOCKED = "TRANSFER_PIN_LOCKED"
    TRANSFER_PIN_NOT_SET = "TRANSFER_PIN_NOT_SET"
    WRONG_TRANSFER_PIN = "WRONG_TRANSFER_PIN"
    NUMBER_CONTROL_ACTION_PENDING = "NUMBER_CONTROL_ACTION_PENDING"


ALLOW_REASONS = frozenset({LineReason.AUTHENTICATED, LineReason.TRANSFER_PIN_VERIFIED})
# Denials that are a failed authentication (R-2010-h-5): counted towards the customer's alert.
AUTHENTICATION_FAILURES = frozenset(
    {
        LineReason.VERIFICATION_LOCKED,
        LineReason.NOT_AUTHENTICATED,
        LineReason.AUTHENTICATION_METHOD_NOT_ACCEPTED,
        LineReason.CODE_SENT_TO_THE_NUMBER_BEING_CHANGED,
        LineReason.LOCK_REMOVED_IN_THIS_INTERACTION,
        LineReason.TRANSFER_PIN_LOCKED,
        LineReason.WRONG_TRANSFER_PIN,
    }
)
# The methods a carrier may accept for SIM changes, port-out PINs and unlocking; the default set of
# `CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`. The backup method (a secret answer, often guessable from the
# customer's life) and the business contract are not among the defaults.
DEFAULT_METHODS = ("password", "one_time_code", "photo_id")
CHOOSABLE_METHODS = frozenset({"password", "one_time_code", "photo_id", "backup", "business_contract"})


@dataclass(frozen=True)
class LineDecision:
    reason: LineReason
    rule_ids: tuple[str, ...]
    required_verification: str | None = None

    @property
    def allowed(self) -> bool:
        return self.reason in ALLOW_REASONS

    @property
    def decision(self) -> str:
        return "allow" if self.allowed else "deny"

    @property
    def authentication_failed(self) -> bool:
        return self.reason in AUTHENTICATION_FAILURES


@dataclass(frozen=True)
class SimChangeFacts:
    sim_change_lock: bool
    interaction_open: bool
    verification_locked: bool
    authentication_method: str | None  # None: the interaction is not authenticated
    accepted_methods: frozenset[str]
    code_sent_to_the_number: bool  # the one-time code that authenticated went to the number being moved
    lock_removed_in_interaction: bool
    other_request_pending: bool = False  # E24: an allowed SIM change or port-out of the number, not yet done


def decide_sim_change(facts: SimChangeFacts) -> LineDecision:
    if facts.sim_change_lock:
        return LineDecision(LineReason.SIM_CHANGE_LOCKED, ("R-2010-h-7", "E23"))
    if not facts.interaction_open:
        return LineDecision(LineReason.INTERACTION_NOT_OPEN, ("R-2010-h-2",))
    required = _first(facts.accepted_methods)
    if facts.verification_locked:
        return LineDecision(LineReason.VERIFICATION_LOCKED, ("R-2010-h-5", "R-2010-a-1"))
    if facts.authentication_method is None:
        return LineDecision(LineReason.NOT_AUTHENTICATED, ("R-2010-h-2",), required)
    if facts.authentication_method not in facts.accepted_methods:
        return LineDecision(LineReason.AUTHENTICATION_METHOD_NOT_ACCEPTED, ("R-2010-h-2",), required)
    if facts.authentication_method == "one_time_code" and facts.code_sent_to_the_number:
        return LineDecision(
            LineReason.CODE_SENT_TO_THE_NUMBER_BEING_CHANGED, ("R-2010-h-2", "E25", "E30"), required
        )
    if facts.lock_removed_in_interaction:
        return LineDecision(LineReason.LOCK_REMOVED_IN_THIS_INTERACTION, ("E26", "R-5237-4"), required)
    if facts.other_request_pending:
        return LineDecision(LineReason.NUMBER_CONTROL_ACTION_PENDING, ("R-5237-8", "E24"))
    return LineDecision(LineReason.AUTHENTICATED, ("R-2010-h-2", "R-2010-h-6"))


@dataclass(frozen=True)
class PortOutFacts:
    port_out_lock: bool
    pin_locked: bool
    pin_set: bool
    pin_matches: bool
    other_request_pending: bool = False  # E24, as for SIM changes


def decide_port_out(facts: PortOutFacts) -> LineDecision:
    if facts.port_out_lock:
        return LineDecision(LineReason.PORT_OUT_LOCKED, ("R-5237-4",))
    if facts.pin_locked:
        return LineDecision(LineReason.TRANSFER_PIN_LOCKED, ("R-5237-5", "R-2010-h-5"))
    if not facts.pin_set:
        return LineDecision(LineReason.TRANSFER_PIN_NOT_SET, ("R-5237-2",))
    if not facts.pin_matches:
        return LineDecision(LineReason.WRONG_TRANSFER_PIN, ("R-5237-2", "R-5237-5"))
    if facts.other_request_pending:
        return LineDecision(LineReason.NUMBER_CONTROL_ACTION_PENDING, ("R-5237-8", "E24"))
    return LineDecision(LineReason.TRANSFER_PIN_VERIFIED, ("R-5237-2", "R-5237-3"))


class UnlockProblem(StrEnum):
    INTERACTION_REQUIRED = "interaction_required"
    INTERACTION_NOT_OPEN = "interaction_not_open"
    INTERACTION_ACCOUNT_MISMATCH = "interaction_account_mismatch"
    NOT_AUTHENTICATED = "not_authenticated"
    AUTHENTICATION_METHOD_NOT_ACCEPTED = "authentication_method_not_accepted"


@dataclass(frozen=True)
class Caller:
    """The interaction that asks for a line-security change, as the rules need it."""

    same_account: bool
    open: bool
    authentication_method: str | None


def authority_problem(caller: Caller | None, accepted_methods: frozenset[str]) -> UnlockProblem | None:
    """What stops `caller` from a change at the SIM-change bar (turning a lock off, setting the transfer PIN;
    R-2010-h-7, E26, R-5237-2), or None."""
    if caller is None:
        return UnlockProblem.INTERACTION_REQUIRED
    if not caller.same_account:
        return UnlockProblem.INTERACTION_ACCOUNT_MISMATCH
    if not caller.open:
        return UnlockProblem.INTERACTION_NOT_OPEN
    if caller.authentication_method is None:
        return UnlockProblem.NOT_AUTHENTICATED
    if caller.authentication_method not in accepted_methods:
        return UnlockProblem.AUTHENTICATION_METHOD_NOT_ACCEPTED
    return None


def lock_change_needs_authority(current: tuple[bool, bool], requested: tuple[bool, bool]) -> bool:
    """Turning a lock ON is the customer's protection and needs no authentication (R-2010-h-7: free and
    opt-in); turning one OFF needs it at the SIM-change bar (E26)."""
    return any(now and not wanted for now, wanted in zip(current, requested, strict=True))


def recently_swapped(sim_changed_at: datetime | None, now: datetime, window: timedelta) -> bool:
    """E7, E25: the number moved to a new SIM (or arrived by port-in) within `window`: whoever holds it may
    not be the customer, so a callback to it or a code sent to it proves nothing."""
    return sim_changed_at is not None and now - sim_changed_at < window


def swapped_within(sim_changed_at: datetime | None, now: datetime, max_age: timedelta) -> bool:
    """The CAMARA SIM-swap check: a change within the last `max_age` (inclusive of its edge)."""
    return sim_changed_at is not None and now - sim_changed_at <= max_age


def pin_problem(pin: str) -> str | None:
    """A transfer PIN the customer chooses: not one digit repeated, not a run up or down (R-5237-2: a
    passcode guessable from nothing is no authentication). The service also refuses one built from the
    account's numbers and references, as for passwords."""
    if len(set(pin)) == 1:
        return "the PIN repeats one digit"
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {-1}):
        return "the PIN is a run of consecutive digits"
    return None


def _first(methods: Iterable[str]) -> str | None:
    for method in DEFAULT_METHODS:
        if method in methods:
            return method
    return next(iter(sorted(methods)), None)
