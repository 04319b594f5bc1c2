"""The dependencies every router shares, and their aliases, defined once: the request's session, the clock,
the settings and the business-day calendars.

They are `async def` on purpose: they do no I/O, and FastAPI runs every sync dependency in its thread
pool, one hop each (ADR 0014).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from cpni_api.core.business_days import BusinessCalendar, Calendars
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.settings import Settings


async def get_clock(request: Request) -> Clock:
    clock: Clock = request.app.state.clock
    return clock


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_calendar(request: Request) -> BusinessCalendar:
    calendar: BusinessCalendar = request.app.state.calendar
    return calendar


@lru_cache(maxsize=8)
def _weekends_only(timezone: str) -> BusinessCalendar:
    return BusinessCalendar.weekends_only(timezone=timezone)


async def get_calendars(calendar: Annotated[BusinessCalendar, Depends(get_calendar)]) -> Calendars:
    """E1: the configured calendar for "not before" waits, its weekends-only twin for "no later than"."""
    return Calendars(no_later_than=_weekends_only(calendar.timezone.key), not_before=calendar)


# The request's transaction: it commits after the route returns (core/db.py, `get_session`).
DbSession = Annotated[Session, Depends(get_session, scope="function")]
ClockDep = Annotated[Clock, Depends(get_clock)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
CalendarDep = Annotated[BusinessCalendar, Depends(get_calendar)]
CalendarsDep = Annotated[Calendars, Depends(get_calendars)]
