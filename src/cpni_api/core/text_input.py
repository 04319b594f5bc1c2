"""The one rule for text a request carries (ADR 0021): no control characters, in any path segment, query
parameter or JSON string, only tab, line feed and carriage return in text. Pure: the middleware that
applies it is `core/middleware.py::ControlCharacterMiddleware`.

Refused: NUL and the rest of C0 (U+0000-U+001F but tab, LF, CR), DEL (U+007F) and C1 (U+0080-U+009F), and
lone UTF-16 surrogates (a JSON `\\ud800` not part of a pair). PostgreSQL cannot store NUL in text and no
database can store a lone surrogate as UTF-8: each was a 500. The others have no business in a name, a
reference, a URL or a note, and would reach logs, CSV exports and the annual report's Markdown, where they
hide text or move the cursor.

Each check starts with a scan for a byte or character that could begin a refused one, which a clean
request (nearly all) never contains, so its cost is one pass over bytes in C. Only a request that has one
is parsed again, to say where: `errors[].location` as FastAPI writes it, never the value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

Location = tuple[str | int, ...]

_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# JSON can carry a refused character only as an escape (\u0000-\u001f, \u007f-\u009f, \ud800-\udfff, \b,
# \f), as a raw DEL or C1 (UTF-8 C2 80-C2 9F), or in a body not in UTF-8 (json accepts UTF-16 and -32,
# whose ASCII has NUL bytes). Raw C0 inside a string is not JSON at all: FastAPI answers 400.
_BODY_MAY_REFUSE = re.compile(rb"[\\\x00\x7f\xc2]")
_QUERY_MAY_REFUSE = re.compile(rb"%[01][0-9a-fA-F]|%7[fF]|%[cC]2|[\x00-\x1f\x7f-\xff]")


@dataclass(frozen=True)
class Refusal:
    """Where a refused character is, and what is wrong there (the message never quotes the value)."""

    location: Location
    message: str
    type: str = "control_character"

    def as_error(self) -> dict[str, Any]:
        return {"location": list(self.location), "message": self.message, "type": self.type}


_IN_TEXT = "must not contain control characters (only tab, line feed and carriage return are allowed)"
_IN_NAME = "a member name contains a control character"


def refused(text: str) -> bool:
    """Whether `text` holds a refused character."""
    return not text.isprintable() and _REFUSED.search(text) is not None


def path_refused(path: str) -> bool:
    return refused(path)


def query_refusals(query_string: bytes) -> list[Refusal]:
    """The query parameters (decoded as Starlette decodes them) that hold a refused character."""
    if not _QUERY_MAY_REFUSE.search(query_string):
        return []
    found = []
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        if refused(name):
            found.append(Refusal(("query",), _IN_NAME))
        elif refused(value):
            found.append(Refusal(("query", name), _IN_TEXT))
    return found


def body_refusals(body: bytes) -> list[Refusal]:
    """The strings (and member names) of a JSON body that hold a refused character. A body that is not JSON
    is left to FastAPI, which refuses it in its own words."""
    if not _BODY_MAY_REFUSE.search(body):
        return []
    try:
        document = json.loads(body)
    except ValueError:  # not JSON (or not text): FastAPI answers 400 MALFORMED_JSON or 422
        return []
    return list(_refusals_in(document, ("body",)))


def _refusals_in(value: Any, location: Location) -> Iterator[Refusal]:
    if isinstance(value, str):
        if refused(value):
            yield Refusal(location, _IN_TEXT)
    elif isinstance(value, dict):
        for name, member in value.items():
            if refused(name):
                yield Refusal(location, _IN_NAME)
            else:
                yield from _refusals_in(member, (*location, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _refusals_in(item, (*location, index))
