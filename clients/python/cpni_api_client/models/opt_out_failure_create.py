from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OptOutFailureCreate")



@_attrs_define
class OptOutFailureCreate:
    """ R-2009-f: opt-out mechanisms that did not work properly, to a degree that is more than an anomaly.

        Attributes:
            detected_at (datetime.datetime):
            mechanisms (str): Which opt-out mechanisms failed (web form, IVR, ...).
            problem (str):
            remedy (None | str | Unset):
            remedy_expected_at (datetime.datetime | None | Unset):
            state_commission_notified (bool | Unset):  Default: False.
     """

    detected_at: datetime.datetime
    mechanisms: str
    problem: str
    remedy: None | str | Unset = UNSET
    remedy_expected_at: datetime.datetime | None | Unset = UNSET
    state_commission_notified: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        detected_at = self.detected_at.isoformat()

        mechanisms = self.mechanisms

        problem = self.problem

        remedy: None | str | Unset
        if isinstance(self.remedy, Unset):
            remedy = UNSET
        else:
            remedy = self.remedy

        remedy_expected_at: None | str | Unset
        if isinstance(self.remedy_expected_at, Unset):
            remedy_expected_at = UNSET
        elif isinstance(self.remedy_expected_at, datetime.datetime):
            remedy_expected_at = self.remedy_expected_at.isoformat()
        else:
            remedy_expected_at = self.remedy_expected_at

        state_commission_notified = self.state_commission_notified


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "detected_at": detected_at,
            "mechanisms": mechanisms,
            "problem": problem,
        })
        if remedy is not UNSET:
            field_dict["remedy"] = remedy
        if remedy_expected_at is not UNSET:
            field_dict["remedy_expected_at"] = remedy_expected_at
        if state_commission_notified is not UNSET:
            field_dict["state_commission_notified"] = state_commission_notified

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detected_at = datetime.datetime.fromisoformat(d.pop("detected_at"))




        mechanisms = d.pop("mechanisms")

        problem = d.pop("problem")

        def _parse_remedy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remedy = _parse_remedy(d.pop("remedy", UNSET))


        def _parse_remedy_expected_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remedy_expected_at_type_0 = datetime.datetime.fromisoformat(data)



                return remedy_expected_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        remedy_expected_at = _parse_remedy_expected_at(d.pop("remedy_expected_at", UNSET))


        state_commission_notified = d.pop("state_commission_notified", UNSET)

        opt_out_failure_create = cls(
            detected_at=detected_at,
            mechanisms=mechanisms,
            problem=problem,
            remedy=remedy,
            remedy_expected_at=remedy_expected_at,
            state_commission_notified=state_commission_notified,
        )

        return opt_out_failure_create

