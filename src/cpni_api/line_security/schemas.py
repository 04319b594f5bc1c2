from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cpni_api.accounts.schemas import E164Number
from cpni_api.core.request_values import RequestDatetime
from cpni_api.line_security.policy import LineReason

AT_THE_BAR = (
    "An open interaction of the account, authenticated by a method the carrier accepts at the SIM-change bar "
    "(`CPNI_SIM_CHANGE_AUTHENTICATION_METHODS`)."
)
TransferPinValue = Field(
    min_length=6,
    max_length=15,
    pattern=r"^[0-9]+$",
    description="6 to 15 digits, not one digit repeated nor a run; kept as argon2id, never shown again.",
)


class NumberOfRecordAdd(BaseModel):
    model_config = ConfigDict(extra="forbid")

    telephone_number: E164Number
    interaction_id: str | None = Field(
        default=None,
        max_length=40,
        description="An interaction authenticated by password, one-time code or photo ID; omit only during "
        "a new-service account's service initiation (R-2010-f-2).",
    )
    ported_in: bool = Field(
        default=False,
        description="The number arrived from another carrier: a new SIM for the SIM-swap signal (E7).",
    )


class NumberRemoval(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interaction_id: str = Field(max_length=40)


class NumbersOfRecordChanged(BaseModel):
    account_id: str
    change: Literal["added", "ported_in", "removed"]
    telephone_numbers_of_record: list[str]
    change_notice_event_id: str | None = Field(
        description="`account.telephone_number_of_record_changed`, to the contacts of record before the "
        "change; none during service initiation."
    )


class LocksIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sim_change: bool = Field(description="No SIM change while on (R-2010-h-7).")
    port_out: bool = Field(description="No port-out while on (R-5237-4).")
    interaction_id: str | None = Field(
        default=None, max_length=40, description=AT_THE_BAR + " Needed to turn a lock off."
    )


class LocksOut(BaseModel):
    account_id: str
    sim_change: bool
    port_out: bool
    changed_at: datetime | None
    change_notice_event_id: str | None = Field(
        default=None, description="`account.line_locks_changed`, when this request changed a lock."
    )


class TransferPinSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pin: str = TransferPinValue
    interaction_id: str = Field(max_length=40, description=AT_THE_BAR)


class TransferPinChanged(BaseModel):
    account_id: str
    change: Literal["created", "changed"]
    change_notice_event_id: str


class SimChangeCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    account_id: str = Field(max_length=40)
    telephone_number: E164Number = Field(description="The number of record to move to a new SIM.")
    interaction_id: str = Field(max_length=40, description="The customer's interaction asking for it.")


class RequestCompletion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    completed_at: RequestDatetime | None = Field(
        default=None, description="When provisioning carried it out; default now, never in the future."
    )


class LineDecisionOut(BaseModel):
    decision: Literal["allow", "deny"]
    reason_code: LineReason
    rule_ids: list[str]
    required_verification: str | None = Field(
        default=None, description="The method to authenticate by next, when that would help."
    )
    notice_event_id: str | None = Field(description="The customer's notice, when one went out.")
    status: Literal["denied", "requested", "completed"]
    requested_at: datetime
    completed_at: datetime | None


class SimChangeOut(LineDecisionOut):
    id: str
    account_id: str
    telephone_number: str
    interaction_id: str | None
    authentication_method: str | None


class PortOutCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    telephone_number: E164Number
    transfer_pin: str = TransferPinValue
    new_provider: str = Field(min_length=1, max_length=200, description="The gaining carrier.")


class PortOutOut(LineDecisionOut):
    id: str
    account_id: str | None
    telephone_number: str
    new_provider: str


class SimSwapCheck(BaseModel):
    """CAMARA SimSwap `check`, in this API's snake_case."""

    model_config = ConfigDict(extra="forbid")

    phone_number: E164Number
    max_age_hours: int = Field(default=240, ge=1, le=2400)


class SimSwapChecked(BaseModel):
    swapped: bool = Field(description="The SIM changed (or the number was ported in) within max_age_hours.")


class SimSwapRetrieve(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_number: E164Number


class SimSwapDate(BaseModel):
    latest_sim_change: datetime | None = Field(description="Null when no SIM change is on record.")


class LineRequestCounts(BaseModel):
    total: int
    allowed: int
    completed: int
    denied_by_reason: dict[str, int]
    failed_authentications: int = Field(description="Denials that were a failed authentication (R-2010-h-5).")


class LineSecuritySection(BaseModel):
    """The year's line security (R-2010-h-10, R-5237-5): SIM-change and port-out requests, denials by reason,
    failed authentications, and locks turned on and off."""

    sim_change_requests: LineRequestCounts
    port_out_requests: LineRequestCounts
    locks_turned_on: dict[str, int]
    locks_turned_off: dict[str, int]
