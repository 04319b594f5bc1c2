"""Accounts: creation (service initiation), addresses with their history, change notices. Services flush;
the request commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    String,
    bindparam,
    cast,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cpni_api.accounts import policy
from cpni_api.accounts.models import Account, AccountAddress, TelephoneNumberOfRecord
from cpni_api.accounts.schemas import (
    AccountCreate,
    AccountOut,
    BusinessTerms,
    CredentialsSummary,
    EmailAddressOut,
    PostalAddressOut,
)
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import Clock
from cpni_api.core.db import UTCDateTime
from cpni_api.core.driver_statements import DriverStatement
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.interactions import policy as interaction_policy
from cpni_api.interactions.models import VerificationState
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event


def get_account(session: Session, account_id: str, *, for_update: bool = False) -> Account:
    query = select(Account).where(Account.id == account_id)
    if for_update:
        # Serialises changes to one account's addresses and credentials (a no-op on SQLite, which
        # already serialises writers).
        query = query.with_for_update().execution_options(populate_existing=True)
    account = session.scalars(query).one_or_none()
    if account is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No account has that id.")
    return account


def find_accounts(
    session: Session,
    *,
    telephone_number: str | None,
    external_ref: str | None,
    after: str | None,
    limit: int,
) -> list[Account]:
    """Accounts by id: those with `telephone_number` (E.164) among their numbers of record, or the one with
    `external_ref`, or all; `limit` of them after the id `after`."""
    query = select(Account).order_by(Account.id).limit(limit)
    if telephone_number is not None:
        numbers = select(TelephoneNumberOfRecord.account_id).where(
            TelephoneNumberOfRecord.e164 == telephone_number
        )
        query = query.where(Account.id.in_(numbers))
    if external_ref is not None:
        query = query.where(Account.external_ref == external_ref)
    if after is not None:
        query = query.where(Account.id > after)
    return list(session.scalars(query))


def _postal_value(address: Any) -> dict[str, Any]:
    return {field: getattr(address, field) for field in policy.POSTAL_FIELDS}


def _normalized(kind: str, value: dict[str, Any]) -> str:
    return policy.normalize_email(value["address"]) if kind == "email" else policy.normalize_postal(value)


def create_account(
    session: Session, clock: Clock, body: AccountCreate, *, initiation_window: timedelta
) -> Account:
    """Creating an account sends no change notice (R-2010-f-2). A new-service account is in service
    initiation for `initiation_window`; an existing customer (an import) never is (ADR 0020)."""
    now = clock.now()
    backdates = [
        address.associated_since
        for address in (body.postal_address, body.email_address)
        if address is not None
    ]
    origin = policy.account_origin(body.origin, backdates, now)
    if isinstance(origin, policy.OriginProblem):
        raise ProblemError(
            ErrorCode.NEW_SERVICE_WITH_BACKDATED_ADDRESS,
            "origin new_service cannot carry an address associated before the account existed: an address "
            "with a past associated_since belongs to an existing customer.",
            extensions={
                "errors": [
                    {
                        "location": ["body", "origin"],
                        "message": "new_service accounts have no back-dated addresses",
                        "type": origin.value,
                    }
                ]
            },
        )
    if session.scalars(select(Account.id).where(Account.external_ref == body.external_ref)).first():
        raise ProblemError(ErrorCode.ACCOUNT_EXTERNAL_REF_TAKEN, "An account already has that external_ref.")
    account = Account(
        id=new_id("acct"),
        external_ref=body.external_ref,
        kind=body.kind,
        dedicated_representative=body.business.dedicated_representative if body.business else None,
        cpni_contract_reference=body.business.cpni_contract_reference if body.business else None,
        origin=origin.value,
        service_initiation_ends_at=policy.service_initiation_ends_at(origin, now, initiation_window),
        created_at=now,
        updated_at=now,
    )
    session.add(account)
    try:
        session.flush()
    except IntegrityError:
        raise ProblemError(
            ErrorCode.ACCOUNT_EXTERNAL_REF_TAKEN, "An account already has that external_ref."
        ) from None
    for position, number in enumerate(body.telephone_numbers_of_record):
        session.add(
            TelephoneNumberOfRecord(account_id=account.id, e164=number, position=position, added_at=now)
        )
    imported: list[tuple[str, dict[str, Any], datetime | None]] = []
    if body.postal_address is not None:
        imported.append(("postal", _postal_value(body.postal_address), body.postal_address.associated_since))
    if body.email_address is not None:
        imported.append(
            ("email", {"address": body.email_address.address}, body.email_address.associated_since)
        )
    for kind, value, associated_since in imported:
        # Importing an existing customer base: an address may have been associated long ago (R-2003), but
        # never in the future, which would make a new address "of record" early.
        if associated_since is not None and associated_since > now:
            raise ProblemError(ErrorCode.ASSOCIATED_SINCE_IN_FUTURE, "associated_since is in the future.")
        session.add(_new_address(account.id, kind, value, associated_since or now, now))
    # The row every verification of this account locks first (the lockout counter, R-2010-a-1).
    session.add(VerificationState(account_id=account.id, failure_count=0))
    session.flush()
    return account


def _new_address(
    account_id: str, kind: str, value: dict[str, Any], associated_since: datetime, now: datetime
) -> AccountAddress:
    return AccountAddress(
        id=new_id("addr"),
        account_id=account_id,
        kind=kind,
        value=value,
        normalized=_normalized(kind, value),
        associated_since=associated_since,
        created_at=now,
    )


# Built once: a disclosure check reads the numbers and addresses of record on every call (ADR 0014).
# Through the session, so pending changes are flushed first.
_numbers = TelephoneNumberOfRecord.__table__.c
_addresses = AccountAddress.__table__.c
_NUMBERS_OF_RECORD = (
    select(_numbers.e164).where(_numbers.account_id == bindparam("account_id")).order_by(_numbers.position)
)


def contacts_statement(account_id: ColumnElement[Any]) -> DriverStatement:
    """The numbers of record and current addresses of the account `account_id` names, in one round trip,
    read with `contacts_from_rows`. On the driver (ADR 0016): the disclosure check reads it on every call."""
    # A UNION takes its column types from its first SELECT, hence the typed NULLs.
    return DriverStatement(
        union_all(
            select(
                literal("number", String).label("kind"),
                _numbers.e164.label("number"),
                _numbers.position.label("position"),
                cast(null(), AccountAddress.value.type).label("value"),
                cast(null(), UTCDateTime()).label("associated_since"),
                _numbers.sim_changed_at.label("sim_changed_at"),
            ).where(_numbers.account_id == account_id),
            select(
                _addresses.kind,
                cast(null(), String),
                cast(null(), Integer),
                _addresses.value,
                _addresses.associated_since,
                cast(null(), UTCDateTime()),
            ).where(_addresses.account_id == account_id, _addresses.replaced_at.is_(None)),
        )
    )


_CONTACTS_OF_RECORD = contacts_statement(bindparam("account_id"))


@dataclass(frozen=True)
class ContactsOfRecord:
    numbers: list[str]  # telephone numbers of record, in their order
    addresses: list[policy.CurrentAddress]  # current postal and email addresses, of record or not yet
    sim_changed_at: dict[str, datetime | None]  # when each number last moved to a new SIM (E7)


def numbers_of_record(session: Session, account_id: str) -> list[str]:
    return list(session.scalars(_NUMBERS_OF_RECORD, {"account_id": account_id}))


def sim_changes_of_numbers(session: Session, account_id: str) -> dict[str, datetime | None]:
    """The account's numbers of record, in their order, each with when its SIM last changed (E7)."""
    rows = session.execute(
        select(_numbers.e164, _numbers.sim_changed_at)
        .where(_numbers.account_id == account_id)
        .order_by(_numbers.position)
    )
    return {str(e164): changed for e164, changed in rows}


