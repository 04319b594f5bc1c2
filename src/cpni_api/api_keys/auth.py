"""The dependency every /v1 route uses: authenticate the bearer key, then require one scope."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from cpni_api.api_keys import service
from cpni_api.api_keys.scopes import Scope, grants
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import get_clock, get_settings
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings

_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="cpni-api"'}


@dataclass(frozen=True)
class Principal:
    """Who is calling: the API key and what it may do."""

    api_key_id: str
    name: str
    scopes: frozenset[str]


class RequireScope:
    """`Depends(RequireScope(Scope.X))`: 401 without a valid key, 403 without the scope.

    The scope is kept on the instance so the OpenAPI document and the tests can read it off each route.
    """

    def __init__(self, scope: Scope) -> None:
        self.scope = scope

    def __call__(
        self,
        request: Request,
        session: Annotated[Session, Depends(get_session, scope="function")],
        clock: Annotated[Clock, Depends(get_clock)],
        settings: Annotated[Settings, Depends(get_settings)],
    ) -> Principal:
        header = request.headers.get("authorization", "")
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            raise ProblemError(
                ErrorCode.AUTHENTICATION_REQUIRED,
                "Send an API key as 'Authorization: Bearer <key>'.",
                headers=_CHALLENGE,
            )
        api_key = service.authenticate(
            session,
            hmac_key=settings.api_key_hmac_key.get_secret_value(),
            presented=presented.strip(),
            now=clock.now(),
        )
        if api_key is None:
            raise ProblemError(
                ErrorCode.INVALID_API_KEY, "The API key is unknown or revoked.", headers=_CHALLENGE
            )
        principal = Principal(api_key_id=api_key.id, name=api_key.name, scopes=frozenset(api_key.scopes))
        request.state.principal = principal
        if not grants(principal.scopes, self.scope):
            raise ProblemError(
                ErrorCode.INSUFFICIENT_SCOPE,
                f"This operation requires the '{self.scope.value}' scope.",
                extensions={"required_scope": self.scope.value},
            )
        return principal
