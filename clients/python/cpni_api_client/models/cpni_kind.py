from enum import StrEnum

class CpniKind(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    BILLING_INFORMATION = "billing_information"
    CALL_DESTINATIONS = "call_destinations"
    CALL_DETAIL = "call_detail"
    LOCATION = "location"
    SERVICES_SUBSCRIBED = "services_subscribed"
    TECHNICAL_CONFIGURATION = "technical_configuration"
    USAGE_AMOUNTS = "usage_amounts"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CpniKind | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
