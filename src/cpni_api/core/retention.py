"""What a retention purge reports, the same for every domain that purges and for `cpni-api purge`: what was
(or, in a dry run, would be) deleted and what was refused, with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Purged:
    kind: str  # what the record is: breach | approval | notice | campaign | campaign_review
    id: str
    ended_at: datetime  # when it stopped being in effect (a breach: the last thing recorded about it)
    retained_until: datetime
    # What the report says of the record in place of when it ended, e.g. a breach's determination.
    note: str | None = None

    def describe(self) -> str:
        return (
            f"{self.kind} {self.id} ({self.note or f'ended {self.ended_at.isoformat()}'}, "
            f"retained until {self.retained_until.isoformat()})"
        )


@dataclass(frozen=True)
class Refused:
    id: str
    reason: str
    kind: str | None = None  # named in the report when the purge knows it

    def describe(self) -> str:
        return f"{self.kind} {self.id}" if self.kind else self.id


@dataclass
class PurgeResult:
    purged: list[Purged] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)

    def add(self, item: Purged | Refused) -> None:
        if isinstance(item, Purged):
            self.purged.append(item)
        else:
            self.refused.append(item)

    def ids(self, kind: str) -> list[str]:
        return [item.id for item in self.purged if item.kind == kind]


def add_years_late(instant: datetime, years: int) -> datetime:
    """The same date `years` later; Feb 29 becomes Mar 1, the later day (for periods that must run)."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, month=3, day=1)


def subtract_years_early(instant: datetime, years: int) -> datetime:
    """The same date `years` earlier; Feb 29 becomes Feb 28: the earlier purge cutoff, never a later one."""
    try:
        return instant.replace(year=instant.year - years)
    except ValueError:
        return instant.replace(year=instant.year - years, day=28)
