from enum import StrEnum

class ApiKeyScope(StrEnum):
    """Values may be added to the API after this client was generated (a new reason code, a new problem
    code): an unknown value parses as a member named UNKNOWN that keeps the value the server sent, so a
    response never fails to parse because the service grew (cpni-api ADR 0035)."""
    ACCOUNTSREAD = "accounts:read"
    ACCOUNTSWRITE = "accounts:write"
    ADMIN = "admin"
    AUDITREAD = "audit:read"
    BREACHESWRITE = "breaches:write"
    CAMPAIGNSAPPROVE = "campaigns:approve"
    CAMPAIGNSWRITE = "campaigns:write"
    COMPLIANCEREAD = "compliance:read"
    COMPLIANCEWRITE = "compliance:write"
    CONSENTCHECK = "consent:check"
    CONSENTREAD = "consent:read"
    CONSENTWRITE = "consent:write"
    CREDENTIALSWRITE = "credentials:write"
    DISCLOSURESCHECK = "disclosures:check"
    EVENTSREAD = "events:read"
    EVENTSREAD_SECRETS = "events:read_secrets"
    INTERACTIONSWRITE = "interactions:write"
    LINE_SECURITYREAD = "line_security:read"
    LINE_SECURITYWRITE = "line_security:write"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ApiKeyScope | None":
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = "UNKNOWN"
        unknown._value_ = value
        return unknown
