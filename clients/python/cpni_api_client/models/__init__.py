""" Contains all the data models used in inputs/outputs """

from .account_create import AccountCreate
from .account_create_kind import AccountCreateKind
from .account_created import AccountCreated
from .account_created_kind import AccountCreatedKind
from .account_out import AccountOut
from .account_out_kind import AccountOutKind
from .acknowledgement_in import AcknowledgementIn
from .acknowledgement_out import AcknowledgementOut
from .affected_account_out import AffectedAccountOut
from .affected_accounts_add import AffectedAccountsAdd
from .agreement_in import AgreementIn
from .agreement_out import AgreementOut
from .annual_certification import AnnualCertification
from .annual_certification_v1_reports_annual_certification_get_format_type_0 import AnnualCertificationV1ReportsAnnualCertificationGetFormatType0
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_out import ApiKeyOut
from .approval_create import ApprovalCreate
from .approval_out import ApprovalOut
from .approval_scope import ApprovalScope
from .approvals_view import ApprovalsView
from .audit_record_out import AuditRecordOut
from .audit_record_out_details import AuditRecordOutDetails
from .authentication_method import AuthenticationMethod
from .backup_authentication_changed import BackupAuthenticationChanged
from .backup_authentication_changed_change import BackupAuthenticationChangedChange
from .backup_authentication_changed_method import BackupAuthenticationChangedMethod
from .backup_authentication_set import BackupAuthenticationSet
from .backup_authentication_set_method import BackupAuthenticationSetMethod
from .backup_method import BackupMethod
from .backup_method_method import BackupMethodMethod
from .basis_out import BasisOut
from .basis_out_type import BasisOutType
from .bounce_create import BounceCreate
from .breach_create import BreachCreate
from .breach_out import BreachOut
from .breach_out_regime import BreachOutRegime
from .breach_out_status import BreachOutStatus
from .breach_summary import BreachSummary
from .breach_void import BreachVoid
from .breaches_section import BreachesSection
from .business_terms import BusinessTerms
from .campaign_create import CampaignCreate
from .campaign_create_purpose import CampaignCreatePurpose
from .campaign_out import CampaignOut
from .campaign_out_status import CampaignOutStatus
from .campaign_review_summary import CampaignReviewSummary
from .campaign_summary import CampaignSummary
from .campaigns_section import CampaignsSection
from .campaigns_section_by_status import CampaignsSectionByStatus
from .campaigns_section_reviews_by_decision import CampaignsSectionReviewsByDecision
from .carrier_policy_out import CarrierPolicyOut
from .carrier_profile_in import CarrierProfileIn
from .carrier_profile_out import CarrierProfileOut
from .certificate import Certificate
from .complaint_correction import ComplaintCorrection
from .complaint_create import ComplaintCreate
from .complaint_create_category import ComplaintCreateCategory
from .complaint_out import ComplaintOut
from .complaint_out_category import ComplaintOutCategory
from .complaints_section import ComplaintsSection
from .complaints_section_by_category import ComplaintsSectionByCategory
from .completion import Completion
from .consultation_create import ConsultationCreate
from .consultation_out import ConsultationOut
from .contact import Contact
from .credential_changed import CredentialChanged
from .credential_changed_change import CredentialChangedChange
from .credentials_summary import CredentialsSummary
from .credentials_summary_backup_authentication_method_type_0 import CredentialsSummaryBackupAuthenticationMethodType0
from .customer_notice_out import CustomerNoticeOut
from .customer_notice_out_status import CustomerNoticeOutStatus
from .decision import Decision
from .delivery import Delivery
from .delivery_attempt_out import DeliveryAttemptOut
from .delivery_out import DeliveryOut
from .disciplinary_action_create import DisciplinaryActionCreate
from .disciplinary_action_create_action import DisciplinaryActionCreateAction
from .disciplinary_action_out import DisciplinaryActionOut
from .disciplinary_action_out_action import DisciplinaryActionOutAction
from .disciplinary_section import DisciplinarySection
from .disciplinary_section_by_action import DisciplinarySectionByAction
from .disclosure_check_in import DisclosureCheckIn
from .eligible_account_out import EligibleAccountOut
from .eligible_account_out_basis import EligibleAccountOutBasis
from .email_address_create import EmailAddressCreate
from .email_address_in import EmailAddressIn
from .email_address_out import EmailAddressOut
from .emergency_disclosures_section import EmergencyDisclosuresSection
from .emergency_disclosures_section_by_recipient import EmergencyDisclosuresSectionByRecipient
from .emergency_recipient import EmergencyRecipient
from .error_code import ErrorCode
from .event_detail_out import EventDetailOut
from .event_detail_out_data import EventDetailOutData
from .event_out import EventOut
from .event_out_data import EventOutData
from .event_type import EventType
from .export_account_history_v1_accounts_account_id_consent_history_get_format_type_0 import ExportAccountHistoryV1AccountsAccountIdConsentHistoryGetFormatType0
from .export_history_v1_consent_history_get_format_type_0 import ExportHistoryV1ConsentHistoryGetFormatType0
from .fcc_notice_create import FccNoticeCreate
from .fcc_notification_create import FccNotificationCreate
from .field_error import FieldError
from .filing_create import FilingCreate
from .filing_out import FilingOut
from .health import Health
from .history_entry import HistoryEntry
from .history_entry_entry_type import HistoryEntryEntryType
from .hold_create import HoldCreate
from .hold_out import HoldOut
from .hold_release import HoldRelease
from .information import Information
from .initial_credentials import InitialCredentials
from .interaction_open import InteractionOpen
from .interaction_open_channel import InteractionOpenChannel
from .interaction_open_purpose import InteractionOpenPurpose
from .interaction_out import InteractionOut
from .interaction_out_authentication_method_type_0 import InteractionOutAuthenticationMethodType0
from .interaction_out_channel import InteractionOutChannel
from .interaction_out_purpose import InteractionOutPurpose
from .interaction_out_status import InteractionOutStatus
from .kind import Kind
from .law_enforcement_notification_create import LawEnforcementNotificationCreate
from .legal_process_disclosure import LegalProcessDisclosure
from .legal_process_in import LegalProcessIn
from .legal_process_kind import LegalProcessKind
from .legal_process_out import LegalProcessOut
from .line_reason import LineReason
from .line_request_counts import LineRequestCounts
from .line_request_counts_denied_by_reason import LineRequestCountsDeniedByReason
from .line_security_section import LineSecuritySection
from .line_security_section_locks_turned_off import LineSecuritySectionLocksTurnedOff
from .line_security_section_locks_turned_on import LineSecuritySectionLocksTurnedOn
from .line_security_settings import LineSecuritySettings
from .list_breaches_v1_breaches_get_status_type_0_item import ListBreachesV1BreachesGetStatusType0Item
from .list_obligations_v1_obligations_get_status_type_0_item import ListObligationsV1ObligationsGetStatusType0Item
from .list_port_out_requests_v1_port_out_requests_get_format_type_0 import ListPortOutRequestsV1PortOutRequestsGetFormatType0
from .list_sim_change_requests_v1_sim_change_requests_get_format_type_0 import ListSimChangeRequestsV1SimChangeRequestsGetFormatType0
from .lockout_window import LockoutWindow
from .locks_in import LocksIn
from .locks_out import LocksOut
from .method import Method
from .notice_create import NoticeCreate
from .notice_create_purposes_item import NoticeCreatePurposesItem
from .notice_kind import NoticeKind
from .notice_out import NoticeOut
from .number_of_record_add import NumberOfRecordAdd
from .number_removal import NumberRemoval
from .numbers_of_record_changed import NumbersOfRecordChanged
from .numbers_of_record_changed_change import NumbersOfRecordChangedChange
from .obligation_out import ObligationOut
from .obligation_out_kind import ObligationOutKind
from .obligation_out_status import ObligationOutStatus
from .obligations_calendar_v1_obligations_ics_get_status_type_0_item import ObligationsCalendarV1ObligationsIcsGetStatusType0Item
from .officer import Officer
from .one_time_code_request import OneTimeCodeRequest
from .one_time_code_request_destination import OneTimeCodeRequestDestination
from .one_time_code_sent import OneTimeCodeSent
from .one_time_code_sent_destination import OneTimeCodeSentDestination
from .one_time_codes import OneTimeCodes
from .online_account_changed import OnlineAccountChanged
from .online_account_changed_change import OnlineAccountChangedChange
from .online_account_set import OnlineAccountSet
from .opt_out_failure_create import OptOutFailureCreate
from .opt_out_failure_out import OptOutFailureOut
from .opt_out_failure_out_fcc_notice_status import OptOutFailureOutFccNoticeStatus
from .opt_out_failures_section import OptOutFailuresSection
from .opt_out_waits import OptOutWaits
from .oral_evidence import OralEvidence
from .origin import Origin
from .page_account_out import PageAccountOut
from .page_affected_account_out import PageAffectedAccountOut
from .page_api_key_out import PageApiKeyOut
from .page_audit_record_out import PageAuditRecordOut
from .page_breach_out import PageBreachOut
from .page_complaint_out import PageComplaintOut
from .page_disciplinary_action_out import PageDisciplinaryActionOut
from .page_eligible_account_out import PageEligibleAccountOut
from .page_event_out import PageEventOut
from .page_history_entry import PageHistoryEntry
from .page_interaction_out import PageInteractionOut
from .page_notice_out import PageNoticeOut
from .page_opt_out_failure_out import PageOptOutFailureOut
from .page_port_out_out import PagePortOutOut
from .page_pretexter_action_out import PagePretexterActionOut
from .page_sim_change_out import PageSimChangeOut
from .page_third_party_out import PageThirdPartyOut
from .page_webhook_endpoint_out import PageWebhookEndpointOut
from .password_set import PasswordSet
from .permitted_alternative import PermittedAlternative
from .port_out_create import PortOutCreate
from .port_out_out import PortOutOut
from .port_out_out_decision import PortOutOutDecision
from .port_out_out_status import PortOutOutStatus
from .postal_address_create import PostalAddressCreate
from .postal_address_in import PostalAddressIn
from .postal_address_out import PostalAddressOut
from .pretexter_action_correction import PretexterActionCorrection
from .pretexter_action_create import PretexterActionCreate
from .pretexter_action_create_kind import PretexterActionCreateKind
from .pretexter_action_out import PretexterActionOut
from .pretexter_action_out_kind import PretexterActionOutKind
from .pretexter_actions_section import PretexterActionsSection
from .pretexter_actions_section_by_kind import PretexterActionsSectionByKind
from .problem import Problem
from .procedure_statement import ProcedureStatement
from .public_disclosure_create import PublicDisclosureCreate
from .public_disclosure_create_channel import PublicDisclosureCreateChannel
from .public_disclosure_out import PublicDisclosureOut
from .purpose import Purpose
from .readiness import Readiness
from .reason_code import ReasonCode
from .release import Release
from .required_by_law_section import RequiredByLawSection
from .required_by_law_section_by_kind import RequiredByLawSectionByKind
from .review_create import ReviewCreate
from .review_create_decision import ReviewCreateDecision
from .review_out import ReviewOut
from .review_out_decision import ReviewOutDecision
from .rule_settings import RuleSettings
from .scope import Scope
from .scope_status import ScopeStatus
from .scope_status_requirement import ScopeStatusRequirement
from .scope_status_status import ScopeStatusStatus
from .service_category import ServiceCategory
from .sim_change_create import SimChangeCreate
from .sim_change_out import SimChangeOut
from .sim_change_out_decision import SimChangeOutDecision
from .sim_change_out_status import SimChangeOutStatus
from .sim_swap_check import SimSwapCheck
from .sim_swap_checked import SimSwapChecked
from .sim_swap_date import SimSwapDate
from .sim_swap_retrieve import SimSwapRetrieve
from .third_party_create import ThirdPartyCreate
from .third_party_kind import ThirdPartyKind
from .third_party_out import ThirdPartyOut
from .training_create import TrainingCreate
from .training_list import TrainingList
from .training_out import TrainingOut
from .trainings_section import TrainingsSection
from .transfer_pin_changed import TransferPinChanged
from .transfer_pin_changed_change import TransferPinChangedChange
from .transfer_pin_set import TransferPinSet
from .usage_check_create import UsageCheckCreate
from .usage_check_out import UsageCheckOut
from .usage_check_out_decision import UsageCheckOutDecision
from .usage_reason import UsageReason
from .verification_in import VerificationIn
from .verification_in_id_type_type_0 import VerificationInIdTypeType0
from .verification_in_method import VerificationInMethod
from .verification_out import VerificationOut
from .verification_out_outcome import VerificationOutOutcome
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_out import WebhookEndpointOut
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret

