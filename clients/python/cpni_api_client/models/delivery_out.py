from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_attempt_out import DeliveryAttemptOut





T = TypeVar("T", bound="DeliveryOut")



@_attrs_define
class DeliveryOut:
    """ 
        Attributes:
            id (str):
            mailer (str):
            endpoint_id (None | str):
            status (str): pending | delivered | failed | abandoned | cancelled
            attempt_count (int):
            next_attempt_at (datetime.datetime):
            last_error (None | str):
            created_at (datetime.datetime):
            delivered_at (datetime.datetime | None):
            attempts (list[DeliveryAttemptOut] | Unset):
     """

    id: str
    mailer: str
    endpoint_id: None | str
    status: str
    attempt_count: int
    next_attempt_at: datetime.datetime
    last_error: None | str
    created_at: datetime.datetime
    delivered_at: datetime.datetime | None
    attempts: list[DeliveryAttemptOut] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_attempt_out import DeliveryAttemptOut # noqa: PLC0415
        id = self.id

        mailer = self.mailer

        endpoint_id: None | str
        endpoint_id = self.endpoint_id

        status = self.status

        attempt_count = self.attempt_count

        next_attempt_at = self.next_attempt_at.isoformat()

        last_error: None | str
        last_error = self.last_error

        created_at = self.created_at.isoformat()

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        attempts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attempts, Unset):
            attempts = []
            for attempts_item_data in self.attempts:
                attempts_item = attempts_item_data.to_dict()
                attempts.append(attempts_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "mailer": mailer,
            "endpoint_id": endpoint_id,
            "status": status,
            "attempt_count": attempt_count,
            "next_attempt_at": next_attempt_at,
            "last_error": last_error,
            "created_at": created_at,
            "delivered_at": delivered_at,
        })
        if attempts is not UNSET:
            field_dict["attempts"] = attempts

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_attempt_out import DeliveryAttemptOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        mailer = d.pop("mailer")

        def _parse_endpoint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        endpoint_id = _parse_endpoint_id(d.pop("endpoint_id"))


        status = d.pop("status")

        attempt_count = d.pop("attempt_count")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("next_attempt_at"))




        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)



                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))


        _attempts = d.pop("attempts", UNSET)
        attempts: list[DeliveryAttemptOut] | Unset = UNSET
        if _attempts is not UNSET:
            attempts = []
            for attempts_item_data in _attempts:
                attempts_item = DeliveryAttemptOut.from_dict(attempts_item_data)



                attempts.append(attempts_item)


        delivery_out = cls(
            id=id,
            mailer=mailer,
            endpoint_id=endpoint_id,
            status=status,
            attempt_count=attempt_count,
            next_attempt_at=next_attempt_at,
            last_error=last_error,
            created_at=created_at,
            delivered_at=delivered_at,
            attempts=attempts,
        )


        delivery_out.additional_properties = d
        return delivery_out

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
