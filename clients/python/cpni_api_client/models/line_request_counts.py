from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.line_request_counts_denied_by_reason import LineRequestCountsDeniedByReason





T = TypeVar("T", bound="LineRequestCounts")



@_attrs_define
class LineRequestCounts:
    """ 
        Attributes:
            total (int):
            allowed (int):
            completed (int):
            denied_by_reason (LineRequestCountsDeniedByReason):
            failed_authentications (int): Denials that were a failed authentication (R-2010-h-5).
     """

    total: int
    allowed: int
    completed: int
    denied_by_reason: LineRequestCountsDeniedByReason
    failed_authentications: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_request_counts_denied_by_reason import LineRequestCountsDeniedByReason # noqa: PLC0415
        total = self.total

        allowed = self.allowed

        completed = self.completed

        denied_by_reason = self.denied_by_reason.to_dict()

        failed_authentications = self.failed_authentications


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "allowed": allowed,
            "completed": completed,
            "denied_by_reason": denied_by_reason,
            "failed_authentications": failed_authentications,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_request_counts_denied_by_reason import LineRequestCountsDeniedByReason # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        allowed = d.pop("allowed")

        completed = d.pop("completed")

        denied_by_reason = LineRequestCountsDeniedByReason.from_dict(d.pop("denied_by_reason"))




        failed_authentications = d.pop("failed_authentications")

        line_request_counts = cls(
            total=total,
            allowed=allowed,
            completed=completed,
            denied_by_reason=denied_by_reason,
            failed_authentications=failed_authentications,
        )


        line_request_counts.additional_properties = d
        return line_request_counts

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
