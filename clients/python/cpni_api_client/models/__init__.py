""" Contains all the data models used in inputs/outputs """

from .account_create import AccountCreate
from .account_create_kind import AccountCreateKind
from .account_created import AccountCreated
from .account_created_kind import AccountCreatedKind
from .account_origin import AccountOrigin
from .account_out import AccountOut
from .account_out_kind import AccountOutKind
from .account_page import AccountPage
from .acknowledgement_in import AcknowledgementIn
from .acknowledgement_out import AcknowledgementOut
from .address_change_notice import AddressChangeNotice
from .address_change_notice_address_kind import AddressChangeNoticeAddressKind
from .address_of_record_changed_event import AddressOfRecordChangedEvent
from .affected_account_out import AffectedAccountOut
from .affected_account_page import AffectedAccountPage
from .affected_accounts_add import AffectedAccountsAdd
from .affected_customers import AffectedCustomers
from .agency_notification_create import AgencyNotificationCreate
from .agency_report import AgencyReport
from .agency_report_carrier import AgencyReportCarrier
from .agency_report_fields import AgencyReportFields
from .agency_report_regime import AgencyReportRegime
from .agency_submission import AgencySubmission
from .agreement_in import AgreementIn
from .agreement_out import AgreementOut
from .annual_certification import AnnualCertification
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_out import ApiKeyOut
from .api_key_page import ApiKeyPage
from .api_key_scope import ApiKeyScope
from .approval_create import ApprovalCreate
from .approval_decision import ApprovalDecision
from .approval_method import ApprovalMethod
from .approval_out import ApprovalOut
from .approval_scope import ApprovalScope
from .approvals_view import ApprovalsView
from .audit_record_out import AuditRecordOut
from .audit_record_out_details import AuditRecordOutDetails
from .audit_record_page import AuditRecordPage
from .authentication_method import AuthenticationMethod
from .backup_authentication_changed import BackupAuthenticationChanged
from .backup_authentication_changed_change import BackupAuthenticationChangedChange
from .backup_authentication_changed_event import BackupAuthenticationChangedEvent
from .backup_authentication_changed_method import BackupAuthenticationChangedMethod
from .backup_authentication_set import BackupAuthenticationSet
from .backup_authentication_set_method import BackupAuthenticationSetMethod
from .backup_method import BackupMethod
from .backup_method_method import BackupMethodMethod
from .basis_out import BasisOut
from .basis_out_type import BasisOutType
from .bounce_create import BounceCreate
from .breach_annual_summary import BreachAnnualSummary
from .breach_create import BreachCreate
from .breach_customer_notice import BreachCustomerNotice
from .breach_customer_notice_event import BreachCustomerNoticeEvent
from .breach_notice_content import BreachNoticeContent
from .breach_obligation_out import BreachObligationOut
from .breach_obligation_out_kind import BreachObligationOutKind
from .breach_obligation_out_status import BreachObligationOutStatus
from .breach_out import BreachOut
from .breach_out_classification import BreachOutClassification
from .breach_out_intent_type_0 import BreachOutIntentType0
from .breach_out_not_a_breach_reason_type_0 import BreachOutNotABreachReasonType0
from .breach_out_regime import BreachOutRegime
from .breach_out_status import BreachOutStatus
from .breach_page import BreachPage
from .breach_record_update import BreachRecordUpdate
from .breach_summary import BreachSummary
from .breach_void import BreachVoid
from .breaches_section import BreachesSection
from .business_terms import BusinessTerms
from .call_detail_release import CallDetailRelease
from .call_detail_release_requested_event import CallDetailReleaseRequestedEvent
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
from .change_notice import ChangeNotice
from .complaint_correction import ComplaintCorrection
from .complaint_create import ComplaintCreate
from .complaint_create_category import ComplaintCreateCategory
from .complaint_out import ComplaintOut
from .complaint_out_category import ComplaintOutCategory
from .complaint_page import ComplaintPage
from .complaints_section import ComplaintsSection
from .complaints_section_by_category import ComplaintsSectionByCategory
from .consultation_create import ConsultationCreate
from .consultation_out import ConsultationOut
from .covered_data import CoveredData
from .cpni_information import CpniInformation
from .cpni_kind import CpniKind
from .credential_changed import CredentialChanged
from .credential_changed_change import CredentialChangedChange
from .credentials_summary import CredentialsSummary
from .credentials_summary_backup_authentication_method_type_0 import CredentialsSummaryBackupAuthenticationMethodType0
from .customer_notice_out import CustomerNoticeOut
from .customer_notice_out_status import CustomerNoticeOutStatus
from .delivery_attempt_out import DeliveryAttemptOut
from .delivery_out import DeliveryOut
from .disciplinary_action_create import DisciplinaryActionCreate
from .disciplinary_action_create_action import DisciplinaryActionCreateAction
from .disciplinary_action_out import DisciplinaryActionOut
from .disciplinary_action_out_action import DisciplinaryActionOutAction
from .disciplinary_action_page import DisciplinaryActionPage
from .disciplinary_section import DisciplinarySection
from .disciplinary_section_by_action import DisciplinarySectionByAction
from .disclosure_check_in import DisclosureCheckIn
from .disclosure_check_out import DisclosureCheckOut
from .disclosure_verdict import DisclosureVerdict
from .eligible_account_out import EligibleAccountOut
from .eligible_account_out_basis import EligibleAccountOutBasis
from .eligible_account_page import EligibleAccountPage
from .email_address_create import EmailAddressCreate
from .email_address_in import EmailAddressIn
from .email_address_out import EmailAddressOut
from .emergency_disclosures_section import EmergencyDisclosuresSection
from .emergency_disclosures_section_by_recipient import EmergencyDisclosuresSectionByRecipient
from .emergency_recipient import EmergencyRecipient
from .encryption_facts import EncryptionFacts
from .error_code import ErrorCode
from .event_detail_out import EventDetailOut
from .event_detail_out_data import EventDetailOutData
from .event_out import EventOut
from .event_out_data import EventOutData
from .event_page import EventPage
from .event_type import EventType
from .export_account_consent_history_format_type_0 import ExportAccountConsentHistoryFormatType0
from .export_consent_history_format_type_0 import ExportConsentHistoryFormatType0
from .fcc_notice_create import FccNoticeCreate
from .fcc_notification_create import FccNotificationCreate
from .field_error import FieldError
from .filing_certificate import FilingCertificate
from .filing_contact import FilingContact
from .filing_create import FilingCreate
from .filing_officer import FilingOfficer
from .filing_out import FilingOut
from .financial_loss import FinancialLoss
from .get_agency_report_format_type_0 import GetAgencyReportFormatType0
from .get_annual_certification_format_type_0 import GetAnnualCertificationFormatType0
from .get_obligations_calendar_status_type_0_item import GetObligationsCalendarStatusType0Item
from .good_faith_exception import GoodFaithException
from .harm_assessment import HarmAssessment
from .health import Health
from .history_entry import HistoryEntry
from .history_entry_entry_type import HistoryEntryEntryType
from .history_entry_page import HistoryEntryPage
from .hold_create import HoldCreate
from .hold_out import HoldOut
from .hold_release import HoldRelease
from .incident_period import IncidentPeriod
from .initial_credentials import InitialCredentials
from .intent import Intent
from .interaction_open import InteractionOpen
from .interaction_open_channel import InteractionOpenChannel
from .interaction_open_purpose import InteractionOpenPurpose
from .interaction_out import InteractionOut
from .interaction_out_authentication_method_type_0 import InteractionOutAuthenticationMethodType0
from .interaction_out_channel import InteractionOutChannel
from .interaction_out_purpose import InteractionOutPurpose
from .interaction_out_status import InteractionOutStatus
from .interaction_page import InteractionPage
from .law_enforcement_notification_create import LawEnforcementNotificationCreate
from .legal_process_disclosure import LegalProcessDisclosure
from .legal_process_in import LegalProcessIn
from .legal_process_kind import LegalProcessKind
from .legal_process_out import LegalProcessOut
from .line_lock_change import LineLockChange
from .line_lock_change_lock import LineLockChangeLock
from .line_locks_changed_event import LineLocksChangedEvent
from .line_locks_notice import LineLocksNotice
from .line_reason import LineReason
from .line_request_counts import LineRequestCounts
from .line_request_counts_denied_by_reason import LineRequestCountsDeniedByReason
from .line_security_section import LineSecuritySection
from .line_security_section_locks_turned_off import LineSecuritySectionLocksTurnedOff
from .line_security_section_locks_turned_on import LineSecuritySectionLocksTurnedOn
from .line_security_settings import LineSecuritySettings
from .list_breaches_status_type_0_item import ListBreachesStatusType0Item
from .list_obligations_status_type_0_item import ListObligationsStatusType0Item
from .list_port_out_requests_format_type_0 import ListPortOutRequestsFormatType0
from .list_sim_change_requests_format_type_0 import ListSimChangeRequestsFormatType0
from .lockout_window import LockoutWindow
from .locks_in import LocksIn
from .locks_out import LocksOut
from .notice_contact import NoticeContact
from .notice_create import NoticeCreate
from .notice_create_purposes_item import NoticeCreatePurposesItem
from .notice_data_involved import NoticeDataInvolved
from .notice_date_range import NoticeDateRange
from .notice_delivery import NoticeDelivery
from .notice_destination import NoticeDestination
from .notice_destination_channel import NoticeDestinationChannel
from .notice_kind import NoticeKind
from .notice_out import NoticeOut
from .notice_page import NoticePage
from .notice_postal_address import NoticePostalAddress
from .number_of_record_add import NumberOfRecordAdd
from .number_removal import NumberRemoval
from .number_transfer_pin_changed_event import NumberTransferPinChangedEvent
from .numbers_of_record_changed import NumbersOfRecordChanged
from .numbers_of_record_changed_change import NumbersOfRecordChangedChange
from .obligation_kind import ObligationKind
from .obligation_list import ObligationList
from .obligation_out import ObligationOut
from .obligation_out_status import ObligationOutStatus
from .one_time_code_delivery import OneTimeCodeDelivery
from .one_time_code_issued_event import OneTimeCodeIssuedEvent
from .one_time_code_request import OneTimeCodeRequest
from .one_time_code_request_destination import OneTimeCodeRequestDestination
from .one_time_code_sent import OneTimeCodeSent
from .one_time_code_sent_destination import OneTimeCodeSentDestination
from .one_time_code_settings import OneTimeCodeSettings
from .online_account_changed import OnlineAccountChanged
from .online_account_changed_change import OnlineAccountChangedChange
from .online_account_changed_event import OnlineAccountChangedEvent
from .online_account_set import OnlineAccountSet
from .opt_out_failure_create import OptOutFailureCreate
from .opt_out_failure_out import OptOutFailureOut
from .opt_out_failure_out_fcc_notice_status import OptOutFailureOutFccNoticeStatus
from .opt_out_failure_page import OptOutFailurePage
from .opt_out_failures_section import OptOutFailuresSection
from .opt_out_waits import OptOutWaits
from .oral_evidence import OralEvidence
from .password_changed_event import PasswordChangedEvent
from .password_set import PasswordSet
from .permitted_alternative import PermittedAlternative
from .pii_kind import PiiKind
from .port_out_create import PortOutCreate
from .port_out_notice import PortOutNotice
from .port_out_notice_outcome import PortOutNoticeOutcome
from .port_out_out import PortOutOut
from .port_out_out_decision import PortOutOutDecision
from .port_out_out_status import PortOutOutStatus
from .port_out_page import PortOutPage
from .port_out_requested_event import PortOutRequestedEvent
from .postal_address_create import PostalAddressCreate
from .postal_address_in import PostalAddressIn
from .postal_address_out import PostalAddressOut
from .pretexter_action_correction import PretexterActionCorrection
from .pretexter_action_create import PretexterActionCreate
from .pretexter_action_create_kind import PretexterActionCreateKind
from .pretexter_action_out import PretexterActionOut
from .pretexter_action_out_kind import PretexterActionOutKind
from .pretexter_action_page import PretexterActionPage
from .pretexter_actions_section import PretexterActionsSection
from .pretexter_actions_section_by_kind import PretexterActionsSectionByKind
from .problem import Problem
from .procedure_statement import ProcedureStatement
from .public_disclosure_create import PublicDisclosureCreate
from .public_disclosure_create_channel import PublicDisclosureCreateChannel
from .public_disclosure_out import PublicDisclosureOut
from .readiness import Readiness
from .reason_code import ReasonCode
from .release_method import ReleaseMethod
from .request_cancellation import RequestCancellation
from .request_completion import RequestCompletion
from .required_by_law_section import RequiredByLawSection
from .required_by_law_section_by_kind import RequiredByLawSectionByKind
from .review_create import ReviewCreate
from .review_create_decision import ReviewCreateDecision
from .review_out import ReviewOut
from .review_out_decision import ReviewOutDecision
from .rule_settings import RuleSettings
from .scope_status import ScopeStatus
from .scope_status_requirement import ScopeStatusRequirement
from .scope_status_status import ScopeStatusStatus
from .service_category import ServiceCategory
from .sim_change_authentication_failed_event import SimChangeAuthenticationFailedEvent
from .sim_change_create import SimChangeCreate
from .sim_change_failures_notice import SimChangeFailuresNotice
from .sim_change_notice import SimChangeNotice
from .sim_change_notice_outcome import SimChangeNoticeOutcome
from .sim_change_out import SimChangeOut
from .sim_change_out_decision import SimChangeOutDecision
from .sim_change_out_status import SimChangeOutStatus
from .sim_change_page import SimChangePage
from .sim_change_requested_event import SimChangeRequestedEvent
from .sim_swap_check import SimSwapCheck
from .sim_swap_checked import SimSwapChecked
from .sim_swap_date import SimSwapDate
from .sim_swap_retrieve import SimSwapRetrieve
from .summary_breach import SummaryBreach
from .summary_filing_create import SummaryFilingCreate
from .summary_filing_out import SummaryFilingOut
from .telephone_number_of_record_changed_event import TelephoneNumberOfRecordChangedEvent
from .third_party_create import ThirdPartyCreate
from .third_party_kind import ThirdPartyKind
from .third_party_out import ThirdPartyOut
from .third_party_page import ThirdPartyPage
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
from .usage_purpose import UsagePurpose
from .usage_reason import UsageReason
from .verification_in import VerificationIn
from .verification_in_id_type_type_0 import VerificationInIdTypeType0
from .verification_in_method import VerificationInMethod
from .verification_lock_notice import VerificationLockNotice
from .verification_lock_notice_window import VerificationLockNoticeWindow
from .verification_locked_event import VerificationLockedEvent
from .verification_out import VerificationOut
from .verification_out_outcome import VerificationOutOutcome
from .webhook_endpoint_create import WebhookEndpointCreate
from .webhook_endpoint_disabled_event import WebhookEndpointDisabledEvent
from .webhook_endpoint_disabled_notice import WebhookEndpointDisabledNotice
from .webhook_endpoint_out import WebhookEndpointOut
from .webhook_endpoint_page import WebhookEndpointPage
from .webhook_endpoint_with_secret import WebhookEndpointWithSecret

