from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="HoldOut")



@_attrs_define
class HoldOut:
    """ 
        Attributes:
            id (str):
            agency (str):
            directed_at (datetime.datetime):
            until (datetime.datetime):
            written_direction_reference (None | str):
            extends_hold_id (None | str):
            released_at (datetime.datetime | None):
            release_reference (None | str):
            recorded_at (datetime.datetime):
            active (bool | Unset):  Default: False.
     """

    id: str
    agency: str
    directed_at: datetime.datetime
    until: datetime.datetime
    written_direction_reference: None | str
    extends_hold_id: None | str
    released_at: datetime.datetime | None
    release_reference: None | str
    recorded_at: datetime.datetime
    active: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agency = self.agency

        directed_at = self.directed_at.isoformat()

        until = self.until.isoformat()

        written_direction_reference: None | str
        written_direction_reference = self.written_direction_reference

        extends_hold_id: None | str
        extends_hold_id = self.extends_hold_id

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        release_reference: None | str
        release_reference = self.release_reference

        recorded_at = self.recorded_at.isoformat()

        active = self.active


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agency": agency,
            "directed_at": directed_at,
            "until": until,
            "written_direction_reference": written_direction_reference,
            "extends_hold_id": extends_hold_id,
            "released_at": released_at,
            "release_reference": release_reference,
            "recorded_at": recorded_at,
        })
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        agency = d.pop("agency")

        directed_at = datetime.datetime.fromisoformat(d.pop("directed_at"))




        until = datetime.datetime.fromisoformat(d.pop("until"))




        def _parse_written_direction_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        written_direction_reference = _parse_written_direction_reference(d.pop("written_direction_reference"))


        def _parse_extends_hold_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extends_hold_id = _parse_extends_hold_id(d.pop("extends_hold_id"))


        def _parse_released_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                released_at_type_0 = datetime.datetime.fromisoformat(data)



                return released_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        released_at = _parse_released_at(d.pop("released_at"))


        def _parse_release_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_reference = _parse_release_reference(d.pop("release_reference"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        active = d.pop("active", UNSET)

        hold_out = cls(
            id=id,
            agency=agency,
            directed_at=directed_at,
            until=until,
            written_direction_reference=written_direction_reference,
            extends_hold_id=extends_hold_id,
            released_at=released_at,
            release_reference=release_reference,
            recorded_at=recorded_at,
            active=active,
        )


        hold_out.additional_properties = d
        return hold_out

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
