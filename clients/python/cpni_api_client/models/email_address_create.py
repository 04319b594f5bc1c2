from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EmailAddressCreate")



@_attrs_define
class EmailAddressCreate:
    """ 
        Attributes:
            address (str):
            associated_since (datetime.datetime | None | Unset): When the customer's address was first associated with the
                account, for carriers importing existing customers (never in the future). Defaults to now.
     """

    address: str
    associated_since: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        address = self.address

        associated_since: None | str | Unset
        if isinstance(self.associated_since, Unset):
            associated_since = UNSET
        elif isinstance(self.associated_since, datetime.datetime):
            associated_since = self.associated_since.isoformat()
        else:
            associated_since = self.associated_since


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "address": address,
        })
        if associated_since is not UNSET:
            field_dict["associated_since"] = associated_since

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        def _parse_associated_since(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                associated_since_type_0 = datetime.datetime.fromisoformat(data)



                return associated_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        associated_since = _parse_associated_since(d.pop("associated_since", UNSET))


        email_address_create = cls(
            address=address,
            associated_since=associated_since,
        )

        return email_address_create

