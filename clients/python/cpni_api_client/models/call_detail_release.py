from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.notice_destination import NoticeDestination





T = TypeVar("T", bound="CallDetailRelease")



@_attrs_define
class CallDetailRelease:
    """ R-2010-b-2: send the requested call detail to this address of record.

        Attributes:
            disclosure_check_id (str):
            interaction_id (str):
            information (str): The information released, e.g. `call_detail`.
            destination (NoticeDestination): Where a notice or a code goes: a telephone number, email address or postal
                address of record (the
                member named by `channel` is set).
     """

    disclosure_check_id: str
    interaction_id: str
    information: str
    destination: NoticeDestination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        disclosure_check_id = self.disclosure_check_id

        interaction_id = self.interaction_id

        information = self.information

        destination = self.destination.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "disclosure_check_id": disclosure_check_id,
            "interaction_id": interaction_id,
            "information": information,
            "destination": destination,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_destination import NoticeDestination # noqa: PLC0415
        d = dict(src_dict)
        disclosure_check_id = d.pop("disclosure_check_id")

        interaction_id = d.pop("interaction_id")

        information = d.pop("information")

        destination = NoticeDestination.from_dict(d.pop("destination"))




        call_detail_release = cls(
            disclosure_check_id=disclosure_check_id,
            interaction_id=interaction_id,
            information=information,
            destination=destination,
        )


        call_detail_release.additional_properties = d
        return call_detail_release

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
