"""The console's rules, pure (design.md §5, ADR 0043): who may sign in, how long a sign-in lasts, and the
token each form carries against cross-site requests. No I/O, no clock reads."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from cpni_api.api_keys.scopes import ApiKeyScope, grants

SIGN_IN_SCOPE = ApiKeyScope.COMPLIANCE_READ
REVIEW_SCOPE = ApiKeyScope.CAMPAIGNS_APPROVE


def may_sign_in(scopes: frozenset[str]) -> bool:
    """The console is the compliance officer's: a key without `compliance:read` (or `admin`) cannot sign
    in."""
    return grants(scopes, SIGN_IN_SCOPE)


def may_review_campaigns(scopes: frozenset[str]) -> bool:
    """R-2009-d: approving or rejecting a campaign takes `campaigns:approve`, as it does through the API."""
    return grants(scopes, REVIEW_SCOPE)


def expires_at(signed_in_at: datetime, minutes: int) -> datetime:
    """A sign-in lasts a fixed time from its start, whatever is done in it (server-side, so a stolen cookie
    dies with it)."""
    return signed_in_at + timedelta(minutes=minutes)


@dataclass(frozen=True)
class SessionFacts:
    expires_at: datetime
    ended_at: datetime | None
    key_revoked: bool
    scopes: frozenset[str]


def session_is_live(facts: SessionFacts, now: datetime) -> bool:
    """Live until it expires or is signed out, and only while its API key is live and still may sign in:
    revoking the key (or narrowing it) ends its console sessions too."""
    return (
        facts.ended_at is None
        and now < facts.expires_at
        and not facts.key_revoked
        and may_sign_in(facts.scopes)
    )


def token_digest(token: str) -> str:
    """What is stored of a session token: a sign-in cannot be taken over by reading the table."""
    return hashlib.sha256(token.encode()).hexdigest()


def form_token(secret: str, session_token: str) -> str:
    """The token every signed-in form carries (CSRF): derived from the session, so it needs no storage and
    dies with it; a page on another site can neither read it nor guess it."""
    return hmac.new(secret.encode(), f"console-form:{session_token}".encode(), hashlib.sha256).hexdigest()


def tokens_match(expected: str, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(expected.encode(), given.encode())
