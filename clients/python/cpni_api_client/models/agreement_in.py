from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AgreementIn")



@_attrs_define
class AgreementIn:
    """ A confidentiality agreement. It is in force from `signed_on` up to, not including, `expires_on`.

        Attributes:
            reference (str):
            signed_on (datetime.date):
            expires_on (datetime.date):
     """

    reference: str
    signed_on: datetime.date
    expires_on: datetime.date





    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        signed_on = self.signed_on.isoformat()

        expires_on = self.expires_on.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reference": reference,
            "signed_on": signed_on,
            "expires_on": expires_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))




        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))




        agreement_in = cls(
            reference=reference,
            signed_on=signed_on,
            expires_on=expires_on,
        )

        return agreement_in

