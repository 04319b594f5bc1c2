"""Request dates and instants, kept to a range in which no deadline, period or retention arithmetic can
overflow the calendar (ADR 0021).

Python's dates end at 9999-12-31 and begin at 0001-01-01: `0001-01-01T00:00:00+01:00` cannot even be
converted to UTC, and a year of 9999 has no "next year" for a period's end. Every request model takes its
dates and instants through these types, so such a value is a 422 naming the field, never a 500. Response
models keep plain `datetime`: what the service computes is in range by construction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime

# 1900: older than any customer relationship or record a carrier imports (the CPNI rules date from 2007).
# 2200: later than any agreement, hold or training expiry, with two centuries of room for the longest
# arithmetic done on a request value (retention of up to 100 years, business-day rolls, next year's end).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
_OUT_OF_RANGE = f"must be within the years {EARLIEST_YEAR} to {LATEST_YEAR}"


def _instant_in_range(value: datetime) -> datetime:
    # The year as written (before any conversion to UTC, which itself overflows at the calendar's edges).
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(_OUT_OF_RANGE)
    return value


def _date_in_range(value: date) -> date:
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(_OUT_OF_RANGE)
    return value


# An instant with its offset (RFC 3339), within the years above.
RequestDatetime = Annotated[AwareDatetime, AfterValidator(_instant_in_range)]
# A calendar date, within the years above.
RequestDate = Annotated[date, AfterValidator(_date_in_range)]
