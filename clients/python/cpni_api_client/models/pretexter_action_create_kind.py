from enum import StrEnum

class PretexterActionCreateKind(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    ACCOUNT_ACTION = "account_action"
    CEASE_AND_DESIST = "cease_and_desist"
    FCC_COMPLAINT = "fcc_complaint"
    LAWSUIT = "lawsuit"
    LAW_ENFORCEMENT_REFERRAL = "law_enforcement_referral"
    OTHER = "other"
    STATE_COMPLAINT = "state_complaint"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PretexterActionCreateKind | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
