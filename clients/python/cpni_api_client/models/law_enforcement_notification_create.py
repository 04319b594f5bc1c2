from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LawEnforcementNotificationCreate")



@_attrs_define
class LawEnforcementNotificationCreate:
    """ R-2011-b: the notice to the USSS and FBI through the central reporting facility.

        Attributes:
            notified_at (datetime.datetime):
            reference (str): The reporting facility's receipt or reference.
            urgent_need (bool | Unset): R-2011-b-2: the notice stated an extraordinarily urgent need to tell customers
                sooner. Default: False.
     """

    notified_at: datetime.datetime
    reference: str
    urgent_need: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        notified_at = self.notified_at.isoformat()

        reference = self.reference

        urgent_need = self.urgent_need


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "notified_at": notified_at,
            "reference": reference,
        })
        if urgent_need is not UNSET:
            field_dict["urgent_need"] = urgent_need

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notified_at = datetime.datetime.fromisoformat(d.pop("notified_at"))




        reference = d.pop("reference")

        urgent_need = d.pop("urgent_need", UNSET)

        law_enforcement_notification_create = cls(
            notified_at=notified_at,
            reference=reference,
            urgent_need=urgent_need,
        )

        return law_enforcement_notification_create

