from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.notice_create_purposes_item import NoticeCreatePurposesItem
from ..models.notice_delivery import NoticeDelivery
from ..models.notice_kind import NoticeKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="NoticeCreate")



@_attrs_define
class NoticeCreate:
    """ 
        Attributes:
            kind (NoticeKind):
            delivery (NoticeDelivery):
            sent_at (datetime.datetime): When it was sent (mailed, for mail); never in the future.
            version (str): The notice template's version.
            recipients (list[str] | Unset): Ids of the third parties the notice names as recipients (R-2008-c, E10). Sharing
                with any other recipient needs a new notice. The carrier's own use needs no recipient.
            purposes (list[NoticeCreatePurposesItem] | Unset): The purposes the notice names (R-2008-c, E10); approvals
                cover only these.
            email_delivery_approved (bool | Unset): Email opt-out notices: the customer gave express, verifiable, prior
                approval to receive notices by email (R-2008-d-3). Without it an email notice does not support opt-out approval.
                Default: False.
     """

    kind: NoticeKind
    delivery: NoticeDelivery
    sent_at: datetime.datetime
    version: str
    recipients: list[str] | Unset = UNSET
    purposes: list[NoticeCreatePurposesItem] | Unset = UNSET
    email_delivery_approved: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        delivery = self.delivery.value

        sent_at = self.sent_at.isoformat()

        version = self.version

        recipients: list[str] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients



        purposes: list[str] | Unset = UNSET
        if not isinstance(self.purposes, Unset):
            purposes = []
            for purposes_item_data in self.purposes:
                purposes_item = purposes_item_data.value
                purposes.append(purposes_item)



        email_delivery_approved = self.email_delivery_approved


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "delivery": delivery,
            "sent_at": sent_at,
            "version": version,
        })
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if purposes is not UNSET:
            field_dict["purposes"] = purposes
        if email_delivery_approved is not UNSET:
            field_dict["email_delivery_approved"] = email_delivery_approved

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = NoticeKind(d.pop("kind"))




        delivery = NoticeDelivery(d.pop("delivery"))




        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        version = d.pop("version")

        recipients = cast(list[str], d.pop("recipients", UNSET))


        _purposes = d.pop("purposes", UNSET)
        purposes: list[NoticeCreatePurposesItem] | Unset = UNSET
        if _purposes is not UNSET:
            purposes = []
            for purposes_item_data in _purposes:
                purposes_item = NoticeCreatePurposesItem(purposes_item_data)



                purposes.append(purposes_item)


        email_delivery_approved = d.pop("email_delivery_approved", UNSET)

        notice_create = cls(
            kind=kind,
            delivery=delivery,
            sent_at=sent_at,
            version=version,
            recipients=recipients,
            purposes=purposes,
            email_delivery_approved=email_delivery_approved,
        )

        return notice_create

