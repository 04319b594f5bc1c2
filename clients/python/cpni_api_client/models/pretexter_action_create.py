from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pretexter_action_create_kind import PretexterActionCreateKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PretexterActionCreate")



@_attrs_define
class PretexterActionCreate:
    """ R-2009-e: an action taken against a pretexter or data broker.

        Attributes:
            taken_at (datetime.datetime):
            kind (PretexterActionCreateKind):
            target (str): The pretexter or data broker acted against.
            description (str):
            outcome (None | str | Unset):
     """

    taken_at: datetime.datetime
    kind: PretexterActionCreateKind
    target: str
    description: str
    outcome: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        taken_at = self.taken_at.isoformat()

        kind = self.kind.value

        target = self.target

        description = self.description

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
            outcome = self.outcome


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "taken_at": taken_at,
            "kind": kind,
            "target": target,
            "description": description,
        })
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))




        kind = PretexterActionCreateKind(d.pop("kind"))




        target = d.pop("target")

        description = d.pop("description")

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))


        pretexter_action_create = cls(
            taken_at=taken_at,
            kind=kind,
            target=target,
            description=description,
            outcome=outcome,
        )

        return pretexter_action_create

