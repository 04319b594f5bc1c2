from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.notice_contact import NoticeContact
  from ..models.notice_data_involved import NoticeDataInvolved
  from ..models.notice_date_range import NoticeDateRange





T = TypeVar("T", bound="BreachNoticeContent")



@_attrs_define
class BreachNoticeContent:
    """ R-2011-NEW-9 [M]: the minimum content of a 2024-rules customer notice, one slot per element, for the
    mailer to render (ADR 0053).

        Attributes:
            breach_date_range (NoticeDateRange):
            information_involved (NoticeDataInvolved):
            information_description (str): (ii) The same, in the carrier's words.
            carrier_contact (NoticeContact):
            regulators (list[NoticeContact]): (iv) The FCC and the FTC.
            state_regulator (str): (iv) Which state agency to name: the customer's own.
            identity_theft_risk (bool): (v) True when any PII was involved.
            credit_reporting_agencies (list[NoticeContact]): (v) When identity theft is a risk.
            identity_theft_steps (list[str]):
            credit_protection_offered (None | str): (v) What the carrier offers, if anything.
            financial_harm_risk (bool): (vi) True when payment, account or SSN data was involved.
            financial_harm_steps (list[str]):
            rule_id (Literal['R-2011-NEW-9'] | Unset):  Default: 'R-2011-NEW-9'.
     """

    breach_date_range: NoticeDateRange
    information_involved: NoticeDataInvolved
    information_description: str
    carrier_contact: NoticeContact
    regulators: list[NoticeContact]
    state_regulator: str
    identity_theft_risk: bool
    credit_reporting_agencies: list[NoticeContact]
    identity_theft_steps: list[str]
    credit_protection_offered: None | str
    financial_harm_risk: bool
    financial_harm_steps: list[str]
    rule_id: Literal['R-2011-NEW-9'] | Unset = 'R-2011-NEW-9'
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.notice_contact import NoticeContact # noqa: PLC0415
        from ..models.notice_data_involved import NoticeDataInvolved # noqa: PLC0415
        from ..models.notice_date_range import NoticeDateRange # noqa: PLC0415
        breach_date_range = self.breach_date_range.to_dict()

        information_involved = self.information_involved.to_dict()

        information_description = self.information_description

        carrier_contact = self.carrier_contact.to_dict()

        regulators = []
        for regulators_item_data in self.regulators:
            regulators_item = regulators_item_data.to_dict()
            regulators.append(regulators_item)



        state_regulator = self.state_regulator

        identity_theft_risk = self.identity_theft_risk

        credit_reporting_agencies = []
        for credit_reporting_agencies_item_data in self.credit_reporting_agencies:
            credit_reporting_agencies_item = credit_reporting_agencies_item_data.to_dict()
            credit_reporting_agencies.append(credit_reporting_agencies_item)



        identity_theft_steps = self.identity_theft_steps



        credit_protection_offered: None | str
        credit_protection_offered = self.credit_protection_offered

        financial_harm_risk = self.financial_harm_risk

        financial_harm_steps = self.financial_harm_steps



        rule_id = self.rule_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "breach_date_range": breach_date_range,
            "information_involved": information_involved,
            "information_description": information_description,
            "carrier_contact": carrier_contact,
            "regulators": regulators,
            "state_regulator": state_regulator,
            "identity_theft_risk": identity_theft_risk,
            "credit_reporting_agencies": credit_reporting_agencies,
            "identity_theft_steps": identity_theft_steps,
            "credit_protection_offered": credit_protection_offered,
            "financial_harm_risk": financial_harm_risk,
            "financial_harm_steps": financial_harm_steps,
        })
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notice_contact import NoticeContact # noqa: PLC0415
        from ..models.notice_data_involved import NoticeDataInvolved # noqa: PLC0415
        from ..models.notice_date_range import NoticeDateRange # noqa: PLC0415
        d = dict(src_dict)
        breach_date_range = NoticeDateRange.from_dict(d.pop("breach_date_range"))




        information_involved = NoticeDataInvolved.from_dict(d.pop("information_involved"))




        information_description = d.pop("information_description")

        carrier_contact = NoticeContact.from_dict(d.pop("carrier_contact"))




        regulators = []
        _regulators = d.pop("regulators")
        for regulators_item_data in (_regulators):
            regulators_item = NoticeContact.from_dict(regulators_item_data)



            regulators.append(regulators_item)


        state_regulator = d.pop("state_regulator")

        identity_theft_risk = d.pop("identity_theft_risk")

        credit_reporting_agencies = []
        _credit_reporting_agencies = d.pop("credit_reporting_agencies")
        for credit_reporting_agencies_item_data in (_credit_reporting_agencies):
            credit_reporting_agencies_item = NoticeContact.from_dict(credit_reporting_agencies_item_data)



            credit_reporting_agencies.append(credit_reporting_agencies_item)


        identity_theft_steps = cast(list[str], d.pop("identity_theft_steps"))


        def _parse_credit_protection_offered(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        credit_protection_offered = _parse_credit_protection_offered(d.pop("credit_protection_offered"))


        financial_harm_risk = d.pop("financial_harm_risk")

        financial_harm_steps = cast(list[str], d.pop("financial_harm_steps"))


        rule_id = cast(Literal['R-2011-NEW-9'] | Unset , d.pop("rule_id", UNSET))
        if rule_id != 'R-2011-NEW-9'and not isinstance(rule_id, Unset):
            raise ValueError(f"rule_id must match const 'R-2011-NEW-9', got '{rule_id}'")

        breach_notice_content = cls(
            breach_date_range=breach_date_range,
            information_involved=information_involved,
            information_description=information_description,
            carrier_contact=carrier_contact,
            regulators=regulators,
            state_regulator=state_regulator,
            identity_theft_risk=identity_theft_risk,
            credit_reporting_agencies=credit_reporting_agencies,
            identity_theft_steps=identity_theft_steps,
            credit_protection_offered=credit_protection_offered,
            financial_harm_risk=financial_harm_risk,
            financial_harm_steps=financial_harm_steps,
            rule_id=rule_id,
        )


        breach_notice_content.additional_properties = d
        return breach_notice_content

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
