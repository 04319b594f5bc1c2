from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.carrier_policy.schemas import CarrierPolicyOut
from cpni_api.carrier_policy.service import carrier_policy_view
from cpni_api.core.dependencies import get_settings
from cpni_api.core.settings import Settings

router = APIRouter(tags=["compliance"])


@router.get("/v1/carrier-policy", response_model=CarrierPolicyOut, summary="The carrier's policy in force")
def get_carrier_policy(
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.COMPLIANCE_READ))],
    settings: Annotated[Settings, Depends(get_settings)],
) -> CarrierPolicyOut:
    """The stricter promises the carrier made and the service holds it to (`opt_in_only`:
    `OPT_IN_REQUIRED_BY_CARRIER_POLICY`; `no_third_party_sale`: `THIRD_PARTY_SALE_PROHIBITED`), with the
    effective values of the rule settings: lockout thresholds, the service-initiation window, opt-out waits,
    the training gate. The certification's statement of operating procedures is written from it."""
    return carrier_policy_view(settings)
