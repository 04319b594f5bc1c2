from enum import StrEnum

class BreachOutIntentType0(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    INADVERTENT = "inadvertent"
    INTENTIONAL = "intentional"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BreachOutIntentType0 | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
