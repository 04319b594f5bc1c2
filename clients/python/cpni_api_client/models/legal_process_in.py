from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.legal_process_kind import LegalProcessKind






T = TypeVar("T", bound="LegalProcessIn")



@_attrs_define
class LegalProcessIn:
    """ 47 U.S.C. 222(c)(1): the legal process that compels a disclosure.

        Attributes:
            kind (LegalProcessKind): 47 U.S.C. 222(c)(1) "as required by law": the process that compels the disclosure.
            reference (str): The docket, case or process number.
            issued_by (str): The court or agency that issued it.
     """

    kind: LegalProcessKind
    reference: str
    issued_by: str





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        reference = self.reference

        issued_by = self.issued_by


        field_dict: dict[str, Any] = {}

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

        legal_process_in = cls(
            kind=kind,
            reference=reference,
            issued_by=issued_by,
        )

        return legal_process_in

