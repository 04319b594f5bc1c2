from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="EncryptionFacts")



@_attrs_define
class EncryptionFacts:
    """ R-2011-NEW-8: the safe harbour applies when the data was encrypted and, on definitive evidence, the
    key was not also compromised.

        Attributes:
            data_encrypted (bool):
            key_compromised (bool):
            evidence (str):
     """

    data_encrypted: bool
    key_compromised: bool
    evidence: str





    def to_dict(self) -> dict[str, Any]:
        data_encrypted = self.data_encrypted

        key_compromised = self.key_compromised

        evidence = self.evidence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "data_encrypted": data_encrypted,
            "key_compromised": key_compromised,
            "evidence": evidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_encrypted = d.pop("data_encrypted")

        key_compromised = d.pop("key_compromised")

        evidence = d.pop("evidence")

        encryption_facts = cls(
            data_encrypted=data_encrypted,
            key_compromised=key_compromised,
            evidence=evidence,
        )

        return encryption_facts

