from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OralEvidence")



@_attrs_define
class OralEvidence:
    """ R-2007-a-2: the carrier bears the burden of proving oral approval.

        Attributes:
            agent_id (str):
            recording_reference (None | str | Unset):
            script_version (None | str | Unset):
            call_reference (None | str | Unset):
     """

    agent_id: str
    recording_reference: None | str | Unset = UNSET
    script_version: None | str | Unset = UNSET
    call_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        recording_reference: None | str | Unset
        if isinstance(self.recording_reference, Unset):
            recording_reference = UNSET
        else:
            recording_reference = self.recording_reference

        script_version: None | str | Unset
        if isinstance(self.script_version, Unset):
            script_version = UNSET
        else:
            script_version = self.script_version

        call_reference: None | str | Unset
        if isinstance(self.call_reference, Unset):
            call_reference = UNSET
        else:
            call_reference = self.call_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agent_id": agent_id,
        })
        if recording_reference is not UNSET:
            field_dict["recording_reference"] = recording_reference
        if script_version is not UNSET:
            field_dict["script_version"] = script_version
        if call_reference is not UNSET:
            field_dict["call_reference"] = call_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agent_id")

        def _parse_recording_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_reference = _parse_recording_reference(d.pop("recording_reference", UNSET))


        def _parse_script_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_version = _parse_script_version(d.pop("script_version", UNSET))


        def _parse_call_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_reference = _parse_call_reference(d.pop("call_reference", UNSET))


        oral_evidence = cls(
            agent_id=agent_id,
            recording_reference=recording_reference,
            script_version=script_version,
            call_reference=call_reference,
        )

        return oral_evidence

