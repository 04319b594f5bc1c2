from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="HoldCreate")



@_attrs_define
class HoldCreate:
    """ R-2011-b-3: an agency's direction not to notify customers or disclose publicly.

        Attributes:
            directed_at (datetime.datetime):
            until (datetime.datetime):
            agency (str):
            extends_hold_id (None | str | Unset): Set when this direction extends an earlier hold.
            written_direction_reference (None | str | Unset): The agency's written direction; required for an extension.
     """

    directed_at: datetime.datetime
    until: datetime.datetime
    agency: str
    extends_hold_id: None | str | Unset = UNSET
    written_direction_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        directed_at = self.directed_at.isoformat()

        until = self.until.isoformat()

        agency = self.agency

        extends_hold_id: None | str | Unset
        if isinstance(self.extends_hold_id, Unset):
            extends_hold_id = UNSET
        else:
            extends_hold_id = self.extends_hold_id

        written_direction_reference: None | str | Unset
        if isinstance(self.written_direction_reference, Unset):
            written_direction_reference = UNSET
        else:
            written_direction_reference = self.written_direction_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "directed_at": directed_at,
            "until": until,
            "agency": agency,
        })
        if extends_hold_id is not UNSET:
            field_dict["extends_hold_id"] = extends_hold_id
        if written_direction_reference is not UNSET:
            field_dict["written_direction_reference"] = written_direction_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        directed_at = datetime.datetime.fromisoformat(d.pop("directed_at"))




        until = datetime.datetime.fromisoformat(d.pop("until"))




        agency = d.pop("agency")

        def _parse_extends_hold_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extends_hold_id = _parse_extends_hold_id(d.pop("extends_hold_id", UNSET))


        def _parse_written_direction_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        written_direction_reference = _parse_written_direction_reference(d.pop("written_direction_reference", UNSET))


        hold_create = cls(
            directed_at=directed_at,
            until=until,
            agency=agency,
            extends_hold_id=extends_hold_id,
            written_direction_reference=written_direction_reference,
        )

        return hold_create

