"""The carrier's profile: the names the annual certification is filed under (R-2009-e)."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import profile
from cpni_api.compliance.filing_schemas import CarrierProfileIn, CarrierProfileOut
from cpni_api.compliance.routes.shared import Reader, Writer
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, problems

router = APIRouter(prefix="/v1/carrier-profile")


@router.put("", response_model=CarrierProfileOut, summary="Set the carrier's profile")
def put_carrier_profile(
    body: CarrierProfileIn, _principal: Writer, context: WriteContextDep
) -> CarrierProfileOut:
    """The legal name, Form 499 Filer ID, FRN, the officer who signs the certification (name and title), a
    contact and counsel: the certification and its PDF print them as given, in any script. A PUT replaces
    the whole profile."""
    return profile.profile_view(profile.put_profile(context, body))


@router.get(
    "",
    response_model=CarrierProfileOut,
    summary="Get the carrier's profile",
    responses=problems(ErrorCode.CARRIER_PROFILE_NOT_SET),
)
def get_carrier_profile(_principal: Reader, session: DbSession) -> CarrierProfileOut:
    """404 `CARRIER_PROFILE_NOT_SET` until it is set."""
    return profile.profile_view(profile.get_profile(session))
