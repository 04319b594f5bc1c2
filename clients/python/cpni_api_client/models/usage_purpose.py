from enum import StrEnum

class UsagePurpose(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    ADJUNCT_TO_BASIC_MARKETING = "adjunct_to_basic_marketing"
    BILLING = "billing"
    EMERGENCY = "emergency"
    FRAUD_PREVENTION = "fraud_prevention"
    INSIDE_WIRING = "inside_wiring"
    MARKETING_COMMUNICATIONS_RELATED = "marketing_communications_related"
    MARKETING_NON_COMMUNICATIONS_RELATED = "marketing_non_communications_related"
    REQUIRED_BY_LAW = "required_by_law"
    SERVICE_WITHIN_SUBSCRIBED_CATEGORIES = "service_within_subscribed_categories"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UsagePurpose | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
