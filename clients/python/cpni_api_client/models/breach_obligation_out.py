from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.breach_obligation_out_kind import BreachObligationOutKind
from ..models.breach_obligation_out_status import BreachObligationOutStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BreachObligationOut")



@_attrs_define
class BreachObligationOut:
    """ 
        Attributes:
            kind (BreachObligationOutKind): `agency_notice` (2024): one filing to the FCC, Secret Service and FBI
                (R-2011-NEW-3).
            status (BreachObligationOutStatus):
            due_by (datetime.datetime | None):
            not_before (datetime.datetime | None):
            done_at (datetime.datetime | None):
            late (bool | Unset): Done, but after `due_by`. Default: False.
     """

    kind: BreachObligationOutKind
    status: BreachObligationOutStatus
    due_by: datetime.datetime | None
    not_before: datetime.datetime | None
    done_at: datetime.datetime | None
    late: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        status = self.status.value

        due_by: None | str
        if isinstance(self.due_by, datetime.datetime):
            due_by = self.due_by.isoformat()
        else:
            due_by = self.due_by

        not_before: None | str
        if isinstance(self.not_before, datetime.datetime):
            not_before = self.not_before.isoformat()
        else:
            not_before = self.not_before

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        late = self.late


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "status": status,
            "due_by": due_by,
            "not_before": not_before,
            "done_at": done_at,
        })
        if late is not UNSET:
            field_dict["late"] = late

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = BreachObligationOutKind(d.pop("kind"))




        status = BreachObligationOutStatus(d.pop("status"))




        def _parse_due_by(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_by_type_0 = datetime.datetime.fromisoformat(data)



                return due_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        due_by = _parse_due_by(d.pop("due_by"))


        def _parse_not_before(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_before_type_0 = datetime.datetime.fromisoformat(data)



                return not_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        not_before = _parse_not_before(d.pop("not_before"))


        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)



                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))


        late = d.pop("late", UNSET)

        breach_obligation_out = cls(
            kind=kind,
            status=status,
            due_by=due_by,
            not_before=not_before,
            done_at=done_at,
            late=late,
        )


        breach_obligation_out.additional_properties = d
        return breach_obligation_out

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
