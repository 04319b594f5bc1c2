from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.basis_out_type import BasisOutType
from ..models.emergency_recipient import EmergencyRecipient
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.legal_process_out import LegalProcessOut





T = TypeVar("T", bound="BasisOut")



@_attrs_define
class BasisOut:
    """ 
        Attributes:
            type_ (BasisOutType):
            rule (str):
            approval_id (None | str | Unset):
            notice_id (None | str | Unset):
            interaction_id (None | str | Unset):
            exception (None | str | Unset):
            approval_assumable_from (datetime.datetime | None | Unset):
            emergency_recipient (EmergencyRecipient | None | Unset): An emergency disclosure: who receives the location
                (222(d)(4)).
            legal_process (LegalProcessOut | None | Unset): A disclosure required by law: the process that compels it
                (222(c)(1)).
     """

    type_: BasisOutType
    rule: str
    approval_id: None | str | Unset = UNSET
    notice_id: None | str | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    exception: None | str | Unset = UNSET
    approval_assumable_from: datetime.datetime | None | Unset = UNSET
    emergency_recipient: EmergencyRecipient | None | Unset = UNSET
    legal_process: LegalProcessOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.legal_process_out import LegalProcessOut # noqa: PLC0415
        type_ = self.type_.value

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

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        exception: None | str | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        else:
            exception = self.exception

        approval_assumable_from: None | str | Unset
        if isinstance(self.approval_assumable_from, Unset):
            approval_assumable_from = UNSET
        elif isinstance(self.approval_assumable_from, datetime.datetime):
            approval_assumable_from = self.approval_assumable_from.isoformat()
        else:
            approval_assumable_from = self.approval_assumable_from

        emergency_recipient: None | str | Unset
        if isinstance(self.emergency_recipient, Unset):
            emergency_recipient = UNSET
        elif isinstance(self.emergency_recipient, EmergencyRecipient):
            emergency_recipient = self.emergency_recipient.value
        else:
            emergency_recipient = self.emergency_recipient

        legal_process: dict[str, Any] | None | Unset
        if isinstance(self.legal_process, Unset):
            legal_process = UNSET
        elif isinstance(self.legal_process, LegalProcessOut):
            legal_process = self.legal_process.to_dict()
        else:
            legal_process = self.legal_process


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "rule": rule,
        })
        if approval_id is not UNSET:
            field_dict["approval_id"] = approval_id
        if notice_id is not UNSET:
            field_dict["notice_id"] = notice_id
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if exception is not UNSET:
            field_dict["exception"] = exception
        if approval_assumable_from is not UNSET:
            field_dict["approval_assumable_from"] = approval_assumable_from
        if emergency_recipient is not UNSET:
            field_dict["emergency_recipient"] = emergency_recipient
        if legal_process is not UNSET:
            field_dict["legal_process"] = legal_process

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legal_process_out import LegalProcessOut # noqa: PLC0415
        d = dict(src_dict)
        type_ = BasisOutType(d.pop("type"))




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


        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        def _parse_exception(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception = _parse_exception(d.pop("exception", UNSET))


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


        def _parse_emergency_recipient(data: object) -> EmergencyRecipient | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                emergency_recipient_type_0 = EmergencyRecipient(data)



                return emergency_recipient_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmergencyRecipient | None | Unset, data)

        emergency_recipient = _parse_emergency_recipient(d.pop("emergency_recipient", UNSET))


        def _parse_legal_process(data: object) -> LegalProcessOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legal_process_type_0 = LegalProcessOut.from_dict(data)



                return legal_process_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalProcessOut | None | Unset, data)

        legal_process = _parse_legal_process(d.pop("legal_process", UNSET))


        basis_out = cls(
            type_=type_,
            rule=rule,
            approval_id=approval_id,
            notice_id=notice_id,
            interaction_id=interaction_id,
            exception=exception,
            approval_assumable_from=approval_assumable_from,
            emergency_recipient=emergency_recipient,
            legal_process=legal_process,
        )


        basis_out.additional_properties = d
        return basis_out

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
