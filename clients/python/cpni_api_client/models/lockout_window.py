from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="LockoutWindow")



@_attrs_define
class LockoutWindow:
    """ 
        Attributes:
            failures (int): Failed verifications, with no success between, that lock.
            window_seconds (float): How long a failure counts towards this limit.
            lock_seconds (float): How long the lock lasts; every method answers `locked`.
     """

    failures: int
    window_seconds: float
    lock_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        failures = self.failures

        window_seconds = self.window_seconds

        lock_seconds = self.lock_seconds


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "failures": failures,
            "window_seconds": window_seconds,
            "lock_seconds": lock_seconds,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failures = d.pop("failures")

        window_seconds = d.pop("window_seconds")

        lock_seconds = d.pop("lock_seconds")

        lockout_window = cls(
            failures=failures,
            window_seconds=window_seconds,
            lock_seconds=lock_seconds,
        )


        lockout_window.additional_properties = d
        return lockout_window

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
