"""Decision tables a compliance reviewer reads, for any pure rule (tests/decisions/<rule>/*.yaml).

A file holds `defaults` (every fact, stated once) and `rows`. A row names the rule id(s) it encodes, changes
only the facts that differ from the defaults, and states what the rule must answer. Unknown keys, unknown
facts and rule ids that the rules document does not define are errors, so a row cannot cite a rule in name
only. Each table's runner turns facts into the rule's input and compares the answer.

Besides the document's R- ids and E- edge cases, a row may cite the statute (`47 U.S.C. 222(c)(1)`) and the
carrier's own policy (`carrier-policy:...`, ADR 0020).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

DECISIONS_DIR = Path(__file__).resolve().parents[1] / "decisions"
REPO_ROOT = Path(__file__).resolve().parents[2]

FILE_KEYS = {"defaults", "rows"}
ROW_KEYS = {"name", "rule", "edge_cases", "note", "facts", "expect"}
REQUIRED_ROW_KEYS = {"name", "rule", "facts", "expect"}
STATUTE = re.compile(r"47 U\.S\.C\. 222\([a-z]\)(\(\d\))?")
CARRIER_POLICY = re.compile(r"carrier-policy:[a-z_]+")


class CorpusError(AssertionError):
    pass


def rules_document() -> Path | None:
    """The rules document, found relative to the repository (or named by CPNI_RULES_DOC)."""
    candidates = [
        os.environ.get("CPNI_RULES_DOC"),
        str(REPO_ROOT / "docs" / "cpni-rules.md"),
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def defined_ids() -> frozenset[str] | None:
    document = rules_document()
    if document is None:
        return None
    text = document.read_text(encoding="utf-8")
    rule_ids = re.findall(r"^\|\s*(R-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)", text, flags=re.MULTILINE)
    edge_cases = re.findall(r"^- \*\*(E\d+)\.", text, flags=re.MULTILINE)
    return frozenset(rule_ids) | frozenset(edge_cases)


DEFINED_IDS = defined_ids()


def as_list(value: Any, what: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
        raise CorpusError(f"{what} must be a string or a non-empty list of strings, not {value!r}")
    return items


def check_rule_ids(rules: Iterable[str]) -> None:
    for rule in rules:
        if STATUTE.fullmatch(rule) or CARRIER_POLICY.fullmatch(rule):
            continue
        if not re.fullmatch(r"(R-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*|E\d+)", rule):
            raise CorpusError(
                f"rule {rule!r} is not an R- id, an E- edge case, the statute or carrier policy"
            )
        if DEFINED_IDS is not None and rule not in DEFINED_IDS:
            raise CorpusError(f"rule id {rule!r} is not defined in the rules document")


@dataclass(frozen=True)
class Row:
    file: str
    name: str
    rules: list[str]
    facts: dict[str, Any]  # the defaults with the row's changes applied
    expect: dict[str, Any]


def _row(file: str, defaults: dict[str, Any], row: Any, expect_keys: set[str], required: set[str]) -> Row:
    if not isinstance(row, dict):
        raise CorpusError(f"a row must be a mapping, not {row!r}")
    unknown = set(row) - ROW_KEYS
    if unknown:
        raise CorpusError(f"unknown row keys {sorted(unknown)}; allowed: {sorted(ROW_KEYS)}")
    missing = REQUIRED_ROW_KEYS - set(row)
    if missing:
        raise CorpusError(f"missing row keys {sorted(missing)}")
    if not isinstance(row["facts"], dict):
        raise CorpusError("'facts' must be a mapping (use {} for the defaults)")
    unknown = set(row["facts"]) - set(defaults)
    if unknown:
        raise CorpusError(f"unknown facts {sorted(unknown)}; facts are {sorted(defaults)}")
    expect = row["expect"]
    if not isinstance(expect, dict):
        raise CorpusError("'expect' must be a mapping")
    if set(expect) - expect_keys or required - set(expect):
        raise CorpusError(f"'expect' keys must be among {sorted(expect_keys)} and include {sorted(required)}")
    rules = as_list(row["rule"], "'rule'")
    check_rule_ids(rules)
    if "edge_cases" in row:
        check_rule_ids(as_list(row["edge_cases"], "'edge_cases'"))
    return Row(file, str(row["name"]), rules, {**defaults, **row["facts"]}, expect)


def load(table: str, *, expect_keys: set[str], required: set[str]) -> list[Any]:
    """pytest params, one per row of tests/decisions/<table>/*.yaml; a malformed file or row is a failing
    param of its own (never a silently skipped one)."""
    params: list[Any] = []
    paths = sorted((DECISIONS_DIR / table).glob("*.yaml"))
    if not paths:
        return [pytest.param(None, f"no tables in tests/decisions/{table}", id=f"{table}:<none>")]
    for path in paths:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(content, dict) or set(content) != FILE_KEYS:
            params.append(pytest.param(None, f"{path.name}: keys must be {sorted(FILE_KEYS)}", id=path.name))
            continue
        defaults, rows = content["defaults"], content["rows"]
        if not isinstance(defaults, dict) or not isinstance(rows, list) or not rows:
            params.append(pytest.param(None, f"{path.name}: bad defaults or rows", id=path.name))
            continue
        seen: set[str] = set()
        for index, raw in enumerate(rows):
            name = raw.get("name") if isinstance(raw, dict) else None
            label = name if isinstance(name, str) and name else f"<row {index + 1}>"
            try:
                if label in seen:
                    raise CorpusError(f"duplicate row name {label!r}")
                seen.add(label)
                params.append(
                    pytest.param(
                        _row(path.name, defaults, raw, expect_keys, required), None, id=f"{path.stem}:{label}"
                    )
                )
            except CorpusError as error:
                params.append(pytest.param(None, f"{path.name}: {error}", id=f"{path.stem}:{label}"))
    return params


def rows_of(params: list[Any]) -> list[Row]:
    return [param.values[0] for param in params if param.values[0] is not None]


def run(row: Row | None, problem: str | None, decide: Callable[[Row], None]) -> None:
    if problem is not None or row is None:
        pytest.fail(problem or "no row")
    decide(row)
