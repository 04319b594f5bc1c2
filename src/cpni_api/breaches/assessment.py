"""The 2024 breach rules' judgements as pure functions: no I/O, no clock reads (FCC 23-111, R-2011-NEW).

- Is it a breach at all? The 2007 text needs an intentional act (R-2011-e), so an inadvertent one is not a
  breach under it (E28). The 2024 text drops intent: inadvertent access, use or disclosure is a breach,
  unless an employee or agent acquired the data in good faith and it was neither used improperly nor
  disclosed further (R-2011-NEW-2); each of the three conditions is recorded, and all three must hold.
- Is the agency notice owed? Yes unless fewer than 500 customers are affected and no harm is reasonably
  likely (R-2011-NEW-3, R-2011-NEW-5). An undeclared customer count counts as 500 or more (E27), an
  unassessed harm as likely (R-2011-NEW-8): the exception is claimed only on the record.
- Is the customer notice owed? Not when no harm is reasonably likely, nor when the data was encrypted and
  the key was not compromised, on evidence (R-2011-NEW-8). Otherwise within 30 calendar days of reasonable
  determination, the clock paused while an agency hold is active (R-2011-NEW-7, R-2011-NEW-6, E33).
- Breaches excepted from the agency notice go into the annual summary (R-2011-NEW-5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cpni_api.breaches.vocabulary import Intent, Regime

CUSTOMER_THRESHOLD = 500  # R-2011-NEW-5
CUSTOMER_NOTICE_MAX_DELAY = timedelta(days=30)  # R-2011-NEW-7 [M]: calendar days assumed


class NotABreach(StrEnum):
    """Why an incident is recorded as not a breach under its regime."""

    INADVERTENT_UNDER_2007_TEXT = "inadvertent_under_2007_text"
    GOOD_FAITH_EMPLOYEE_OR_AGENT = "good_faith_employee_or_agent"


_NOT_A_BREACH_TEXT = {
    NotABreach.INADVERTENT_UNDER_2007_TEXT: "The 2007 text defines a breach as an intentional act; an "
    "inadvertent one imposes nothing under §64.2011 (R-2011-e, E28). State law may still apply.",
    NotABreach.GOOD_FAITH_EMPLOYEE_OR_AGENT: "An employee or agent acquired the covered data in good faith "
    "and it was neither used improperly nor disclosed further (R-2011-NEW-2).",
}


def not_a_breach_text(reason: NotABreach) -> str:
    return _NOT_A_BREACH_TEXT[reason]


@dataclass(frozen=True)
class GoodFaith:
    """The good-faith employee or agent exception's three conditions, each on the record (R-2011-NEW-2)."""

    by_employee_or_agent: bool
    acquired_in_good_faith: bool
    not_used_improperly_or_further_disclosed: bool

    @property
    def applies(self) -> bool:
        return (
            self.by_employee_or_agent
            and self.acquired_in_good_faith
            and self.not_used_improperly_or_further_disclosed
        )


def classify(regime: Regime, intent: Intent | None, good_faith: GoodFaith | None) -> NotABreach | None:
    """None when the incident is a breach under its regime, else why it is not. An unstated intent counts
    as intentional (the reading that keeps every duty)."""
    if regime is Regime.FCC_2007:
        # R-2011-e: the 2007 definition needs an intentional act; it has no good-faith exception to apply.
        return NotABreach.INADVERTENT_UNDER_2007_TEXT if intent is Intent.INADVERTENT else None
    if good_faith is not None and good_faith.applies:
        return NotABreach.GOOD_FAITH_EMPLOYEE_OR_AGENT  # R-2011-NEW-2
    return None  # R-2011-NEW-2: intentional or inadvertent, a breach


def agency_notice_required(affected_customers: int | None, harm_reasonably_likely: bool | None) -> bool:
    """R-2011-NEW-3 unless R-2011-NEW-5's exception: fewer than 500 customers AND no harm reasonably likely,
    both on the record (E27: an undeclared count counts as 500 or more; R-2011-NEW-8: unassessed harm is
    likely)."""
    if affected_customers is None or affected_customers >= CUSTOMER_THRESHOLD:
        return True
    return harm_reasonably_likely is not False


@dataclass(frozen=True)
class Encryption:
    data_encrypted: bool
    key_compromised: bool


def encryption_safe_harbour(encryption: Encryption | None) -> bool:
    """R-2011-NEW-8: the breached data was encrypted and, on definitive evidence, the key was not also
    compromised. It spares the customer notice only; the agency notice follows its own rule (ADR 0051)."""
    return encryption is not None and encryption.data_encrypted and not encryption.key_compromised


def customer_notice_required(harm_reasonably_likely: bool | None, safe_harbour: bool) -> bool:
    """R-2011-NEW-8: owed unless no harm is reasonably likely (a written finding) or the safe harbour
    applies."""
    return harm_reasonably_likely is not False and not safe_harbour


def customer_notice_due_by(determined_at: datetime, holds: Sequence[tuple[datetime, datetime]]) -> datetime:
    """R-2011-NEW-7, E33: 30 calendar days after reasonable determination, the clock stopped while an agency
    hold (R-2011-NEW-6) is active. `holds` are (start, end) pairs; overlapping ones count once."""
    remaining = CUSTOMER_NOTICE_MAX_DELAY
    clock = determined_at
    for start, end in sorted(holds):
        if end <= clock:
            continue
        if start - clock >= remaining:
            break
        remaining -= max(start - clock, timedelta(0))
        clock = end
    return clock + remaining


def in_annual_summary(regime: Regime, not_a_breach: NotABreach | None, agency_required: bool) -> bool:
    """R-2011-NEW-5 [M]: a 2024-regime breach excepted from the per-incident agency notice is reported in
    the annual summary instead."""
    return regime is Regime.FCC_2024 and not_a_breach is None and not agency_required
