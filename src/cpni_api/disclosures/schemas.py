from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from cpni_api.disclosures.policy import (
    AuthenticationMethod,
    CpniInformation,
    DisclosureVerdict,
    ReasonCode,
    ReleaseMethod,
)


class DisclosureCheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interaction_id: str = Field(max_length=40)
    information: CpniInformation = Field(
        description="call_detail (R-2010-b) or non_call_detail (other CPNI)."
    )
    release: ReleaseMethod
    customer_provided_call_detail: bool = Field(
        default=False,
        description="The caller recited the call detail without the carrier's help (R-2010-b-3): only that "
        "detail may then be discussed, never other calls.",
    )


class PermittedAlternative(BaseModel):
    release: ReleaseMethod
    destination_hint: str = Field(description="Masked, for the agent to read out; never the full value.")


class DisclosureCheckOut(BaseModel):
    id: str
    interaction_id: str
    account_id: str
    information: CpniInformation
    release: ReleaseMethod
    decision: DisclosureVerdict
    reason_code: ReasonCode
    detail: str
    permitted_alternatives: list[PermittedAlternative]
    required_verification: AuthenticationMethod | None = Field(
        description="The verification that would unlock the requested release in this channel, if any."
    )
    accepted_verifications: list[AuthenticationMethod]
    rule_ids: list[str]
    numbers_to_dial: list[str] = Field(
        description="callback_to_number_of_record, when allowed: the telephone number(s) of record to call, "
        "and nothing else (R-2010-b-2)."
    )
    delivery_event_id: str | None = Field(
        description="send_to_address_of_record, when allowed: the event that takes the call detail to the "
        "address of record (R-2010-b-2)."
    )
    decided_at: datetime
