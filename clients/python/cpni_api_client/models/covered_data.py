from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cpni_kind import CpniKind
from ..models.pii_kind import PiiKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CoveredData")



@_attrs_define
class CoveredData:
    """ R-2011-NEW-2: covered data is CPNI and personally identifiable information, named by kind.

        Attributes:
            cpni (list[CpniKind] | Unset):
            pii (list[PiiKind] | Unset):
     """

    cpni: list[CpniKind] | Unset = UNSET
    pii: list[PiiKind] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cpni: list[str] | Unset = UNSET
        if not isinstance(self.cpni, Unset):
            cpni = []
            for cpni_item_data in self.cpni:
                cpni_item = cpni_item_data.value
                cpni.append(cpni_item)



        pii: list[str] | Unset = UNSET
        if not isinstance(self.pii, Unset):
            pii = []
            for pii_item_data in self.pii:
                pii_item = pii_item_data.value
                pii.append(pii_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if cpni is not UNSET:
            field_dict["cpni"] = cpni
        if pii is not UNSET:
            field_dict["pii"] = pii

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cpni = d.pop("cpni", UNSET)
        cpni: list[CpniKind] | Unset = UNSET
        if _cpni is not UNSET:
            cpni = []
            for cpni_item_data in _cpni:
                cpni_item = CpniKind(cpni_item_data)



                cpni.append(cpni_item)


        _pii = d.pop("pii", UNSET)
        pii: list[PiiKind] | Unset = UNSET
        if _pii is not UNSET:
            pii = []
            for pii_item_data in _pii:
                pii_item = PiiKind(pii_item_data)



                pii.append(pii_item)


        covered_data = cls(
            cpni=cpni,
            pii=pii,
        )

        return covered_data

