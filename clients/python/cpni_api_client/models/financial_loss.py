from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinancialLoss")



@_attrs_define
class FinancialLoss:
    """ R-2011-NEW-4 (vi): an estimate of the financial loss to the carrier and to customers, if any (0).

        Attributes:
            carrier_usd (int):
            customers_usd (int):
            note (None | str | Unset):
     """

    carrier_usd: int
    customers_usd: int
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        carrier_usd = self.carrier_usd

        customers_usd = self.customers_usd

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "carrier_usd": carrier_usd,
            "customers_usd": customers_usd,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        carrier_usd = d.pop("carrier_usd")

        customers_usd = d.pop("customers_usd")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        financial_loss = cls(
            carrier_usd=carrier_usd,
            customers_usd=customers_usd,
            note=note,
        )

        return financial_loss

