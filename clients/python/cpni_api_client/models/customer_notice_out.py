from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.customer_notice_out_status import CustomerNoticeOutStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CustomerNoticeOut")



@_attrs_define
class CustomerNoticeOut:
    """ 
        Attributes:
            status (CustomerNoticeOutStatus):
            notified_count (int):
            total (int):
            requested_at (datetime.datetime | None):
            completed_at (datetime.datetime | None):
            allowed_now (bool): Whether a customer notice may be sent at this moment.
            reason (str): Why it is (or is not) allowed now, e.g. `waiting_period`.
            earliest_allowed_at (datetime.datetime | None):
     """

    status: CustomerNoticeOutStatus
    notified_count: int
    total: int
    requested_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    allowed_now: bool
    reason: str
    earliest_allowed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        notified_count = self.notified_count

        total = self.total

        requested_at: None | str
        if isinstance(self.requested_at, datetime.datetime):
            requested_at = self.requested_at.isoformat()
        else:
            requested_at = self.requested_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        allowed_now = self.allowed_now

        reason = self.reason

        earliest_allowed_at: None | str
        if isinstance(self.earliest_allowed_at, datetime.datetime):
            earliest_allowed_at = self.earliest_allowed_at.isoformat()
        else:
            earliest_allowed_at = self.earliest_allowed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "notified_count": notified_count,
            "total": total,
            "requested_at": requested_at,
            "completed_at": completed_at,
            "allowed_now": allowed_now,
            "reason": reason,
            "earliest_allowed_at": earliest_allowed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = CustomerNoticeOutStatus(d.pop("status"))




        notified_count = d.pop("notified_count")

        total = d.pop("total")

        def _parse_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_at_type_0 = datetime.datetime.fromisoformat(data)



                return requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        requested_at = _parse_requested_at(d.pop("requested_at"))


        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))


        allowed_now = d.pop("allowed_now")

        reason = d.pop("reason")

        def _parse_earliest_allowed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_allowed_at_type_0 = datetime.datetime.fromisoformat(data)



                return earliest_allowed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        earliest_allowed_at = _parse_earliest_allowed_at(d.pop("earliest_allowed_at"))


        customer_notice_out = cls(
            status=status,
            notified_count=notified_count,
            total=total,
            requested_at=requested_at,
            completed_at=completed_at,
            allowed_now=allowed_now,
            reason=reason,
            earliest_allowed_at=earliest_allowed_at,
        )


        customer_notice_out.additional_properties = d
        return customer_notice_out

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
