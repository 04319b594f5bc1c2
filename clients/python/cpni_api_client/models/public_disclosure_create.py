from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.public_disclosure_create_channel import PublicDisclosureCreateChannel
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PublicDisclosureCreate")



@_attrs_define
class PublicDisclosureCreate:
    """ R-2011-a, E18: any public disclosure, voluntary or under state or local law.

        Attributes:
            channel (PublicDisclosureCreateChannel):
            description (str):
            disclosed_at (datetime.datetime | None | Unset): Defaults to now.
     """

    channel: PublicDisclosureCreateChannel
    description: str
    disclosed_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        description = self.description

        disclosed_at: None | str | Unset
        if isinstance(self.disclosed_at, Unset):
            disclosed_at = UNSET
        elif isinstance(self.disclosed_at, datetime.datetime):
            disclosed_at = self.disclosed_at.isoformat()
        else:
            disclosed_at = self.disclosed_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "channel": channel,
            "description": description,
        })
        if disclosed_at is not UNSET:
            field_dict["disclosed_at"] = disclosed_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel = PublicDisclosureCreateChannel(d.pop("channel"))




        description = d.pop("description")

        def _parse_disclosed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disclosed_at_type_0 = datetime.datetime.fromisoformat(data)



                return disclosed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        disclosed_at = _parse_disclosed_at(d.pop("disclosed_at", UNSET))


        public_disclosure_create = cls(
            channel=channel,
            description=description,
            disclosed_at=disclosed_at,
        )

        return public_disclosure_create

