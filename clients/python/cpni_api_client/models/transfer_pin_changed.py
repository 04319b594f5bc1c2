from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.transfer_pin_changed_change import TransferPinChangedChange






T = TypeVar("T", bound="TransferPinChanged")



@_attrs_define
class TransferPinChanged:
    """ 
        Attributes:
            account_id (str):
            change (TransferPinChangedChange):
            change_notice_event_id (str):
     """

    account_id: str
    change: TransferPinChangedChange
    change_notice_event_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        change = self.change.value

        change_notice_event_id = self.change_notice_event_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "change": change,
            "change_notice_event_id": change_notice_event_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        change = TransferPinChangedChange(d.pop("change"))




        change_notice_event_id = d.pop("change_notice_event_id")

        transfer_pin_changed = cls(
            account_id=account_id,
            change=change,
            change_notice_event_id=change_notice_event_id,
        )


        transfer_pin_changed.additional_properties = d
        return transfer_pin_changed

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
