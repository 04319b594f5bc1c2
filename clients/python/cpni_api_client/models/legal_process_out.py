from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.legal_process_kind import LegalProcessKind






T = TypeVar("T", bound="LegalProcessOut")



@_attrs_define
class LegalProcessOut:
    """ 
        Attributes:
            kind (LegalProcessKind): 47 U.S.C. 222(c)(1) "as required by law": the process that compels the disclosure.
            reference (str):
            issued_by (str):
     """

    kind: LegalProcessKind
    reference: str
    issued_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reference = self.reference

        issued_by = self.issued_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "reference": reference,
            "issued_by": issued_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = LegalProcessKind(d.pop("kind"))




        reference = d.pop("reference")

        issued_by = d.pop("issued_by")

        legal_process_out = cls(
            kind=kind,
            reference=reference,
            issued_by=issued_by,
        )


        legal_process_out.additional_properties = d
        return legal_process_out

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
