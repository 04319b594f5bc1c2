from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.event_out_data import EventOutData





T = TypeVar("T", bound="EventOut")



@_attrs_define
class EventOut:
    """ The event envelope, as in the feed and in every delivery's body.

        Attributes:
            id (str): Stable across retries: also sent as `webhook-id`; de-duplicate on it.
            type_ (str): One of the event types (see the `webhooks` section).
            occurred_at (datetime.datetime):
            account_id (None | str):
            correlation_id (str): The X-Request-ID of the request that caused the event.
            data (EventOutData):
     """

    id: str
    type_: str
    occurred_at: datetime.datetime
    account_id: None | str
    correlation_id: str
    data: EventOutData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.event_out_data import EventOutData # noqa: PLC0415
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
        from ..models.event_out_data import EventOutData # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        correlation_id = d.pop("correlation_id")

        data = EventOutData.from_dict(d.pop("data"))




        event_out = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            account_id=account_id,
            correlation_id=correlation_id,
            data=data,
        )


        event_out.additional_properties = d
        return event_out

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
