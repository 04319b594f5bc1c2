from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AcknowledgementIn")



@_attrs_define
class AcknowledgementIn:
    """ An agent's signed acknowledgement that it may use CPNI only for the purpose it was given for.

        Attributes:
            acknowledged_on (datetime.date):
            reference (str):
     """

    acknowledged_on: datetime.date
    reference: str





    def to_dict(self) -> dict[str, Any]:
        acknowledged_on = self.acknowledged_on.isoformat()

        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "acknowledged_on": acknowledged_on,
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acknowledged_on = datetime.date.fromisoformat(d.pop("acknowledged_on"))




        reference = d.pop("reference")

        acknowledgement_in = cls(
            acknowledged_on=acknowledged_on,
            reference=reference,
        )

        return acknowledgement_in

