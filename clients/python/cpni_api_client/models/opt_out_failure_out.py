from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.opt_out_failure_out_fcc_notice_status import OptOutFailureOutFccNoticeStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OptOutFailureOut")



@_attrs_define
class OptOutFailureOut:
    """ 
        Attributes:
            id (str):
            detected_at (datetime.datetime):
            mechanisms (str):
            problem (str):
            remedy (None | str):
            remedy_expected_at (datetime.datetime | None):
            state_commission_notified (bool):
            fcc_notice_due_by (datetime.datetime): R-2009-f: end of the 5th business day after detection.
            fcc_notified_at (datetime.datetime | None):
            fcc_reference (None | str):
            recorded_at (datetime.datetime):
            fcc_notice_status (OptOutFailureOutFccNoticeStatus | Unset):  Default: OptOutFailureOutFccNoticeStatus.DUE.
     """

    id: str
    detected_at: datetime.datetime
    mechanisms: str
    problem: str
    remedy: None | str
    remedy_expected_at: datetime.datetime | None
    state_commission_notified: bool
    fcc_notice_due_by: datetime.datetime
    fcc_notified_at: datetime.datetime | None
    fcc_reference: None | str
    recorded_at: datetime.datetime
    fcc_notice_status: OptOutFailureOutFccNoticeStatus | Unset = OptOutFailureOutFccNoticeStatus.DUE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        detected_at = self.detected_at.isoformat()

        mechanisms = self.mechanisms

        problem = self.problem

        remedy: None | str
        remedy = self.remedy

        remedy_expected_at: None | str
        if isinstance(self.remedy_expected_at, datetime.datetime):
            remedy_expected_at = self.remedy_expected_at.isoformat()
        else:
            remedy_expected_at = self.remedy_expected_at

        state_commission_notified = self.state_commission_notified

        fcc_notice_due_by = self.fcc_notice_due_by.isoformat()

        fcc_notified_at: None | str
        if isinstance(self.fcc_notified_at, datetime.datetime):
            fcc_notified_at = self.fcc_notified_at.isoformat()
        else:
            fcc_notified_at = self.fcc_notified_at

        fcc_reference: None | str
        fcc_reference = self.fcc_reference

        recorded_at = self.recorded_at.isoformat()

        fcc_notice_status: str | Unset = UNSET
        if not isinstance(self.fcc_notice_status, Unset):
            fcc_notice_status = self.fcc_notice_status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "detected_at": detected_at,
            "mechanisms": mechanisms,
            "problem": problem,
            "remedy": remedy,
            "remedy_expected_at": remedy_expected_at,
            "state_commission_notified": state_commission_notified,
            "fcc_notice_due_by": fcc_notice_due_by,
            "fcc_notified_at": fcc_notified_at,
            "fcc_reference": fcc_reference,
            "recorded_at": recorded_at,
        })
        if fcc_notice_status is not UNSET:
            field_dict["fcc_notice_status"] = fcc_notice_status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))




        mechanisms = d.pop("mechanisms")

        problem = d.pop("problem")

        def _parse_remedy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remedy = _parse_remedy(d.pop("remedy"))


        def _parse_remedy_expected_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remedy_expected_at_type_0 = datetime.datetime.fromisoformat(data)



                return remedy_expected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        remedy_expected_at = _parse_remedy_expected_at(d.pop("remedy_expected_at"))


        state_commission_notified = d.pop("state_commission_notified")

        fcc_notice_due_by = datetime.datetime.fromisoformat(d.pop("fcc_notice_due_by"))




        def _parse_fcc_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notified_at = _parse_fcc_notified_at(d.pop("fcc_notified_at"))


        def _parse_fcc_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fcc_reference = _parse_fcc_reference(d.pop("fcc_reference"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        _fcc_notice_status = d.pop("fcc_notice_status", UNSET)
        fcc_notice_status: OptOutFailureOutFccNoticeStatus | Unset
        if isinstance(_fcc_notice_status,  Unset):
            fcc_notice_status = UNSET
        else:
            fcc_notice_status = OptOutFailureOutFccNoticeStatus(_fcc_notice_status)




        opt_out_failure_out = cls(
            id=id,
            detected_at=detected_at,
            mechanisms=mechanisms,
            problem=problem,
            remedy=remedy,
            remedy_expected_at=remedy_expected_at,
            state_commission_notified=state_commission_notified,
            fcc_notice_due_by=fcc_notice_due_by,
            fcc_notified_at=fcc_notified_at,
            fcc_reference=fcc_reference,
            recorded_at=recorded_at,
            fcc_notice_status=fcc_notice_status,
        )


        opt_out_failure_out.additional_properties = d
        return opt_out_failure_out

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
