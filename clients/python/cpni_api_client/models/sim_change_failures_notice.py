from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="SimChangeFailuresNotice")



@_attrs_define
class SimChangeFailuresNotice:
    """ 
        Attributes:
            failures (int): Failed SIM-change authentications within the window.
            window_hours (int):
            destinations (list[NoticeDestination]): Every number and address of record before the change (R-2010-f-3, -f-4):
                never the new value alone.
     """

    failures: int
    window_hours: int
    destinations: list[NoticeDestination]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        failures = self.failures

        window_hours = self.window_hours

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "failures": failures,
            "window_hours": window_hours,
            "destinations": destinations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        failures = d.pop("failures")

        window_hours = d.pop("window_hours")

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in (_destinations):
            destinations_item = NoticeDestination.from_dict(destinations_item_data)



            destinations.append(destinations_item)


        sim_change_failures_notice = cls(
            failures=failures,
            window_hours=window_hours,
            destinations=destinations,
        )


        sim_change_failures_notice.additional_properties = d
        return sim_change_failures_notice

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
