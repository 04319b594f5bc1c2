from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LocksOut")



@_attrs_define
class LocksOut:
    """ 
        Attributes:
            account_id (str):
            sim_change (bool):
            port_out (bool):
            changed_at (datetime.datetime | None):
            change_notice_event_id (None | str | Unset): `account.line_locks_changed`, when this request changed a lock.
     """

    account_id: str
    sim_change: bool
    port_out: bool
    changed_at: datetime.datetime | None
    change_notice_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        sim_change = self.sim_change

        port_out = self.port_out

        changed_at: None | str
        if isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        change_notice_event_id: None | str | Unset
        if isinstance(self.change_notice_event_id, Unset):
            change_notice_event_id = UNSET
        else:
            change_notice_event_id = self.change_notice_event_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "sim_change": sim_change,
            "port_out": port_out,
            "changed_at": changed_at,
        })
        if change_notice_event_id is not UNSET:
            field_dict["change_notice_event_id"] = change_notice_event_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        sim_change = d.pop("sim_change")

        port_out = d.pop("port_out")

        def _parse_changed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                changed_at_type_0 = datetime.datetime.fromisoformat(data)



                return changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        changed_at = _parse_changed_at(d.pop("changed_at"))


        def _parse_change_notice_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change_notice_event_id = _parse_change_notice_event_id(d.pop("change_notice_event_id", UNSET))


        locks_out = cls(
            account_id=account_id,
            sim_change=sim_change,
            port_out=port_out,
            changed_at=changed_at,
            change_notice_event_id=change_notice_event_id,
        )


        locks_out.additional_properties = d
        return locks_out

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
