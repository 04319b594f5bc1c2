from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="SimSwapDate")



@_attrs_define
class SimSwapDate:
    """ 
        Attributes:
            latest_sim_change (datetime.datetime | None): Null when no SIM change is on record.
     """

    latest_sim_change: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        latest_sim_change: None | str
        if isinstance(self.latest_sim_change, datetime.datetime):
            latest_sim_change = self.latest_sim_change.isoformat()
        else:
            latest_sim_change = self.latest_sim_change


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "latest_sim_change": latest_sim_change,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_latest_sim_change(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                latest_sim_change_type_0 = datetime.datetime.fromisoformat(data)



                return latest_sim_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        latest_sim_change = _parse_latest_sim_change(d.pop("latest_sim_change"))


        sim_swap_date = cls(
            latest_sim_change=latest_sim_change,
        )


        sim_swap_date.additional_properties = d
        return sim_swap_date

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
