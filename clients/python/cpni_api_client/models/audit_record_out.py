from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_record_out_details import AuditRecordOutDetails





T = TypeVar("T", bound="AuditRecordOut")



@_attrs_define
class AuditRecordOut:
    """ 
        Attributes:
            id (str):
            occurred_at (datetime.datetime):
            action (str):
            api_key_id (None | str):
            agent_id (None | str):
            account_id (None | str):
            subject_type (None | str):
            subject_id (None | str):
            outcome (None | str):
            details (AuditRecordOutDetails):
            correlation_id (str):
     """

    id: str
    occurred_at: datetime.datetime
    action: str
    api_key_id: None | str
    agent_id: None | str
    account_id: None | str
    subject_type: None | str
    subject_id: None | str
    outcome: None | str
    details: AuditRecordOutDetails
    correlation_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_record_out_details import AuditRecordOutDetails # noqa: PLC0415
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        action = self.action

        api_key_id: None | str
        api_key_id = self.api_key_id

        agent_id: None | str
        agent_id = self.agent_id

        account_id: None | str
        account_id = self.account_id

        subject_type: None | str
        subject_type = self.subject_type

        subject_id: None | str
        subject_id = self.subject_id

        outcome: None | str
        outcome = self.outcome

        details = self.details.to_dict()

        correlation_id = self.correlation_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "occurred_at": occurred_at,
            "action": action,
            "api_key_id": api_key_id,
            "agent_id": agent_id,
            "account_id": account_id,
            "subject_type": subject_type,
            "subject_id": subject_id,
            "outcome": outcome,
            "details": details,
            "correlation_id": correlation_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_record_out_details import AuditRecordOutDetails # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        action = d.pop("action")

        def _parse_api_key_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id"))


        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agent_id"))


        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        def _parse_subject_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_type = _parse_subject_type(d.pop("subject_type"))


        def _parse_subject_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_id = _parse_subject_id(d.pop("subject_id"))


        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))


        details = AuditRecordOutDetails.from_dict(d.pop("details"))




        correlation_id = d.pop("correlation_id")

        audit_record_out = cls(
            id=id,
            occurred_at=occurred_at,
            action=action,
            api_key_id=api_key_id,
            agent_id=agent_id,
            account_id=account_id,
            subject_type=subject_type,
            subject_id=subject_id,
            outcome=outcome,
            details=details,
            correlation_id=correlation_id,
        )


        audit_record_out.additional_properties = d
        return audit_record_out

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
