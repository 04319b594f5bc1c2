"""Account rules as pure functions: addresses of record, service initiation, the business exemption, notice
destinations.

R-2003 (definitions): an address, postal or electronic, is an address of record only once it has been
associated with the account for at least 30 days; the telephone number of record is the service number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

ADDRESS_OF_RECORD_AFTER = timedelta(days=30)
POSTAL_FIELDS = ("line1", "line2", "city", "region", "postal_code", "country")


def address_of_record_from(associated_since: datetime) -> datetime:
    """The instant an address becomes an address of record (R-2003 "at least 30 days")."""
    return associated_since + ADDRESS_OF_RECORD_AFTER


def is_address_of_record(associated_since: datetime, now: datetime) -> bool:
    """R-2003, E3: true only once the address has been associated for 30 days; day 29 is not enough."""
    return now >= address_of_record_from(associated_since)


class AccountOrigin(StrEnum):
    """How the account came to the service: opened as new service, or imported for an existing customer."""

    NEW_SERVICE = "new_service"
    EXISTING_CUSTOMER = "existing_customer"


class OriginProblem(StrEnum):
    NEW_SERVICE_WITH_BACKDATED_ADDRESS = "new_service_with_backdated_address"


def account_origin(
    requested: AccountOrigin | None, associated_since: Sequence[datetime | None], now: datetime
) -> AccountOrigin | OriginProblem:
    """R-2010-f-2: only new service has a service initiation. An address associated before the account
    existed (back-dated, E3) can only belong to an existing customer: it makes `existing_customer` the
    default, and contradicts an explicit `new_service`."""
    backdated = any(instant is not None and instant < now for instant in associated_since)
    if requested is AccountOrigin.NEW_SERVICE and backdated:
        return OriginProblem.NEW_SERVICE_WITH_BACKDATED_ADDRESS
    if requested is not None:
        return requested
    return AccountOrigin.EXISTING_CUSTOMER if backdated else AccountOrigin.NEW_SERVICE


def service_initiation_ends_at(origin: str, created_at: datetime, window: timedelta) -> datetime | None:
    """R-2010-f-2, R-2010-e-1: a new-service account is in service initiation for `window` after creation
    (the sign-up itself); an existing customer never is, whatever its credentials."""
    return created_at + window if origin == AccountOrigin.NEW_SERVICE else None


def in_service_initiation(ends_at: datetime | None, now: datetime) -> bool:
    """True during the bounded moment of service initiation; the end instant itself is outside it."""
    return ends_at is not None and now < ends_at


def business_exemption_applies(
    kind: str, dedicated_representative: str | None, cpni_contract_reference: str | None
) -> bool:
    """R-2010-g, E12: only a business account with BOTH a dedicated representative and a contract that
    addresses CPNI protection may use another authentication regime."""
    return (
        kind == "business"
        and bool(dedicated_representative and dedicated_representative.strip())
        and bool(cpni_contract_reference and cpni_contract_reference.strip())
    )


def _squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().casefold()


def normalize_postal(address: Mapping[str, Any]) -> str:
    """E3: any change to the normalized value restarts the 30 days; case and spacing are not a change."""
    return "|".join(_squash(str(address.get(field) or "")) for field in POSTAL_FIELDS)


def normalize_email(address: str) -> str:
    return address.strip().casefold()


@dataclass(frozen=True)
class CurrentAddress:
    kind: str  # "postal" | "email"
    value: Mapping[str, Any]
    associated_since: datetime


def notice_destinations(
    numbers_of_record: Sequence[str], addresses: Sequence[CurrentAddress], now: datetime
) -> list[dict[str, Any]]:
    """Where a change notice goes (R-2010-f-3): every telephone number of record and every address that is
    of record at `now`, which the caller takes BEFORE applying the change, so a new address is never a
    destination (R-2010-f-4, E3)."""
    destinations: list[dict[str, Any]] = [
        {"channel": "telephone_number_of_record", "telephone_number": number} for number in numbers_of_record
    ]
    destinations += [
        address_destination(address.kind, address.value)
        for address in addresses
        if is_address_of_record(address.associated_since, now)
    ]
    return destinations


def address_destination(kind: str, value: Mapping[str, Any]) -> dict[str, Any]:
    """An address of record as a mailer destination (change notices, call-detail releases)."""
    if kind == "email":
        return {"channel": "email_address_of_record", "email_address": value["address"]}
    return {"channel": "postal_address_of_record", "postal_address": dict(value)}


def mask_telephone_number(e164: str) -> str:
    """A hint an agent may read out: the country code and last two digits only."""
    digits = e164.lstrip("+")
    return "+" + digits[:1] + "•" * max(len(digits) - 3, 0) + digits[-2:]


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}•••@{domain}"
