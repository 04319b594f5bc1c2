"""Small dependencies that hand routes the app's shared objects.

They are `async def` on purpose: they do no I/O, and FastAPI runs every sync dependency in its thread
pool, one hop each (ADR 0014).
"""

from __future__ import annotations

from fastapi import Request

from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.clock import Clock
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
