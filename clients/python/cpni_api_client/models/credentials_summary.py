from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credentials_summary_backup_authentication_method_type_0 import CredentialsSummaryBackupAuthenticationMethodType0
from typing import cast
import datetime






T = TypeVar("T", bound="CredentialsSummary")



@_attrs_define
class CredentialsSummary:
    """ 
        Attributes:
            password_set (bool):
            password_reset_required (bool): R-2010-e-3: a new password must be established.
            backup_authentication_method (CredentialsSummaryBackupAuthenticationMethodType0 | None):
            online_account (bool):
            verification_locked_until (datetime.datetime | None):
     """

    password_set: bool
    password_reset_required: bool
    backup_authentication_method: CredentialsSummaryBackupAuthenticationMethodType0 | None
    online_account: bool
    verification_locked_until: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        password_set = self.password_set

        password_reset_required = self.password_reset_required

        backup_authentication_method: None | str
        if isinstance(self.backup_authentication_method, CredentialsSummaryBackupAuthenticationMethodType0):
            backup_authentication_method = self.backup_authentication_method.value
        else:
            backup_authentication_method = self.backup_authentication_method

        online_account = self.online_account

        verification_locked_until: None | str
        if isinstance(self.verification_locked_until, datetime.datetime):
            verification_locked_until = self.verification_locked_until.isoformat()
        else:
            verification_locked_until = self.verification_locked_until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "password_set": password_set,
            "password_reset_required": password_reset_required,
            "backup_authentication_method": backup_authentication_method,
            "online_account": online_account,
            "verification_locked_until": verification_locked_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password_set = d.pop("password_set")

        password_reset_required = d.pop("password_reset_required")

        def _parse_backup_authentication_method(data: object) -> CredentialsSummaryBackupAuthenticationMethodType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backup_authentication_method_type_0 = CredentialsSummaryBackupAuthenticationMethodType0(data)



                return backup_authentication_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CredentialsSummaryBackupAuthenticationMethodType0 | None, data)

        backup_authentication_method = _parse_backup_authentication_method(d.pop("backup_authentication_method"))


        online_account = d.pop("online_account")

        def _parse_verification_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verification_locked_until_type_0 = datetime.datetime.fromisoformat(data)



                return verification_locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verification_locked_until = _parse_verification_locked_until(d.pop("verification_locked_until"))


        credentials_summary = cls(
            password_set=password_set,
            password_reset_required=password_reset_required,
            backup_authentication_method=backup_authentication_method,
            online_account=online_account,
            verification_locked_until=verification_locked_until,
        )


        credentials_summary.additional_properties = d
        return credentials_summary

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
