from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="BreachSummary")



@_attrs_define
class BreachSummary:
    """ 
        Attributes:
            id (str):
            regime (str):
            discovered_at (datetime.datetime):
            determined_at (datetime.datetime):
            cpni_involved (str):
            affected_account_count (int):
            law_enforcement_notice_due_by (datetime.datetime):
            law_enforcement_notified_at (datetime.datetime | None):
            law_enforcement_notified_on_time (bool | None):
            fcc_notified_at (datetime.datetime | None):
            customer_notice_not_before (datetime.datetime | None):
            customer_notice_requested_at (datetime.datetime | None):
            customer_notice_completed_at (datetime.datetime | None):
            customers_notified (int):
            holds (int):
            public_disclosures (int):
     """

    id: str
    regime: str
    discovered_at: datetime.datetime
    determined_at: datetime.datetime
    cpni_involved: str
    affected_account_count: int
    law_enforcement_notice_due_by: datetime.datetime
    law_enforcement_notified_at: datetime.datetime | None
    law_enforcement_notified_on_time: bool | None
    fcc_notified_at: datetime.datetime | None
    customer_notice_not_before: datetime.datetime | None
    customer_notice_requested_at: datetime.datetime | None
    customer_notice_completed_at: datetime.datetime | None
    customers_notified: int
    holds: int
    public_disclosures: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        regime = self.regime

        discovered_at = self.discovered_at.isoformat()

        determined_at = self.determined_at.isoformat()

        cpni_involved = self.cpni_involved

        affected_account_count = self.affected_account_count

        law_enforcement_notice_due_by = self.law_enforcement_notice_due_by.isoformat()

        law_enforcement_notified_at: None | str
        if isinstance(self.law_enforcement_notified_at, datetime.datetime):
            law_enforcement_notified_at = self.law_enforcement_notified_at.isoformat()
        else:
            law_enforcement_notified_at = self.law_enforcement_notified_at

        law_enforcement_notified_on_time: bool | None
        law_enforcement_notified_on_time = self.law_enforcement_notified_on_time

        fcc_notified_at: None | str
        if isinstance(self.fcc_notified_at, datetime.datetime):
            fcc_notified_at = self.fcc_notified_at.isoformat()
        else:
            fcc_notified_at = self.fcc_notified_at

        customer_notice_not_before: None | str
        if isinstance(self.customer_notice_not_before, datetime.datetime):
            customer_notice_not_before = self.customer_notice_not_before.isoformat()
        else:
            customer_notice_not_before = self.customer_notice_not_before

        customer_notice_requested_at: None | str
        if isinstance(self.customer_notice_requested_at, datetime.datetime):
            customer_notice_requested_at = self.customer_notice_requested_at.isoformat()
        else:
            customer_notice_requested_at = self.customer_notice_requested_at

        customer_notice_completed_at: None | str
        if isinstance(self.customer_notice_completed_at, datetime.datetime):
            customer_notice_completed_at = self.customer_notice_completed_at.isoformat()
        else:
            customer_notice_completed_at = self.customer_notice_completed_at

        customers_notified = self.customers_notified

        holds = self.holds

        public_disclosures = self.public_disclosures


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "regime": regime,
            "discovered_at": discovered_at,
            "determined_at": determined_at,
            "cpni_involved": cpni_involved,
            "affected_account_count": affected_account_count,
            "law_enforcement_notice_due_by": law_enforcement_notice_due_by,
            "law_enforcement_notified_at": law_enforcement_notified_at,
            "law_enforcement_notified_on_time": law_enforcement_notified_on_time,
            "fcc_notified_at": fcc_notified_at,
            "customer_notice_not_before": customer_notice_not_before,
            "customer_notice_requested_at": customer_notice_requested_at,
            "customer_notice_completed_at": customer_notice_completed_at,
            "customers_notified": customers_notified,
            "holds": holds,
            "public_disclosures": public_disclosures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        regime = d.pop("regime")

        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        determined_at = datetime.datetime.fromisoformat(d.pop("determined_at"))




        cpni_involved = d.pop("cpni_involved")

        affected_account_count = d.pop("affected_account_count")

        law_enforcement_notice_due_by = datetime.datetime.fromisoformat(d.pop("law_enforcement_notice_due_by"))




        def _parse_law_enforcement_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                law_enforcement_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return law_enforcement_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        law_enforcement_notified_at = _parse_law_enforcement_notified_at(d.pop("law_enforcement_notified_at"))


        def _parse_law_enforcement_notified_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        law_enforcement_notified_on_time = _parse_law_enforcement_notified_on_time(d.pop("law_enforcement_notified_on_time"))


        def _parse_fcc_notified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fcc_notified_at_type_0 = datetime.datetime.fromisoformat(data)



                return fcc_notified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        fcc_notified_at = _parse_fcc_notified_at(d.pop("fcc_notified_at"))


        def _parse_customer_notice_not_before(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_not_before_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_not_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_not_before = _parse_customer_notice_not_before(d.pop("customer_notice_not_before"))


        def _parse_customer_notice_requested_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_requested_at_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_requested_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_requested_at = _parse_customer_notice_requested_at(d.pop("customer_notice_requested_at"))


        def _parse_customer_notice_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                customer_notice_completed_at_type_0 = datetime.datetime.fromisoformat(data)



                return customer_notice_completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        customer_notice_completed_at = _parse_customer_notice_completed_at(d.pop("customer_notice_completed_at"))


        customers_notified = d.pop("customers_notified")

        holds = d.pop("holds")

        public_disclosures = d.pop("public_disclosures")

        breach_summary = cls(
            id=id,
            regime=regime,
            discovered_at=discovered_at,
            determined_at=determined_at,
            cpni_involved=cpni_involved,
            affected_account_count=affected_account_count,
            law_enforcement_notice_due_by=law_enforcement_notice_due_by,
            law_enforcement_notified_at=law_enforcement_notified_at,
            law_enforcement_notified_on_time=law_enforcement_notified_on_time,
            fcc_notified_at=fcc_notified_at,
            customer_notice_not_before=customer_notice_not_before,
            customer_notice_requested_at=customer_notice_requested_at,
            customer_notice_completed_at=customer_notice_completed_at,
            customers_notified=customers_notified,
            holds=holds,
            public_disclosures=public_disclosures,
        )


        breach_summary.additional_properties = d
        return breach_summary

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
