"""What the compliance routes share: their scopes and their list parameters."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Query

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.compliance import policy
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.pagination import MAX_LIMIT
from cpni_api.core.request_values import LATEST_YEAR

# The first year the CPNI certification rules applied (2007 order, compliance.policy); the last as for every
# request date, so a period's end (next January 1) never leaves the calendar (ADR 0021).
FIRST_CERTIFIED_YEAR = policy.FIRST_CERTIFIED_YEAR

Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.COMPLIANCE_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.COMPLIANCE_READ))]
Cursor = Annotated[str | None, Query(max_length=40)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Year = Annotated[
    int | None,
    Query(ge=FIRST_CERTIFIED_YEAR, le=LATEST_YEAR, description="Only records of this calendar year."),
]


def period(year: int | None, calendar: BusinessCalendar) -> tuple[datetime, datetime] | None:
    return None if year is None else policy.certification_period(year, calendar.timezone)