def contacts_of_record(connection: Connection, account_id: str) -> ContactsOfRecord:
    """The account's numbers of record and its current postal and email addresses (of record or not yet),
    as the policies read them: the disclosure check and change notices read both. Reads the database, not a
    session's pending changes: a session caller flushes first."""
    return contacts_from_rows(_CONTACTS_OF_RECORD.all(connection, {"account_id": account_id}))


def contacts_from_rows(rows: list[Any]) -> ContactsOfRecord:
    numbers: list[tuple[int, str]] = []
    addresses: list[policy.CurrentAddress] = []
    changed: dict[str, datetime | None] = {}
    for row in rows:
        if row.kind == "number":
            numbers.append((row.position, row.number))
            changed[row.number] = row.sim_changed_at
        else:
            addresses.append(
                policy.CurrentAddress(kind=row.kind, value=row.value, associated_since=row.associated_since)
            )
    return ContactsOfRecord(
        numbers=[number for _, number in sorted(numbers)], addresses=addresses, sim_changed_at=changed
    )


def current_addresses(session: Session, account_id: str) -> dict[str, AccountAddress]:
    query = select(AccountAddress).where(
        AccountAddress.account_id == account_id, AccountAddress.replaced_at.is_(None)
    )
    return {address.kind: address for address in session.scalars(query)}


