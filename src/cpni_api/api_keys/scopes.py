"""The scopes of design.md §4 and §5. `admin` implies every other scope; a few imply a narrower one
(`IMPLIES`), so a key made before the narrower scope existed keeps working."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class ApiKeyScope(StrEnum):
    ACCOUNTS_READ = "accounts:read"
    ACCOUNTS_WRITE = "accounts:write"
    CREDENTIALS_WRITE = "credentials:write"
    INTERACTIONS_WRITE = "interactions:write"
    DISCLOSURES_CHECK = "disclosures:check"
    CONSENT_READ = "consent:read"
    CONSENT_WRITE = "consent:write"
    CONSENT_CHECK = "consent:check"
    CAMPAIGNS_WRITE = "campaigns:write"
    CAMPAIGNS_APPROVE = "campaigns:approve"
    BREACHES_WRITE = "breaches:write"
    COMPLIANCE_READ = "compliance:read"
    COMPLIANCE_WRITE = "compliance:write"
    EVENTS_READ = "events:read"
    EVENTS_READ_SECRETS = "events:read_secrets"
    WEBHOOKS_WRITE = "webhooks:write"
    AUDIT_READ = "audit:read"
    LINE_SECURITY_WRITE = "line_security:write"
    LINE_SECURITY_READ = "line_security:read"
    ADMIN = "admin"


SCOPE_DESCRIPTIONS: dict[ApiKeyScope, str] = {
    ApiKeyScope.ACCOUNTS_READ: "Read accounts, their numbers and addresses of record.",
    ApiKeyScope.ACCOUNTS_WRITE: "Create accounts and change addresses.",
    ApiKeyScope.CREDENTIALS_WRITE: "Set passwords, backup authentication and online accounts.",
    ApiKeyScope.INTERACTIONS_WRITE: "Open interactions, verify callers, send one-time codes.",
    ApiKeyScope.DISCLOSURES_CHECK: "Ask whether call detail or other CPNI may be disclosed.",
    ApiKeyScope.CONSENT_READ: "Read CPNI notices and approvals.",
    ApiKeyScope.CONSENT_WRITE: "Record CPNI notices and approvals; run usage checks (implies consent:check).",
    ApiKeyScope.CONSENT_CHECK: "Run usage checks only: may this account's CPNI be used now?",
    ApiKeyScope.CAMPAIGNS_WRITE: "Register marketing campaigns and third parties.",
    ApiKeyScope.CAMPAIGNS_APPROVE: "Review (approve or reject) marketing campaigns as a supervisor.",
    ApiKeyScope.BREACHES_WRITE: "Record breaches, law-enforcement notices and holds.",
    ApiKeyScope.COMPLIANCE_READ: "Read compliance reports such as the annual certification.",
    ApiKeyScope.COMPLIANCE_WRITE: "Record complaints, pretexter actions, opt-out failures, trainings.",
    ApiKeyScope.EVENTS_READ: "Read the event feed, one-time codes redacted.",
    ApiKeyScope.EVENTS_READ_SECRETS: "Read the event feed with one-time codes in clear: for the mailer only "
    "(implies events:read).",
    ApiKeyScope.WEBHOOKS_WRITE: "Manage webhook endpoints.",
    ApiKeyScope.AUDIT_READ: "Read the audit trail.",
    ApiKeyScope.LINE_SECURITY_WRITE: "Numbers of record, SIM changes, port-outs, locks and transfer PINs "
    "(implies line_security:read).",
    ApiKeyScope.LINE_SECURITY_READ: "Read SIM-change and port-out records, locks, and the SIM-swap signal.",
    ApiKeyScope.ADMIN: "Everything, including API key management.",
}


# A scope that includes a narrower one (least privilege added later; existing keys keep what they had).
IMPLIES: dict[ApiKeyScope, frozenset[ApiKeyScope]] = {
    ApiKeyScope.CONSENT_WRITE: frozenset({ApiKeyScope.CONSENT_CHECK}),
    ApiKeyScope.EVENTS_READ_SECRETS: frozenset({ApiKeyScope.EVENTS_READ}),
    ApiKeyScope.LINE_SECURITY_WRITE: frozenset({ApiKeyScope.LINE_SECURITY_READ}),
}


def grants(held: Iterable[str], required: ApiKeyScope) -> bool:
    held = set(held)
    if ApiKeyScope.ADMIN.value in held or required.value in held:
        return True
    return any(required in implied for scope, implied in IMPLIES.items() if scope.value in held)
