from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_lock_notice_window import VerificationLockNoticeWindow
from typing import cast
import datetime






T = TypeVar("T", bound="VerificationLockNotice")



@_attrs_define
class VerificationLockNotice:
    """ 
        Attributes:
            interaction_id (str):
            channel (str): The interaction's channel, e.g. `inbound_call`.
            failures (int): The failed attempts that tripped the lock.
            window (VerificationLockNoticeWindow): Which limit tripped: a burst or slow guessing.
            failure_window_seconds (int):
            locked_until (datetime.datetime | None):
     """

    interaction_id: str
    channel: str
    failures: int
    window: VerificationLockNoticeWindow
    failure_window_seconds: int
    locked_until: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        interaction_id = self.interaction_id

        channel = self.channel

        failures = self.failures

        window = self.window.value

        failure_window_seconds = self.failure_window_seconds

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "interaction_id": interaction_id,
            "channel": channel,
            "failures": failures,
            "window": window,
            "failure_window_seconds": failure_window_seconds,
            "locked_until": locked_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interaction_id = d.pop("interaction_id")

        channel = d.pop("channel")

        failures = d.pop("failures")

        window = VerificationLockNoticeWindow(d.pop("window"))




        failure_window_seconds = d.pop("failure_window_seconds")

        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)



                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))


        verification_lock_notice = cls(
            interaction_id=interaction_id,
            channel=channel,
            failures=failures,
            window=window,
            failure_window_seconds=failure_window_seconds,
            locked_until=locked_until,
        )


        verification_lock_notice.additional_properties = d
        return verification_lock_notice

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
