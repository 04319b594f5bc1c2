from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PostalAddressCreate")



@_attrs_define
class PostalAddressCreate:
    """ 
        Attributes:
            line1 (str):
            city (str):
            postal_code (str):
            associated_since (datetime.datetime | None | Unset): When the customer's address was first associated with the
                account, for carriers importing existing customers (never in the future). Defaults to now.
            line2 (None | str | Unset):
            region (None | str | Unset):
            country (str | Unset): ISO 3166-1 alpha-2. Default: 'US'.
     """

    line1: str
    city: str
    postal_code: str
    associated_since: datetime.datetime | None | Unset = UNSET
    line2: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: str | Unset = 'US'





    def to_dict(self) -> dict[str, Any]:
        line1 = self.line1

        city = self.city

        postal_code = self.postal_code

        associated_since: None | str | Unset
        if isinstance(self.associated_since, Unset):
            associated_since = UNSET
        elif isinstance(self.associated_since, datetime.datetime):
            associated_since = self.associated_since.isoformat()
        else:
            associated_since = self.associated_since

        line2: None | str | Unset
        if isinstance(self.line2, Unset):
            line2 = UNSET
        else:
            line2 = self.line2

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country = self.country


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "line1": line1,
            "city": city,
            "postal_code": postal_code,
        })
        if associated_since is not UNSET:
            field_dict["associated_since"] = associated_since
        if line2 is not UNSET:
            field_dict["line2"] = line2
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        line1 = d.pop("line1")

        city = d.pop("city")

        postal_code = d.pop("postal_code")

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


        def _parse_line2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line2 = _parse_line2(d.pop("line2", UNSET))


        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))


        country = d.pop("country", UNSET)

        postal_address_create = cls(
            line1=line1,
            city=city,
            postal_code=postal_code,
            associated_since=associated_since,
            line2=line2,
            region=region,
            country=country,
        )

        return postal_address_create

