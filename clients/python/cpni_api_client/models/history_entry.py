from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.history_entry_entry_type import HistoryEntryEntryType
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="HistoryEntry")



@_attrs_define
class HistoryEntry:
    """ One line of the consent history export: a notice, a bounce or a decision.

        Attributes:
            entry_type (HistoryEntryEntryType):
            id (str):
            account_id (str):
            occurred_at (datetime.datetime):
            recorded_at (datetime.datetime):
            scope (None | str | Unset):
            decision (None | str | Unset):
            method (None | str | Unset):
            notice_id (None | str | Unset):
            notice_kind (None | str | Unset):
            delivery (None | str | Unset):
            version (None | str | Unset):
            interaction_id (None | str | Unset):
            covers_location (bool | None | Unset):
            third_party_id (None | str | Unset):
            recipients (list[str] | None | Unset):
            purposes (list[str] | None | Unset):
     """

    entry_type: HistoryEntryEntryType
    id: str
    account_id: str
    occurred_at: datetime.datetime
    recorded_at: datetime.datetime
    scope: None | str | Unset = UNSET
    decision: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    notice_id: None | str | Unset = UNSET
    notice_kind: None | str | Unset = UNSET
    delivery: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    interaction_id: None | str | Unset = UNSET
    covers_location: bool | None | Unset = UNSET
    third_party_id: None | str | Unset = UNSET
    recipients: list[str] | None | Unset = UNSET
    purposes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        entry_type = self.entry_type.value

        id = self.id

        account_id = self.account_id

        occurred_at = self.occurred_at.isoformat()

        recorded_at = self.recorded_at.isoformat()

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        else:
            decision = self.decision

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        notice_id: None | str | Unset
        if isinstance(self.notice_id, Unset):
            notice_id = UNSET
        else:
            notice_id = self.notice_id

        notice_kind: None | str | Unset
        if isinstance(self.notice_kind, Unset):
            notice_kind = UNSET
        else:
            notice_kind = self.notice_kind

        delivery: None | str | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        else:
            delivery = self.delivery

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        interaction_id: None | str | Unset
        if isinstance(self.interaction_id, Unset):
            interaction_id = UNSET
        else:
            interaction_id = self.interaction_id

        covers_location: bool | None | Unset
        if isinstance(self.covers_location, Unset):
            covers_location = UNSET
        else:
            covers_location = self.covers_location

        third_party_id: None | str | Unset
        if isinstance(self.third_party_id, Unset):
            third_party_id = UNSET
        else:
            third_party_id = self.third_party_id

        recipients: list[str] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, list):
            recipients = self.recipients


        else:
            recipients = self.recipients

        purposes: list[str] | None | Unset
        if isinstance(self.purposes, Unset):
            purposes = UNSET
        elif isinstance(self.purposes, list):
            purposes = self.purposes


        else:
            purposes = self.purposes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "entry_type": entry_type,
            "id": id,
            "account_id": account_id,
            "occurred_at": occurred_at,
            "recorded_at": recorded_at,
        })
        if scope is not UNSET:
            field_dict["scope"] = scope
        if decision is not UNSET:
            field_dict["decision"] = decision
        if method is not UNSET:
            field_dict["method"] = method
        if notice_id is not UNSET:
            field_dict["notice_id"] = notice_id
        if notice_kind is not UNSET:
            field_dict["notice_kind"] = notice_kind
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if version is not UNSET:
            field_dict["version"] = version
        if interaction_id is not UNSET:
            field_dict["interaction_id"] = interaction_id
        if covers_location is not UNSET:
            field_dict["covers_location"] = covers_location
        if third_party_id is not UNSET:
            field_dict["third_party_id"] = third_party_id
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if purposes is not UNSET:
            field_dict["purposes"] = purposes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entry_type = HistoryEntryEntryType(d.pop("entry_type"))




        id = d.pop("id")

        account_id = d.pop("account_id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        def _parse_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scope = _parse_scope(d.pop("scope", UNSET))


        def _parse_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))


        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))


        def _parse_notice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notice_id = _parse_notice_id(d.pop("notice_id", UNSET))


        def _parse_notice_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notice_kind = _parse_notice_kind(d.pop("notice_kind", UNSET))


        def _parse_delivery(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))


        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        def _parse_interaction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id", UNSET))


        def _parse_covers_location(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        covers_location = _parse_covers_location(d.pop("covers_location", UNSET))


        def _parse_third_party_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_party_id = _parse_third_party_id(d.pop("third_party_id", UNSET))


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


        def _parse_purposes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                purposes_type_0 = cast(list[str], data)

                return purposes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        purposes = _parse_purposes(d.pop("purposes", UNSET))


        history_entry = cls(
            entry_type=entry_type,
            id=id,
            account_id=account_id,
            occurred_at=occurred_at,
            recorded_at=recorded_at,
            scope=scope,
            decision=decision,
            method=method,
            notice_id=notice_id,
            notice_kind=notice_kind,
            delivery=delivery,
            version=version,
            interaction_id=interaction_id,
            covers_location=covers_location,
            third_party_id=third_party_id,
            recipients=recipients,
            purposes=purposes,
        )


        history_entry.additional_properties = d
        return history_entry

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
