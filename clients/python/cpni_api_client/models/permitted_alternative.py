from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.release_method import ReleaseMethod






T = TypeVar("T", bound="PermittedAlternative")



@_attrs_define
class PermittedAlternative:
    """ 
        Attributes:
            release (ReleaseMethod):
            destination_hint (str): Masked, for the agent to read out; never the full value.
     """

    release: ReleaseMethod
    destination_hint: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        release = self.release.value

        destination_hint = self.destination_hint


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "release": release,
            "destination_hint": destination_hint,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release = ReleaseMethod(d.pop("release"))




        destination_hint = d.pop("destination_hint")

        permitted_alternative = cls(
            release=release,
            destination_hint=destination_hint,
        )


        permitted_alternative.additional_properties = d
        return permitted_alternative

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
