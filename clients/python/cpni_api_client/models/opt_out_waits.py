from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="OptOutWaits")



@_attrs_define
class OptOutWaits:
    """ 
        Attributes:
            electronic_days (int): Calendar days after an email notice before approval may be assumed.
            mail_days (int): Calendar days after mailing (3 + 30, E9) before approval is assumed.
            extra_days (int): The carrier's safety margin, included in both figures.
            notice_refresh_years (int): An opt-out notice supports approval this long (E8).
            applies (bool): False under `opt_in_only`: no approval is ever assumed from a notice.
     """

    electronic_days: int
    mail_days: int
    extra_days: int
    notice_refresh_years: int
    applies: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        electronic_days = self.electronic_days

        mail_days = self.mail_days

        extra_days = self.extra_days

        notice_refresh_years = self.notice_refresh_years

        applies = self.applies


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "electronic_days": electronic_days,
            "mail_days": mail_days,
            "extra_days": extra_days,
            "notice_refresh_years": notice_refresh_years,
            "applies": applies,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        electronic_days = d.pop("electronic_days")

        mail_days = d.pop("mail_days")

        extra_days = d.pop("extra_days")

        notice_refresh_years = d.pop("notice_refresh_years")

        applies = d.pop("applies")

        opt_out_waits = cls(
            electronic_days=electronic_days,
            mail_days=mail_days,
            extra_days=extra_days,
            notice_refresh_years=notice_refresh_years,
            applies=applies,
        )


        opt_out_waits.additional_properties = d
        return opt_out_waits

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
