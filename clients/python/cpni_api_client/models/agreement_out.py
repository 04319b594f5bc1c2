from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AgreementOut")



@_attrs_define
class AgreementOut:
    """ 
        Attributes:
            reference (str):
            signed_on (datetime.date):
            expires_on (datetime.date):
            in_force (bool): On the carrier's calendar date now.
     """

    reference: str
    signed_on: datetime.date
    expires_on: datetime.date
    in_force: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        signed_on = self.signed_on.isoformat()

        expires_on = self.expires_on.isoformat()

        in_force = self.in_force


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "reference": reference,
            "signed_on": signed_on,
            "expires_on": expires_on,
            "in_force": in_force,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        in_force = d.pop("in_force")

        agreement_out = cls(
            reference=reference,
            signed_on=signed_on,
            expires_on=expires_on,
            in_force=in_force,
        )


        agreement_out.additional_properties = d
        return agreement_out

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
