from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BreachCreate")



@_attrs_define
class BreachCreate:
    """ R-2011-d: the facts recorded for a breach. Describe the CPNI involved by kind, never by value.

        Attributes:
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime): When the breach was reasonably determined; the law-enforcement clock starts
                here (E1).
            description (str):
            cpni_involved (str): A detailed description of the kinds of CPNI involved.
            circumstances (str):
            affected_account_ids (list[str] | Unset): Ids of affected accounts (duplicates are ignored). More can be added
                later.
            harm_reasonably_likely (bool | None | Unset): 2024 regime (R-2011-NEW): the harm assessment. Unassessed (null)
                counts as likely.
     """

    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    description: str
    cpni_involved: str
    circumstances: str
    affected_account_ids: list[str] | Unset = UNSET
    harm_reasonably_likely: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        description = self.description

        cpni_involved = self.cpni_involved

        circumstances = self.circumstances

        affected_account_ids: list[str] | Unset = UNSET
        if not isinstance(self.affected_account_ids, Unset):
            affected_account_ids = self.affected_account_ids



        harm_reasonably_likely: bool | None | Unset
        if isinstance(self.harm_reasonably_likely, Unset):
            harm_reasonably_likely = UNSET
        else:
            harm_reasonably_likely = self.harm_reasonably_likely


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "description": description,
            "cpni_involved": cpni_involved,
            "circumstances": circumstances,
        })
        if affected_account_ids is not UNSET:
            field_dict["affected_account_ids"] = affected_account_ids
        if harm_reasonably_likely is not UNSET:
            field_dict["harm_reasonably_likely"] = harm_reasonably_likely

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        description = d.pop("description")

        cpni_involved = d.pop("cpni_involved")

        circumstances = d.pop("circumstances")

        affected_account_ids = cast(list[str], d.pop("affected_account_ids", UNSET))


        def _parse_harm_reasonably_likely(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        harm_reasonably_likely = _parse_harm_reasonably_likely(d.pop("harm_reasonably_likely", UNSET))


        breach_create = cls(
            discovered_at=discovered_at,
            determined_at=determined_at,
            description=description,
            cpni_involved=cpni_involved,
            circumstances=circumstances,
            affected_account_ids=affected_account_ids,
            harm_reasonably_likely=harm_reasonably_likely,
        )

        return breach_create

