"""The rules document a decision corpus cites: `docs/cpni-rules.md` in this repository (a copy of the shared
one), or the file `CPNI_RULES_DOC` names. Never a path outside the repository."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def rules_document() -> Path:
    configured = os.environ.get("CPNI_RULES_DOC")
    return Path(configured) if configured else REPO_ROOT / "docs" / "cpni-rules.md"


@dataclass(frozen=True)
class DefinedIds:
    rule_ids: frozenset[str]
    edge_cases: frozenset[str]


def defined_ids() -> DefinedIds:
    """The rule ids (R-…) and edge cases (E…) the document defines; a missing document is an error."""
    text = rules_document().read_text(encoding="utf-8")
    # Requirement rows start "| R-2010-b-1 |"; edge cases start "- **E5. ".
    rule_ids = frozenset(re.findall(r"^\|\s*(R-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)", text, flags=re.MULTILINE))
    edge_cases = frozenset(re.findall(r"^- \*\*(E\d+)\.", text, flags=re.MULTILINE))
    return DefinedIds(rule_ids, edge_cases)
