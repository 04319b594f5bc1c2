from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.backup_method import BackupMethod





T = TypeVar("T", bound="InitialCredentials")



@_attrs_define
class InitialCredentials:
    """ Credentials the customer chooses while signing up, set with the account (R-2010-f-2: no notice).

        Attributes:
            password (None | str | Unset):
            backup_authentication (BackupMethod | None | Unset):
            online_username (None | str | Unset):
            forbidden_values (list[str] | Unset): The customer's readily available biographical and account information from
                the CRM (SSN, date of birth, names, mother's maiden name, account numbers...). Used to refuse the secret, never
                stored.
     """

    password: None | str | Unset = UNSET
    backup_authentication: BackupMethod | None | Unset = UNSET
    online_username: None | str | Unset = UNSET
    forbidden_values: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.backup_method import BackupMethod # noqa: PLC0415
        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        backup_authentication: dict[str, Any] | None | Unset
        if isinstance(self.backup_authentication, Unset):
            backup_authentication = UNSET
        elif isinstance(self.backup_authentication, BackupMethod):
            backup_authentication = self.backup_authentication.to_dict()
        else:
            backup_authentication = self.backup_authentication

        online_username: None | str | Unset
        if isinstance(self.online_username, Unset):
            online_username = UNSET
        else:
            online_username = self.online_username

        forbidden_values: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_values, Unset):
            forbidden_values = self.forbidden_values




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if password is not UNSET:
            field_dict["password"] = password
        if backup_authentication is not UNSET:
            field_dict["backup_authentication"] = backup_authentication
        if online_username is not UNSET:
            field_dict["online_username"] = online_username
        if forbidden_values is not UNSET:
            field_dict["forbidden_values"] = forbidden_values

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.backup_method import BackupMethod # noqa: PLC0415
        d = dict(src_dict)
        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))


        def _parse_backup_authentication(data: object) -> BackupMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                backup_authentication_type_0 = BackupMethod.from_dict(data)



                return backup_authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BackupMethod | None | Unset, data)

        backup_authentication = _parse_backup_authentication(d.pop("backup_authentication", UNSET))


        def _parse_online_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_username = _parse_online_username(d.pop("online_username", UNSET))


        forbidden_values = cast(list[str], d.pop("forbidden_values", UNSET))


        initial_credentials = cls(
            password=password,
            backup_authentication=backup_authentication,
            online_username=online_username,
            forbidden_values=forbidden_values,
        )

        return initial_credentials

