"""The generated client is imported from the tree (clients/python), not installed: a fresh clone tests the
client it commits, and regenerating it needs no reinstall (ADR 0035). mypy finds it the same way
(`mypy_path` in pyproject.toml)."""

from __future__ import annotations

import sys
from pathlib import Path

CLIENT_ROOT = Path(__file__).resolve().parents[2] / "clients" / "python"

if str(CLIENT_ROOT) not in sys.path:
    sys.path.insert(0, str(CLIENT_ROOT))
