from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrainingOut")



@_attrs_define
class TrainingOut:
    """ 
        Attributes:
            id (str):
            agent_id (str):
            course (str):
            completed_at (datetime.datetime):
            expires_at (datetime.datetime | None):
            recorded_at (datetime.datetime):
     """

    id: str
    agent_id: str
    course: str
    completed_at: datetime.datetime
    expires_at: datetime.datetime | None
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        agent_id = self.agent_id

        course = self.course

        completed_at = self.completed_at.isoformat()

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "agent_id": agent_id,
            "course": course,
            "completed_at": completed_at,
            "expires_at": expires_at,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agent_id")

        course = d.pop("course")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))




        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        training_out = cls(
            id=id,
            agent_id=agent_id,
            course=course,
            completed_at=completed_at,
            expires_at=expires_at,
            recorded_at=recorded_at,
        )


        training_out.additional_properties = d
        return training_out

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