__all__ = (
    "AccountCreate",
    "AccountCreated",
    "AccountCreatedKind",
    "AccountCreateKind",
    "AccountOrigin",
    "AccountOut",
    "AccountOutKind",
    "AccountPage",
    "AcknowledgementIn",
    "AcknowledgementOut",
    "AddressChangeNotice",
    "AddressChangeNoticeAddressKind",
    "AddressOfRecordChangedEvent",
    "AffectedAccountOut",
    "AffectedAccountPage",
    "AffectedAccountsAdd",
    "AffectedCustomers",
    "AgencyNotificationCreate",
    "AgencyReport",
    "AgencyReportCarrier",
    "AgencyReportFields",
    "AgencyReportRegime",
    "AgencySubmission",
    "AgreementIn",
    "AgreementOut",
    "AnnualCertification",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyOut",
    "ApiKeyPage",
    "ApiKeyScope",
    "ApprovalCreate",
    "ApprovalDecision",
    "ApprovalMethod",
    "ApprovalOut",
    "ApprovalScope",
    "ApprovalsView",
    "AuditRecordOut",
    "AuditRecordOutDetails",
    "AuditRecordPage",
    "AuthenticationMethod",
    "BackupAuthenticationChanged",
    "BackupAuthenticationChangedChange",
    "BackupAuthenticationChangedEvent",
    "BackupAuthenticationChangedMethod",
    "BackupAuthenticationSet",
    "BackupAuthenticationSetMethod",
    "BackupMethod",
    "BackupMethodMethod",
    "BasisOut",
    "BasisOutType",
    "BounceCreate",
    "BreachAnnualSummary",
    "BreachCreate",
    "BreachCustomerNotice",
    "BreachCustomerNoticeEvent",
    "BreachesSection",
    "BreachNoticeContent",
    "BreachObligationOut",
    "BreachObligationOutKind",
    "BreachObligationOutStatus",
    "BreachOut",
    "BreachOutClassification",
    "BreachOutIntentType0",
    "BreachOutNotABreachReasonType0",
    "BreachOutRegime",
    "BreachOutStatus",
    "BreachPage",
    "BreachRecordUpdate",
    "BreachSummary",
    "BreachVoid",
    "BusinessTerms",
    "CallDetailRelease",
    "CallDetailReleaseRequestedEvent",
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
    "ChangeNotice",
    "ComplaintCorrection",
    "ComplaintCreate",
    "ComplaintCreateCategory",
    "ComplaintOut",
    "ComplaintOutCategory",
    "ComplaintPage",
    "ComplaintsSection",
    "ComplaintsSectionByCategory",
    "ConsultationCreate",
    "ConsultationOut",
    "CoveredData",
    "CpniInformation",
    "CpniKind",
    "CredentialChanged",
    "CredentialChangedChange",
    "CredentialsSummary",
    "CredentialsSummaryBackupAuthenticationMethodType0",
    "CustomerNoticeOut",
    "CustomerNoticeOutStatus",
    "DeliveryAttemptOut",
    "DeliveryOut",
    "DisciplinaryActionCreate",
    "DisciplinaryActionCreateAction",
    "DisciplinaryActionOut",
    "DisciplinaryActionOutAction",
    "DisciplinaryActionPage",
    "DisciplinarySection",
    "DisciplinarySectionByAction",
    "DisclosureCheckIn",
    "DisclosureCheckOut",
    "DisclosureVerdict",
    "EligibleAccountOut",
    "EligibleAccountOutBasis",
    "EligibleAccountPage",
    "EmailAddressCreate",
    "EmailAddressIn",
    "EmailAddressOut",
    "EmergencyDisclosuresSection",
    "EmergencyDisclosuresSectionByRecipient",
    "EmergencyRecipient",
    "EncryptionFacts",
    "ErrorCode",
    "EventDetailOut",
    "EventDetailOutData",
    "EventOut",
    "EventOutData",
    "EventPage",
    "EventType",
    "ExportAccountConsentHistoryFormatType0",
    "ExportConsentHistoryFormatType0",
    "FccNoticeCreate",
    "FccNotificationCreate",
    "FieldError",
    "FilingCertificate",
    "FilingContact",
    "FilingCreate",
    "FilingOfficer",
    "FilingOut",
    "FinancialLoss",
    "GetAgencyReportFormatType0",
    "GetAnnualCertificationFormatType0",
    "GetObligationsCalendarStatusType0Item",
    "GoodFaithException",
    "HarmAssessment",
    "Health",
    "HistoryEntry",
    "HistoryEntryEntryType",
    "HistoryEntryPage",
    "HoldCreate",
    "HoldOut",
    "HoldRelease",
    "IncidentPeriod",
    "InitialCredentials",
    "Intent",
    "InteractionOpen",
    "InteractionOpenChannel",
    "InteractionOpenPurpose",
    "InteractionOut",
    "InteractionOutAuthenticationMethodType0",
    "InteractionOutChannel",
    "InteractionOutPurpose",
    "InteractionOutStatus",
    "InteractionPage",
    "LawEnforcementNotificationCreate",
    "LegalProcessDisclosure",
    "LegalProcessIn",
    "LegalProcessKind",
    "LegalProcessOut",
    "LineLockChange",
    "LineLockChangeLock",
    "LineLocksChangedEvent",
    "LineLocksNotice",
    "LineReason",
    "LineRequestCounts",
    "LineRequestCountsDeniedByReason",
    "LineSecuritySection",
    "LineSecuritySectionLocksTurnedOff",
    "LineSecuritySectionLocksTurnedOn",
    "LineSecuritySettings",
    "ListBreachesStatusType0Item",
    "ListObligationsStatusType0Item",
    "ListPortOutRequestsFormatType0",
    "ListSimChangeRequestsFormatType0",
    "LockoutWindow",
    "LocksIn",
    "LocksOut",
    "NoticeContact",
    "NoticeCreate",
    "NoticeCreatePurposesItem",
    "NoticeDataInvolved",
    "NoticeDateRange",
    "NoticeDelivery",
    "NoticeDestination",
    "NoticeDestinationChannel",
    "NoticeKind",
    "NoticeOut",
    "NoticePage",
    "NoticePostalAddress",
    "NumberOfRecordAdd",
    "NumberRemoval",
    "NumbersOfRecordChanged",
    "NumbersOfRecordChangedChange",
    "NumberTransferPinChangedEvent",
    "ObligationKind",
    "ObligationList",
    "ObligationOut",
    "ObligationOutStatus",
    "OneTimeCodeDelivery",
    "OneTimeCodeIssuedEvent",
    "OneTimeCodeRequest",
    "OneTimeCodeRequestDestination",
    "OneTimeCodeSent",
    "OneTimeCodeSentDestination",
    "OneTimeCodeSettings",
    "OnlineAccountChanged",
    "OnlineAccountChangedChange",
    "OnlineAccountChangedEvent",
    "OnlineAccountSet",
    "OptOutFailureCreate",
    "OptOutFailureOut",
    "OptOutFailureOutFccNoticeStatus",
    "OptOutFailurePage",
    "OptOutFailuresSection",
    "OptOutWaits",
    "OralEvidence",
    "PasswordChangedEvent",
    "PasswordSet",
    "PermittedAlternative",
    "PiiKind",
    "PortOutCreate",
    "PortOutNotice",
    "PortOutNoticeOutcome",
    "PortOutOut",
    "PortOutOutDecision",
    "PortOutOutStatus",
    "PortOutPage",
    "PortOutRequestedEvent",
    "PostalAddressCreate",
    "PostalAddressIn",
    "PostalAddressOut",
    "PretexterActionCorrection",
    "PretexterActionCreate",
    "PretexterActionCreateKind",
    "PretexterActionOut",
    "PretexterActionOutKind",
    "PretexterActionPage",
    "PretexterActionsSection",
    "PretexterActionsSectionByKind",
    "Problem",
    "ProcedureStatement",
    "PublicDisclosureCreate",
    "PublicDisclosureCreateChannel",
    "PublicDisclosureOut",
    "Readiness",
    "ReasonCode",
    "ReleaseMethod",
    "RequestCancellation",
    "RequestCompletion",
    "RequiredByLawSection",
    "RequiredByLawSectionByKind",
    "ReviewCreate",
    "ReviewCreateDecision",
    "ReviewOut",
    "ReviewOutDecision",
    "RuleSettings",
    "ScopeStatus",
    "ScopeStatusRequirement",
    "ScopeStatusStatus",
    "ServiceCategory",
    "SimChangeAuthenticationFailedEvent",
    "SimChangeCreate",
    "SimChangeFailuresNotice",
    "SimChangeNotice",
    "SimChangeNoticeOutcome",
    "SimChangeOut",
    "SimChangeOutDecision",
    "SimChangeOutStatus",
    "SimChangePage",
    "SimChangeRequestedEvent",
    "SimSwapCheck",
    "SimSwapChecked",
    "SimSwapDate",
    "SimSwapRetrieve",
    "SummaryBreach",
    "SummaryFilingCreate",
    "SummaryFilingOut",
    "TelephoneNumberOfRecordChangedEvent",
    "ThirdPartyCreate",
    "ThirdPartyKind",
    "ThirdPartyOut",
    "ThirdPartyPage",
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
    "UsagePurpose",
    "UsageReason",
    "VerificationIn",
    "VerificationInIdTypeType0",
    "VerificationInMethod",
    "VerificationLockedEvent",
    "VerificationLockNotice",
    "VerificationLockNoticeWindow",
    "VerificationOut",
    "VerificationOutOutcome",
    "WebhookEndpointCreate",
    "WebhookEndpointDisabledEvent",
    "WebhookEndpointDisabledNotice",
    "WebhookEndpointOut",
    "WebhookEndpointPage",
    "WebhookEndpointWithSecret",
)
