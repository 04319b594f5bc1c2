"""Structured JSON logs. Only listed fields are written, so secrets and CPNI cannot slip in via `extra`."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from cpni_api.core.request_context import current_request_id

# Fields a log call may attach. Anything else passed in `extra` is dropped on purpose.
SAFE_FIELDS = (
    "method",
    "route",
    "status",
    "duration_ms",
    "error_type",
    "api_key_id",
    "count",
    "component",
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": current_request_id(),
        }
        for field in SAFE_FIELDS:
            if hasattr(record, field):
                entry[field] = getattr(record, field)
        if record.exc_info and record.exc_info[0] is not None:
            entry["error_type"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's own access log would print raw paths and query strings; ours logs the route template.
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True
