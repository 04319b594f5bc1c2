from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_create_category import ComplaintCreateCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ComplaintCreate")



@_attrs_define
class ComplaintCreate:
    """ R-2009-e: a customer complaint about unauthorized release of CPNI.

        Attributes:
            received_at (datetime.datetime):
            category (ComplaintCreateCategory):
            summary (str): What the customer complained of. Describe, never quote: no CPNI values.
            account_id (None | str | Unset):
            resolution (None | str | Unset):
            resolved_at (datetime.datetime | None | Unset):
     """

    received_at: datetime.datetime
    category: ComplaintCreateCategory
    summary: str
    account_id: None | str | Unset = UNSET
    resolution: None | str | Unset = UNSET
    resolved_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        received_at = self.received_at.isoformat()

        category = self.category.value

        summary = self.summary

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        else:
            resolution = self.resolution

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        elif isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "received_at": received_at,
            "category": category,
            "summary": summary,
        })
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if resolved_at is not UNSET:
            field_dict["resolved_at"] = resolved_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        category = ComplaintCreateCategory(d.pop("category"))




        summary = d.pop("summary")

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))


        def _parse_resolution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))


        def _parse_resolved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at", UNSET))


        complaint_create = cls(
            received_at=received_at,
            category=category,
            summary=summary,
            account_id=account_id,
            resolution=resolution,
            resolved_at=resolved_at,
        )

        return complaint_create

