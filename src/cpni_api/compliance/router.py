"""Compliance records and the annual certification (design.md §4, R-2009-b/e/f). Writes need
`compliance:write`; reads and the report need `compliance:read`. One router per resource, in
`compliance/routes/`; a write route parses, authorizes and makes its one change in `service`, which
records the audit row (ADR 0019)."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.compliance.routes import (
    agents,
    carrier_profile,
    certification,
    complaints,
    opt_out_failures,
    pretexter_actions,
)

router = APIRouter(tags=["compliance"])
for resource in (complaints, pretexter_actions, opt_out_failures, agents, certification, carrier_profile):
    router.include_router(resource.router)
