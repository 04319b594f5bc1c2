from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cpni_api.accounts.schemas import E164Number

Channel = Literal["inbound_call", "outbound_call", "online", "in_store"]
Purpose = Literal["general", "sim_change", "port_out"]
Method = Literal["password", "backup", "one_time_code", "photo_id", "business_contract"]
Secret = Annotated[str, Field(min_length=1, max_length=200)]


class InteractionOpen(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(max_length=40)
    channel: Channel
    agent_id: str | None = Field(default=None, max_length=100)
    dialed_number: E164Number | None = Field(
        default=None, description="Outbound calls only: the number the agent dialed."
    )
    purpose: Purpose = Field(
        default="general",
        description="`sim_change` or `port_out`: the agent sees no CPNI at all, call detail or not, until "
        "the caller is authenticated by a method accepted at the SIM-change bar (R-2010-h-8).",
    )

    @model_validator(mode="after")
    def _dialed_number_for_outbound_calls(self) -> InteractionOpen:
        if (self.channel == "outbound_call") != (self.dialed_number is not None):
            raise ValueError("dialed_number is required for outbound_call and allowed only there")
        return self


class InteractionOut(BaseModel):
    id: str
    account_id: str
    channel: Channel
    agent_id: str | None
    status: Literal["open", "closed"]
    purpose: Purpose = "general"
    authenticated: bool
    authentication_method: Method | None
    at_number_of_record: bool = Field(description="Outbound calls: the dialed number is a number of record.")
    opened_at: datetime
    expires_at: datetime
    closed_at: datetime | None


class VerificationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Method
    password: Secret | None = None
    answer: Secret | None = None
    code: Annotated[str, Field(min_length=4, max_length=12, pattern=r"^\d+$")] | None = None
    id_type: (
        Literal["drivers_license", "passport", "state_id", "military_id", "other_government_id"] | None
    ) = None
    expires_on: date | None = None
    matches_account: bool | None = None
    representative: str | None = Field(
        default=None,
        max_length=200,
        description="business_contract: the dedicated representative who authenticated the caller as the "
        "contract provides (R-2010-g).",
    )
    contract_reference: str | None = Field(
        default=None, max_length=200, description="business_contract: the CPNI contract relied on."
    )

    @model_validator(mode="after")
    def _fields_for_method(self) -> VerificationIn:
        given = {
            name
            for name in (
                "password",
                "answer",
                "code",
                "id_type",
                "expires_on",
                "matches_account",
                "representative",
                "contract_reference",
            )
            if getattr(self, name) is not None
        }
        allowed: dict[str, set[str]] = {
            "password": {"password"},
            "backup": {"answer", "code"},
            "one_time_code": {"code"},
            "photo_id": {"id_type", "expires_on", "matches_account"},
            "business_contract": {"representative", "contract_reference"},
        }
        if not given <= allowed[self.method]:
            raise ValueError(f"{self.method} takes only {sorted(allowed[self.method])}")
        if self.method == "backup" and len(given) != 1:
            raise ValueError("backup takes either answer or code")
        if self.method != "backup" and given != allowed[self.method]:
            raise ValueError(f"{self.method} needs {sorted(allowed[self.method])}")
        return self


class VerificationOut(BaseModel):
    outcome: Literal["verified", "failed", "locked", "reset_required"]
    reason: str | None = Field(description="Why it did not verify, for the agent (never the secret).")
    attempts_remaining: int = Field(description="Failures left before verification locks (R-2010-a-1).")
    locked_until: datetime | None
    reset_required: bool = Field(description="R-2010-e-3: the customer must establish a new password.")
    interaction: InteractionOut


class OneTimeCodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    destination: Literal["telephone_number_of_record", "address_of_record"]
    telephone_number: E164Number | None = Field(
        default=None,
        description="Which number of record (default: the first). Must already be a number of record: a "
        "number the caller supplies is refused (R-2010-b-2, E7).",
    )


class OneTimeCodeSent(BaseModel):
    id: str
    destination: Literal["telephone_number_of_record", "address_of_record"]
    destination_hint: str
    expires_at: datetime
