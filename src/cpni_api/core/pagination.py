"""The list envelope of design.md §3: `{"items": [...], "next_cursor": ...}`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_LIMIT = 100
MAX_LIMIT = 500


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )

    @classmethod
    def model_parametrized_name(cls, params: tuple[Any, ...]) -> str:
        """`AccountPage` rather than `Page[AccountOut]`: the OpenAPI component name, and so the generated
        clients' class name (ADR 0030)."""
        item: type[BaseModel] = params[0]
        return item.__name__.removesuffix("Out") + "Page"


def page_of(
    rows: Sequence[R],
    limit: int,
    item: Callable[[R], T],
    cursor: Callable[[R], str] = lambda row: str(getattr(row, "id")),  # noqa: B009 - rows of any model
) -> Page[T]:
    """A page from up to `limit + 1` rows: the extra row, when there is one, only says another page exists.
    `next_cursor` is the last returned row's cursor (its id unless told otherwise)."""
    kept = rows[:limit]
    more = len(rows) > limit
    return Page[Any](
        items=[item(row) for row in kept], next_cursor=cursor(kept[-1]) if more and kept else None
    )
