from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="DeliveryAttemptOut")



@_attrs_define
class DeliveryAttemptOut:
    """ 
        Attributes:
            attempt (int):
            started_at (datetime.datetime):
            duration_ms (int):
            outcome (str): delivered | retryable | permanent
            status_code (int | None):
            error (None | str):
            dispatcher (str):
     """

    attempt: int
    started_at: datetime.datetime
    duration_ms: int
    outcome: str
    status_code: int | None
    error: None | str
    dispatcher: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        started_at = self.started_at.isoformat()

        duration_ms = self.duration_ms

        outcome = self.outcome

        status_code: int | None
        status_code = self.status_code

        error: None | str
        error = self.error

        dispatcher = self.dispatcher


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempt": attempt,
            "started_at": started_at,
            "duration_ms": duration_ms,
            "outcome": outcome,
            "status_code": status_code,
            "error": error,
            "dispatcher": dispatcher,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        duration_ms = d.pop("duration_ms")

        outcome = d.pop("outcome")

        def _parse_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_code = _parse_status_code(d.pop("status_code"))


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        dispatcher = d.pop("dispatcher")

        delivery_attempt_out = cls(
            attempt=attempt,
            started_at=started_at,
            duration_ms=duration_ms,
            outcome=outcome,
            status_code=status_code,
            error=error,
            dispatcher=dispatcher,
        )


        delivery_attempt_out.additional_properties = d
        return delivery_attempt_out

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
