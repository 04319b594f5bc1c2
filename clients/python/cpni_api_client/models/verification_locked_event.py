from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.verification_lock_notice import VerificationLockNotice





T = TypeVar("T", bound="VerificationLockedEvent")



@_attrs_define
class VerificationLockedEvent:
    """ Verification was locked after repeated failures (R-2010-a).

        Attributes:
            id (str): Stable across retries: also sent as `webhook-id`; de-duplicate on it.
            type_ (Literal['account.verification_locked']): The event type.
            occurred_at (datetime.datetime):
            account_id (None | str): The account concerned, if any.
            correlation_id (str): The X-Request-ID of the request that caused the event.
            data (VerificationLockNotice):
     """

    id: str
    type_: Literal['account.verification_locked']
    occurred_at: datetime.datetime
    account_id: None | str
    correlation_id: str
    data: VerificationLockNotice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verification_lock_notice import VerificationLockNotice # noqa: PLC0415
        id = self.id

        type_ = self.type_

        occurred_at = self.occurred_at.isoformat()

        account_id: None | str
        account_id = self.account_id

        correlation_id = self.correlation_id

        data = self.data.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "occurred_at": occurred_at,
            "account_id": account_id,
            "correlation_id": correlation_id,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_lock_notice import VerificationLockNotice # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal['account.verification_locked'] , d.pop("type"))
        if type_ != 'account.verification_locked':
            raise ValueError(f"type must match const 'account.verification_locked', got '{type_}'")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        correlation_id = d.pop("correlation_id")

        data = VerificationLockNotice.from_dict(d.pop("data"))




        verification_locked_event = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            account_id=account_id,
            correlation_id=correlation_id,
            data=data,
        )


        verification_locked_event.additional_properties = d
        return verification_locked_event

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
