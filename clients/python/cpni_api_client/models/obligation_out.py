from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.obligation_kind import ObligationKind
from ..models.obligation_out_status import ObligationOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ObligationOut")



@_attrs_define
class ObligationOut:
    """ 
        Attributes:
            kind (ObligationKind): Extensible: new values may be added in any release, so clients must not fail on an
                unknown value.
            subject_type (str): What the obligation belongs to: `breach`, `opt_out_failure`, ...
            subject_id (str):
            due_by (datetime.datetime): The deadline, or the date from which it is owed (see `deadline`).
            status (ObligationOutStatus):
            rule_id (str): The rule that makes it owed (docs/cpni-rules.md).
            summary (str): What to do, in words; never CPNI.
            deadline (bool): True when `due_by` is a deadline: past it the obligation is overdue.
            breach_id (None | str | Unset): The breach it concerns, for breach obligations.
     """

    kind: ObligationKind
    subject_type: str
    subject_id: str
    due_by: datetime.datetime
    status: ObligationOutStatus
    rule_id: str
    summary: str
    deadline: bool
    breach_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        subject_type = self.subject_type

        subject_id = self.subject_id

        due_by = self.due_by.isoformat()

        status = self.status.value

        rule_id = self.rule_id

        summary = self.summary

        deadline = self.deadline

        breach_id: None | str | Unset
        if isinstance(self.breach_id, Unset):
            breach_id = UNSET
        else:
            breach_id = self.breach_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "subject_type": subject_type,
            "subject_id": subject_id,
            "due_by": due_by,
            "status": status,
            "rule_id": rule_id,
            "summary": summary,
            "deadline": deadline,
        })
        if breach_id is not UNSET:
            field_dict["breach_id"] = breach_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ObligationKind(d.pop("kind"))




        subject_type = d.pop("subject_type")

        subject_id = d.pop("subject_id")

        due_by = datetime.datetime.fromisoformat(d.pop("due_by"))




        status = ObligationOutStatus(d.pop("status"))




        rule_id = d.pop("rule_id")

        summary = d.pop("summary")

        deadline = d.pop("deadline")

        def _parse_breach_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        breach_id = _parse_breach_id(d.pop("breach_id", UNSET))


        obligation_out = cls(
            kind=kind,
            subject_type=subject_type,
            subject_id=subject_id,
            due_by=due_by,
            status=status,
            rule_id=rule_id,
            summary=summary,
            deadline=deadline,
            breach_id=breach_id,
        )


        obligation_out.additional_properties = d
        return obligation_out

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
