"""Console sign-in and sign-out (ADR 0043): a session per sign-in, kept in the database, found again by the
digest of the token its cookie carries. Each change is one function in a `WriteContext` that records its audit
row (ADR 0019)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.api_keys import service as api_keys
from cpni_api.api_keys.models import ApiKey
from cpni_api.audit.context import WriteContext
from cpni_api.console import policy
from cpni_api.console.models import ConsoleSession
from cpni_api.core.ids import new_id


@dataclass(frozen=True)
class Officer:
    """Who is signed in: the session, its API key and what the key may do."""

    session_id: str
    api_key_id: str
    key_name: str
    scopes: frozenset[str]
    expires_at: datetime
    form_token: str

    @property
    def may_review_campaigns(self) -> bool:
        return policy.may_review_campaigns(self.scopes)


class SignInRefused(Exception):  # noqa: N818 - an outcome the sign-in page shows, not a failure
    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


def sign_in(context: WriteContext, presented_key: str) -> tuple[ConsoleSession, str]:
    """The session and the token for its cookie, when `presented_key` is a live key with `compliance:read`;
    else `SignInRefused` (nothing is recorded for a refused key: the trail names actors, not guesses)."""
    connection = context.session.connection()
    found = api_keys.key_lookup(presented_key).run(connection)
    key = api_keys.judge_key(
        connection,
        found[0] if found else None,
        hmac_key=context.settings.api_key_hmac_key.get_secret_value(),
        presented=presented_key,
        now=context.now(),
    )
    if key is None:
        raise SignInRefused("The API key is unknown or revoked.", 401)
    if not policy.may_sign_in(key.scopes):
        raise SignInRefused("This API key lacks the compliance:read scope the console needs.", 403)
    now = context.now()
    token = secrets.token_urlsafe(32)
    console_session = ConsoleSession(
        id=new_id("cns"),
        token_digest=policy.token_digest(token),
        api_key_id=key.id,
        created_at=now,
        expires_at=policy.expires_at(now, context.settings.console_session_minutes),
    )
    context.session.add(console_session)
    context.session.flush()
    # No principal is on the request yet: the row names the key that signed in as its actor.
    replace(context.audit, api_key_id=key.id).record(
        "console.signed_in",
        subject_type="console_session",
        subject_id=console_session.id,
        outcome="signed_in",
        details={"expires_at": console_session.expires_at.isoformat()},
    )
    return console_session, token


def signed_in(session: Session, token: str | None, *, secret: str, now: datetime) -> Officer | None:
    """The officer whose cookie carries `token`, while the session is live (policy.session_is_live)."""
    if not token:
        return None
    row = session.execute(
        select(ConsoleSession, ApiKey)
        .join(ApiKey, ApiKey.id == ConsoleSession.api_key_id)
        .where(ConsoleSession.token_digest == policy.token_digest(token))
    ).first()
    if row is None:
        return None
    console_session, key = row
    facts = policy.SessionFacts(
        expires_at=console_session.expires_at,
        ended_at=console_session.ended_at,
        key_revoked=key.revoked_at is not None,
        scopes=frozenset(key.scopes),
    )
    if not policy.session_is_live(facts, now):
        return None
    return Officer(
        session_id=console_session.id,
        api_key_id=key.id,
        key_name=key.name,
        scopes=facts.scopes,
        expires_at=console_session.expires_at,
        form_token=policy.form_token(secret, token),
    )


def sign_out(context: WriteContext, officer: Officer) -> None:
    console_session = context.session.get(ConsoleSession, officer.session_id, with_for_update=True)
    if console_session is None or console_session.ended_at is not None:
        return
    console_session.ended_at = context.now()
    context.session.flush()
    context.audit.record(
        "console.signed_out",
        subject_type="console_session",
        subject_id=console_session.id,
        outcome="signed_out",
    )
