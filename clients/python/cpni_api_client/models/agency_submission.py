from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.agency_report_fields import AgencyReportFields





T = TypeVar("T", bound="AgencySubmission")



@_attrs_define
class AgencySubmission:
    """ 
        Attributes:
            notified_at (datetime.datetime):
            reference (str):
            fields (AgencyReportFields): R-2011-NEW-4 (i)-(vii), the minimum content of the notice to the central reporting
                facility.
     """

    notified_at: datetime.datetime
    reference: str
    fields: AgencyReportFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_report_fields import AgencyReportFields # noqa: PLC0415
        notified_at = self.notified_at.isoformat()

        reference = self.reference

        fields = self.fields.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "notified_at": notified_at,
            "reference": reference,
            "fields": fields,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_report_fields import AgencyReportFields # noqa: PLC0415
        d = dict(src_dict)
        notified_at = datetime.datetime.fromisoformat(d.pop("notified_at"))




        reference = d.pop("reference")

        fields = AgencyReportFields.from_dict(d.pop("fields"))




        agency_submission = cls(
            notified_at=notified_at,
            reference=reference,
            fields=fields,
        )


        agency_submission.additional_properties = d
        return agency_submission

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
