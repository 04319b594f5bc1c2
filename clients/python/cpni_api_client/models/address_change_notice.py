from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.address_change_notice_address_kind import AddressChangeNoticeAddressKind
from typing import cast

if TYPE_CHECKING:
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="AddressChangeNotice")



@_attrs_define
class AddressChangeNotice:
    """ 
        Attributes:
            change (str): `created`, `changed` or `deleted` (credentials, PIN); `added`, `ported_in`, `removed` or
                `ported_out` (numbers of record).
            destinations (list[NoticeDestination]): Every number and address of record before the change (R-2010-f-3, -f-4):
                never the new value alone.
            address_kind (AddressChangeNoticeAddressKind):
     """

    change: str
    destinations: list[NoticeDestination]
    address_kind: AddressChangeNoticeAddressKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        change = self.change

        destinations = []
        for destinations_item_data in self.destinations:
            destinations_item = destinations_item_data.to_dict()
            destinations.append(destinations_item)



        address_kind = self.address_kind.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change": change,
            "destinations": destinations,
            "address_kind": address_kind,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        change = d.pop("change")

        destinations = []
        _destinations = d.pop("destinations")
        for destinations_item_data in (_destinations):
            destinations_item = NoticeDestination.from_dict(destinations_item_data)



            destinations.append(destinations_item)


        address_kind = AddressChangeNoticeAddressKind(d.pop("address_kind"))




        address_change_notice = cls(
            change=change,
            destinations=destinations,
            address_kind=address_kind,
        )


        address_change_notice.additional_properties = d
        return address_change_notice

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
