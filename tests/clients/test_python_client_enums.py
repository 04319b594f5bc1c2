"""Every enum of the generated client reads a value added to the API after the client was generated (the
custom template clients/python-templates/str_enum.py.jinja, ADR 0035), and still refuses what is not a
string at all."""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum

import cpni_api_client.models
import pytest
from cpni_api_client.models import ReasonCode


def _generated_enums() -> list[type[StrEnum]]:
    found = []
    for module in pkgutil.iter_modules(cpni_api_client.models.__path__):
        loaded = importlib.import_module(f"cpni_api_client.models.{module.name}")
        found += [
            value
            for value in vars(loaded).values()
            if isinstance(value, type) and issubclass(value, StrEnum) and value.__module__ == loaded.__name__
        ]
    return found


def test_the_client_has_the_enums_that_may_grow() -> None:
    names = {enum.__name__ for enum in _generated_enums()}
    assert {"ReasonCode", "ErrorCode"} <= names


@pytest.mark.parametrize("enum", _generated_enums(), ids=lambda enum: enum.__name__)
def test_every_enum_keeps_an_unknown_value(enum: type[StrEnum]) -> None:
    unknown = enum("A_VALUE_ADDED_LATER")
    assert isinstance(unknown, enum)
    assert (unknown, unknown.name, str(unknown)) == ("A_VALUE_ADDED_LATER", "UNKNOWN", "A_VALUE_ADDED_LATER")
    assert unknown not in list(enum)
    known = next(iter(enum))
    assert enum(known.value) is known  # known values still give the one member


def test_a_value_that_is_not_a_string_is_still_refused() -> None:
    with pytest.raises(ValueError, match="is not a valid ReasonCode"):
        ReasonCode(7)  # type: ignore[arg-type]
