from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.agency_report_regime import AgencyReportRegime
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.agency_report_fields import AgencyReportFields
  from ..models.agency_submission import AgencySubmission





T = TypeVar("T", bound="AgencyReport")



@_attrs_define
class AgencyReport:
    """ The document the officer pastes into the central reporting facility (R-2011-NEW-3, -4).

        Attributes:
            breach_id (str):
            regime (AgencyReportRegime):
            recipients (list[str]): One filing reaches all three (R-2011-NEW-3).
            required (bool): False for a breach excepted by R-2011-NEW-5 (annual summary).
            due_by (datetime.datetime | None): 7 business days after reasonable determination (E1).
            determined_at (datetime.datetime):
            discovered_at (datetime.datetime):
            fields (AgencyReportFields): R-2011-NEW-4 (i)-(vii), the minimum content of the notice to the central reporting
                facility.
            missing_fields (list[str]): R-2011-NEW-4 items still empty; submitting needs none.
            complete (bool):
            submitted (AgencySubmission | None):
            generated_at (datetime.datetime):
            rule_id (str | Unset):  Default: 'R-2011-NEW-4'.
     """

    breach_id: str
    regime: AgencyReportRegime
    recipients: list[str]
    required: bool
    due_by: datetime.datetime | None
    determined_at: datetime.datetime
    discovered_at: datetime.datetime
    fields: AgencyReportFields
    missing_fields: list[str]
    complete: bool
    submitted: AgencySubmission | None
    generated_at: datetime.datetime
    rule_id: str | Unset = 'R-2011-NEW-4'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_report_fields import AgencyReportFields # noqa: PLC0415
        from ..models.agency_submission import AgencySubmission # noqa: PLC0415
        breach_id = self.breach_id

        regime = self.regime.value

        recipients = self.recipients



        required = self.required

        due_by: None | str
        if isinstance(self.due_by, datetime.datetime):
            due_by = self.due_by.isoformat()
        else:
            due_by = self.due_by

        determined_at = self.determined_at.isoformat()

        discovered_at = self.discovered_at.isoformat()

        fields = self.fields.to_dict()

        missing_fields = self.missing_fields



        complete = self.complete

        submitted: dict[str, Any] | None
        if isinstance(self.submitted, AgencySubmission):
            submitted = self.submitted.to_dict()
        else:
            submitted = self.submitted

        generated_at = self.generated_at.isoformat()

        rule_id = self.rule_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "breach_id": breach_id,
            "regime": regime,
            "recipients": recipients,
            "required": required,
            "due_by": due_by,
            "determined_at": determined_at,
            "discovered_at": discovered_at,
            "fields": fields,
            "missing_fields": missing_fields,
            "complete": complete,
            "submitted": submitted,
            "generated_at": generated_at,
        })
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_report_fields import AgencyReportFields # noqa: PLC0415
        from ..models.agency_submission import AgencySubmission # noqa: PLC0415
        d = dict(src_dict)
        breach_id = d.pop("breach_id")

        regime = AgencyReportRegime(d.pop("regime"))




        recipients = cast(list[str], d.pop("recipients"))


        required = d.pop("required")

        def _parse_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_by_type_0 = datetime.datetime.fromisoformat(data)



                return due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_by = _parse_due_by(d.pop("due_by"))


        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        fields = AgencyReportFields.from_dict(d.pop("fields"))




        missing_fields = cast(list[str], d.pop("missing_fields"))


        complete = d.pop("complete")

        def _parse_submitted(data: object) -> AgencySubmission | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                submitted_type_0 = AgencySubmission.from_dict(data)



                return submitted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgencySubmission | None, data)

        submitted = _parse_submitted(d.pop("submitted"))


        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))




        rule_id = d.pop("rule_id", UNSET)

        agency_report = cls(
            breach_id=breach_id,
            regime=regime,
            recipients=recipients,
            required=required,
            due_by=due_by,
            determined_at=determined_at,
            discovered_at=discovered_at,
            fields=fields,
            missing_fields=missing_fields,
            complete=complete,
            submitted=submitted,
            generated_at=generated_at,
            rule_id=rule_id,
        )


        agency_report.additional_properties = d
        return agency_report

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
