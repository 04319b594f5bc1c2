from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_out_outcome import VerificationOutOutcome
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.interaction_out import InteractionOut





T = TypeVar("T", bound="VerificationOut")



@_attrs_define
class VerificationOut:
    """ 
        Attributes:
            outcome (VerificationOutOutcome):
            reason (None | str): Why it did not verify, for the agent (never the secret).
            attempts_remaining (int): Failures left before verification locks (R-2010-a-1).
            locked_until (datetime.datetime | None):
            reset_required (bool): R-2010-e-3: the customer must establish a new password.
            interaction (InteractionOut):
     """

    outcome: VerificationOutOutcome
    reason: None | str
    attempts_remaining: int
    locked_until: datetime.datetime | None
    reset_required: bool
    interaction: InteractionOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.interaction_out import InteractionOut # noqa: PLC0415
        outcome = self.outcome.value

        reason: None | str
        reason = self.reason

        attempts_remaining = self.attempts_remaining

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        reset_required = self.reset_required

        interaction = self.interaction.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "outcome": outcome,
            "reason": reason,
            "attempts_remaining": attempts_remaining,
            "locked_until": locked_until,
            "reset_required": reset_required,
            "interaction": interaction,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interaction_out import InteractionOut # noqa: PLC0415
        d = dict(src_dict)
        outcome = VerificationOutOutcome(d.pop("outcome"))




        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        attempts_remaining = d.pop("attempts_remaining")

        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)



                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))


        reset_required = d.pop("reset_required")

        interaction = InteractionOut.from_dict(d.pop("interaction"))




        verification_out = cls(
            outcome=outcome,
            reason=reason,
            attempts_remaining=attempts_remaining,
            locked_until=locked_until,
            reset_required=reset_required,
            interaction=interaction,
        )


        verification_out.additional_properties = d
        return verification_out

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
