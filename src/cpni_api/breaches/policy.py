"""Breach-notification rules as pure functions (R-2011, E1, E18, E19): no I/O, no clock reads.

Two regimes, each a policy of its own, chosen per breach when it is reasonably determined (E19):
- `Rule2007`: the 2007 text of §64.2011, in force until the FCC publishes the 2024 amendments' effective
  date (cpni-rules.md §0.3). Law enforcement within 7 business days; customers and the public not before
  7 full business days after that (R-2011-b-1) unless the urgent path applies (R-2011-b-2).
- `Rule2024`: FCC 23-111 (R-2011-NEW). The FCC is notified too (500 customers or more, or harm reasonably
  likely); no waiting period; customers without unreasonable delay and at most 30 days after determination.
Both keep R-2011-a (no customer or public notice before law enforcement was notified) and law-enforcement
holds (R-2011-b-3): an active hold blocks customer and public notice, even on the urgent path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from cpni_api.core.business_days import Calendars

LAW_ENFORCEMENT_NOTICE_BUSINESS_DAYS = 7  # R-2011-b
CUSTOMER_NOTICE_WAIT_FULL_BUSINESS_DAYS = 7  # R-2011-b-1
INITIAL_HOLD_MAX = timedelta(days=30)  # R-2011-b-3
CUSTOMER_NOTICE_MAX_DELAY_2024 = timedelta(days=30)  # R-2011-NEW [M]
FCC_NOTICE_THRESHOLD_2024 = 500  # R-2011-NEW


class Regime(StrEnum):
    FCC_2007 = "2007"
    FCC_2024 = "2024"


class Reason(StrEnum):
    """Why a customer (or public) notice is allowed or refused at an instant."""

    LAW_ENFORCEMENT_NOT_NOTIFIED = "law_enforcement_not_notified"
    FCC_NOT_NOTIFIED = "fcc_not_notified"
    LAW_ENFORCEMENT_HOLD = "law_enforcement_hold"
    WAITING_PERIOD = "waiting_period"
    URGENT_NEED_WITHOUT_CONSULTATION = "urgent_need_without_consultation"
    WAITING_PERIOD_OVER = "waiting_period_over"
    URGENT_NEED_AFTER_CONSULTATION = "urgent_need_after_consultation"
    NO_WAITING_PERIOD = "no_waiting_period"


# Why a notice is refused, in words, with the rule behind each reason (the problem's `detail`).
_REFUSAL = {
    Reason.LAW_ENFORCEMENT_NOT_NOTIFIED: "law enforcement has not been notified (R-2011-a)",
    Reason.FCC_NOT_NOTIFIED: "the FCC has not been notified (R-2011-NEW)",
    Reason.LAW_ENFORCEMENT_HOLD: "a law-enforcement hold is active (R-2011-b-3)",
    Reason.WAITING_PERIOD: "7 full business days have not passed since the law-enforcement notification "
    "(R-2011-b-1)",
    Reason.URGENT_NEED_WITHOUT_CONSULTATION: "the urgent path needs a recorded consultation with the "
    "investigating agency (R-2011-b-2), and the waiting period has not passed",
}


def refusal_text(reason: Reason) -> str:
    """Why a customer (or public) notice is refused for `reason`, citing its rule."""
    return _REFUSAL.get(reason, reason.value)


class Status(StrEnum):
    """A breach's (or one obligation's) state as of an instant, for the compliance officer's list."""

    OVERDUE = "overdue"
    DUE = "due"
    WAITING = "waiting"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_REQUIRED = "not_required"


@dataclass(frozen=True)
class Hold:
    directed_at: datetime
    until: datetime
    released_at: datetime | None = None

    @property
    def ends_at(self) -> datetime:
        return min(self.until, self.released_at) if self.released_at is not None else self.until

    def active_at(self, at: datetime) -> bool:
        return self.directed_at <= at < self.ends_at


@dataclass(frozen=True)
class BreachFacts:
    regime: Regime
    determined_at: datetime
    affected_count: int
    harm_reasonably_likely: bool | None
    law_enforcement_notified_at: datetime | None
    urgent_need: bool
    fcc_notified_at: datetime | None
    consulted_at: tuple[datetime, ...]
    holds: tuple[Hold, ...]
    customer_notice_not_before: datetime | None
    customer_notice_requested_at: datetime | None
    customer_notice_completed_at: datetime | None


@dataclass(frozen=True)
class NoticeDecision:
    allowed: bool
    reason: Reason
    # When refused: the earliest instant it could be allowed on the facts known now (None: unknown, e.g.
    # law enforcement not yet notified).
    earliest_allowed_at: datetime | None = None


@dataclass(frozen=True)
class Obligation:
    kind: str  # law_enforcement_notice | fcc_notice | customer_notice
    status: Status
    due_by: datetime | None = None
    not_before: datetime | None = None
    done_at: datetime | None = None