__all__ = (
    "AccountCreate",
    "AccountCreated",
    "AccountCreatedKind",
    "AccountCreateKind",
    "AccountOut",
    "AccountOutKind",
    "AcknowledgementIn",
    "AcknowledgementOut",
    "AffectedAccountOut",
    "AffectedAccountsAdd",
    "AgreementIn",
    "AgreementOut",
    "AnnualCertification",
    "AnnualCertificationV1ReportsAnnualCertificationGetFormatType0",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyOut",
    "ApprovalCreate",
    "ApprovalOut",
    "ApprovalScope",
    "ApprovalsView",
    "AuditRecordOut",
    "AuditRecordOutDetails",
    "AuthenticationMethod",
    "BackupAuthenticationChanged",
    "BackupAuthenticationChangedChange",
    "BackupAuthenticationChangedMethod",
    "BackupAuthenticationSet",
    "BackupAuthenticationSetMethod",
    "BackupMethod",
    "BackupMethodMethod",
    "BasisOut",
    "BasisOutType",
    "BounceCreate",
    "BreachCreate",
    "BreachesSection",
    "BreachOut",
    "BreachOutRegime",
    "BreachOutStatus",
    "BreachSummary",
    "BreachVoid",
    "BusinessTerms",
    "CampaignCreate",
    "CampaignCreatePurpose",
    "CampaignOut",
    "CampaignOutStatus",
    "CampaignReviewSummary",
    "CampaignsSection",
    "CampaignsSectionByStatus",
    "CampaignsSectionReviewsByDecision",
    "CampaignSummary",
    "CarrierPolicyOut",
    "CarrierProfileIn",
    "CarrierProfileOut",
    "Certificate",
    "ComplaintCorrection",
    "ComplaintCreate",
    "ComplaintCreateCategory",
    "ComplaintOut",
    "ComplaintOutCategory",
    "ComplaintsSection",
    "ComplaintsSectionByCategory",
    "Completion",
    "ConsultationCreate",
    "ConsultationOut",
    "Contact",
    "CredentialChanged",
    "CredentialChangedChange",
    "CredentialsSummary",
    "CredentialsSummaryBackupAuthenticationMethodType0",
    "CustomerNoticeOut",
    "CustomerNoticeOutStatus",
    "Decision",
    "Delivery",
    "DeliveryAttemptOut",
    "DeliveryOut",
    "DisciplinaryActionCreate",
    "DisciplinaryActionCreateAction",
    "DisciplinaryActionOut",
    "DisciplinaryActionOutAction",
    "DisciplinarySection",
    "DisciplinarySectionByAction",
    "DisclosureCheckIn",
    "EligibleAccountOut",
    "EligibleAccountOutBasis",
    "EmailAddressCreate",
    "EmailAddressIn",
    "EmailAddressOut",
    "EmergencyDisclosuresSection",
    "EmergencyDisclosuresSectionByRecipient",
    "EmergencyRecipient",
    "ErrorCode",
    "EventDetailOut",
    "EventDetailOutData",
    "EventOut",
    "EventOutData",
    "EventType",
    "ExportAccountHistoryV1AccountsAccountIdConsentHistoryGetFormatType0",
    "ExportHistoryV1ConsentHistoryGetFormatType0",
    "FccNoticeCreate",
    "FccNotificationCreate",
    "FieldError",
    "FilingCreate",
    "FilingOut",
    "Health",
    "HistoryEntry",
    "HistoryEntryEntryType",
    "HoldCreate",
    "HoldOut",
    "HoldRelease",
    "Information",
    "InitialCredentials",
    "InteractionOpen",
    "InteractionOpenChannel",
    "InteractionOpenPurpose",
    "InteractionOut",
    "InteractionOutAuthenticationMethodType0",
    "InteractionOutChannel",
    "InteractionOutPurpose",
    "InteractionOutStatus",
    "Kind",
    "LawEnforcementNotificationCreate",
    "LegalProcessDisclosure",
    "LegalProcessIn",
    "LegalProcessKind",
    "LegalProcessOut",
    "LineReason",
    "LineRequestCounts",
    "LineRequestCountsDeniedByReason",
    "LineSecuritySection",
    "LineSecuritySectionLocksTurnedOff",
    "LineSecuritySectionLocksTurnedOn",
    "LineSecuritySettings",
    "ListBreachesV1BreachesGetStatusType0Item",
    "ListObligationsV1ObligationsGetStatusType0Item",
    "ListPortOutRequestsV1PortOutRequestsGetFormatType0",
    "ListSimChangeRequestsV1SimChangeRequestsGetFormatType0",
    "LockoutWindow",
    "LocksIn",
    "LocksOut",
    "Method",
    "NoticeCreate",
    "NoticeCreatePurposesItem",
    "NoticeKind",
    "NoticeOut",
    "NumberOfRecordAdd",
    "NumberRemoval",
    "NumbersOfRecordChanged",
    "NumbersOfRecordChangedChange",
    "ObligationOut",
    "ObligationOutKind",
    "ObligationOutStatus",
    "ObligationsCalendarV1ObligationsIcsGetStatusType0Item",
    "Officer",
    "OneTimeCodeRequest",
    "OneTimeCodeRequestDestination",
    "OneTimeCodes",
    "OneTimeCodeSent",
    "OneTimeCodeSentDestination",
    "OnlineAccountChanged",
    "OnlineAccountChangedChange",
    "OnlineAccountSet",
    "OptOutFailureCreate",
    "OptOutFailureOut",
    "OptOutFailureOutFccNoticeStatus",
    "OptOutFailuresSection",
    "OptOutWaits",
    "OralEvidence",
    "Origin",
    "PageAccountOut",
    "PageAffectedAccountOut",
    "PageApiKeyOut",
    "PageAuditRecordOut",
    "PageBreachOut",
    "PageComplaintOut",
    "PageDisciplinaryActionOut",
    "PageEligibleAccountOut",
    "PageEventOut",
    "PageHistoryEntry",
    "PageInteractionOut",
    "PageNoticeOut",
    "PageOptOutFailureOut",
    "PagePortOutOut",
    "PagePretexterActionOut",
    "PageSimChangeOut",
    "PageThirdPartyOut",
    "PageWebhookEndpointOut",
    "PasswordSet",
    "PermittedAlternative",
    "PortOutCreate",
    "PortOutOut",
    "PortOutOutDecision",
    "PortOutOutStatus",
    "PostalAddressCreate",
    "PostalAddressIn",
    "PostalAddressOut",
    "PretexterActionCorrection",
    "PretexterActionCreate",
    "PretexterActionCreateKind",
    "PretexterActionOut",
    "PretexterActionOutKind",
    "PretexterActionsSection",
    "PretexterActionsSectionByKind",
    "Problem",
    "ProcedureStatement",
    "PublicDisclosureCreate",
    "PublicDisclosureCreateChannel",
    "PublicDisclosureOut",
    "Purpose",
    "Readiness",
    "ReasonCode",
    "Release",
    "RequiredByLawSection",
    "RequiredByLawSectionByKind",
    "ReviewCreate",
    "ReviewCreateDecision",
    "ReviewOut",
    "ReviewOutDecision",
    "RuleSettings",
    "Scope",
    "ScopeStatus",
    "ScopeStatusRequirement",
    "ScopeStatusStatus",
    "ServiceCategory",
    "SimChangeCreate",
    "SimChangeOut",
    "SimChangeOutDecision",
    "SimChangeOutStatus",
    "SimSwapCheck",
    "SimSwapChecked",
    "SimSwapDate",
    "SimSwapRetrieve",
    "ThirdPartyCreate",
    "ThirdPartyKind",
    "ThirdPartyOut",
    "TrainingCreate",
    "TrainingList",
    "TrainingOut",
    "TrainingsSection",
    "TransferPinChanged",
    "TransferPinChangedChange",
    "TransferPinSet",
    "UsageCheckCreate",
    "UsageCheckOut",
    "UsageCheckOutDecision",
    "UsageReason",
    "VerificationIn",
    "VerificationInIdTypeType0",
    "VerificationInMethod",
    "VerificationOut",
    "VerificationOutOutcome",
    "WebhookEndpointCreate",
    "WebhookEndpointOut",
    "WebhookEndpointWithSecret",
)
