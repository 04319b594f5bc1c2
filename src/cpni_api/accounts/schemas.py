from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import phonenumbers
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from cpni_api.accounts.policy import AccountOrigin
from cpni_api.core.request_values import RequestDatetime
from cpni_api.credentials.schemas import InitialCredentials

AccountKind = Literal["residential", "business"]


def normalize_number(value: str, region: str) -> str:
    """A telephone number in any common format, read in `region` when it has no country code, as E.164;
    ValueError when it is not a valid number."""
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValueError("not a telephone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError("not a valid telephone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# The region national numbers in request bodies are read in: `CPNI_DEFAULT_PHONE_REGION`, set once by the app
# factory (configuration, not state: every replica is started with the same settings).
_BODY_REGION = {"region": "US"}


def read_national_numbers_in(region: str) -> None:
    _BODY_REGION["region"] = region


def _to_e164(value: str) -> str:
    """Normalizes a number to E.164 (design.md §3): international, or national in the configured region."""
    return normalize_number(value, _BODY_REGION["region"])


E164Number = Annotated[str, Field(min_length=3, max_length=40), AfterValidator(_to_e164)]


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


class PostalAddressIn(BaseModel):
    """A postal address. On a change (PUT) it is always new: it becomes of record after 30 days (R-2003)."""

    model_config = ConfigDict(extra="forbid")

    line1: Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]
    line2: str | None = Field(default=None, max_length=200)
    city: Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_not_blank)]
    region: str | None = Field(default=None, max_length=100)
    postal_code: Annotated[str, Field(min_length=1, max_length=20), AfterValidator(_not_blank)]
    country: str = Field(default="US", min_length=2, max_length=2, description="ISO 3166-1 alpha-2.")

    @field_validator("country")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class EmailAddressIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    address: str = Field(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _Backdatable(BaseModel):
    associated_since: RequestDatetime | None = Field(
        default=None,
        description="When the customer's address was first associated with the account, for carriers "
        "importing existing customers (never in the future). Defaults to now.",
    )


class PostalAddressCreate(PostalAddressIn, _Backdatable):
    pass


class EmailAddressCreate(EmailAddressIn, _Backdatable):
    pass


class BusinessTerms(BaseModel):
    model_config = ConfigDict(extra="forbid")

    dedicated_representative: str | None = Field(default=None, max_length=200)
    cpni_contract_reference: str | None = Field(default=None, max_length=200)


class AccountCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_ref: Annotated[str, Field(min_length=1, max_length=100), AfterValidator(_not_blank)]
    kind: AccountKind
    telephone_numbers_of_record: list[E164Number] = Field(
        min_length=1,
        max_length=20,
        description="The numbers of the underlying service (R-2003), never contact numbers.",
    )
    postal_address: PostalAddressCreate | None = None
    email_address: EmailAddressCreate | None = None
    business: BusinessTerms | None = None
    origin: AccountOrigin | None = Field(
        default=None,
        description="`new_service`: the customer is signing up now, so the account is in service initiation "
        "for `CPNI_SERVICE_INITIATION_MINUTES` (credentials set without an interaction and without a notice, "
        "R-2010-f-2). `existing_customer`: an import of a customer the carrier already serves; it has no "
        "service initiation, so every credential, the first included, needs an authenticated interaction "
        "and sends a change notice (R-2010-e-1). Default: `existing_customer` when an address is back-dated "
        "(`associated_since` in the past), else `new_service`; `new_service` with a back-dated address is a "
        "422.",
    )
    initial_credentials: InitialCredentials | None = Field(
        default=None,
        description="Credentials chosen at sign-up, set in the creation transaction without a notice "
        "(R-2010-f-2). Needs the `credentials:write` scope as well as `accounts:write`.",
    )

    @field_validator("telephone_numbers_of_record")
    @classmethod
    def _unique(cls, numbers: list[str]) -> list[str]:
        if len(set(numbers)) != len(numbers):
            raise ValueError("telephone numbers of record must be distinct")
        return numbers

    @model_validator(mode="after")
    def _business_terms_need_a_business(self) -> AccountCreate:
        if self.business is not None and self.kind != "business":
            raise ValueError("only a business account carries business terms")
        return self


class _AddressState(BaseModel):
    associated_since: datetime
    is_address_of_record: bool = Field(
        description="True only once the address has been associated for at least 30 days (R-2003)."
    )
    address_of_record_from: datetime = Field(description="When it becomes (or became) an address of record.")


class PostalAddressOut(_AddressState):
    line1: str
    line2: str | None
    city: str
    region: str | None
    postal_code: str
    country: str


class EmailAddressOut(_AddressState):
    address: str


class CredentialsSummary(BaseModel):
    password_set: bool
    password_reset_required: bool = Field(description="R-2010-e-3: a new password must be established.")
    backup_authentication_method: Literal["secret_answer", "totp"] | None
    online_account: bool
    verification_locked_until: datetime | None


class AccountOut(BaseModel):
    id: str
    external_ref: str
    kind: AccountKind
    telephone_numbers_of_record: list[str]
    postal_address: PostalAddressOut | None
    email_address: EmailAddressOut | None
    business: BusinessTerms | None
    business_authentication_exemption: bool = Field(
        description="R-2010-g: a business account with both a dedicated representative and a CPNI contract."
    )
    credentials: CredentialsSummary
    origin: AccountOrigin = Field(
        description="`new_service` or `existing_customer` (accounts created before v1.1)."
    )
    service_initiation_ends_at: datetime | None = Field(
        description="New service only: until then credentials may be set without an interaction or notice."
    )
    in_service_initiation: bool = Field(
        description="True while `service_initiation_ends_at` is in the future."
    )
    created_at: datetime


class AccountCreated(AccountOut):
    totp_provisioning_uri: str | None = Field(
        default=None,
        description="When `initial_credentials` enrolled a TOTP backup: the otpauth:// URI for the "
        "authenticator app. Shown once.",
    )
