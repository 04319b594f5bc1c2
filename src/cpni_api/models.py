"""Imports every domain's models so `Base.metadata` is complete (Alembic autogenerate and `alembic check`)."""

from cpni_api.accounts.models import Account, AccountAddress, TelephoneNumberOfRecord
from cpni_api.api_keys.models import ApiKey
from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.breaches.models import (
    AgencyConsultation,
    Breach,
    BreachAffectedAccount,
    LawEnforcementHold,
    PublicDisclosure,
)
from cpni_api.campaigns.models import Campaign, CampaignReview
from cpni_api.compliance.models import (
    AgentTraining,
    CarrierProfile,
    CertificationFiling,
    Complaint,
    DisciplinaryAction,
    OptOutFailure,
    PretexterAction,
)
from cpni_api.consent.models import (
    CpniApproval,
    CpniNotice,
    CpniNoticePurpose,
    CpniNoticeRecipient,
    UsageCheck,
)
from cpni_api.console.models import ConsoleSession
from cpni_api.core.db import Base
from cpni_api.credentials.models import BackupAuthentication, OnlineAccount, Password
from cpni_api.disclosures.models import DisclosureCheck
from cpni_api.interactions.models import Interaction, OneTimeCode, VerificationAttempt, VerificationState
from cpni_api.line_security.models import (
    LineLockChange,
    LineLocks,
    NumberOfRecordChange,
    PortOutRequest,
    SimChangeRequest,
    TransferPin,
)
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint
from cpni_api.third_parties.models import ThirdParty

__all__ = [
    "Account",
    "AccountAddress",
    "AgencyConsultation",
    "AgentTraining",
    "ApiKey",
    "AuditChainLink",
    "AuditRecord",
    "BackupAuthentication",
    "Base",
    "Breach",
    "BreachAffectedAccount",
    "Campaign",
    "CampaignReview",
    "CarrierProfile",
    "CertificationFiling",
    "Complaint",
    "ConsoleSession",
    "CpniApproval",
    "CpniNotice",
    "CpniNoticePurpose",
    "CpniNoticeRecipient",
    "Delivery",
    "DeliveryAttempt",
    "DisciplinaryAction",
    "DisclosureCheck",
    "Event",
    "Interaction",
    "LawEnforcementHold",
    "LineLockChange",
    "LineLocks",
    "NumberOfRecordChange",
    "OneTimeCode",
    "OnlineAccount",
    "OptOutFailure",
    "Password",
    "PortOutRequest",
    "PretexterAction",
    "PublicDisclosure",
    "SimChangeRequest",
    "TelephoneNumberOfRecord",
    "ThirdParty",
    "TransferPin",
    "UsageCheck",
    "VerificationAttempt",
    "VerificationState",
    "WebhookEndpoint",
]
