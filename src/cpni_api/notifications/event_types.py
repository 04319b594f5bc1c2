"""The outbound event types: an add-only list (never rename or remove one; receivers switch on them)."""

from __future__ import annotations

from enum import StrEnum


class EventType(StrEnum):
    # R-2010-f: change notices. Each names only the kind of change and where the notice must go.
    PASSWORD_CHANGED = "account.password_changed"  # noqa: S105 - an event name, not a password
    BACKUP_AUTHENTICATION_CHANGED = "account.backup_authentication_changed"
    ONLINE_ACCOUNT_CHANGED = "account.online_account_changed"
    ADDRESS_OF_RECORD_CHANGED = "account.address_of_record_changed"
    # R-2010-a: repeated failed verification locked the account's verification (a pretexting signal).
    VERIFICATION_LOCKED = "account.verification_locked"
    # R-2010-c/e: a one-time code to deliver to a telephone number or address of record.
    ONE_TIME_CODE_ISSUED = "account.one_time_code_issued"
    # R-2010-b-2: call detail to send to the customer's address of record.
    CALL_DETAIL_RELEASE_REQUESTED = "disclosure.call_detail_release_requested"
    # R-2011-c: a breach notice to one affected customer.
    BREACH_CUSTOMER_NOTICE = "breach.customer_notice"
    # R-2010-f, E15: a telephone number of record was added, ported in, removed or ported out.
    TELEPHONE_NUMBER_OF_RECORD_CHANGED = "account.telephone_number_of_record_changed"
    # R-2010-h-6: a SIM change was requested (or blocked by the customer's lock, E23), before it is done.
    SIM_CHANGE_REQUESTED = "account.sim_change_requested"
    # R-2010-h-5: repeated failed authentications for SIM changes on the account.
    SIM_CHANGE_AUTHENTICATION_FAILED = "account.sim_change_authentication_failed"
    # R-5237-3: a port-out was requested by another carrier (allowed or not).
    PORT_OUT_REQUESTED = "account.port_out_requested"
    # R-2010-h-7, R-5237-4: the customer's SIM-change or port-out lock was turned on or off.
    LINE_LOCKS_CHANGED = "account.line_locks_changed"
    # R-5237-2: the number transfer PIN was set or changed.
    NUMBER_TRANSFER_PIN_CHANGED = "account.number_transfer_pin_changed"
    # Operations: a webhook endpoint was disabled after repeated failures.
    WEBHOOK_ENDPOINT_DISABLED = "webhook_endpoint.disabled"


EVENT_DESCRIPTIONS: dict[EventType, str] = {
    EventType.PASSWORD_CHANGED: "A password was created or changed (R-2010-f). Notify the destinations.",
    EventType.BACKUP_AUTHENTICATION_CHANGED: "Backup authentication was created or changed (R-2010-f).",
    EventType.ONLINE_ACCOUNT_CHANGED: "An online account was created or changed (R-2010-f).",
    EventType.ADDRESS_OF_RECORD_CHANGED: "A postal or email address was changed (R-2010-f). "
    "The destinations are the numbers of record and the addresses that were of record before the change.",
    EventType.VERIFICATION_LOCKED: "Verification was locked after repeated failures (R-2010-a).",
    EventType.ONE_TIME_CODE_ISSUED: "Deliver a one-time code to the named number or address of record.",
    EventType.CALL_DETAIL_RELEASE_REQUESTED: "Send the requested call detail to the address of record "
    "(R-2010-b).",
    EventType.BREACH_CUSTOMER_NOTICE: "Notify an affected customer of a CPNI breach (R-2011-c).",
    EventType.WEBHOOK_ENDPOINT_DISABLED: "A webhook endpoint was disabled after repeated delivery failures.",
    EventType.TELEPHONE_NUMBER_OF_RECORD_CHANGED: "A telephone number of record was added, ported in, "
    "removed or ported out (R-2010-f, E15). The destinations are those of record before the change, never "
    "the new number alone.",
    EventType.SIM_CHANGE_REQUESTED: "A SIM change was requested on the account (R-2010-h-6), or blocked by "
    "the customer's lock (E23): tell the customer at once, at every number and address of record, before "
    "the change is carried out, and how to stop it.",
    EventType.SIM_CHANGE_AUTHENTICATION_FAILED: "Repeated SIM-change requests on the account failed "
    "authentication (R-2010-h-5): a pretexting signal for the customer and the fraud team.",
    EventType.PORT_OUT_REQUESTED: "Another carrier asked to port a number of the account out (R-5237-3): "
    "tell the customer at once, whatever the answer.",
    EventType.LINE_LOCKS_CHANGED: "The customer's SIM-change or port-out lock was turned on or off "
    "(R-2010-h-7, R-5237-4).",
    EventType.NUMBER_TRANSFER_PIN_CHANGED: "The number transfer PIN was set or changed (R-5237-2).",
}
