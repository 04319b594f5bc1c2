from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="WebhookEndpointDisabledNotice")



@_attrs_define
class WebhookEndpointDisabledNotice:
    """ 
        Attributes:
            endpoint_id (str):
            consecutive_failures (int):
     """

    endpoint_id: str
    consecutive_failures: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

        consecutive_failures = self.consecutive_failures


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "endpoint_id": endpoint_id,
            "consecutive_failures": consecutive_failures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id = d.pop("endpoint_id")

        consecutive_failures = d.pop("consecutive_failures")

        webhook_endpoint_disabled_notice = cls(
            endpoint_id=endpoint_id,
            consecutive_failures=consecutive_failures,
        )


        webhook_endpoint_disabled_notice.additional_properties = d
        return webhook_endpoint_disabled_notice

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