def regime_for(determined_on: date, effective_on: date | None) -> Regime:
    """E19: the 2024 text applies to breaches reasonably determined on or after its effective date; without
    a configured date, the 2007 text applies forever."""
    if effective_on is not None and determined_on >= effective_on:
        return Regime.FCC_2024
    return Regime.FCC_2007


def law_enforcement_notice_due_by(determined_at: datetime, calendars: Calendars) -> datetime:
    """R-2011-b, E1: end of the 7th business day after reasonable determination, holidays counted as
    business days (the conservative direction for a "no later than" deadline)."""
    return calendars.no_later_than.end_of_business_day_after(
        determined_at, LAW_ENFORCEMENT_NOTICE_BUSINESS_DAYS
    )


def hold_blocking_until(holds: Sequence[Hold], at: datetime) -> datetime | None:
    """The end of the run of holds that covers `at` (a chain of extensions counts as one), or None."""
    blocked_until: datetime | None = None
    instant = at
    while True:
        covering = [hold.ends_at for hold in holds if hold.active_at(instant)]
        if not covering:
            return blocked_until
        blocked_until = instant = max(covering)


def _settle(holds: Sequence[Hold], candidate: datetime) -> datetime:
    """The first instant at or after `candidate` that no hold covers."""
    return hold_blocking_until(holds, candidate) or candidate


def hold_problem(
    *, directed_at: datetime, until: datetime, extends: Hold | None, has_written_direction: bool
) -> str | None:
    """R-2011-b-3: an initial hold lasts at most 30 days; an extension is in writing and ends later than the
    hold it extends. Returns what is wrong, or None."""
    if until <= directed_at:
        return "until must be after directed_at"
    if extends is None:
        if until - directed_at > INITIAL_HOLD_MAX:
            return "an initial hold may last at most 30 days; record longer periods as written extensions"
        return None
    if not has_written_direction:
        return "an extension must reference the agency's written direction"
    if directed_at < extends.directed_at:
        return "an extension cannot be directed before the hold it extends"
    if until <= extends.until:
        return "an extension must end after the hold it extends"
    return None


class BreachRule(Protocol):
    regime: Regime

    def customer_notice_not_before(
        self, law_enforcement_notified_at: datetime, calendars: Calendars
    ) -> datetime | None: ...

    def fcc_notice_required(self, facts: BreachFacts) -> bool: ...

    def customer_notice_required(self, facts: BreachFacts) -> bool: ...

    def customer_notice_due_by(self, facts: BreachFacts) -> datetime | None: ...

    def customer_notice_decision(self, facts: BreachFacts, at: datetime) -> NoticeDecision: ...


class Rule2007:
    """§64.2011 as adopted in 2007 (FCC 07-22), the text in force (cpni-rules.md §0.3)."""

    regime = Regime.FCC_2007

    def customer_notice_not_before(
        self, law_enforcement_notified_at: datetime, calendars: Calendars
    ) -> datetime | None:
        """R-2011-b-1, E1: the moment 7 full business days have passed after the notification; the day of
        notice does not count, weekends and holidays are skipped."""
        return calendars.not_before.start_of_business_day_after(
            law_enforcement_notified_at, CUSTOMER_NOTICE_WAIT_FULL_BUSINESS_DAYS
        )

    def fcc_notice_required(self, facts: BreachFacts) -> bool:
        return False

    def customer_notice_required(self, facts: BreachFacts) -> bool:
        return True  # R-2011-c

    def customer_notice_due_by(self, facts: BreachFacts) -> datetime | None:
        return None  # the 2007 text sets no outer deadline for customer notice

    def customer_notice_decision(self, facts: BreachFacts, at: datetime) -> NoticeDecision:
        notified = facts.law_enforcement_notified_at
        if notified is None or at < notified:
            return NoticeDecision(False, Reason.LAW_ENFORCEMENT_NOT_NOTIFIED)  # R-2011-a
        not_before = facts.customer_notice_not_before
        assert not_before is not None, "stored with the law-enforcement notification"
        blocked_until = hold_blocking_until(facts.holds, at)
        if blocked_until is not None:  # R-2011-b-3, also on the urgent path
            return NoticeDecision(
                False, Reason.LAW_ENFORCEMENT_HOLD, _settle(facts.holds, max(blocked_until, not_before))
            )
        if at >= not_before:
            return NoticeDecision(True, Reason.WAITING_PERIOD_OVER)
        if facts.urgent_need:
            # R-2011-b-2: the urgent need flagged in the law-enforcement notice, AND a consultation.
            if any(consulted <= at for consulted in facts.consulted_at):
                return NoticeDecision(True, Reason.URGENT_NEED_AFTER_CONSULTATION)
            return NoticeDecision(
                False, Reason.URGENT_NEED_WITHOUT_CONSULTATION, _settle(facts.holds, not_before)
            )
        return NoticeDecision(False, Reason.WAITING_PERIOD, _settle(facts.holds, not_before))


