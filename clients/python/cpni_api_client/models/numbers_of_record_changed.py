from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.numbers_of_record_changed_change import NumbersOfRecordChangedChange
from typing import cast






T = TypeVar("T", bound="NumbersOfRecordChanged")



@_attrs_define
class NumbersOfRecordChanged:
    """ 
        Attributes:
            account_id (str):
            change (NumbersOfRecordChangedChange):
            telephone_numbers_of_record (list[str]):
            change_notice_event_id (None | str): `account.telephone_number_of_record_changed`, to the contacts of record
                before the change; none during service initiation.
     """

    account_id: str
    change: NumbersOfRecordChangedChange
    telephone_numbers_of_record: list[str]
    change_notice_event_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        change = self.change.value

        telephone_numbers_of_record = self.telephone_numbers_of_record



        change_notice_event_id: None | str
        change_notice_event_id = self.change_notice_event_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "change": change,
            "telephone_numbers_of_record": telephone_numbers_of_record,
            "change_notice_event_id": change_notice_event_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        change = NumbersOfRecordChangedChange(d.pop("change"))




        telephone_numbers_of_record = cast(list[str], d.pop("telephone_numbers_of_record"))


        def _parse_change_notice_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change_notice_event_id = _parse_change_notice_event_id(d.pop("change_notice_event_id"))


        numbers_of_record_changed = cls(
            account_id=account_id,
            change=change,
            telephone_numbers_of_record=telephone_numbers_of_record,
            change_notice_event_id=change_notice_event_id,
        )


        numbers_of_record_changed.additional_properties = d
        return numbers_of_record_changed

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
