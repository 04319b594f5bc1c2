from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="OneTimeCodeDelivery")



@_attrs_define
class OneTimeCodeDelivery:
    """ The one event with a secret in clear: deliver `code` to `destination` (R-2010-c, -e).

        Attributes:
            code (str): Six digits. Redacted in the pull feed without `events:read_secrets`.
            destination (NoticeDestination): Where a notice or a code goes: a telephone number, email address or postal
                address of record (the
                member named by `channel` is set).
            expires_at (datetime.datetime):
            interaction_id (str):
            one_time_code_id (str):
     """

    code: str
    destination: NoticeDestination
    expires_at: datetime.datetime
    interaction_id: str
    one_time_code_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        code = self.code

        destination = self.destination.to_dict()

        expires_at = self.expires_at.isoformat()

        interaction_id = self.interaction_id

        one_time_code_id = self.one_time_code_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "destination": destination,
            "expires_at": expires_at,
            "interaction_id": interaction_id,
            "one_time_code_id": one_time_code_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        destination = NoticeDestination.from_dict(d.pop("destination"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        interaction_id = d.pop("interaction_id")

        one_time_code_id = d.pop("one_time_code_id")

        one_time_code_delivery = cls(
            code=code,
            destination=destination,
            expires_at=expires_at,
            interaction_id=interaction_id,
            one_time_code_id=one_time_code_id,
        )


        one_time_code_delivery.additional_properties = d
        return one_time_code_delivery

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
