from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.disciplinary_action_create_action import DisciplinaryActionCreateAction
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DisciplinaryActionCreate")



@_attrs_define
class DisciplinaryActionCreate:
    """ R-2009-b: an action of the express disciplinary process.

        Attributes:
            taken_at (datetime.datetime):
            action (DisciplinaryActionCreateAction):
            reason (str):
            complaint_id (None | str | Unset):
     """

    taken_at: datetime.datetime
    action: DisciplinaryActionCreateAction
    reason: str
    complaint_id: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        taken_at = self.taken_at.isoformat()

        action = self.action.value

        reason = self.reason

        complaint_id: None | str | Unset
        if isinstance(self.complaint_id, Unset):
            complaint_id = UNSET
        else:
            complaint_id = self.complaint_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "taken_at": taken_at,
            "action": action,
            "reason": reason,
        })
        if complaint_id is not UNSET:
            field_dict["complaint_id"] = complaint_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))




        action = DisciplinaryActionCreateAction(d.pop("action"))




        reason = d.pop("reason")

        def _parse_complaint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id", UNSET))


        disciplinary_action_create = cls(
            taken_at=taken_at,
            action=action,
            reason=reason,
            complaint_id=complaint_id,
        )

        return disciplinary_action_create

