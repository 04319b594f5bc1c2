"""What the line-security routes share: the scopes they need, their path parameters, the hasher, how a
number in a path is read and how a request record is answered."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path

from cpni_api.accounts.schemas import normalize_number
from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.credentials.hashing import SecretHasher, get_secret_hasher
from cpni_api.line_security.models import PortOutRequest, SimChangeRequest
from cpni_api.line_security.schemas import (
    PortOutOut,
    SimChangeOut,
)

Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.LINE_SECURITY_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.LINE_SECURITY_READ))]
AccountId = Annotated[str, Path(max_length=40)]
RequestId = Annotated[str, Path(max_length=40)]
Hasher = Annotated[SecretHasher, Depends(get_secret_hasher)]


def sim_change_out(request: SimChangeRequest) -> SimChangeOut:
    return SimChangeOut.model_validate(request, from_attributes=True)


def port_out_out(request: PortOutRequest) -> PortOutOut:
    return PortOutOut.model_validate(request, from_attributes=True)


def parsed_number(value: str, region: str, location: tuple[str, str]) -> str:
    try:
        return normalize_number(value, region)
    except ValueError as error:
        raise ProblemError(
            ErrorCode.VALIDATION_FAILED,
            "The request is invalid (1 error).",
            extensions={
                "errors": [{"location": list(location), "message": str(error), "type": "value_error"}]
            },
        ) from None
