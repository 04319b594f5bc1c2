from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from cpni_api.core.request_values import RequestDate
from cpni_api.third_parties.vocabulary import ThirdPartyKind


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


Text200 = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]


class AgreementIn(BaseModel):
    """A confidentiality agreement. It is in force from `signed_on` up to, not including, `expires_on`."""

    model_config = ConfigDict(extra="forbid")

    reference: Text200
    signed_on: RequestDate
    expires_on: RequestDate

    @model_validator(mode="after")
    def _expires_after_signing(self) -> AgreementIn:
        if self.expires_on <= self.signed_on:
            raise ValueError("expires_on must be after signed_on")
        return self


class AcknowledgementIn(BaseModel):
    """An agent's signed acknowledgement that it may use CPNI only for the purpose it was given for."""

    model_config = ConfigDict(extra="forbid")

    acknowledged_on: RequestDate
    reference: Text200


class ThirdPartyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Text200
    kind: ThirdPartyKind = Field(description="A reviewed attribute (E16): it decides the approval needed.")
    provides_communications_related_services: bool = Field(
        default=False,
        description="Affiliates only: opt-out approval suffices for affiliates that provide "
        "communications-related services (R-2007-b-1); other affiliates need opt-in.",
    )
    confidentiality_agreement: AgreementIn | None = Field(
        default=None,
        description="Required before CPNI reaches a joint venture partner, independent contractor, vendor or "
        "carrier; an expired agreement denies every use.",
    )
    use_limitation_acknowledgement: AcknowledgementIn | None = Field(
        default=None, description="Agents only: required before CPNI reaches the agent."
    )

    @model_validator(mode="after")
    def _kind_specific_fields(self) -> ThirdPartyCreate:
        if self.use_limitation_acknowledgement is not None and self.kind != ThirdPartyKind.AGENT:
            raise ValueError("only an agent acknowledges the use limitation")
        if self.provides_communications_related_services and self.kind != ThirdPartyKind.AFFILIATE:
            raise ValueError("provides_communications_related_services applies to affiliates only")
        return self


class AgreementOut(BaseModel):
    reference: str
    signed_on: date
    expires_on: date
    in_force: bool = Field(description="On the carrier's calendar date now.")


class AcknowledgementOut(BaseModel):
    acknowledged_on: date
    reference: str | None


class ThirdPartyOut(BaseModel):
    id: str
    name: str
    kind: str
    provides_communications_related_services: bool
    confidentiality_agreement: AgreementOut | None
    use_limitation_acknowledgement: AcknowledgementOut | None
    created_at: datetime
    updated_at: datetime
