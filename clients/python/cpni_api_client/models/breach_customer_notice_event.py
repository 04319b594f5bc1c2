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
  from ..models.breach_customer_notice import BreachCustomerNotice





T = TypeVar("T", bound="BreachCustomerNoticeEvent")



@_attrs_define
class BreachCustomerNoticeEvent:
    """ Notify an affected customer of a CPNI breach (R-2011-c).

        Attributes:
            id (str): Stable across retries: also sent as `webhook-id`; de-duplicate on it.
            type_ (Literal['breach.customer_notice']): The event type.
            occurred_at (datetime.datetime):
            account_id (None | str): The account concerned, if any.
            correlation_id (str): The X-Request-ID of the request that caused the event.
            data (BreachCustomerNotice): R-2011-c, R-2011-NEW-7: notify this affected customer of the breach.
     """

    id: str
    type_: Literal['breach.customer_notice']
    occurred_at: datetime.datetime
    account_id: None | str
    correlation_id: str
    data: BreachCustomerNotice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.breach_customer_notice import BreachCustomerNotice # noqa: PLC0415
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
        from ..models.breach_customer_notice import BreachCustomerNotice # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal['breach.customer_notice'] , d.pop("type"))
        if type_ != 'breach.customer_notice':
            raise ValueError(f"type must match const 'breach.customer_notice', got '{type_}'")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        correlation_id = d.pop("correlation_id")

        data = BreachCustomerNotice.from_dict(d.pop("data"))




        breach_customer_notice_event = cls(
            id=id,
            type_=type_,
            occurred_at=occurred_at,
            account_id=account_id,
            correlation_id=correlation_id,
            data=data,
        )


        breach_customer_notice_event.additional_properties = d
        return breach_customer_notice_event

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
