from enum import StrEnum

class PiiKind(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    ACCOUNT_CREDENTIALS = "account_credentials"
    BIOMETRIC_DATA = "biometric_data"
    DATE_OF_BIRTH = "date_of_birth"
    EMAIL_ADDRESS = "email_address"
    FINANCIAL_ACCOUNT_NUMBER = "financial_account_number"
    GOVERNMENT_ID_NUMBER = "government_id_number"
    NAME = "name"
    PAYMENT_CARD_NUMBER = "payment_card_number"
    POSTAL_ADDRESS = "postal_address"
    SOCIAL_SECURITY_NUMBER = "social_security_number"
    TELEPHONE_NUMBER = "telephone_number"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PiiKind | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
