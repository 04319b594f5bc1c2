from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.port_out_notice_outcome import PortOutNoticeOutcome
from typing import cast

if TYPE_CHECKING:
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="PortOutNotice")



@_attrs_define
class PortOutNotice:
    """ 
        Attributes:
            port_out_request_id (str):
            outcome (PortOutNoticeOutcome):
            reason_code (str): The decision's reason, e.g. `TRANSFER_PIN_VERIFIED`; new codes may be added.
            line (str): The number, masked: its country code and last two digits.
            new_provider (str):
            destinations (list[NoticeDestination]): Every number and address of record before the change (R-2010-f-3, -f-4):
                never the new value alone.
     """

    port_out_request_id: str
    outcome: PortOutNoticeOutcome
    reason_code: str
    line: str
    new_provider: str
    destinations: list[NoticeDestination]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        port_out_request_id = self.port_out_request_id

        outcome = self.outcome.value

        reason_code = self.reason_code

        line = self.line

        new_provider = self.new_provider

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "port_out_request_id": port_out_request_id,
            "outcome": outcome,
            "reason_code": reason_code,
            "line": line,
            "new_provider": new_provider,
            "destinations": destinations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        port_out_request_id = d.pop("port_out_request_id")

        outcome = PortOutNoticeOutcome(d.pop("outcome"))




        reason_code = d.pop("reason_code")

        line = d.pop("line")

        new_provider = d.pop("new_provider")

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in (_destinations):
            destinations_item = NoticeDestination.from_dict(destinations_item_data)



            destinations.append(destinations_item)


        port_out_notice = cls(
            port_out_request_id=port_out_request_id,
            outcome=outcome,
            reason_code=reason_code,
            line=line,
            new_provider=new_provider,
            destinations=destinations,
        )


        port_out_notice.additional_properties = d
        return port_out_notice

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
