from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.disciplinary_action_out import DisciplinaryActionOut
  from ..models.disciplinary_section_by_action import DisciplinarySectionByAction





T = TypeVar("T", bound="DisciplinarySection")



@_attrs_define
class DisciplinarySection:
    """ 
        Attributes:
            total (int):
            by_action (DisciplinarySectionByAction):
            items (list[DisciplinaryActionOut]):
     """

    total: int
    by_action: DisciplinarySectionByAction
    items: list[DisciplinaryActionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.disciplinary_action_out import DisciplinaryActionOut # noqa: PLC0415
        from ..models.disciplinary_section_by_action import DisciplinarySectionByAction # noqa: PLC0415
        total = self.total

        by_action = self.by_action.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_action": by_action,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.disciplinary_action_out import DisciplinaryActionOut # noqa: PLC0415
        from ..models.disciplinary_section_by_action import DisciplinarySectionByAction # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_action = DisciplinarySectionByAction.from_dict(d.pop("by_action"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DisciplinaryActionOut.from_dict(items_item_data)



            items.append(items_item)


        disciplinary_section = cls(
            total=total,
            by_action=by_action,
            items=items,
        )


        disciplinary_section.additional_properties = d
        return disciplinary_section

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
