"""Creating, listing, revoking and authenticating API keys. Creating and revoking are changes made in a
`WriteContext` (ADR 0019), whoever asks: a request or the command line. Services flush; the caller commits."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, select, update
from sqlalchemy.orm import Session

from cpni_api.api_keys.models import ApiKey
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContext
from cpni_api.core.driver_statements import BoundStatement, DriverStatement
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.ids import new_id

KEY_PREFIX = "cpni"
ID_PREFIX = "key"
# Writing last_used_at on every request would turn every read into a row write; a minute is precise enough.
LAST_USED_GRANULARITY = timedelta(seconds=60)


# Built once: every authenticated request runs these (ADR 0014).
_keys = cast(Table, ApiKey.__table__)
# Run on the driver: every disclosure check looks its key up (ADR 0016).
_FIND_KEY = DriverStatement(
    select(
        _keys.c.id, _keys.c.name, _keys.c.key_digest, _keys.c.scopes, _keys.c.last_used_at, _keys.c.revoked_at
    ).where(_keys.c.id == bindparam("api_key_id"))
)
_RECORD_USE = update(_keys).where(_keys.c.id == bindparam("api_key_id")).values(last_used_at=bindparam("now"))


@dataclass(frozen=True)
class AuthenticatedKey:
    id: str
    name: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class CreatedKey:
    api_key: ApiKey
    plaintext: str


def digest(hmac_key: str, presented: str) -> str:
    return hmac.new(hmac_key.encode(), presented.encode(), hashlib.sha256).hexdigest()


def format_key(api_key_id: str, secret: str) -> str:
    # cpni_<ULID>_<secret>: the ULID finds the row without a scan; the secret is 256 random bits.
    return f"{KEY_PREFIX}_{api_key_id.removeprefix(ID_PREFIX + '_')}_{secret}"


def parse_key(presented: str) -> str | None:
    """The api key id a presented key claims, or None when it is not shaped like one of ours."""
    parts = presented.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or len(parts[1]) != 26 or not parts[2]:
        return None
    return f"{ID_PREFIX}_{parts[1]}"


def create_api_key(context: WriteContext, *, name: str, scopes: Sequence[ApiKeyScope]) -> CreatedKey:
    """A new key, created by the context's actor; its plaintext exists only in what this returns."""
    api_key_id = new_id(ID_PREFIX)
    plaintext = format_key(api_key_id, secrets.token_urlsafe(32))
    api_key = ApiKey(
        id=api_key_id,
        name=name,
        key_digest=digest(context.settings.api_key_hmac_key.get_secret_value(), plaintext),
        scopes=sorted({scope.value for scope in scopes}),
        created_at=context.now(),
        created_by=context.actor,
    )
    context.session.add(api_key)
    context.session.flush()
    context.audit.record(
        "api_key.created",
        subject_type="api_key",
        subject_id=api_key.id,
        outcome="created",
        details={"name": api_key.name, "scopes": api_key.scopes},
    )
    return CreatedKey(api_key=api_key, plaintext=plaintext)


def key_lookup(presented: str) -> BoundStatement:
    """The read that finds the key `presented` claims to be; it finds nothing when `presented` is not shaped
    like one of ours. Apart from `judge_key` so a hot path can send it with its other reads (ADR 0018)."""
    return _FIND_KEY.bind({"api_key_id": parse_key(presented) or ""})


def judge_key(
    connection: Connection, found: Any, *, hmac_key: str, presented: str, now: datetime
) -> AuthenticatedKey | None:
    """The live key matching `presented`, given the row its lookup found (or None); else None. Records last
    use at most once a minute."""
    expected = found.key_digest if found is not None else "0" * 64
    # Compare even when the row is missing, so timing does not tell which ids exist.
    matches = hmac.compare_digest(expected, digest(hmac_key, presented))
    if found is None or not matches or found.revoked_at is not None:
        return None
    if found.last_used_at is None or now - found.last_used_at >= LAST_USED_GRANULARITY:
        connection.execute(_RECORD_USE, {"api_key_id": found.id, "now": now})
    return AuthenticatedKey(id=found.id, name=found.name, scopes=frozenset(found.scopes))


def list_api_keys(session: Session, *, after_id: str | None, limit: int) -> list[ApiKey]:
    query = select(ApiKey).order_by(ApiKey.id).limit(limit)
    if after_id is not None:
        query = query.where(ApiKey.id > after_id)
    return list(session.scalars(query))


def revoke_api_key(context: WriteContext, api_key_id: str, *, keep_an_admin: bool = True) -> ApiKey:
    """Revokes the key at once (idempotent: a revoked key keeps its first revocation time); 404 when no key
    has that id. A key never revokes itself (409 API_KEY_REVOKES_ITSELF), and with `keep_an_admin` (the
    API) the last live admin key is never revoked (409 LAST_ADMIN_KEY): nobody could then manage keys
    through the API. The command line passes `keep_an_admin=False`: it is the operator's way back, and can
    create a new admin key at any time (ADR 0022)."""
    api_key = context.session.get(ApiKey, api_key_id)
    if api_key is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No API key has that id.")
    if api_key.revoked_at is None:
        if api_key.id == context.actor:
            raise ProblemError(
                ErrorCode.API_KEY_REVOKES_ITSELF,
                "A key cannot revoke itself: revoke it with another admin key, or with `cpni-api api-keys "
                "revoke`.",
            )
        is_admin = ApiKeyScope.ADMIN.value in api_key.scopes
        if keep_an_admin and is_admin and live_admin_key_ids(context.session) == {api_key.id}:
            raise ProblemError(
                ErrorCode.LAST_ADMIN_KEY,
                "This is the last admin key: create another admin key first, or revoke it with "
                "`cpni-api api-keys revoke`.",
            )
        api_key.revoked_at = context.now()
        context.session.flush()
    context.audit.record("api_key.revoked", subject_type="api_key", subject_id=api_key.id, outcome="revoked")
    return api_key


def live_admin_key_ids(session: Session) -> set[str]:
    """The live admin keys, locked until the transaction ends: two admins revoking each other at once then
    take turns, and the second finds the first's key revoked (PostgreSQL re-reads a row it waited for;
    SQLite's BEGIN IMMEDIATE serialises writers anyway)."""
    rows = session.execute(
        select(ApiKey.id, ApiKey.scopes).where(ApiKey.revoked_at.is_(None)).with_for_update()
    ).all()
    return {key_id for key_id, scopes in rows if ApiKeyScope.ADMIN.value in scopes}
