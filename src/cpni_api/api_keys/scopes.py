"""The scopes of design.md §4 and §5. `admin` implies every other scope; a few imply a narrower one
(`IMPLIES`), so a key made before the narrower scope existed keeps working."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Scope(StrEnum):
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


SCOPE_DESCRIPTIONS: dict[Scope, str] = {
    Scope.ACCOUNTS_READ: "Read accounts, their numbers and addresses of record.",
    Scope.ACCOUNTS_WRITE: "Create accounts and change addresses.",
    Scope.CREDENTIALS_WRITE: "Set passwords, backup authentication and online accounts.",
    Scope.INTERACTIONS_WRITE: "Open interactions, verify callers, send one-time codes.",
    Scope.DISCLOSURES_CHECK: "Ask whether call detail or other CPNI may be disclosed.",
    Scope.CONSENT_READ: "Read CPNI notices and approvals.",
    Scope.CONSENT_WRITE: "Record CPNI notices and approvals; run usage checks (implies consent:check).",
    Scope.CONSENT_CHECK: "Run usage checks only: may this account's CPNI be used now?",
    Scope.CAMPAIGNS_WRITE: "Register marketing campaigns and third parties.",
    Scope.CAMPAIGNS_APPROVE: "Review (approve or reject) marketing campaigns as a supervisor.",
    Scope.BREACHES_WRITE: "Record breaches, law-enforcement notices and holds.",
    Scope.COMPLIANCE_READ: "Read compliance reports such as the annual certification.",
    Scope.COMPLIANCE_WRITE: "Record complaints, pretexter actions, opt-out failures, trainings.",
    Scope.EVENTS_READ: "Read the event feed, one-time codes redacted.",
    Scope.EVENTS_READ_SECRETS: "Read the event feed with one-time codes in clear: for the mailer only "
    "(implies events:read).",
    Scope.WEBHOOKS_WRITE: "Manage webhook endpoints.",
    Scope.AUDIT_READ: "Read the audit trail.",
    Scope.LINE_SECURITY_WRITE: "Numbers of record, SIM changes, port-outs, locks and transfer PINs "
    "(implies line_security:read).",
    Scope.LINE_SECURITY_READ: "Read SIM-change and port-out records, locks, and the SIM-swap signal.",
    Scope.ADMIN: "Everything, including API key management.",
}


# A scope that includes a narrower one (least privilege added later; existing keys keep what they had).
IMPLIES: dict[Scope, frozenset[Scope]] = {
    Scope.CONSENT_WRITE: frozenset({Scope.CONSENT_CHECK}),
    Scope.EVENTS_READ_SECRETS: frozenset({Scope.EVENTS_READ}),
    Scope.LINE_SECURITY_WRITE: frozenset({Scope.LINE_SECURITY_READ}),
}


def grants(held: Iterable[str], required: Scope) -> bool:
    held = set(held)
    if Scope.ADMIN.value in held or required.value in held:
        return True
    return any(required in implied for scope, implied in IMPLIES.items() if scope.value in held)