def notice_destinations(session: Session, account_id: str, now: datetime) -> list[dict[str, Any]]:
    """The destinations of a change notice, read BEFORE the change is applied (R-2010-f-3, R-2010-f-4)."""
    session.flush()  # the driver does not autoflush as a session query would
    contacts = contacts_of_record(session.connection(), account_id)
    return policy.notice_destinations(contacts.numbers, contacts.addresses, now)


def change_address(
    context: WriteContext, account_id: str, kind: str, value: dict[str, Any]
) -> tuple[AccountAddress, str | None]:
    """Replaces the account's postal or email address. The new one starts its own 30 days (E3); the old one
    stays in the history. Returns the current address and the change made ("created", "changed", or None
    when the normalized value is the same, which changes nothing and sends nothing). Audited either way
    (`account.address_changed`)."""
    address, change = _replace_address(context.session, context.clock, account_id, kind, value)
    context.audit.record(
        "account.address_changed",
        account_id=account_id,
        subject_type=f"{kind}_address",
        subject_id=address.id,
        outcome=change or "unchanged",
        details={"address_kind": kind, "change_notice": change is not None},
    )
    return address, change


def _replace_address(
    session: Session, clock: Clock, account_id: str, kind: str, value: dict[str, Any]
) -> tuple[AccountAddress, str | None]:
    now = clock.now()
    account = get_account(session, account_id, for_update=True)
    current = current_addresses(session, account.id).get(kind)
    if current is not None and current.normalized == _normalized(kind, value):
        return current, None
    destinations = notice_destinations(session, account.id, now)
    if current is not None:
        current.replaced_at = now
        session.flush()  # the partial unique index allows one current address per kind
    address = _new_address(account.id, kind, value, now, now)
    session.add(address)
    account.updated_at = now
    change = "created" if current is None else "changed"
    # R-2010-f-1: notice at once, in this transaction. R-2010-f-4: it names the kind of change and the
    # destinations that were of record before it, never the new address.
    emit_event(
        session,
        clock,
        EventType.ADDRESS_OF_RECORD_CHANGED,
        account_id=account.id,
        data={"change": change, "address_kind": kind, "destinations": destinations},
    )
    session.flush()
    return address, change


def account_view(session: Session, account: Account, now: datetime) -> AccountOut:
    addresses = current_addresses(session, account.id)
    postal = addresses.get("postal")
    email = addresses.get("email")
    password = session.get(Password, account.id)
    backup = session.get(BackupAuthentication, account.id)
    online = session.get(OnlineAccount, account.id)
    state = session.get(VerificationState, account.id)
    # The lock as the verification rule reads it (R-2010-a-1): one predicate, owned by interactions.
    locked = state is not None and interaction_policy.is_locked(
        interaction_policy.LockState(locked_until=state.locked_until), now
    )
    business = None
    if account.kind == "business":
        business = BusinessTerms(
            dedicated_representative=account.dedicated_representative,
            cpni_contract_reference=account.cpni_contract_reference,
        )
    return AccountOut(
        id=account.id,
        external_ref=account.external_ref,
        kind=account.kind,
        telephone_numbers_of_record=numbers_of_record(session, account.id),
        postal_address=PostalAddressOut(**postal.value, **_address_state(postal, now)) if postal else None,
        email_address=EmailAddressOut(**email.value, **_address_state(email, now)) if email else None,
        business=business,
        business_authentication_exemption=policy.business_exemption_applies(
            account.kind, account.dedicated_representative, account.cpni_contract_reference
        ),
        origin=policy.AccountOrigin(account.origin),
        service_initiation_ends_at=account.service_initiation_ends_at,
        in_service_initiation=policy.in_service_initiation(account.service_initiation_ends_at, now),
        credentials=CredentialsSummary(
            password_set=password is not None,
            password_reset_required=password is not None and password.reset_required_at is not None,
            backup_authentication_method=(
                backup.method if backup is not None and backup.deleted_at is None else None
            ),
            online_account=online is not None and online.deleted_at is None,
            verification_locked_until=state.locked_until if state is not None and locked else None,
        ),
        created_at=account.created_at,
    )


def _address_state(address: AccountAddress, now: datetime) -> dict[str, Any]:
    return {
        "associated_since": address.associated_since,
        "is_address_of_record": policy.is_address_of_record(address.associated_since, now),
        "address_of_record_from": policy.address_of_record_from(address.associated_since),
    }
