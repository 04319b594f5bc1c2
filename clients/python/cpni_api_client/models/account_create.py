from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.account_create_kind import AccountCreateKind
from ..models.account_origin import AccountOrigin
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.business_terms import BusinessTerms
  from ..models.email_address_create import EmailAddressCreate
  from ..models.initial_credentials import InitialCredentials
  from ..models.postal_address_create import PostalAddressCreate





T = TypeVar("T", bound="AccountCreate")



@_attrs_define
class AccountCreate:
    """ 
        Attributes:
            external_ref (str):
            kind (AccountCreateKind):
            telephone_numbers_of_record (list[str]): The numbers of the underlying service (R-2003), never contact numbers.
            postal_address (None | PostalAddressCreate | Unset):
            email_address (EmailAddressCreate | None | Unset):
            business (BusinessTerms | None | Unset):
            origin (AccountOrigin | None | Unset): `new_service`: the customer is signing up now, so the account is in
                service initiation for `CPNI_SERVICE_INITIATION_MINUTES` (credentials set without an interaction and without a
                notice, R-2010-f-2). `existing_customer`: an import of a customer the carrier already serves; it has no service
                initiation, so every credential, the first included, needs an authenticated interaction and sends a change
                notice (R-2010-e-1). Default: `existing_customer` when an address is back-dated (`associated_since` in the
                past), else `new_service`; `new_service` with a back-dated address is a 422.
            initial_credentials (InitialCredentials | None | Unset): Credentials chosen at sign-up, set in the creation
                transaction without a notice (R-2010-f-2). Needs the `credentials:write` scope as well as `accounts:write`.
     """

    external_ref: str
    kind: AccountCreateKind
    telephone_numbers_of_record: list[str]
    postal_address: None | PostalAddressCreate | Unset = UNSET
    email_address: EmailAddressCreate | None | Unset = UNSET
    business: BusinessTerms | None | Unset = UNSET
    origin: AccountOrigin | None | Unset = UNSET
    initial_credentials: InitialCredentials | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_terms import BusinessTerms # noqa: PLC0415
        from ..models.email_address_create import EmailAddressCreate # noqa: PLC0415
        from ..models.initial_credentials import InitialCredentials # noqa: PLC0415
        from ..models.postal_address_create import PostalAddressCreate # noqa: PLC0415
        external_ref = self.external_ref

        kind = self.kind.value

        telephone_numbers_of_record = self.telephone_numbers_of_record



        postal_address: dict[str, Any] | None | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        elif isinstance(self.postal_address, PostalAddressCreate):
            postal_address = self.postal_address.to_dict()
        else:
            postal_address = self.postal_address

        email_address: dict[str, Any] | None | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        elif isinstance(self.email_address, EmailAddressCreate):
            email_address = self.email_address.to_dict()
        else:
            email_address = self.email_address

        business: dict[str, Any] | None | Unset
        if isinstance(self.business, Unset):
            business = UNSET
        elif isinstance(self.business, BusinessTerms):
            business = self.business.to_dict()
        else:
            business = self.business

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        elif isinstance(self.origin, AccountOrigin):
            origin = self.origin.value
        else:
            origin = self.origin

        initial_credentials: dict[str, Any] | None | Unset
        if isinstance(self.initial_credentials, Unset):
            initial_credentials = UNSET
        elif isinstance(self.initial_credentials, InitialCredentials):
            initial_credentials = self.initial_credentials.to_dict()
        else:
            initial_credentials = self.initial_credentials


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "external_ref": external_ref,
            "kind": kind,
            "telephone_numbers_of_record": telephone_numbers_of_record,
        })
        if postal_address is not UNSET:
            field_dict["postal_address"] = postal_address
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if business is not UNSET:
            field_dict["business"] = business
        if origin is not UNSET:
            field_dict["origin"] = origin
        if initial_credentials is not UNSET:
            field_dict["initial_credentials"] = initial_credentials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_terms import BusinessTerms # noqa: PLC0415
        from ..models.email_address_create import EmailAddressCreate # noqa: PLC0415
        from ..models.initial_credentials import InitialCredentials # noqa: PLC0415
        from ..models.postal_address_create import PostalAddressCreate # noqa: PLC0415
        d = dict(src_dict)
        external_ref = d.pop("external_ref")

        kind = AccountCreateKind(d.pop("kind"))




        telephone_numbers_of_record = cast(list[str], d.pop("telephone_numbers_of_record"))


        def _parse_postal_address(data: object) -> None | PostalAddressCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postal_address_type_0 = PostalAddressCreate.from_dict(data)



                return postal_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostalAddressCreate | Unset, data)

        postal_address = _parse_postal_address(d.pop("postal_address", UNSET))


        def _parse_email_address(data: object) -> EmailAddressCreate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_address_type_0 = EmailAddressCreate.from_dict(data)



                return email_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailAddressCreate | None | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))


        def _parse_business(data: object) -> BusinessTerms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                business_type_0 = BusinessTerms.from_dict(data)



                return business_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessTerms | None | Unset, data)

        business = _parse_business(d.pop("business", UNSET))


        def _parse_origin(data: object) -> AccountOrigin | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                origin_type_0 = AccountOrigin(data)



                return origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountOrigin | None | Unset, data)

        origin = _parse_origin(d.pop("origin", UNSET))


        def _parse_initial_credentials(data: object) -> InitialCredentials | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initial_credentials_type_0 = InitialCredentials.from_dict(data)



                return initial_credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InitialCredentials | None | Unset, data)

        initial_credentials = _parse_initial_credentials(d.pop("initial_credentials", UNSET))


        account_create = cls(
            external_ref=external_ref,
            kind=kind,
            telephone_numbers_of_record=telephone_numbers_of_record,
            postal_address=postal_address,
            email_address=email_address,
            business=business,
            origin=origin,
            initial_credentials=initial_credentials,
        )

        return account_create

