"""Notice timing as pure policy (R-2008): when opt-out approval may first be assumed after a notice, and when
a notice is too old to support it. No clock: instants and the carrier's time zone are passed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from cpni_api.consent.vocabulary import NoticeDelivery, NoticeKind

OPT_OUT_WAIT_DAYS = 30  # R-2008-d-1
MAIL_DELIVERY_DAYS = 3  # R-2008-d-1: the period starts on the third day after mailing (E9)
OPT_OUT_NOTICE_REFRESH_YEARS = 2  # R-2008-d-2, E8


def add_calendar_days(instant: datetime, days: int, timezone: ZoneInfo) -> datetime:
    """`days` calendar days after `instant`, counted conservatively (E9): the later of `days` x 24 hours
    and the same local wall-clock time `days` local dates later, so a daylight-saving change never makes
    a period shorter."""
    elapsed = instant + timedelta(days=days)
    local = instant.astimezone(timezone)
    wall_clock = (local.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=timezone)
    return max(elapsed, wall_clock.astimezone(instant.tzinfo))


def add_years_early(instant: datetime, years: int) -> datetime:
    """The same date `years` later; Feb 29 becomes Feb 28, the earlier day (for deadlines that expire)."""
    try:
        return instant.replace(year=instant.year + years)
    except ValueError:
        return instant.replace(year=instant.year + years, day=28)


def approval_assumable_from(
    kind: str, delivery: str, sent_at: datetime, timezone: ZoneInfo, extra_days: int = 0
) -> datetime | None:
    """R-2008-d-1, E9: when opt-out approval may first be assumed after this notice. Electronic notice:
    sent + 30 calendar days. Mail: the period starts on the third day after mailing, so mailed + 3 + 30.
    `extra_days` is the carrier's optional safety margin. None for opt-in notices and for oral notice,
    which never supports opt-out approval (R-2008-d-0)."""
    if kind != NoticeKind.OPT_OUT or delivery == NoticeDelivery.ORAL:
        return None
    days = OPT_OUT_WAIT_DAYS + extra_days + (MAIL_DELIVERY_DAYS if delivery == NoticeDelivery.MAIL else 0)
    return add_calendar_days(sent_at, days, timezone)


def opt_out_notice_stale_at(sent_at: datetime) -> datetime:
    """R-2008-d-2, E8: an opt-out notice supports opt-out approval for two years after it was sent."""
    return add_years_early(sent_at, OPT_OUT_NOTICE_REFRESH_YEARS)


@dataclass(frozen=True)
class Notice:
    id: str
    kind: str
    delivery: str
    sent_at: datetime
    approval_assumable_from: datetime | None
    bounced_at: datetime | None = None
    email_delivery_approved: bool = False
    recipients: frozenset[str] = frozenset()
    purposes: frozenset[str] = frozenset()
