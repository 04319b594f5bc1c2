"""The words a 2024-regime breach record is made of (R-2011-NEW-2, R-2011-NEW-4): which covered data was
involved, by kind, and whether the access, use or disclosure was intentional. Add-only lists: receivers and
filed documents switch on these values."""

from __future__ import annotations

from enum import StrEnum


class Regime(StrEnum):
    """The §64.2011 text a breach is decided under, fixed when it is reasonably determined (E19)."""

    FCC_2007 = "2007"
    FCC_2024 = "2024"


class CpniKind(StrEnum):
    """CPNI by the statute's own categories (47 U.S.C. 222(h)(1)) and the bills it appears on."""

    CALL_DETAIL = "call_detail"
    SERVICES_SUBSCRIBED = "services_subscribed"
    TECHNICAL_CONFIGURATION = "technical_configuration"
    USAGE_AMOUNTS = "usage_amounts"
    CALL_DESTINATIONS = "call_destinations"
    LOCATION = "location"
    BILLING_INFORMATION = "billing_information"


class PiiKind(StrEnum):
    """Personally identifiable information: "information that can be used to distinguish or trace an
    individual's identity" (R-2011-NEW-2), named by kind, never by value."""

    NAME = "name"
    POSTAL_ADDRESS = "postal_address"
    EMAIL_ADDRESS = "email_address"
    TELEPHONE_NUMBER = "telephone_number"
    DATE_OF_BIRTH = "date_of_birth"
    SOCIAL_SECURITY_NUMBER = "social_security_number"
    GOVERNMENT_ID_NUMBER = "government_id_number"
    FINANCIAL_ACCOUNT_NUMBER = "financial_account_number"
    PAYMENT_CARD_NUMBER = "payment_card_number"
    ACCOUNT_CREDENTIALS = "account_credentials"
    BIOMETRIC_DATA = "biometric_data"


class Intent(StrEnum):
    """How the covered data was gained, used or disclosed: the 2007 definition needs an intentional act
    (R-2011-e), the 2024 one does not (R-2011-NEW-2, E28)."""

    INTENTIONAL = "intentional"
    INADVERTENT = "inadvertent"


# PII whose exposure puts customers at risk of financial harm (R-2011-NEW-9 (vi)): the notice then says what
# customers can do about it. Any PII at all counts as a risk of identity theft (R-2011-NEW-9 (v)), the
# conservative reading of an [M] row (ADR 0051).
FINANCIAL_PII = frozenset(
    {
        PiiKind.SOCIAL_SECURITY_NUMBER,
        PiiKind.FINANCIAL_ACCOUNT_NUMBER,
        PiiKind.PAYMENT_CARD_NUMBER,
        PiiKind.ACCOUNT_CREDENTIALS,
    }
)
FINANCIAL_CPNI = frozenset({CpniKind.BILLING_INFORMATION})