class Rule2024:
    """§64.2011 as amended by FCC 23-111 (R-2011-NEW); on from `CPNI_BREACH_2024_RULES_EFFECTIVE_ON`."""

    regime = Regime.FCC_2024

    def customer_notice_not_before(
        self, law_enforcement_notified_at: datetime, calendars: Calendars
    ) -> datetime | None:
        return None  # the mandatory waiting period is removed

    def fcc_notice_required(self, facts: BreachFacts) -> bool:
        # 500 or more customers, or harm reasonably likely (unassessed counts as likely); smaller no-harm
        # breaches go in the annual summary instead.
        return facts.affected_count >= FCC_NOTICE_THRESHOLD_2024 or facts.harm_reasonably_likely is not False

    def customer_notice_required(self, facts: BreachFacts) -> bool:
        return facts.harm_reasonably_likely is not False

    def customer_notice_due_by(self, facts: BreachFacts) -> datetime | None:
        if not self.customer_notice_required(facts):
            return None
        return facts.determined_at + CUSTOMER_NOTICE_MAX_DELAY_2024

    def customer_notice_decision(self, facts: BreachFacts, at: datetime) -> NoticeDecision:
        notified = facts.law_enforcement_notified_at
        if notified is None or at < notified:
            return NoticeDecision(False, Reason.LAW_ENFORCEMENT_NOT_NOTIFIED)
        fcc = facts.fcc_notified_at
        if self.fcc_notice_required(facts) and (fcc is None or at < fcc):
            return NoticeDecision(False, Reason.FCC_NOT_NOTIFIED)
        blocked_until = hold_blocking_until(facts.holds, at)
        if blocked_until is not None:
            return NoticeDecision(False, Reason.LAW_ENFORCEMENT_HOLD, _settle(facts.holds, blocked_until))
        return NoticeDecision(True, Reason.NO_WAITING_PERIOD)


RULES: dict[Regime, BreachRule] = {Regime.FCC_2007: Rule2007(), Regime.FCC_2024: Rule2024()}


def rule_for(regime: Regime) -> BreachRule:
    return RULES[regime]


def obligations(facts: BreachFacts, *, law_enforcement_due_by: datetime, now: datetime) -> list[Obligation]:
    """What the carrier owes for this breach as of `now`, each with its state and deadline."""
    rule = rule_for(facts.regime)
    found = [
        _notice_obligation(
            "law_enforcement_notice", law_enforcement_due_by, facts.law_enforcement_notified_at, now
        )
    ]
    if rule.fcc_notice_required(facts):
        found.append(_notice_obligation("fcc_notice", law_enforcement_due_by, facts.fcc_notified_at, now))
    found.append(_customer_obligation(rule, facts, now))
    return found


def _notice_obligation(kind: str, due_by: datetime, done_at: datetime | None, now: datetime) -> Obligation:
    if done_at is not None:
        return Obligation(kind, Status.DONE, due_by=due_by, done_at=done_at)
    return Obligation(kind, Status.OVERDUE if now > due_by else Status.DUE, due_by=due_by)


def _customer_obligation(rule: BreachRule, facts: BreachFacts, now: datetime) -> Obligation:
    kind = "customer_notice"
    due_by = rule.customer_notice_due_by(facts)
    if facts.customer_notice_completed_at is not None:
        return Obligation(kind, Status.DONE, due_by=due_by, done_at=facts.customer_notice_completed_at)
    late = due_by is not None and now > due_by
    if facts.customer_notice_requested_at is not None:
        return Obligation(kind, Status.OVERDUE if late else Status.IN_PROGRESS, due_by=due_by)
    if not rule.customer_notice_required(facts):
        return Obligation(kind, Status.NOT_REQUIRED)
    decision = rule.customer_notice_decision(facts, now)
    if decision.allowed:
        return Obligation(kind, Status.OVERDUE if late else Status.DUE, due_by=due_by)
    if decision.reason is Reason.LAW_ENFORCEMENT_HOLD:
        # A hold suspends the customer deadline: waiting on the agency is not being late.
        return Obligation(kind, Status.WAITING, due_by=due_by, not_before=decision.earliest_allowed_at)
    return Obligation(
        kind,
        Status.OVERDUE if late else Status.WAITING,
        due_by=due_by,
        not_before=decision.earliest_allowed_at,
    )


_PRECEDENCE = (Status.OVERDUE, Status.DUE, Status.WAITING, Status.IN_PROGRESS)


def breach_status(found: Sequence[Obligation]) -> str:
    """The most urgent state among the obligations; `closed` once nothing is left to do."""
    states = {obligation.status for obligation in found}
    for status in _PRECEDENCE:
        if status in states:
            return status.value
    return "closed"


BREACH_STATUSES = ("overdue", "due", "waiting", "in_progress", "closed")


def add_years(instant: datetime, years: int) -> datetime:
    """The same wall-clock instant `years` later; Feb 29 moves to Mar 1 (never earlier)."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, month=3, day=1)


def retained_until(last_activity: datetime, retention_years: int) -> datetime:
    """R-2011-d: breach records are kept at least two years after the last thing recorded about them."""
    return add_years(last_activity, retention_years)
