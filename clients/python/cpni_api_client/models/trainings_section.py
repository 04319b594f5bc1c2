from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.training_out import TrainingOut





T = TypeVar("T", bound="TrainingsSection")



@_attrs_define
class TrainingsSection:
    """ 
        Attributes:
            total (int):
            agents_trained (int):
            items (list[TrainingOut]):
     """

    total: int
    agents_trained: int
    items: list[TrainingOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.training_out import TrainingOut # noqa: PLC0415
        total = self.total

        agents_trained = self.agents_trained

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "agents_trained": agents_trained,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.training_out import TrainingOut # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        agents_trained = d.pop("agents_trained")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = TrainingOut.from_dict(items_item_data)



            items.append(items_item)


        trainings_section = cls(
            total=total,
            agents_trained=agents_trained,
            items=items,
        )


        trainings_section.additional_properties = d
        return trainings_section

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
