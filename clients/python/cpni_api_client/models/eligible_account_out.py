from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.eligible_account_out_basis import EligibleAccountOutBasis
from typing import cast






T = TypeVar("T", bound="EligibleAccountOut")



@_attrs_define
class EligibleAccountOut:
    """ 
        Attributes:
            account_id (str):
            basis (EligibleAccountOutBasis):
            approval_id (None | str):
            notice_id (None | str): Opt-out: the notice whose waiting period has run.
     """

    account_id: str
    basis: EligibleAccountOutBasis
    approval_id: None | str
    notice_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        basis = self.basis.value

        approval_id: None | str
        approval_id = self.approval_id

        notice_id: None | str
        notice_id = self.notice_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "account_id": account_id,
            "basis": basis,
            "approval_id": approval_id,
            "notice_id": notice_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        basis = EligibleAccountOutBasis(d.pop("basis"))




        def _parse_approval_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approval_id = _parse_approval_id(d.pop("approval_id"))


        def _parse_notice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notice_id = _parse_notice_id(d.pop("notice_id"))


        eligible_account_out = cls(
            account_id=account_id,
            basis=basis,
            approval_id=approval_id,
            notice_id=notice_id,
        )


        eligible_account_out.additional_properties = d
        return eligible_account_out

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
