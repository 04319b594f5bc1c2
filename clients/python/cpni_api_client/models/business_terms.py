from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="BusinessTerms")



@_attrs_define
class BusinessTerms:
    """ 
        Attributes:
            dedicated_representative (None | str | Unset):
            cpni_contract_reference (None | str | Unset):
     """

    dedicated_representative: None | str | Unset = UNSET
    cpni_contract_reference: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        dedicated_representative: None | str | Unset
        if isinstance(self.dedicated_representative, Unset):
            dedicated_representative = UNSET
        else:
            dedicated_representative = self.dedicated_representative

        cpni_contract_reference: None | str | Unset
        if isinstance(self.cpni_contract_reference, Unset):
            cpni_contract_reference = UNSET
        else:
            cpni_contract_reference = self.cpni_contract_reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if dedicated_representative is not UNSET:
            field_dict["dedicated_representative"] = dedicated_representative
        if cpni_contract_reference is not UNSET:
            field_dict["cpni_contract_reference"] = cpni_contract_reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_dedicated_representative(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dedicated_representative = _parse_dedicated_representative(d.pop("dedicated_representative", UNSET))


        def _parse_cpni_contract_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpni_contract_reference = _parse_cpni_contract_reference(d.pop("cpni_contract_reference", UNSET))


        business_terms = cls(
            dedicated_representative=dedicated_representative,
            cpni_contract_reference=cpni_contract_reference,
        )

        return business_terms

