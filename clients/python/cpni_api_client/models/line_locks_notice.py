from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.line_lock_change import LineLockChange
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="LineLocksNotice")



@_attrs_define
class LineLocksNotice:
    """ 
        Attributes:
            changes (list[LineLockChange]):
            destinations (list[NoticeDestination]): Every number and address of record before the change (R-2010-f-3, -f-4):
                never the new value alone.
     """

    changes: list[LineLockChange]
    destinations: list[NoticeDestination]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_lock_change import LineLockChange # noqa: PLC0415
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)



        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "changes": changes,
            "destinations": destinations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_lock_change import LineLockChange # noqa: PLC0415
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        changes = []
        _changes = d.pop("changes")
        for changes_item_data in (_changes):
            changes_item = LineLockChange.from_dict(changes_item_data)



            changes.append(changes_item)


        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in (_destinations):
            destinations_item = NoticeDestination.from_dict(destinations_item_data)



            destinations.append(destinations_item)


        line_locks_notice = cls(
            changes=changes,
            destinations=destinations,
        )


        line_locks_notice.additional_properties = d
        return line_locks_notice

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
