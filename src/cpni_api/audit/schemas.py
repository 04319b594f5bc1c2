from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditRecordOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    occurred_at: datetime
    action: str
    api_key_id: str | None
    agent_id: str | None
    account_id: str | None
    subject_type: str | None
    subject_id: str | None
    outcome: str | None
    details: dict[str, Any]
    correlation_id: str
