from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.pretexter_action_out import PretexterActionOut
  from ..models.pretexter_actions_section_by_kind import PretexterActionsSectionByKind





T = TypeVar("T", bound="PretexterActionsSection")



@_attrs_define
class PretexterActionsSection:
    """ 
        Attributes:
            total (int):
            by_kind (PretexterActionsSectionByKind):
            items (list[PretexterActionOut]):
     """

    total: int
    by_kind: PretexterActionsSectionByKind
    items: list[PretexterActionOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pretexter_action_out import PretexterActionOut # noqa: PLC0415
        from ..models.pretexter_actions_section_by_kind import PretexterActionsSectionByKind # noqa: PLC0415
        total = self.total

        by_kind = self.by_kind.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_kind": by_kind,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pretexter_action_out import PretexterActionOut # noqa: PLC0415
        from ..models.pretexter_actions_section_by_kind import PretexterActionsSectionByKind # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_kind = PretexterActionsSectionByKind.from_dict(d.pop("by_kind"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = PretexterActionOut.from_dict(items_item_data)



            items.append(items_item)


        pretexter_actions_section = cls(
            total=total,
            by_kind=by_kind,
            items=items,
        )


        pretexter_actions_section.additional_properties = d
        return pretexter_actions_section

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
