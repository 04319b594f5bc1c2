from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complaint_out_category import ComplaintOutCategory
from typing import cast
import datetime






T = TypeVar("T", bound="ComplaintOut")



@_attrs_define
class ComplaintOut:
    """ 
        Attributes:
            id (str):
            received_at (datetime.datetime):
            category (ComplaintOutCategory):
            summary (str):
            account_id (None | str):
            resolution (None | str):
            resolved_at (datetime.datetime | None):
            recorded_at (datetime.datetime):
     """

    id: str
    received_at: datetime.datetime
    category: ComplaintOutCategory
    summary: str
    account_id: None | str
    resolution: None | str
    resolved_at: datetime.datetime | None
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        received_at = self.received_at.isoformat()

        category = self.category.value

        summary = self.summary

        account_id: None | str
        account_id = self.account_id

        resolution: None | str
        resolution = self.resolution

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "received_at": received_at,
            "category": category,
            "summary": summary,
            "account_id": account_id,
            "resolution": resolution,
            "resolved_at": resolved_at,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        category = ComplaintOutCategory(d.pop("category"))




        summary = d.pop("summary")

        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))


        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)



                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        complaint_out = cls(
            id=id,
            received_at=received_at,
            category=category,
            summary=summary,
            account_id=account_id,
            resolution=resolution,
            resolved_at=resolved_at,
            recorded_at=recorded_at,
        )


        complaint_out.additional_properties = d
        return complaint_out

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
