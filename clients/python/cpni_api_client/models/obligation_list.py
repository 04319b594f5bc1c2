from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.obligation_out import ObligationOut





T = TypeVar("T", bound="ObligationList")



@_attrs_define
class ObligationList:
    """ 
        Attributes:
            items (list[ObligationOut]): Overdue first, then due, then upcoming; each by date.
            generated_at (datetime.datetime):
            due_soon_days (int): An obligation within this many days counts as due.
     """

    items: list[ObligationOut]
    generated_at: datetime.datetime
    due_soon_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.obligation_out import ObligationOut # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        generated_at = self.generated_at.isoformat()

        due_soon_days = self.due_soon_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "generated_at": generated_at,
            "due_soon_days": due_soon_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.obligation_out import ObligationOut # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ObligationOut.from_dict(items_item_data)



            items.append(items_item)


        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))




        due_soon_days = d.pop("due_soon_days")

        obligation_list = cls(
            items=items,
            generated_at=generated_at,
            due_soon_days=due_soon_days,
        )


        obligation_list.additional_properties = d
        return obligation_list

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
