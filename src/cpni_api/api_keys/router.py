from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from sqlalchemy.orm import Session

from cpni_api.api_keys import service
from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyOut
from cpni_api.api_keys.scopes import Scope
from cpni_api.audit.trail import AuditTrail, get_audit_trail
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import get_clock, get_settings
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.settings import Settings

router = APIRouter(prefix="/v1/api-keys", tags=["api-keys"])
AdminPrincipal = Annotated[Principal, Depends(RequireScope(Scope.ADMIN))]
DbSession = Annotated[Session, Depends(get_session, scope="function")]


@router.post("", status_code=201, response_model=ApiKeyCreated, summary="Create an API key")
def create_api_key(
    body: ApiKeyCreate,
    principal: AdminPrincipal,
    session: DbSession,
    clock: Annotated[Clock, Depends(get_clock)],
    settings: Annotated[Settings, Depends(get_settings)],
    audit: Annotated[AuditTrail, Depends(get_audit_trail)],
) -> ApiKeyCreated:
    created = service.create_api_key(
        session,
        hmac_key=settings.api_key_hmac_key.get_secret_value(),
        name=body.name,
        scopes=body.scopes,
        now=clock.now(),
        created_by=principal.api_key_id,
    )
    audit.record(
        "api_key.created",
        subject_type="api_key",
        subject_id=created.api_key.id,
        outcome="created",
        details={"name": created.api_key.name, "scopes": created.api_key.scopes},
    )
    return ApiKeyCreated(**ApiKeyOut.model_validate(created.api_key).model_dump(), key=created.plaintext)


@router.get("", response_model=Page[ApiKeyOut], summary="List API keys")
def list_api_keys(
    _principal: AdminPrincipal,
    session: DbSession,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[ApiKeyOut]:
    rows = service.list_api_keys(session, after_id=cursor, limit=limit + 1)
    return page_of(rows, limit, ApiKeyOut.model_validate)


@router.delete("/{api_key_id}", response_model=ApiKeyOut, summary="Revoke an API key")
def revoke_api_key(
    api_key_id: Annotated[str, Path(max_length=40)],
    _principal: AdminPrincipal,
    session: DbSession,
    clock: Annotated[Clock, Depends(get_clock)],
    audit: Annotated[AuditTrail, Depends(get_audit_trail)],
) -> ApiKeyOut:
    """Revokes the key at once (idempotent). The key stays listed, with `revoked_at` set."""
    api_key = service.revoke_api_key(session, api_key_id=api_key_id, now=clock.now())
    if api_key is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No API key has that id.")
    audit.record("api_key.revoked", subject_type="api_key", subject_id=api_key.id, outcome="revoked")
    return ApiKeyOut.model_validate(api_key)
