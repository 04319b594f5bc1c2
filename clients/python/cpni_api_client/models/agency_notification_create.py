from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AgencyNotificationCreate")



@_attrs_define
class AgencyNotificationCreate:
    """ R-2011-NEW-3: the one filing at the central reporting facility (FCC, Secret Service and FBI).

        Attributes:
            notified_at (datetime.datetime):
            reference (str): The reporting facility's receipt.
     """

    notified_at: datetime.datetime
    reference: str





    def to_dict(self) -> dict[str, Any]:
        notified_at = self.notified_at.isoformat()

        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "notified_at": notified_at,
            "reference": reference,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notified_at = datetime.datetime.fromisoformat(d.pop("notified_at"))




        reference = d.pop("reference")

        agency_notification_create = cls(
            notified_at=notified_at,
            reference=reference,
        )

        return agency_notification_create

