from enum import StrEnum

class EventType(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    ACCOUNT_ADDRESS_OF_RECORD_CHANGED = "account.address_of_record_changed"
    ACCOUNT_BACKUP_AUTHENTICATION_CHANGED = "account.backup_authentication_changed"
    ACCOUNT_LINE_LOCKS_CHANGED = "account.line_locks_changed"
    ACCOUNT_NUMBER_TRANSFER_PIN_CHANGED = "account.number_transfer_pin_changed"
    ACCOUNT_ONE_TIME_CODE_ISSUED = "account.one_time_code_issued"
    ACCOUNT_ONLINE_ACCOUNT_CHANGED = "account.online_account_changed"
    ACCOUNT_PASSWORD_CHANGED = "account.password_changed"
    ACCOUNT_PORT_OUT_REQUESTED = "account.port_out_requested"
    ACCOUNT_SIM_CHANGE_AUTHENTICATION_FAILED = "account.sim_change_authentication_failed"
    ACCOUNT_SIM_CHANGE_REQUESTED = "account.sim_change_requested"
    ACCOUNT_TELEPHONE_NUMBER_OF_RECORD_CHANGED = "account.telephone_number_of_record_changed"
    ACCOUNT_VERIFICATION_LOCKED = "account.verification_locked"
    BREACH_CUSTOMER_NOTICE = "breach.customer_notice"
    DISCLOSURE_CALL_DETAIL_RELEASE_REQUESTED = "disclosure.call_detail_release_requested"
    WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EventType | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
