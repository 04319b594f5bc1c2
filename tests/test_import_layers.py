"""The package graph points down (docs/code-style.md §1, issue 14). Read from the source with `ast`, every
import counted, those inside functions too:

- `core` imports no domain: it is the plumbing every domain stands on.
- A `policy.py` is pure: no sqlalchemy, no fastapi, no service and no models module.
- Routers are the top layer, under `app.py`: a router imports no other domain's router, and nothing but
  `app.py` (and a domain's own `router.py`, which includes its `routes/`) imports a router.
- No cycle between domain packages. `models.py`, `schemas.py`, `vocabulary.py` and the pure rules (`policy`
  modules: no I/O, no service, no models, checked above) are a lower layer that any domain may import, and
  routers are left out of the graph, being above every domain (ADR 0019, amended by ADR 0020).
- The lower layer itself has no cycle between domains either.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "cpni_api"
LOWER_LAYER_NAMES = ("models", "schemas", "vocabulary")
IMPURE_FOR_POLICY = ("sqlalchemy", "fastapi", "starlette")

# Package cycles known and owned by the work that removes them; each entry must still be a cycle, so an entry
# is deleted here in the change that breaks it. None are left: credentials <-> interactions went when pure
# rules joined the lower layer (credentials asks only `interactions.policy.is_open` and reads its models),
# and consent <-> third_parties when ThirdPartyKind moved into third_parties/ and the scope-to-kind table into
# consent/policy/recipients.py (issue 14, code-style.md §1).
ALLOWED_CYCLES: set[frozenset[str]] = set()


@dataclass(frozen=True)
class Module:
    name: str  # cpni_api.breaches.service
    path: Path

    @property
    def parts(self) -> list[str]:
        return self.name.split(".")

    @property
    def domain(self) -> str | None:
        """The package under cpni_api it belongs to (core counts), or None for app.py, cli.py and the like."""
        parts = self.parts
        if len(parts) > 2 or (len(parts) == 2 and (SOURCE / PACKAGE / parts[1]).is_dir()):
            return parts[1]
        return None

    @property
    def is_router(self) -> bool:
        return len(self.parts) >= 3 and self.parts[2] in ("router", "routes")

    @property
    def is_policy(self) -> bool:
        return "policy" in self.parts[2:]

    @property
    def is_lower_layer(self) -> bool:
        return self.parts[-1] in LOWER_LAYER_NAMES or self.is_policy


@cache
def modules() -> dict[str, Module]:
    found = {}
    for path in sorted((SOURCE / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(SOURCE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        found[name] = Module(name, path)
    return found


def imported(module: Module) -> Iterator[str]:
    """Every module `module` imports, dotted; `from a import b` names `a.b` when that is a module."""
    for node in ast.walk(ast.parse(module.path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package
                anchor = module.parts[: len(module.parts) - node.level + (module.path.name == "__init__.py")]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield candidate if candidate in modules() else base


def project_imports(module: Module) -> Iterator[Module]:
    for name in imported(module):
        if name in modules():
            yield modules()[name]


def test_the_source_is_found() -> None:
    names = modules()
    assert "cpni_api.app" in names
    assert "cpni_api.disclosures.policy" in names
    assert sum(module.is_router for module in names.values()) >= 10


def test_core_imports_no_domain() -> None:
    wrong = [
        f"{module.name} imports {target.name}"
        for module in modules().values()
        if module.domain == "core"
        for target in project_imports(module)
        if target.domain != "core" and target.name != PACKAGE
    ]
    assert wrong == []


def _impure(name: str) -> bool:
    """What a policy module may not import: I/O and web frameworks, services, models and routers."""
    target = modules().get(name)
    if target is not None:
        return target.parts[-1] in ("service", "models") or target.is_router
    return name.split(".")[0] in IMPURE_FOR_POLICY


def test_policy_modules_are_pure() -> None:
    wrong = [
        f"{module.name} imports {name}"
        for module in modules().values()
        if module.is_policy
        for name in imported(module)
        if _impure(name)
    ]
    assert wrong == []


def test_routers_are_the_top_layer() -> None:
    wrong = []
    for module in modules().values():
        for target in project_imports(module):
            if not target.is_router or module.name == "cpni_api.app":
                continue
            # A domain's router.py includes its own routes/ package; routes share their own helpers.
            if module.is_router and module.domain == target.domain:
                continue
            wrong.append(f"{module.name} imports {target.name}")
    assert wrong == []


def package_graph() -> dict[str, set[str]]:
    """Domain package -> the domain packages its modules import, routers and the lower layer left out."""
    graph: dict[str, set[str]] = {}
    for module in modules().values():
        if module.domain in (None, "core") or module.is_router:
            continue
        for target in project_imports(module):
            if target.domain in (None, "core", module.domain) or target.is_lower_layer:
                continue
            graph.setdefault(module.domain, set()).add(target.domain)
    return graph


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The pairs of packages that reach each other, directly or through others."""

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for following in graph.get(todo.pop(), set()):
                if following not in seen:
                    seen.add(following)
                    todo.append(following)
        return seen

    reachable = {package: reach(package) for package in graph}
    return {frozenset({a, b}) for a in graph for b in reachable[a] if a != b and a in reachable.get(b, set())}


def test_no_cycle_between_domain_packages_but_the_listed_ones() -> None:
    found = cycles(package_graph())
    assert found - ALLOWED_CYCLES == set(), "a new cycle between domain packages"
    assert ALLOWED_CYCLES - found == set(), "a listed cycle is gone: delete it from ALLOWED_CYCLES"


def test_the_lower_layer_has_no_cycle_between_domains() -> None:
    """Pure rules and words may import each other across domains, but only one way round."""
    graph: dict[str, set[str]] = {}
    for module in modules().values():
        if module.domain in (None, "core") or not module.is_lower_layer:
            continue
        for target in project_imports(module):
            if target.domain in (None, "core", module.domain) or not target.is_lower_layer:
                continue
            graph.setdefault(module.domain, set()).add(target.domain)
    assert cycles(graph) == set()
    # consent's rules read third parties' words and safeguards; third parties know nothing of consent.
    assert "third_parties" in graph.get("consent", set())
    assert "consent" not in graph.get("third_parties", set())


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}}, set()),
        ({"a": {"b"}, "b": {"a"}}, {frozenset({"a", "b"})}),
        (
            {"a": {"b"}, "b": {"c"}, "c": {"a"}},
            {frozenset({"a", "b"}), frozenset({"b", "c"}), frozenset({"a", "c"})},
        ),
    ],
)
def test_cycles_are_found_through_other_packages(
    graph: dict[str, set[str]], expected: set[frozenset[str]]
) -> None:
    assert cycles(graph) == expected
