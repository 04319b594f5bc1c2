from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LegalProcessDisclosure")



@_attrs_define
class LegalProcessDisclosure:
    """ 
        Attributes:
            usage_check_id (str):
            account_id (str):
            kind (str): subpoena, court_order, warrant or other.
            reference (str):
            issued_by (str):
            includes_location (bool):
            decided_at (datetime.datetime):
     """

    usage_check_id: str
    account_id: str
    kind: str
    reference: str
    issued_by: str
    includes_location: bool
    decided_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        usage_check_id = self.usage_check_id

        account_id = self.account_id

        kind = self.kind

        reference = self.reference

        issued_by = self.issued_by

        includes_location = self.includes_location

        decided_at = self.decided_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "usage_check_id": usage_check_id,
            "account_id": account_id,
            "kind": kind,
            "reference": reference,
            "issued_by": issued_by,
            "includes_location": includes_location,
            "decided_at": decided_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usage_check_id = d.pop("usage_check_id")

        account_id = d.pop("account_id")

        kind = d.pop("kind")

        reference = d.pop("reference")

        issued_by = d.pop("issued_by")

        includes_location = d.pop("includes_location")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))




        legal_process_disclosure = cls(
            usage_check_id=usage_check_id,
            account_id=account_id,
            kind=kind,
            reference=reference,
            issued_by=issued_by,
            includes_location=includes_location,
            decided_at=decided_at,
        )


        legal_process_disclosure.additional_properties = d
        return legal_process_disclosure

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
