from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.rule_settings import RuleSettings





T = TypeVar("T", bound="CarrierPolicyOut")



@_attrs_define
class CarrierPolicyOut:
    """ The stricter promises the carrier has made and the service enforces, and the rule settings in force:
    what the officer's statement of operating procedures is written from (R-2009-e).

        Attributes:
            opt_in_only (bool): Every approval is opt-in: an opt-out notice never makes approval assumable
                (`CPNI_CARRIER_POLICY_OPT_IN_ONLY`).
            no_third_party_sale (bool): CPNI is never disclosed to an unaffiliated third party for its own marketing
                (`CPNI_CARRIER_POLICY_NO_THIRD_PARTY_SALE`).
            statements (list[str]): The promises in force, as sentences for the certification's statement of procedures.
            rule_settings (RuleSettings): The effective values of the settings the rules read, as this deployment runs them.
     """

    opt_in_only: bool
    no_third_party_sale: bool
    statements: list[str]
    rule_settings: RuleSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_settings import RuleSettings # noqa: PLC0415
        opt_in_only = self.opt_in_only

        no_third_party_sale = self.no_third_party_sale

        statements = self.statements



        rule_settings = self.rule_settings.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "opt_in_only": opt_in_only,
            "no_third_party_sale": no_third_party_sale,
            "statements": statements,
            "rule_settings": rule_settings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_settings import RuleSettings # noqa: PLC0415
        d = dict(src_dict)
        opt_in_only = d.pop("opt_in_only")

        no_third_party_sale = d.pop("no_third_party_sale")

        statements = cast(list[str], d.pop("statements"))


        rule_settings = RuleSettings.from_dict(d.pop("rule_settings"))




        carrier_policy_out = cls(
            opt_in_only=opt_in_only,
            no_third_party_sale=no_third_party_sale,
            statements=statements,
            rule_settings=rule_settings,
        )


        carrier_policy_out.additional_properties = d
        return carrier_policy_out

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
