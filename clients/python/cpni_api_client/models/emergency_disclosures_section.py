from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.emergency_disclosures_section_by_recipient import EmergencyDisclosuresSectionByRecipient





T = TypeVar("T", bound="EmergencyDisclosuresSection")



@_attrs_define
class EmergencyDisclosuresSection:
    """ Location disclosures allowed in emergencies (47 U.S.C. 222(d)(4)), by recipient.

        Attributes:
            total (int):
            by_recipient (EmergencyDisclosuresSectionByRecipient):
     """

    total: int
    by_recipient: EmergencyDisclosuresSectionByRecipient
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.emergency_disclosures_section_by_recipient import EmergencyDisclosuresSectionByRecipient # noqa: PLC0415
        total = self.total

        by_recipient = self.by_recipient.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_recipient": by_recipient,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.emergency_disclosures_section_by_recipient import EmergencyDisclosuresSectionByRecipient # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_recipient = EmergencyDisclosuresSectionByRecipient.from_dict(d.pop("by_recipient"))




        emergency_disclosures_section = cls(
            total=total,
            by_recipient=by_recipient,
        )


        emergency_disclosures_section.additional_properties = d
        return emergency_disclosures_section

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
