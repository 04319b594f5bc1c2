from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.account_created_kind import AccountCreatedKind
from ..models.account_origin import AccountOrigin
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.business_terms import BusinessTerms
  from ..models.credentials_summary import CredentialsSummary
  from ..models.email_address_out import EmailAddressOut
  from ..models.postal_address_out import PostalAddressOut





T = TypeVar("T", bound="AccountCreated")



@_attrs_define
class AccountCreated:
    """ 
        Attributes:
            id (str):
            external_ref (str):
            kind (AccountCreatedKind):
            telephone_numbers_of_record (list[str]):
            postal_address (None | PostalAddressOut):
            email_address (EmailAddressOut | None):
            business (BusinessTerms | None):
            business_authentication_exemption (bool): R-2010-g: a business account with both a dedicated representative and
                a CPNI contract.
            credentials (CredentialsSummary):
            origin (AccountOrigin): How the account came to the service: opened as new service, or imported for an existing
                customer.
            service_initiation_ends_at (datetime.datetime | None): New service only: until then credentials may be set
                without an interaction or notice.
            in_service_initiation (bool): True while `service_initiation_ends_at` is in the future.
            created_at (datetime.datetime):
            totp_provisioning_uri (None | str | Unset): When `initial_credentials` enrolled a TOTP backup: the otpauth://
                URI for the authenticator app. Shown once.
     """

    id: str
    external_ref: str
    kind: AccountCreatedKind
    telephone_numbers_of_record: list[str]
    postal_address: None | PostalAddressOut
    email_address: EmailAddressOut | None
    business: BusinessTerms | None
    business_authentication_exemption: bool
    credentials: CredentialsSummary
    origin: AccountOrigin
    service_initiation_ends_at: datetime.datetime | None
    in_service_initiation: bool
    created_at: datetime.datetime
    totp_provisioning_uri: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_terms import BusinessTerms # noqa: PLC0415
        from ..models.credentials_summary import CredentialsSummary # noqa: PLC0415
        from ..models.email_address_out import EmailAddressOut # noqa: PLC0415
        from ..models.postal_address_out import PostalAddressOut # noqa: PLC0415
        id = self.id

        external_ref = self.external_ref

        kind = self.kind.value

        telephone_numbers_of_record = self.telephone_numbers_of_record



        postal_address: dict[str, Any] | None
        if isinstance(self.postal_address, PostalAddressOut):
            postal_address = self.postal_address.to_dict()
        else:
            postal_address = self.postal_address

        email_address: dict[str, Any] | None
        if isinstance(self.email_address, EmailAddressOut):
            email_address = self.email_address.to_dict()
        else:
            email_address = self.email_address

        business: dict[str, Any] | None
        if isinstance(self.business, BusinessTerms):
            business = self.business.to_dict()
        else:
            business = self.business

        business_authentication_exemption = self.business_authentication_exemption

        credentials = self.credentials.to_dict()

        origin = self.origin.value

        service_initiation_ends_at: None | str
        if isinstance(self.service_initiation_ends_at, datetime.datetime):
            service_initiation_ends_at = self.service_initiation_ends_at.isoformat()
        else:
            service_initiation_ends_at = self.service_initiation_ends_at

        in_service_initiation = self.in_service_initiation

        created_at = self.created_at.isoformat()

        totp_provisioning_uri: None | str | Unset
        if isinstance(self.totp_provisioning_uri, Unset):
            totp_provisioning_uri = UNSET
        else:
            totp_provisioning_uri = self.totp_provisioning_uri


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "external_ref": external_ref,
            "kind": kind,
            "telephone_numbers_of_record": telephone_numbers_of_record,
            "postal_address": postal_address,
            "email_address": email_address,
            "business": business,
            "business_authentication_exemption": business_authentication_exemption,
            "credentials": credentials,
            "origin": origin,
            "service_initiation_ends_at": service_initiation_ends_at,
            "in_service_initiation": in_service_initiation,
            "created_at": created_at,
        })
        if totp_provisioning_uri is not UNSET:
            field_dict["totp_provisioning_uri"] = totp_provisioning_uri

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_terms import BusinessTerms # noqa: PLC0415
        from ..models.credentials_summary import CredentialsSummary # noqa: PLC0415
        from ..models.email_address_out import EmailAddressOut # noqa: PLC0415
        from ..models.postal_address_out import PostalAddressOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        external_ref = d.pop("external_ref")

        kind = AccountCreatedKind(d.pop("kind"))




        telephone_numbers_of_record = cast(list[str], d.pop("telephone_numbers_of_record"))


        def _parse_postal_address(data: object) -> None | PostalAddressOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postal_address_type_0 = PostalAddressOut.from_dict(data)



                return postal_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddressOut, data)

        postal_address = _parse_postal_address(d.pop("postal_address"))


        def _parse_email_address(data: object) -> EmailAddressOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_address_type_0 = EmailAddressOut.from_dict(data)



                return email_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddressOut | None, data)

        email_address = _parse_email_address(d.pop("email_address"))


        def _parse_business(data: object) -> BusinessTerms | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_type_0 = BusinessTerms.from_dict(data)



                return business_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessTerms | None, data)

        business = _parse_business(d.pop("business"))


        business_authentication_exemption = d.pop("business_authentication_exemption")

        credentials = CredentialsSummary.from_dict(d.pop("credentials"))




        origin = AccountOrigin(d.pop("origin"))




        def _parse_service_initiation_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_initiation_ends_at_type_0 = datetime.datetime.fromisoformat(data)



                return service_initiation_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        service_initiation_ends_at = _parse_service_initiation_ends_at(d.pop("service_initiation_ends_at"))


        in_service_initiation = d.pop("in_service_initiation")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_totp_provisioning_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_provisioning_uri = _parse_totp_provisioning_uri(d.pop("totp_provisioning_uri", UNSET))


        account_created = cls(
            id=id,
            external_ref=external_ref,
            kind=kind,
            telephone_numbers_of_record=telephone_numbers_of_record,
            postal_address=postal_address,
            email_address=email_address,
            business=business,
            business_authentication_exemption=business_authentication_exemption,
            credentials=credentials,
            origin=origin,
            service_initiation_ends_at=service_initiation_ends_at,
            in_service_initiation=in_service_initiation,
            created_at=created_at,
            totp_provisioning_uri=totp_provisioning_uri,
        )


        account_created.additional_properties = d
        return account_created

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
