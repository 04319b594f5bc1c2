from enum import StrEnum

class ObligationKind(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    AGENCY_BREACH_NOTICE = "agency_breach_notice"
    ANNUAL_BREACH_SUMMARY = "annual_breach_summary"
    ANNUAL_CERTIFICATION = "annual_certification"
    CUSTOMER_BREACH_NOTICE = "customer_breach_notice"
    FCC_BREACH_NOTICE = "fcc_breach_notice"
    LAW_ENFORCEMENT_HOLD_ENDS = "law_enforcement_hold_ends"
    LAW_ENFORCEMENT_NOTICE = "law_enforcement_notice"
    OPT_OUT_FAILURE_LETTER = "opt_out_failure_letter"
    TRAINING_EXPIRES = "training_expires"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ObligationKind | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
