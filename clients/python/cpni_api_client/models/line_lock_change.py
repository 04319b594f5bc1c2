from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.line_lock_change_lock import LineLockChangeLock






T = TypeVar("T", bound="LineLockChange")



@_attrs_define
class LineLockChange:
    """ 
        Attributes:
            lock (LineLockChangeLock):
            enabled (bool):
     """

    lock: LineLockChangeLock
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        lock = self.lock.value

        enabled = self.enabled


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "lock": lock,
            "enabled": enabled,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lock = LineLockChangeLock(d.pop("lock"))




        enabled = d.pop("enabled")

        line_lock_change = cls(
            lock=lock,
            enabled=enabled,
        )


        line_lock_change.additional_properties = d
        return line_lock_change

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
