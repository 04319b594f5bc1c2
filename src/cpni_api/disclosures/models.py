from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class DisclosureCheck(Base):
    """One answer to "may this CPNI be released now, this way?" (R-2010-b), kept as asked and answered.

    Holds the decision and the facts it rested on, never CPNI values; an address to send to travels only in
    the delivery event to the mailer.
    """

    __tablename__ = "disclosure_checks"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    interaction_id: Mapped[str] = mapped_column(String(40))
    account_id: Mapped[str] = mapped_column(String(40), index=True)
    agent_id: Mapped[str | None] = mapped_column(String(100))
    api_key_id: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(20))
    information: Mapped[str] = mapped_column(String(20))
    release: Mapped[str] = mapped_column(String(40))
    customer_provided_call_detail: Mapped[bool] = mapped_column(Boolean)
    decision: Mapped[str] = mapped_column(String(10))
    reason_code: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(String(500))
    permitted_alternatives: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    required_verification: Mapped[str | None] = mapped_column(String(30))
    accepted_verifications: Mapped[list[str]] = mapped_column(JSON)
    rule_ids: Mapped[list[str]] = mapped_column(JSON)
    # The facts the policy saw, for audit and for a reviewer to replay the decision.
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)
    # What an allowed callback may dial (the numbers of record at the time), and the event of an allowed send.
    numbers_to_dial: Mapped[list[str]] = mapped_column(JSON)
    delivery_event_id: Mapped[str | None] = mapped_column(String(40))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
