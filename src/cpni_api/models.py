"""Imports every domain's models so `Base.metadata` is complete (Alembic autogenerate and `alembic check`)."""

from cpni_api.accounts.models import Account, AccountAddress, TelephoneNumberOfRecord
from cpni_api.api_keys.models import ApiKey
from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.core.db import Base
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.interactions.models import Interaction, OneTimeCode, VerificationAttempt, VerificationState
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint

__all__ = [
    "Account",
    "AccountAddress",
    "ApiKey",
    "AuditChainLink",
    "AuditRecord",
    "BackupAuthentication",
    "Base",
    "Delivery",
    "DeliveryAttempt",
    "Event",
    "Interaction",
    "OneTimeCode",
    "OnlineAccount",
    "Password",
    "TelephoneNumberOfRecord",
    "VerificationAttempt",
    "VerificationState",
    "WebhookEndpoint",
]
