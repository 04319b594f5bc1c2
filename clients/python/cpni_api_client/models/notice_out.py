from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notice_delivery import NoticeDelivery
from ..models.notice_kind import NoticeKind
from typing import cast
import datetime






T = TypeVar("T", bound="NoticeOut")



@_attrs_define
class NoticeOut:
    """ 
        Attributes:
            id (str):
            account_id (str):
            kind (NoticeKind):
            delivery (NoticeDelivery):
            sent_at (datetime.datetime):
            version (str):
            recipients (list[str]):
            purposes (list[str]):
            email_delivery_approved (bool):
            approval_assumable_from (datetime.datetime | None): Opt-out: when approval may first be assumed (R-2008-d-1,
                E9): electronic sent + 30 calendar days, mail mailed + 3 + 30. Null for opt-in notices and oral notices.
            supports_opt_out_until (datetime.datetime | None): Opt-out: two years after sending a notice stops supporting
                opt-out approval (E8).
            supports_opt_out (bool): False for opt-in, oral, bounced, and unapproved email notices.
            bounced_at (datetime.datetime | None):
            bounce_reason (None | str):
            recorded_at (datetime.datetime):
     """

    id: str
    account_id: str
    kind: NoticeKind
    delivery: NoticeDelivery
    sent_at: datetime.datetime
    version: str
    recipients: list[str]
    purposes: list[str]
    email_delivery_approved: bool
    approval_assumable_from: datetime.datetime | None
    supports_opt_out_until: datetime.datetime | None
    supports_opt_out: bool
    bounced_at: datetime.datetime | None
    bounce_reason: None | str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        kind = self.kind.value

        delivery = self.delivery.value

        sent_at = self.sent_at.isoformat()

        version = self.version

        recipients = self.recipients



        purposes = self.purposes



        email_delivery_approved = self.email_delivery_approved

        approval_assumable_from: None | str
        if isinstance(self.approval_assumable_from, datetime.datetime):
            approval_assumable_from = self.approval_assumable_from.isoformat()
        else:
            approval_assumable_from = self.approval_assumable_from

        supports_opt_out_until: None | str
        if isinstance(self.supports_opt_out_until, datetime.datetime):
            supports_opt_out_until = self.supports_opt_out_until.isoformat()
        else:
            supports_opt_out_until = self.supports_opt_out_until

        supports_opt_out = self.supports_opt_out

        bounced_at: None | str
        if isinstance(self.bounced_at, datetime.datetime):
            bounced_at = self.bounced_at.isoformat()
        else:
            bounced_at = self.bounced_at

        bounce_reason: None | str
        bounce_reason = self.bounce_reason

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "account_id": account_id,
            "kind": kind,
            "delivery": delivery,
            "sent_at": sent_at,
            "version": version,
            "recipients": recipients,
            "purposes": purposes,
            "email_delivery_approved": email_delivery_approved,
            "approval_assumable_from": approval_assumable_from,
            "supports_opt_out_until": supports_opt_out_until,
            "supports_opt_out": supports_opt_out,
            "bounced_at": bounced_at,
            "bounce_reason": bounce_reason,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id")

        kind = NoticeKind(d.pop("kind"))




        delivery = NoticeDelivery(d.pop("delivery"))




        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        version = d.pop("version")

        recipients = cast(list[str], d.pop("recipients"))


        purposes = cast(list[str], d.pop("purposes"))


        email_delivery_approved = d.pop("email_delivery_approved")

        def _parse_approval_assumable_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_assumable_from_type_0 = datetime.datetime.fromisoformat(data)



                return approval_assumable_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approval_assumable_from = _parse_approval_assumable_from(d.pop("approval_assumable_from"))


        def _parse_supports_opt_out_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supports_opt_out_until_type_0 = datetime.datetime.fromisoformat(data)



                return supports_opt_out_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        supports_opt_out_until = _parse_supports_opt_out_until(d.pop("supports_opt_out_until"))


        supports_opt_out = d.pop("supports_opt_out")

        def _parse_bounced_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bounced_at_type_0 = datetime.datetime.fromisoformat(data)



                return bounced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        bounced_at = _parse_bounced_at(d.pop("bounced_at"))


        def _parse_bounce_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bounce_reason = _parse_bounce_reason(d.pop("bounce_reason"))


        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        notice_out = cls(
            id=id,
            account_id=account_id,
            kind=kind,
            delivery=delivery,
            sent_at=sent_at,
            version=version,
            recipients=recipients,
            purposes=purposes,
            email_delivery_approved=email_delivery_approved,
            approval_assumable_from=approval_assumable_from,
            supports_opt_out_until=supports_opt_out_until,
            supports_opt_out=supports_opt_out,
            bounced_at=bounced_at,
            bounce_reason=bounce_reason,
            recorded_at=recorded_at,
        )


        notice_out.additional_properties = d
        return notice_out

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
