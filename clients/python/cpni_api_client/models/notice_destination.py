from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notice_destination_channel import NoticeDestinationChannel
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.notice_postal_address import NoticePostalAddress





T = TypeVar("T", bound="NoticeDestination")



@_attrs_define
class NoticeDestination:
    """ Where a notice or a code goes: a telephone number, email address or postal address of record (the
    member named by `channel` is set).

        Attributes:
            channel (NoticeDestinationChannel):
            telephone_number (None | str | Unset): E.164, for a telephone number.
            email_address (None | str | Unset):
            postal_address (None | NoticePostalAddress | Unset):
     """

    channel: NoticeDestinationChannel
    telephone_number: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    postal_address: None | NoticePostalAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_postal_address import NoticePostalAddress # noqa: PLC0415
        channel = self.channel.value

        telephone_number: None | str | Unset
        if isinstance(self.telephone_number, Unset):
            telephone_number = UNSET
        else:
            telephone_number = self.telephone_number

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        postal_address: dict[str, Any] | None | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        elif isinstance(self.postal_address, NoticePostalAddress):
            postal_address = self.postal_address.to_dict()
        else:
            postal_address = self.postal_address


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "channel": channel,
        })
        if telephone_number is not UNSET:
            field_dict["telephone_number"] = telephone_number
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if postal_address is not UNSET:
            field_dict["postal_address"] = postal_address

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_postal_address import NoticePostalAddress # noqa: PLC0415
        d = dict(src_dict)
        channel = NoticeDestinationChannel(d.pop("channel"))




        def _parse_telephone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone_number = _parse_telephone_number(d.pop("telephone_number", UNSET))


        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))


        def _parse_postal_address(data: object) -> None | NoticePostalAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postal_address_type_0 = NoticePostalAddress.from_dict(data)



                return postal_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NoticePostalAddress | Unset, data)

        postal_address = _parse_postal_address(d.pop("postal_address", UNSET))


        notice_destination = cls(
            channel=channel,
            telephone_number=telephone_number,
            email_address=email_address,
            postal_address=postal_address,
        )


        notice_destination.additional_properties = d
        return notice_destination

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
