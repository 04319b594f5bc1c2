from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.line_reason import LineReason
from ..models.port_out_out_decision import PortOutOutDecision
from ..models.port_out_out_status import PortOutOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PortOutOut")



@_attrs_define
class PortOutOut:
    """ 
        Attributes:
            decision (PortOutOutDecision):
            reason_code (LineReason): Stable codes: integrators branch on them. Add freely; never rename one.

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            rule_ids (list[str]):
            notice_event_id (None | str): The customer's notice, when one went out.
            status (PortOutOutStatus): `requested`: allowed, not yet carried out, holding the line (E24) until completed or
                cancelled.
            requested_at (datetime.datetime):
            completed_at (datetime.datetime | None):
            id (str):
            account_id (None | str):
            telephone_number (str):
            new_provider (str):
            required_verification (None | str | Unset): The method to authenticate by next, when that would help.
     """

    decision: PortOutOutDecision
    reason_code: LineReason
    rule_ids: list[str]
    notice_event_id: None | str
    status: PortOutOutStatus
    requested_at: datetime.datetime
    completed_at: datetime.datetime | None
    id: str
    account_id: None | str
    telephone_number: str
    new_provider: str
    required_verification: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason_code = self.reason_code.value

        rule_ids = self.rule_ids



        notice_event_id: None | str
        notice_event_id = self.notice_event_id

        status = self.status.value

        requested_at = self.requested_at.isoformat()

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        id = self.id

        account_id: None | str
        account_id = self.account_id

        telephone_number = self.telephone_number

        new_provider = self.new_provider

        required_verification: None | str | Unset
        if isinstance(self.required_verification, Unset):
            required_verification = UNSET
        else:
            required_verification = self.required_verification


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision": decision,
            "reason_code": reason_code,
            "rule_ids": rule_ids,
            "notice_event_id": notice_event_id,
            "status": status,
            "requested_at": requested_at,
            "completed_at": completed_at,
            "id": id,
            "account_id": account_id,
            "telephone_number": telephone_number,
            "new_provider": new_provider,
        })
        if required_verification is not UNSET:
            field_dict["required_verification"] = required_verification

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = PortOutOutDecision(d.pop("decision"))




        reason_code = LineReason(d.pop("reason_code"))




        rule_ids = cast(list[str], d.pop("rule_ids"))


        def _parse_notice_event_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notice_event_id = _parse_notice_event_id(d.pop("notice_event_id"))


        status = PortOutOutStatus(d.pop("status"))




        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))


        id = d.pop("id")

        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))


        telephone_number = d.pop("telephone_number")

        new_provider = d.pop("new_provider")

        def _parse_required_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        required_verification = _parse_required_verification(d.pop("required_verification", UNSET))


        port_out_out = cls(
            decision=decision,
            reason_code=reason_code,
            rule_ids=rule_ids,
            notice_event_id=notice_event_id,
            status=status,
            requested_at=requested_at,
            completed_at=completed_at,
            id=id,
            account_id=account_id,
            telephone_number=telephone_number,
            new_provider=new_provider,
            required_verification=required_verification,
        )


        port_out_out.additional_properties = d
        return port_out_out

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
