from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.approval_method import ApprovalMethod
from ..models.approval_scope import ApprovalScope
from ..models.scope_status_requirement import ScopeStatusRequirement
from ..models.scope_status_status import ScopeStatusStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ScopeStatus")



@_attrs_define
class ScopeStatus:
    """ 
        Attributes:
            scope (ApprovalScope): What the customer's approval is about: the carrier's own marketing use, or sharing with a
                kind of
                recipient (R-2007-b), or disclosure to a new carrier at the customer's written request (R-222-c2).

                Extensible: new values may be added in any release, so clients must not fail on an unknown value.
            status (ScopeStatusStatus):
            requirement (ScopeStatusRequirement): What the R-2007 table asks for communications-related marketing with this
                scope.
            rule (str):
            approval_id (None | str | Unset):
            notice_id (None | str | Unset):
            method (ApprovalMethod | None | Unset):
            decided_at (datetime.datetime | None | Unset):
            approval_assumable_from (datetime.datetime | None | Unset):
            recipients (list[str] | None | Unset): Opt-out: the recipients the notice names (E10).
     """

    scope: ApprovalScope
    status: ScopeStatusStatus
    requirement: ScopeStatusRequirement
    rule: str
    approval_id: None | str | Unset = UNSET
    notice_id: None | str | Unset = UNSET
    method: ApprovalMethod | None | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    approval_assumable_from: datetime.datetime | None | Unset = UNSET
    recipients: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        scope = self.scope.value

        status = self.status.value

        requirement = self.requirement.value

        rule = self.rule

        approval_id: None | str | Unset
        if isinstance(self.approval_id, Unset):
            approval_id = UNSET
        else:
            approval_id = self.approval_id

        notice_id: None | str | Unset
        if isinstance(self.notice_id, Unset):
            notice_id = UNSET
        else:
            notice_id = self.notice_id

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, ApprovalMethod):
            method = self.method.value
        else:
            method = self.method

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        approval_assumable_from: None | str | Unset
        if isinstance(self.approval_assumable_from, Unset):
            approval_assumable_from = UNSET
        elif isinstance(self.approval_assumable_from, datetime.datetime):
            approval_assumable_from = self.approval_assumable_from.isoformat()
        else:
            approval_assumable_from = self.approval_assumable_from

        recipients: list[str] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = self.recipients


        else:
            recipients = self.recipients


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "scope": scope,
            "status": status,
            "requirement": requirement,
            "rule": rule,
        })
        if approval_id is not UNSET:
            field_dict["approval_id"] = approval_id
        if notice_id is not UNSET:
            field_dict["notice_id"] = notice_id
        if method is not UNSET:
            field_dict["method"] = method
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if approval_assumable_from is not UNSET:
            field_dict["approval_assumable_from"] = approval_assumable_from
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = ApprovalScope(d.pop("scope"))




        status = ScopeStatusStatus(d.pop("status"))




        requirement = ScopeStatusRequirement(d.pop("requirement"))




        rule = d.pop("rule")

        def _parse_approval_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_id = _parse_approval_id(d.pop("approval_id", UNSET))


        def _parse_notice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notice_id = _parse_notice_id(d.pop("notice_id", UNSET))


        def _parse_method(data: object) -> ApprovalMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = ApprovalMethod(data)



                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApprovalMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))


        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))


        def _parse_approval_assumable_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_assumable_from_type_0 = datetime.datetime.fromisoformat(data)



                return approval_assumable_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approval_assumable_from = _parse_approval_assumable_from(d.pop("approval_assumable_from", UNSET))


        def _parse_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                recipients_type_0 = cast(list[str], data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))


        scope_status = cls(
            scope=scope,
            status=status,
            requirement=requirement,
            rule=rule,
            approval_id=approval_id,
            notice_id=notice_id,
            method=method,
            decided_at=decided_at,
            approval_assumable_from=approval_assumable_from,
            recipients=recipients,
        )


        scope_status.additional_properties = d
        return scope_status

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
