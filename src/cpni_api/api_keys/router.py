from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from cpni_api.api_keys import service
from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.schemas import ApiKeyCreate, ApiKeyCreated, ApiKeyOut
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContextDep
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/api-keys", tags=["api-keys"])
AdminPrincipal = Annotated[Principal, Depends(RequireScope(ApiKeyScope.ADMIN))]


@router.post("", status_code=201, response_model=ApiKeyCreated, summary="Create an API key")
def create_api_key(body: ApiKeyCreate, _principal: AdminPrincipal, context: WriteContextDep) -> ApiKeyCreated:
    """A key for one calling system with the scopes it needs (least privilege). The plaintext key is in this
    response only; it is stored as an HMAC."""
    created = service.create_api_key(context, name=body.name, scopes=body.scopes)
    return ApiKeyCreated(**ApiKeyOut.model_validate(created.api_key).model_dump(), key=created.plaintext)


@router.get("", response_model=Page[ApiKeyOut], summary="List API keys")
def list_api_keys(
    _principal: AdminPrincipal,
    session: DbSession,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[ApiKeyOut]:
    """Every key with its scopes, creation and last use, and whether it is revoked; never the key itself."""
    rows = service.list_api_keys(session, after_id=cursor, limit=limit + 1)
    return page_of(rows, limit, ApiKeyOut.model_validate)


@router.delete(
    "/{api_key_id}",
    response_model=ApiKeyOut,
    summary="Revoke an API key",
    responses=problems(ErrorCode.API_KEY_REVOKES_ITSELF, ErrorCode.LAST_ADMIN_KEY, ErrorCode.NOT_FOUND),
)
def revoke_api_key(
    api_key_id: Annotated[str, Path(max_length=40)], _principal: AdminPrincipal, context: WriteContextDep
) -> ApiKeyOut:
    """Revokes the key at once (idempotent). The key stays listed, with `revoked_at` set."""
    return ApiKeyOut.model_validate(service.revoke_api_key(context, api_key_id))
