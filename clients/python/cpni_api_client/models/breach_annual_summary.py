from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.summary_breach import SummaryBreach
  from ..models.summary_filing_out import SummaryFilingOut





T = TypeVar("T", bound="BreachAnnualSummary")



@_attrs_define
class BreachAnnualSummary:
    """ R-2011-NEW-5 [M]: the year's breaches excepted from the agency notice (fewer than 500 customers, no
    harm reasonably likely), summarised to the Commission.

        Attributes:
            year (int):
            due_on (datetime.date): `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year (ADR 0052).
            timezone (str):
            breaches (list[SummaryBreach]):
            total (int):
            customers_affected (int):
            filings (list[SummaryFilingOut]):
            generated_at (datetime.datetime):
            rule_id (str | Unset):  Default: 'R-2011-NEW-5'.
     """

    year: int
    due_on: datetime.date
    timezone: str
    breaches: list[SummaryBreach]
    total: int
    customers_affected: int
    filings: list[SummaryFilingOut]
    generated_at: datetime.datetime
    rule_id: str | Unset = 'R-2011-NEW-5'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.summary_breach import SummaryBreach # noqa: PLC0415
        from ..models.summary_filing_out import SummaryFilingOut # noqa: PLC0415
        year = self.year

        due_on = self.due_on.isoformat()

        timezone = self.timezone

        breaches = []
        for breaches_item_data in self.breaches:
            breaches_item = breaches_item_data.to_dict()
            breaches.append(breaches_item)



        total = self.total

        customers_affected = self.customers_affected

        filings = []
        for filings_item_data in self.filings:
            filings_item = filings_item_data.to_dict()
            filings.append(filings_item)



        generated_at = self.generated_at.isoformat()

        rule_id = self.rule_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "due_on": due_on,
            "timezone": timezone,
            "breaches": breaches,
            "total": total,
            "customers_affected": customers_affected,
            "filings": filings,
            "generated_at": generated_at,
        })
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summary_breach import SummaryBreach # noqa: PLC0415
        from ..models.summary_filing_out import SummaryFilingOut # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        timezone = d.pop("timezone")

        breaches = []
        _breaches = d.pop("breaches")
        for breaches_item_data in (_breaches):
            breaches_item = SummaryBreach.from_dict(breaches_item_data)



            breaches.append(breaches_item)


        total = d.pop("total")

        customers_affected = d.pop("customers_affected")

        filings = []
        _filings = d.pop("filings")
        for filings_item_data in (_filings):
            filings_item = SummaryFilingOut.from_dict(filings_item_data)



            filings.append(filings_item)


        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))




        rule_id = d.pop("rule_id", UNSET)

        breach_annual_summary = cls(
            year=year,
            due_on=due_on,
            timezone=timezone,
            breaches=breaches,
            total=total,
            customers_affected=customers_affected,
            filings=filings,
            generated_at=generated_at,
            rule_id=rule_id,
        )


        breach_annual_summary.additional_properties = d
        return breach_annual_summary

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
