from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.breach_summary import BreachSummary





T = TypeVar("T", bound="BreachesSection")



@_attrs_define
class BreachesSection:
    """ 
        Attributes:
            total (int):
            affected_accounts (int):
            customers_notified (int):
            law_enforcement_notified_on_time (int):
            law_enforcement_notified_late (int):
            law_enforcement_not_notified (int):
            items (list[BreachSummary]):
     """

    total: int
    affected_accounts: int
    customers_notified: int
    law_enforcement_notified_on_time: int
    law_enforcement_notified_late: int
    law_enforcement_not_notified: int
    items: list[BreachSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.breach_summary import BreachSummary # noqa: PLC0415
        total = self.total

        affected_accounts = self.affected_accounts

        customers_notified = self.customers_notified

        law_enforcement_notified_on_time = self.law_enforcement_notified_on_time

        law_enforcement_notified_late = self.law_enforcement_notified_late

        law_enforcement_not_notified = self.law_enforcement_not_notified

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "affected_accounts": affected_accounts,
            "customers_notified": customers_notified,
            "law_enforcement_notified_on_time": law_enforcement_notified_on_time,
            "law_enforcement_notified_late": law_enforcement_notified_late,
            "law_enforcement_not_notified": law_enforcement_not_notified,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.breach_summary import BreachSummary # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        affected_accounts = d.pop("affected_accounts")

        customers_notified = d.pop("customers_notified")

        law_enforcement_notified_on_time = d.pop("law_enforcement_notified_on_time")

        law_enforcement_notified_late = d.pop("law_enforcement_notified_late")

        law_enforcement_not_notified = d.pop("law_enforcement_not_notified")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = BreachSummary.from_dict(items_item_data)



            items.append(items_item)


        breaches_section = cls(
            total=total,
            affected_accounts=affected_accounts,
            customers_notified=customers_notified,
            law_enforcement_notified_on_time=law_enforcement_notified_on_time,
            law_enforcement_notified_late=law_enforcement_notified_late,
            law_enforcement_not_notified=law_enforcement_not_notified,
            items=items,
        )


        breaches_section.additional_properties = d
        return breaches_section

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
