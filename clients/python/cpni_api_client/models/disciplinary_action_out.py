from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.disciplinary_action_out_action import DisciplinaryActionOutAction
from typing import cast
import datetime






T = TypeVar("T", bound="DisciplinaryActionOut")



@_attrs_define
class DisciplinaryActionOut:
    """ 
        Attributes:
            id (str):
            agent_id (str):
            taken_at (datetime.datetime):
            action (DisciplinaryActionOutAction):
            reason (str):
            complaint_id (None | str):
            recorded_at (datetime.datetime):
     """

    id: str
    agent_id: str
    taken_at: datetime.datetime
    action: DisciplinaryActionOutAction
    reason: str
    complaint_id: None | str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        taken_at = self.taken_at.isoformat()

        action = self.action.value

        reason = self.reason

        complaint_id: None | str
        complaint_id = self.complaint_id

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agent_id": agent_id,
            "taken_at": taken_at,
            "action": action,
            "reason": reason,
            "complaint_id": complaint_id,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agent_id")

        taken_at = datetime.datetime.fromisoformat(d.pop("taken_at"))




        action = DisciplinaryActionOutAction(d.pop("action"))




        reason = d.pop("reason")

        def _parse_complaint_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        disciplinary_action_out = cls(
            id=id,
            agent_id=agent_id,
            taken_at=taken_at,
            action=action,
            reason=reason,
            complaint_id=complaint_id,
            recorded_at=recorded_at,
        )


        disciplinary_action_out.additional_properties = d
        return disciplinary_action_out

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
