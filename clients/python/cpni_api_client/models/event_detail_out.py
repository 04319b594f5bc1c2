from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.delivery_out import DeliveryOut
  from ..models.event_detail_out_data import EventDetailOutData





T = TypeVar("T", bound="EventDetailOut")



@_attrs_define
class EventDetailOut:
    """ 
        Attributes:
            id (str): Stable across retries: also sent as `webhook-id`; de-duplicate on it.
            type_ (str): One of the event types (see the `webhooks` section).
            occurred_at (datetime.datetime):
            account_id (None | str):
            correlation_id (str): The X-Request-ID of the request that caused the event.
            data (EventDetailOutData):
            fanned_out_at (datetime.datetime | None):
            deliveries (list[DeliveryOut]):
     """

    id: str
    type_: str
    occurred_at: datetime.datetime
    account_id: None | str
    correlation_id: str
    data: EventDetailOutData
    fanned_out_at: datetime.datetime | None
    deliveries: list[DeliveryOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.delivery_out import DeliveryOut # noqa: PLC0415
        from ..models.event_detail_out_data import EventDetailOutData # noqa: PLC0415
        id = self.id

        type_ = self.type_

        occurred_at = self.occurred_at.isoformat()

        account_id: None | str
        account_id = self.account_id

        correlation_id = self.correlation_id

        data = self.data.to_dict()

        fanned_out_at: None | str
        if isinstance(self.fanned_out_at, datetime.datetime):
            fanned_out_at = self.fanned_out_at.isoformat()
        else:
            fanned_out_at = self.fanned_out_at

        deliveries = []
        for deliveries_item_data in self.deliveries:
            deliveries_item = deliveries_item_data.to_dict()
            deliveries.append(deliveries_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
            "occurred_at": occurred_at,
            "account_id": account_id,
            "correlation_id": correlation_id,
            "data": data,
            "fanned_out_at": fanned_out_at,
            "deliveries": deliveries,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_out import DeliveryOut # noqa: PLC0415
        from ..models.event_detail_out_data import EventDetailOutData # noqa: PLC0415
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

        data = EventDetailOutData.from_dict(d.pop("data"))




        def _parse_fanned_out_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fanned_out_at_type_0 = datetime.datetime.fromisoformat(data)



                return fanned_out_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fanned_out_at = _parse_fanned_out_at(d.pop("fanned_out_at"))


        deliveries = []
        _deliveries = d.pop("deliveries")
        for deliveries_item_data in (_deliveries):
            deliveries_item = DeliveryOut.from_dict(deliveries_item_data)



            deliveries.append(deliveries_item)


        event_detail_out = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            account_id=account_id,
            correlation_id=correlation_id,
            data=data,
            fanned_out_at=fanned_out_at,
            deliveries=deliveries,
        )


        event_detail_out.additional_properties = d
        return event_detail_out

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
