"""Breach-notification rules as pure functions (R-2011, E1, E18, E19): no I/O, no clock reads.

Two regimes, each a policy of its own, chosen per breach when it is reasonably determined (E19):
- `Rule2007`: the 2007 text of §64.2011, in force until the FCC publishes the 2024 amendments' effective
  date (cpni-rules.md §0.3). Law enforcement within 7 business days; customers and the public not before
  7 full business days after that (R-2011-b-1) unless the urgent path applies (R-2011-b-2).
- `Rule2024`: FCC 23-111 (R-2011-NEW). One agency notice reaches the FCC, the Secret Service and the FBI,
  owed unless fewer than 500 customers are affected and no harm is reasonably likely (those breaches go into
  the annual summary); no waiting period; customers, where owed, without unreasonable delay and at most 30
  days after determination, the clock paused by a hold (`assessment` holds these judgements).
Both keep R-2011-a (no customer or public notice before the owed agency notice) and law-enforcement holds
(R-2011-b-3, R-2011-NEW-6): an active hold blocks customer and public notice, even on the urgent path. An
incident that is not a breach under its regime (E28, R-2011-NEW-2) owes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Protocol

from cpni_api.breaches import assessment
from cpni_api.breaches.vocabulary import Intent
from cpni_api.breaches.vocabulary import Regime as Regime
from cpni_api.core.business_days import Calendars

LAW_ENFORCEMENT_NOTICE_BUSINESS_DAYS = 7  # R-2011-b
CUSTOMER_NOTICE_WAIT_FULL_BUSINESS_DAYS = 7  # R-2011-b-1
INITIAL_HOLD_MAX = timedelta(days=30)  # R-2011-b-3
FCC_NOTICE_THRESHOLD_2024 = assessment.CUSTOMER_THRESHOLD  # R-2011-NEW-5


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
    NOT_A_BREACH = "not_a_breach"


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
    # The 2024 record (R-2011-NEW-2, -5, -8); the defaults keep every duty.
    is_breach: bool = True
    affected_customers: int | None = None  # declared, deduplicated across accounts (E27); None: unknown
    encryption_safe_harbour: bool = False


@dataclass(frozen=True)
class NoticeDecision:
    allowed: bool
    reason: Reason
    # When refused: the earliest instant it could be allowed on the facts known now (None: unknown, e.g.
    # law enforcement not yet notified).
    earliest_allowed_at: datetime | None = None


@dataclass(frozen=True)
class Obligation:
    kind: str  # law_enforcement_notice (2007) | agency_notice (2024) | customer_notice
    status: Status
    due_by: datetime | None = None
    not_before: datetime | None = None
    done_at: datetime | None = None

    @property
    def late(self) -> bool:
        """Done after its deadline: recorded as late, so a late notice stays visible once sent."""
        return self.done_at is not None and self.due_by is not None and self.done_at > self.due_by


def regime_for(determined_on: date, effective_on: date | None) -> Regime:
    """E19: the 2024 text applies to breaches reasonably determined on or after its effective date; without
    a configured date, the 2007 text applies forever."""
    if effective_on is not None and determined_on >= effective_on:
        return Regime.FCC_2024
    return Regime.FCC_2007


def not_a_breach_on_record(
    regime: Regime, intent: str | None, good_faith: Mapping[str, object] | None
) -> assessment.NotABreach | None:
    """Why an incident recorded with these values (as stored: the intent's word, the good-faith exception's
    three conditions) is not a breach under its regime (E28, R-2011-NEW-2), or None when it is one."""
    exception = None
    if good_faith is not None:
        exception = assessment.GoodFaith(
            by_employee_or_agent=bool(good_faith["by_employee_or_agent"]),
            acquired_in_good_faith=bool(good_faith["acquired_in_good_faith"]),
            not_used_improperly_or_further_disclosed=bool(
                good_faith["not_used_improperly_or_further_disclosed"]
            ),
        )
    return assessment.classify(regime, Intent(intent) if intent is not None else None, exception)


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
        return facts.is_breach  # R-2011-c

    def customer_notice_due_by(self, facts: BreachFacts) -> datetime | None:
        return None  # the 2007 text sets no outer deadline for customer notice

    def customer_notice_decision(self, facts: BreachFacts, at: datetime) -> NoticeDecision:
        if not facts.is_breach:
            return NoticeDecision(True, Reason.NOT_A_BREACH)  # E28: §64.2011 imposes nothing
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
        """The agency notice (FCC, Secret Service and FBI in one filing, R-2011-NEW-3): 500 or more customers
        (or an undeclared count, E27), or harm reasonably likely (unassessed counts as likely). Smaller
        no-harm breaches go in the annual summary instead (R-2011-NEW-5)."""
        return facts.is_breach and assessment.agency_notice_required(
            facts.affected_customers, facts.harm_reasonably_likely
        )

    def customer_notice_required(self, facts: BreachFacts) -> bool:
        return facts.is_breach and assessment.customer_notice_required(
            facts.harm_reasonably_likely, facts.encryption_safe_harbour
        )

    def customer_notice_due_by(self, facts: BreachFacts) -> datetime | None:
        if not self.customer_notice_required(facts):
            return None
        holds = [(hold.directed_at, hold.ends_at) for hold in facts.holds]
        return assessment.customer_notice_due_by(facts.determined_at, holds)

    def customer_notice_decision(self, facts: BreachFacts, at: datetime) -> NoticeDecision:
        if not facts.is_breach:
            return NoticeDecision(True, Reason.NOT_A_BREACH)  # R-2011-NEW-2's exception
        if self.fcc_notice_required(facts):
            # The agency notice comes first (R-2011-NEW-7); one filing reaches all three agencies.
            notified = facts.law_enforcement_notified_at
            if notified is None or at < notified:
                return NoticeDecision(False, Reason.LAW_ENFORCEMENT_NOT_NOTIFIED)
            fcc = facts.fcc_notified_at
            if fcc is None or at < fcc:
                return NoticeDecision(False, Reason.FCC_NOT_NOTIFIED)
        blocked_until = hold_blocking_until(facts.holds, at)
        if blocked_until is not None:
            return NoticeDecision(False, Reason.LAW_ENFORCEMENT_HOLD, _settle(facts.holds, blocked_until))
        return NoticeDecision(True, Reason.NO_WAITING_PERIOD)


RULES: dict[Regime, BreachRule] = {Regime.FCC_2007: Rule2007(), Regime.FCC_2024: Rule2024()}


def rule_for(regime: Regime) -> BreachRule:
    return RULES[regime]


def obligations(facts: BreachFacts, *, law_enforcement_due_by: datetime, now: datetime) -> list[Obligation]:
    """What the carrier owes for this breach as of `now`, each with its state and deadline. Under the 2024
    rules the law-enforcement and FCC notices are one agency notice, owed by the same deadline (R-2011-NEW-3)
    and done once both are recorded; an incident that is not a breach owes nothing."""
    if not facts.is_breach:
        return []
    rule = rule_for(facts.regime)
    found: list[Obligation] = []
    if facts.regime is Regime.FCC_2007:
        found.append(
            _notice_obligation(
                "law_enforcement_notice", law_enforcement_due_by, facts.law_enforcement_notified_at, now
            )
        )
    elif rule.fcc_notice_required(facts):
        police, fcc = facts.law_enforcement_notified_at, facts.fcc_notified_at
        done_at = max(police, fcc) if police is not None and fcc is not None else None
        found.append(_notice_obligation("agency_notice", law_enforcement_due_by, done_at, now))
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
NOT_A_BREACH = "not_a_breach"  # the status of an incident recorded as not a breach under its regime


def add_years(instant: datetime, years: int) -> datetime:
    """The same wall-clock instant `years` later; Feb 29 moves to Mar 1 (never earlier)."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, month=3, day=1)


def retained_until(last_activity: datetime, retention_years: int) -> datetime:
    """R-2011-d: breach records are kept at least two years after the last thing recorded about them."""
    return add_years(last_activity, retention_years)
