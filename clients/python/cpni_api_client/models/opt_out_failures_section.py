from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.opt_out_failure_out import OptOutFailureOut





T = TypeVar("T", bound="OptOutFailuresSection")



@_attrs_define
class OptOutFailuresSection:
    """ 
        Attributes:
            total (int):
            fcc_notified_on_time (int):
            items (list[OptOutFailureOut]):
     """

    total: int
    fcc_notified_on_time: int
    items: list[OptOutFailureOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.opt_out_failure_out import OptOutFailureOut # noqa: PLC0415
        total = self.total

        fcc_notified_on_time = self.fcc_notified_on_time

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "fcc_notified_on_time": fcc_notified_on_time,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.opt_out_failure_out import OptOutFailureOut # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        fcc_notified_on_time = d.pop("fcc_notified_on_time")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = OptOutFailureOut.from_dict(items_item_data)



            items.append(items_item)


        opt_out_failures_section = cls(
            total=total,
            fcc_notified_on_time=fcc_notified_on_time,
            items=items,
        )


        opt_out_failures_section.additional_properties = d
        return opt_out_failures_section

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
