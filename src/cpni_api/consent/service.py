"""Consent: what its changes and reads share: the consent clock (the instant, the carrier's local date and
zone), and the carrier's own policy from the settings (ADR 0020). Notices are in `notices.py`, decisions and
the status per scope in `approvals.py`, usage checks in `usage_checks.py`; each change records its audit row
(ADR 0019)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from cpni_api.consent import policy
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings


@dataclass(frozen=True)
class ConsentClock:
    """The instant, the carrier's local date, and the zone that calendar days are counted in."""

    now: datetime
    today: date
    timezone: ZoneInfo


def not_in_future(instant: datetime, now: datetime, field: str) -> None:
    if instant > now:
        raise ProblemError(ErrorCode.TIME_IN_FUTURE, f"{field} is in the future.")


def carrier_policy(settings: Settings) -> policy.CarrierPolicy:
    """The carrier's own promises, from `CPNI_CARRIER_POLICY_*` (ADR 0020)."""
    return policy.CarrierPolicy(
        opt_in_only=settings.carrier_policy_opt_in_only,
        no_third_party_sale=settings.carrier_policy_no_third_party_sale,
    )
