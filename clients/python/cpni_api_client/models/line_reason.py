from enum import StrEnum

class LineReason(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    AUTHENTICATED = "AUTHENTICATED"
    AUTHENTICATION_METHOD_NOT_ACCEPTED = "AUTHENTICATION_METHOD_NOT_ACCEPTED"
    CODE_SENT_TO_THE_NUMBER_BEING_CHANGED = "CODE_SENT_TO_THE_NUMBER_BEING_CHANGED"
    INTERACTION_NOT_OPEN = "INTERACTION_NOT_OPEN"
    LOCK_REMOVED_IN_THIS_INTERACTION = "LOCK_REMOVED_IN_THIS_INTERACTION"
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    NUMBER_CONTROL_ACTION_PENDING = "NUMBER_CONTROL_ACTION_PENDING"
    PORT_OUT_LOCKED = "PORT_OUT_LOCKED"
    SIM_CHANGE_LOCKED = "SIM_CHANGE_LOCKED"
    TRANSFER_PIN_LOCKED = "TRANSFER_PIN_LOCKED"
    TRANSFER_PIN_NOT_SET = "TRANSFER_PIN_NOT_SET"
    TRANSFER_PIN_VERIFIED = "TRANSFER_PIN_VERIFIED"
    VERIFICATION_LOCKED = "VERIFICATION_LOCKED"
    WRONG_TRANSFER_PIN = "WRONG_TRANSFER_PIN"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "LineReason | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
