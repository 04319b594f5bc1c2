"""What the breach routes share: their scopes, the breach id, and the breach as an answer."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Path

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContext
from cpni_api.breaches import views
from cpni_api.breaches.models import Breach
from cpni_api.breaches.schemas import BreachOut
from cpni_api.core.settings import Settings

BreachId = Annotated[str, Path(max_length=40)]
Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.BREACHES_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.COMPLIANCE_READ))]
PDF = "application/pdf"


def zone_of(settings: Settings) -> ZoneInfo:
    """The carrier's zone: it decides which calendar year a breach belongs to."""
    return ZoneInfo(settings.business_days_timezone)


def view(context: WriteContext, breach: Breach) -> BreachOut:
    return views.view_of(
        context.session,
        breach,
        now=context.now(),
        retention_years=context.settings.breach_retention_years,
        zone=zone_of(context.settings),
    )


def wants_pdf(format: str | None, accept: str) -> bool:
    return format == "pdf" if format is not None else PDF in accept.lower()
