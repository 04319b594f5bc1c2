"""Which problem codes a route's code can raise, found by reading it: from the route function and its
dependencies, every `ErrorCode.X` in the functions they reference, and in the functions those reference,
within cpni_api. It over-approximates (a function referenced is counted as called, a class's methods as all
called), which is the right side to err on for a declaration: a code it finds and a route does not
declare is a gap in the OpenAPI document (ADR 0031)."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from cpni_api.core.errors import ErrorCode

_PACKAGE = "cpni_api."
# Where problems are built from a code they are given: reading it would count every code.
_ERRORS_MODULE = "cpni_api.core.errors"


def reachable_codes(route: APIRoute) -> set[ErrorCode]:
    codes: set[ErrorCode] = set()
    seen: set[int] = set()
    pending: list[Any] = [route.endpoint, *_dependency_calls(route.dependant)]
    while pending:
        function = inspect.unwrap(pending.pop())
        if id(function) in seen or getattr(function, "__module__", None) == _ERRORS_MODULE:
            continue
        seen.add(id(function))
        tree = _syntax(function)
        if tree is None:  # a dependency that is a class or an instance (RequireScope(...)): read its methods
            pending += _ours(function)
            continue
        namespace = getattr(function, "__globals__", {})
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "ErrorCode"
                and node.attr in ErrorCode.__members__
            ):
                codes.add(ErrorCode[node.attr])
            if isinstance(node, ast.Name | ast.Attribute):
                found = _resolve(node, namespace)
                codes |= _codes_in_table(found)
                pending += _ours(found)
    return codes


def _codes_in_table(found: Any, depth: int = 0) -> set[ErrorCode]:
    """The codes in a module-level table (`_CODES = {Outcome.X: (ErrorCode.Y, "...")}`)."""
    if isinstance(found, ErrorCode):
        return {found}
    if depth > 2:
        return set()
    if isinstance(found, dict):
        found = [*found.keys(), *found.values()]
    if isinstance(found, list | tuple | set | frozenset):
        return {code for item in found for code in _codes_in_table(item, depth + 1)}
    return set()


def _dependency_calls(dependant: Dependant) -> Iterator[Any]:
    for dependency in dependant.dependencies:
        if dependency.call is not None:
            yield dependency.call
        yield from _dependency_calls(dependency)


def _syntax(function: Any) -> ast.AST | None:
    if not (inspect.isfunction(function) or inspect.ismethod(function)):
        return None
    try:
        return ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return None


def _resolve(node: ast.expr, namespace: dict[str, Any]) -> Any:
    if isinstance(node, ast.Name):
        return namespace.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, namespace)
        if owner is not None and (inspect.ismodule(owner) or inspect.isclass(owner)):
            return getattr(owner, node.attr, None)
    return None


def _ours(found: Any) -> list[Callable[..., Any]]:
    """The functions to read for `found`: itself if it is a cpni_api function; a cpni_api class's own
    methods; the class's `__call__` for an instance (a dependency such as RequireScope(...))."""
    if found is None:
        return []
    if inspect.isfunction(found):
        return [found] if found.__module__.startswith(_PACKAGE) else []
    target = found if inspect.isclass(found) else type(found)
    if not target.__module__.startswith(_PACKAGE):
        return []
    return [member for member in vars(target).values() if inspect.isfunction(member)]
