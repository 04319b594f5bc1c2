"""Line security (issue 16; R-2010-h, R-5237): numbers of record, locks, the transfer PIN, SIM-change and
port-out requests, and the SIM-swap signal. One router per resource, in `line_security/routes/`; a write
route parses, authorizes and makes its one change in the domain, which records the audit row (ADR 0019)."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.line_security.routes import lines, records, requests, swap_signal

router = APIRouter(tags=["line security"])
for resource in (lines, requests, records, swap_signal):
    router.include_router(resource.router)
