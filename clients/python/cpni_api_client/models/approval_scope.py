from enum import StrEnum

class ApprovalScope(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    AFFILIATE_SHARING = "affiliate_sharing"
    AGENT_SHARING = "agent_sharing"
    CARRIER_MARKETING = "carrier_marketing"
    CONTRACTOR_SHARING = "contractor_sharing"
    JOINT_VENTURE_SHARING = "joint_venture_sharing"
    NEW_CARRIER_DISCLOSURE = "new_carrier_disclosure"
    THIRD_PARTY_DISCLOSURE = "third_party_disclosure"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApprovalScope | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
