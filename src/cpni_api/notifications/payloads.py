"""The `data` of each event type, as the emitting services build it, and the envelope a receiver gets: the
typed payloads of the OpenAPI document's `webhooks` section (ADR 0032).

The services still build plain dicts (the disclosure check's event goes straight to an INSERT, ADR 0016);
tests emit the events through the services and validate what they wrote against these models. A payload
may gain a field, never lose or rename one: receivers must ignore fields they do not know.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from cpni_api.notifications.event_types import EVENT_DESCRIPTIONS, EventType


class _Payload(BaseModel):
    model_config = ConfigDict(extra="allow")  # a payload may gain fields: receivers ignore unknown ones


class NoticePostalAddress(_Payload):
    line1: str
    line2: str | None = None
    city: str
    region: str | None = None
    postal_code: str
    country: str


class NoticeDestination(_Payload):
    """Where a notice or a code goes: a telephone number, email address or postal address of record (the
    member named by `channel` is set)."""

    channel: Literal["telephone_number_of_record", "email_address_of_record", "postal_address_of_record"]
    telephone_number: str | None = Field(default=None, description="E.164, for a telephone number.")
    email_address: str | None = None
    postal_address: NoticePostalAddress | None = None


Destinations = Field(
    description="Every number and address of record before the change (R-2010-f-3, -f-4): never the new "
    "value alone."
)


class ChangeNotice(_Payload):
    """R-2010-f: the kind of change and where the notice must go, never the new value (R-2010-f-4)."""

    change: str = Field(
        description="`created`, `changed` or `deleted` (credentials, PIN); `added`, `ported_in`, `removed` "
        "or `ported_out` (numbers of record)."
    )
    destinations: list[NoticeDestination] = Destinations


class AddressChangeNotice(ChangeNotice):
    address_kind: Literal["postal", "email"]


class VerificationLockNotice(_Payload):
    interaction_id: str
    channel: str = Field(description="The interaction's channel, e.g. `inbound_call`.")
    failures: int = Field(description="The failed attempts that tripped the lock.")
    window: Literal["short", "slow"] = Field(description="Which limit tripped: a burst or slow guessing.")
    failure_window_seconds: int
    locked_until: datetime | None


class OneTimeCodeDelivery(_Payload):
    """The one event with a secret in clear: deliver `code` to `destination` (R-2010-c, -e)."""

    code: str = Field(description="Six digits. Redacted in the pull feed without `events:read_secrets`.")
    destination: NoticeDestination
    expires_at: datetime
    interaction_id: str
    one_time_code_id: str


class CallDetailRelease(_Payload):
    """R-2010-b-2: send the requested call detail to this address of record."""

    disclosure_check_id: str
    interaction_id: str
    information: str = Field(description="The information released, e.g. `call_detail`.")
    destination: NoticeDestination


class NoticeContact(_Payload):
    name: str
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    address: str | None = None


class NoticeDateRange(_Payload):
    started_at: datetime
    ended_at: datetime | None = Field(default=None, description="Null while unknown or ongoing.")


class NoticeDataInvolved(_Payload):
    cpni: list[str] = Field(description="CPNI kinds, e.g. `call_detail`; new kinds may be added.")
    pii: list[str] = Field(description="PII kinds, e.g. `social_security_number`; new kinds may be added.")


class BreachNoticeContent(_Payload):
    """R-2011-NEW-9 [M]: the minimum content of a 2024-rules customer notice, one slot per element, for the
    mailer to render (ADR 0053)."""

    rule_id: Literal["R-2011-NEW-9"] = "R-2011-NEW-9"
    breach_date_range: NoticeDateRange = Field(description="(i) The estimated date range of the breach.")
    information_involved: NoticeDataInvolved = Field(description="(ii) The customer information involved.")
    information_description: str = Field(description="(ii) The same, in the carrier's words.")
    carrier_contact: NoticeContact = Field(description="(iii) How to contact the carrier about the breach.")
    regulators: list[NoticeContact] = Field(description="(iv) The FCC and the FTC.")
    state_regulator: str = Field(description="(iv) Which state agency to name: the customer's own.")
    identity_theft_risk: bool = Field(description="(v) True when any PII was involved.")
    credit_reporting_agencies: list[NoticeContact] = Field(description="(v) When identity theft is a risk.")
    identity_theft_steps: list[str]
    credit_protection_offered: str | None = Field(description="(v) What the carrier offers, if anything.")
    financial_harm_risk: bool = Field(description="(vi) True when payment, account or SSN data was involved.")
    financial_harm_steps: list[str]


class BreachCustomerNotice(_Payload):
    """R-2011-c, R-2011-NEW-7: notify this affected customer of the breach."""

    breach_id: str
    regime: str = Field(description="The breach rules it was determined under: `2007` or `2024`.")
    notice: Literal["cpni_breach"]
    content: BreachNoticeContent | None = Field(
        default=None, description="2024 rules: the notice's minimum content (absent for 2007 breaches)."
    )


class SimChangeNotice(_Payload):
    sim_change_request_id: str
    outcome: Literal["requested", "blocked_by_lock", "held_for_pending_request"] = Field(
        description="`blocked_by_lock`: refused under the SIM-change lock (E23); `held_for_pending_request`: "
        "another SIM change or port-out of the line is pending (E24)."
    )
    line: str = Field(description="The number, masked: its country code and last two digits.")
    destinations: list[NoticeDestination] = Destinations


class SimChangeFailuresNotice(_Payload):
    failures: int = Field(description="Failed SIM-change authentications within the window.")
    window_hours: int
    destinations: list[NoticeDestination] = Destinations


class PortOutNotice(_Payload):
    port_out_request_id: str
    outcome: Literal["requested", "denied"]
    reason_code: str = Field(
        description="The decision's reason, e.g. `TRANSFER_PIN_VERIFIED`; new codes may be added."
    )
    line: str = Field(description="The number, masked: its country code and last two digits.")
    new_provider: str
    destinations: list[NoticeDestination] = Destinations


class LineLockChange(_Payload):
    lock: Literal["sim_change", "port_out"]
    enabled: bool


class LineLocksNotice(_Payload):
    changes: list[LineLockChange]
    destinations: list[NoticeDestination] = Destinations


class WebhookEndpointDisabledNotice(_Payload):
    endpoint_id: str
    consecutive_failures: int


EVENT_PAYLOADS: dict[EventType, type[BaseModel]] = {
    EventType.PASSWORD_CHANGED: ChangeNotice,
    EventType.BACKUP_AUTHENTICATION_CHANGED: ChangeNotice,
    EventType.ONLINE_ACCOUNT_CHANGED: ChangeNotice,
    EventType.ADDRESS_OF_RECORD_CHANGED: AddressChangeNotice,
    EventType.VERIFICATION_LOCKED: VerificationLockNotice,
    EventType.ONE_TIME_CODE_ISSUED: OneTimeCodeDelivery,
    EventType.CALL_DETAIL_RELEASE_REQUESTED: CallDetailRelease,
    EventType.BREACH_CUSTOMER_NOTICE: BreachCustomerNotice,
    EventType.TELEPHONE_NUMBER_OF_RECORD_CHANGED: ChangeNotice,
    EventType.SIM_CHANGE_REQUESTED: SimChangeNotice,
    EventType.SIM_CHANGE_AUTHENTICATION_FAILED: SimChangeFailuresNotice,
    EventType.PORT_OUT_REQUESTED: PortOutNotice,
    EventType.LINE_LOCKS_CHANGED: LineLocksNotice,
    EventType.NUMBER_TRANSFER_PIN_CHANGED: ChangeNotice,
    EventType.WEBHOOK_ENDPOINT_DISABLED: WebhookEndpointDisabledNotice,
}


def envelope_name(event_type: EventType) -> str:
    """`PasswordChangedEvent` for `account.password_changed`: the component's name."""
    return "".join(word.capitalize() for word in event_type.name.split("_")) + "Event"


def _envelope(event_type: EventType) -> type[BaseModel]:
    """The body POSTed for one event type: the feed's envelope with `type` fixed and `data` typed."""
    fields: dict[str, Any] = {
        "id": (
            str,
            Field(description="Stable across retries: also sent as `webhook-id`; de-duplicate on it."),
        ),
        "type": (Literal[event_type.value], Field(description="The event type.")),
        "occurred_at": (datetime, ...),
        "account_id": (str | None, Field(description="The account concerned, if any.")),
        "correlation_id": (str, Field(description="The X-Request-ID of the request that caused the event.")),
        "data": (EVENT_PAYLOADS[event_type], ...),
    }
    return create_model(envelope_name(event_type), __doc__=EVENT_DESCRIPTIONS[event_type], **fields)


EVENT_ENVELOPES: dict[EventType, type[BaseModel]] = {
    event_type: _envelope(event_type) for event_type in EventType
}
