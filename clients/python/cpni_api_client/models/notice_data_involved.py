from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="NoticeDataInvolved")



@_attrs_define
class NoticeDataInvolved:
    """ 
        Attributes:
            cpni (list[str]): CPNI kinds, e.g. `call_detail`; new kinds may be added.
            pii (list[str]): PII kinds, e.g. `social_security_number`; new kinds may be added.
     """

    cpni: list[str]
    pii: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cpni = self.cpni



        pii = self.pii




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cpni": cpni,
            "pii": pii,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpni = cast(list[str], d.pop("cpni"))


        pii = cast(list[str], d.pop("pii"))


        notice_data_involved = cls(
            cpni=cpni,
            pii=pii,
        )


        notice_data_involved.additional_properties = d
        return notice_data_involved

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
