from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.online_account_changed_change import OnlineAccountChangedChange
from typing import cast
import datetime






T = TypeVar("T", bound="OnlineAccountChanged")



@_attrs_define
class OnlineAccountChanged:
    """ 
        Attributes:
            account_id (str):
            change (OnlineAccountChangedChange):
            at_service_initiation (bool): True when set at service initiation: no notice (R-2010-f-2).
            change_notice_event_id (None | str): The `account.*_changed` event, when one was sent.
            changed_at (datetime.datetime):
            username (str):
     """

    account_id: str
    change: OnlineAccountChangedChange
    at_service_initiation: bool
    change_notice_event_id: None | str
    changed_at: datetime.datetime
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        change = self.change.value

        at_service_initiation = self.at_service_initiation

        change_notice_event_id: None | str
        change_notice_event_id = self.change_notice_event_id

        changed_at = self.changed_at.isoformat()

        username = self.username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "change": change,
            "at_service_initiation": at_service_initiation,
            "change_notice_event_id": change_notice_event_id,
            "changed_at": changed_at,
            "username": username,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        change = OnlineAccountChangedChange(d.pop("change"))




        at_service_initiation = d.pop("at_service_initiation")

        def _parse_change_notice_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        change_notice_event_id = _parse_change_notice_event_id(d.pop("change_notice_event_id"))


        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))




        username = d.pop("username")

        online_account_changed = cls(
            account_id=account_id,
            change=change,
            at_service_initiation=at_service_initiation,
            change_notice_event_id=change_notice_event_id,
            changed_at=changed_at,
            username=username,
        )


        online_account_changed.additional_properties = d
        return online_account_changed

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
