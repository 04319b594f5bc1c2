"""The obligations as an iCalendar feed (RFC 5545), so the officer's calendar shows every deadline: one event
per obligation, at its `due_by`, with a reminder a day before. `icalendar` writes it (ADR 0044)."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from cpni_api.obligations.schemas import ObligationList, ObligationOut

PRODUCT_ID = "-//cpni-api//compliance obligations//EN"
REMIND_BEFORE = timedelta(days=1)


def event_uid(obligation: ObligationOut) -> str:
    """Stable across feeds, so a calendar updates an event instead of adding a second one."""
    return f"{obligation.kind.value}.{obligation.subject_type}.{obligation.subject_id}@cpni-api"


def render_ics(obligations: ObligationList) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "CPNI compliance obligations")
    for obligation in obligations.items:
        calendar.add_component(_event(obligation, obligations.generated_at))
    return bytes(calendar.to_ical())


def _event(obligation: ObligationOut, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(obligation))
    event.add("dtstamp", stamp)
    event.add("dtstart", obligation.due_by)
    event.add("summary", f"[{obligation.status}] {obligation.summary}")
    deadline = "Deadline" if obligation.deadline else "Owed from"
    event.add(
        "description",
        f"{deadline}: {obligation.due_by.isoformat()}. Rule: {obligation.rule_id}. "
        f"Record: {obligation.subject_type} {obligation.subject_id}.",
    )
    event.add("categories", [obligation.kind.value])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", obligation.summary)
    alarm.add("trigger", -REMIND_BEFORE)
    event.add_component(alarm)
    return event
