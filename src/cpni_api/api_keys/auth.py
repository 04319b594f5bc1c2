"""The dependencies every /v1 route uses: authenticate the bearer key, then require one scope.

`RequireScope` checks the key in a short transaction of its own before the route runs.
`RequireScopeInTransaction` is for the routes a contact center calls on every call: the route checks the
key inside its own transaction, which saves a hop to the database thread and a transaction (ADR 0014).
Either way a bad key is a 401 and a missing scope a 403, before any 422 about the body.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Connection

from cpni_api.api_keys import service
from cpni_api.api_keys.scopes import ApiKeyScope, grants
from cpni_api.core.clock import Clock
from cpni_api.core.db import TransactionRunner, get_transactions
from cpni_api.core.dependencies import get_clock, get_settings
from cpni_api.core.driver_statements import BoundStatement
from cpni_api.core.errors import SETTLE_BEFORE_VALIDATION_ERRORS, ErrorCode, ProblemError
from cpni_api.core.settings import Settings

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="cpni-api"'}


@dataclass(frozen=True)
class Principal:
    """Who is calling: the API key and what it may do."""

    api_key_id: str
    name: str
    scopes: frozenset[str]


def presented_key(request: Request) -> str:
    """The bearer key of the request; 401 when there is none."""
    header = request.headers.get("authorization", "")
    scheme, _, presented = header.partition(" ")
    if scheme.lower() != "bearer" or not presented.strip():
        raise ProblemError(
            ErrorCode.AUTHENTICATION_REQUIRED,
            "Send an API key as 'Authorization: Bearer <key>'.",
            headers=_CHALLENGE,
        )
    return presented.strip()


def _principal(api_key: service.AuthenticatedKey | None, scope: ApiKeyScope) -> Principal:
    """The caller, when `api_key` is a live key with `scope`; else 401 or 403."""
    if api_key is None:
        raise ProblemError(
            ErrorCode.INVALID_API_KEY, "The API key is unknown or revoked.", headers=_CHALLENGE
        )
    if not grants(api_key.scopes, scope):
        raise ProblemError(
            ErrorCode.INSUFFICIENT_SCOPE,
            f"This operation requires the '{scope.value}' scope.",
            extensions={"required_scope": scope.value},
        )
    return Principal(api_key_id=api_key.id, name=api_key.name, scopes=api_key.scopes)


def require_also(principal: Principal, scope: ApiKeyScope) -> None:
    """403 unless the caller also holds `scope`: for a request whose optional part belongs to another
    scope's operation (an account created with its credentials), so no label skips a scope."""
    if not grants(principal.scopes, scope):
        raise ProblemError(
            ErrorCode.INSUFFICIENT_SCOPE,
            f"This request also requires the '{scope.value}' scope.",
            extensions={"required_scope": scope.value},
        )


@dataclass
class PendingPrincipal:
    """A key presented but not yet checked; `authorize(connection)` checks it in the caller's transaction
    and records the principal on the request."""

    presented: str
    scope: ApiKeyScope
    hmac_key: str
    clock: Clock
    request_state: object

    def key_lookup(self) -> BoundStatement:
        """The read that finds the presented key, for a route that sends it with its own reads in one round
        trip (ADR 0018); its rows go to `authorize`, which must still be the first judgement made."""
        return service.key_lookup(self.presented)

    def authorize(self, connection: Connection, found: list[Any] | None = None) -> Principal:
        """The caller, or 401/403. `found`: the rows `key_lookup()` read, when the route read them already."""
        # The key is being judged now, so the validation-error handler has nothing left to settle. Dropping
        # its callback also breaks the cycle state -> callback -> this -> state: the request's objects are
        # then freed with its last reference instead of by the garbage collector (ADR 0015).
        if getattr(self.request_state, SETTLE_BEFORE_VALIDATION_ERRORS, None) is not None:
            delattr(self.request_state, SETTLE_BEFORE_VALIDATION_ERRORS)
        if found is None:
            found = self.key_lookup().run(connection)
        api_key = service.judge_key(
            connection,
            found[0] if found else None,
            hmac_key=self.hmac_key,
            presented=self.presented,
            now=self.clock.now(),
        )
        principal = _principal(api_key, self.scope)
        self.request_state.principal = principal  # type: ignore[attr-defined]
        return principal


class ScopeRequirement:
    """What both dependencies below share: the scope, kept on the instance so the OpenAPI document and the
    tests can read it off each route, and the key as presented."""

    def __init__(self, scope: ApiKeyScope) -> None:
        self.scope = scope

    def pending(self, request: Request, clock: Clock, settings: Settings) -> PendingPrincipal:
        return PendingPrincipal(
            presented=presented_key(request),
            scope=self.scope,
            hmac_key=settings.api_key_hmac_key.get_secret_value(),
            clock=clock,
            request_state=request.state,
        )


class RequireScope(ScopeRequirement):
    """`Depends(RequireScope(ApiKeyScope.X))`: 401 without a valid key, 403 without the scope.

    The key is looked up in a short transaction of its own, in one hop to the transaction runner: it runs
    before the body is validated (401 before 422), and its once-a-minute `last_used_at` stands whether the
    route then succeeds or not.
    """

    async def __call__(
        self,
        request: Request,
        transactions: Annotated[TransactionRunner, Depends(get_transactions)],
        clock: Annotated[Clock, Depends(get_clock)],
        settings: Annotated[Settings, Depends(get_settings)],
    ) -> Principal:
        return await transactions.run_on_connection(self.pending(request, clock, settings).authorize)


class RequireScopeInTransaction(ScopeRequirement):
    """`Depends(RequireScopeInTransaction(ApiKeyScope.X))`: like RequireScope, but the route checks the key in
    its own transaction by calling `authorize(connection)` on what this returns, before anything else.

    When the request fails validation before the route runs, the error handler checks the key first
    (SETTLE_BEFORE_VALIDATION_ERRORS), so a bad key is still a 401 and a missing scope a 403, not a 422.
    """

    async def __call__(self, request: Request) -> PendingPrincipal:
        # The app's objects straight from its state: three sub-dependencies fewer for FastAPI to solve on
        # every check (ADR 0015).
        state = request.app.state
        transactions: TransactionRunner = state.transactions
        pending = self.pending(request, state.clock, state.settings)

        async def settle() -> None:
            await transactions.run_on_connection(pending.authorize)

        setattr(request.state, SETTLE_BEFORE_VALIDATION_ERRORS, settle)
        return pending
