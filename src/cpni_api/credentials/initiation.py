"""Opening an account with the credentials the customer chose at sign-up, in one transaction (R-2010-f-2).

Credentials depend on the account, not the other way round, so the sign-up that creates both lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from cpni_api.accounts import service as accounts
from cpni_api.accounts.models import Account
from cpni_api.accounts.schemas import AccountCreate
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import rfc3339
from cpni_api.credentials import authorization, service
from cpni_api.credentials.hashing import SecretHasher
from cpni_api.credentials.sealing import CredentialKeys

# Credentials given with the account are set at its creation: service initiation by definition for a new
# service, and for an existing customer the carrier's import of what the customer already had. Either way
# nothing changed from the customer's side, so no notice goes out (R-2010-f-2).
_AT_CREATION = service.Authorized(
    authorization.ChangeDecision(authorization.ChangeOutcome.AT_SERVICE_INITIATION, "R-2010-f-2"), None
)


@dataclass(frozen=True)
class OpenedAccount:
    account: Account
    credentials_set: list[str] = field(default_factory=list)  # password, backup_authentication, ...
    totp_provisioning_uri: str | None = None


def open_account(
    context: WriteContext, hasher: SecretHasher, keys: CredentialKeys, body: AccountCreate
) -> OpenedAccount:
    """The account, then the credentials given with it, then its audit row (`account.created`)."""
    window = timedelta(minutes=context.settings.service_initiation_minutes)
    account = accounts.create_account(context.session, context.clock, body, initiation_window=window)
    opened = _initial_credentials(context, hasher, keys, account, body)
    context.audit.record(
        "account.created",
        account_id=account.id,
        subject_type="account",
        subject_id=account.id,
        outcome="created",
        details={
            "kind": account.kind,
            "telephone_numbers_of_record": len(body.telephone_numbers_of_record),
            "postal_address_imported_with_date": bool(
                body.postal_address and body.postal_address.associated_since
            ),
            "email_address_imported_with_date": bool(
                body.email_address and body.email_address.associated_since
            ),
            "origin": account.origin,
            "service_initiation_ends_at": rfc3339(account.service_initiation_ends_at)
            if account.service_initiation_ends_at
            else None,
            "initial_credentials": opened.credentials_set,
        },
    )
    return opened


def _initial_credentials(
    context: WriteContext, hasher: SecretHasher, keys: CredentialKeys, account: Account, body: AccountCreate
) -> OpenedAccount:
    initial = body.initial_credentials
    if initial is None:
        return OpenedAccount(account)
    forbidden = initial.forbidden_values
    set_: list[str] = []
    uri = None
    if initial.password is not None:
        service.store_password(context, hasher, account, initial.password, forbidden, _AT_CREATION)
        set_.append("password")
    if initial.backup_authentication is not None:
        backup = initial.backup_authentication
        result = service.store_backup(
            context,
            hasher,
            keys,
            account,
            backup.method,
            backup.question,
            backup.answer,
            forbidden,
            _AT_CREATION,
        )
        uri = result.provisioning_uri
        set_.append("backup_authentication")
    if initial.online_username is not None:
        service.store_online_account(context, account, initial.online_username, _AT_CREATION)
        set_.append("online_account")
    return OpenedAccount(account, set_, uri)
