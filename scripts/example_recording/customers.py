"""The contact center's day: accounts, their credentials, a caller verified, disclosure checks, and the
lookups an agent desktop makes (design.md §4). Every number is a fictional 555-01xx number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scripts.example_recording.recorder import Recorder

PASSWORD = "Maple-Lantern-Harbor-42"
NEW_PASSWORD = "Quiet-Orchard-Violin-77"
WRONG_PASSWORD = "Maple-Lantern-Harbour-24"
OTP_PLACEHOLDER = "482915"
TOTP_URI_PLACEHOLDER = "otpauth://totp/cpni-api:acct?secret=JBSWY3DPEHPK3PXP&issuer=cpni-api"


@dataclass
class Customers:
    """The accounts the other flows reuse."""

    residential: dict[str, Any]
    business: dict[str, Any]
    password: str


def issue_code(recorder: Recorder, interaction_id: str, account_id: str) -> str:
    """Sends a one-time code and reads it back from the event feed, as the mailer would receive it."""
    recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        expect=202,
        interaction_id=interaction_id,
    )
    feed = recorder.call(
        "GET",
        "/v1/events",
        params={"type": "account.one_time_code_issued", "limit": 500},
        expect=200,
        record=False,
    )
    issued = [event for event in feed["items"] if event["account_id"] == account_id]
    return recorder.secret(str(issued[-1]["data"]["code"]), OTP_PLACEHOLDER)


def open_interaction(
    recorder: Recorder, account_id: str, example: str = "inbound_call", **fields: Any
) -> str:
    body = {"account_id": account_id, "channel": "inbound_call", "agent_id": "agent-0042", **fields}
    opened = recorder.call("POST", "/v1/interactions", json=body, expect=201, example=example)
    return str(opened["id"])


def verify_by_password(recorder: Recorder, interaction_id: str, password: str = PASSWORD) -> None:
    outcome = recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/verifications",
        json={"method": "password", "password": password},
        expect=200,
        example="password_verified",
        interaction_id=interaction_id,
    )
    assert outcome["outcome"] == "verified", outcome


def record_customers(recorder: Recorder) -> Customers:
    residential = recorder.call(
        "POST",
        "/v1/accounts",
        json={
            "external_ref": "CRM-100234",
            "kind": "residential",
            "telephone_numbers_of_record": ["+12025550143", "+12025550188"],
            "postal_address": {
                "line1": "1200 Pennsylvania Ave NW",
                "line2": "Apt 4B",
                "city": "Washington",
                "region": "DC",
                "postal_code": "20004",
                "country": "US",
            },
            "email_address": {"address": "jordan.rivera@example.com"},
            "origin": "new_service",
            "initial_credentials": {"password": PASSWORD, "online_username": "jrivera"},
        },
        expect=201,
        example="new_service_sign_up",
    )
    business = recorder.call(
        "POST",
        "/v1/accounts",
        json={
            "external_ref": "CRM-200871",
            "kind": "business",
            "telephone_numbers_of_record": ["+13125550117"],
            "postal_address": {
                "associated_since": "2019-06-01T00:00:00Z",
                "line1": "233 S Wacker Dr",
                "city": "Chicago",
                "region": "IL",
                "postal_code": "60606",
                "country": "US",
            },
            "business": {
                "dedicated_representative": "Alex Chen, enterprise accounts",
                "cpni_contract_reference": "MSA-2019-0415 §7",
            },
            "origin": "existing_customer",
        },
        expect=201,
        example="existing_business_customer",
    )
    recorder.call(
        "POST",
        "/v1/accounts",
        json={
            "external_ref": "CRM-100234",
            "kind": "residential",
            "telephone_numbers_of_record": ["+12025550199"],
        },
        expect=409,
        example="external_ref_taken",
    )
    recorder.call(
        "POST",
        "/v1/accounts",
        json={"external_ref": "CRM-100299", "kind": "residential", "telephone_numbers_of_record": ["12"]},
        expect=422,
        example="invalid_number",
    )
    account_id = str(residential["id"])
    recorder.call(
        "GET",
        "/v1/accounts",
        params={"telephone_number": "(202) 555-0143"},
        expect=200,
        example="by_caller_ani",
    )
    recorder.call(
        "GET", "/v1/accounts", params={"external_ref": "CRM-200871"}, expect=200, example="by_crm_reference"
    )
    recorder.call("GET", "/v1/accounts", params={"limit": 2}, expect=200, example="first_page")
    recorder.call("GET", "/v1/accounts/{account_id}", expect=200, account_id=account_id)
    recorder.call(
        "GET", "/v1/accounts/{account_id}", expect=404, example="unknown_account", account_id="acct_unknown"
    )

    interaction = _verified_call(recorder, account_id)
    _credentials(recorder, account_id, interaction)
    _disclosure_checks(recorder, account_id, interaction)
    _business_call(recorder, str(business["id"]))
    _lockout(recorder)
    return Customers(residential=residential, business=business, password=NEW_PASSWORD)


def _verified_call(recorder: Recorder, account_id: str) -> str:
    """An inbound call: a wrong password, then the right one; and a second call verified by a code."""
    interaction = open_interaction(recorder, account_id)
    failed = recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/verifications",
        json={"method": "password", "password": WRONG_PASSWORD},
        expect=200,
        example="password_failed",
        interaction_id=interaction,
    )
    assert failed["outcome"] == "failed", failed
    verify_by_password(recorder, interaction)
    recorder.call("GET", "/v1/interactions/{interaction_id}", expect=200, interaction_id=interaction)

    by_code = open_interaction(recorder, account_id, example="callback_verified_by_code")
    code = issue_code(recorder, by_code, account_id)
    recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/verifications",
        json={"method": "one_time_code", "code": code},
        expect=200,
        example="one_time_code_verified",
        interaction_id=by_code,
    )
    recorder.call("POST", "/v1/interactions/{interaction_id}/close", expect=200, interaction_id=by_code)
    recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/verifications",
        json={"method": "password", "password": PASSWORD},
        expect=409,
        example="interaction_closed",
        interaction_id=by_code,
    )
    recorder.call(
        "GET",
        "/v1/accounts/{account_id}/interactions",
        params={"limit": 2},
        expect=200,
        account_id=account_id,
    )
    return interaction


def _credentials(recorder: Recorder, account_id: str, interaction: str) -> None:
    """Changes made on the verified call: each sends the customer a change notice (R-2010-f)."""
    path = "/v1/accounts/{account_id}"
    recorder.call(
        "PUT",
        path + "/postal-address",
        json={
            "line1": "45 Rhode Island Ave NW",
            "city": "Washington",
            "region": "DC",
            "postal_code": "20001",
        },
        expect=200,
        account_id=account_id,
    )
    recorder.call(
        "PUT",
        path + "/email-address",
        json={"address": "j.rivera@example.net"},
        expect=200,
        account_id=account_id,
    )
    recorder.call(
        "PUT",
        path + "/password",
        json={
            "password": NEW_PASSWORD,
            "interaction_id": interaction,
            "forbidden_values": ["Rivera", "1987"],
        },
        expect=200,
        account_id=account_id,
    )
    recorder.call(
        "PUT",
        path + "/password",
        json={"password": "password123", "interaction_id": interaction},
        expect=422,
        example="too_common",
        account_id=account_id,
    )
    recorder.call(
        "PUT",
        path + "/backup-authentication",
        json={
            "method": "secret_answer",
            "question": "What was the name of your first pet?",
            "answer": "Biscuit the beagle",
            "interaction_id": interaction,
        },
        expect=200,
        example="secret_answer",
        account_id=account_id,
    )
    recorder.call(
        "DELETE",
        path + "/backup-authentication",
        params={"interaction_id": interaction},
        expect=200,
        account_id=account_id,
    )
    totp = recorder.call(
        "PUT",
        path + "/backup-authentication",
        json={"method": "totp", "interaction_id": interaction},
        expect=200,
        example="totp",
        account_id=account_id,
    )
    recorder.secret(str(totp["provisioning_uri"]), TOTP_URI_PLACEHOLDER)
    recorder.call(
        "PUT",
        path + "/online-account",
        json={"username": "jordan.rivera", "interaction_id": interaction},
        expect=200,
        account_id=account_id,
    )
    recorder.call(
        "DELETE",
        path + "/online-account",
        params={"interaction_id": interaction},
        expect=200,
        account_id=account_id,
    )


def _disclosure_checks(recorder: Recorder, account_id: str, interaction: str) -> None:
    """Call detail on an unverified call is denied; on the verified one it may be discussed."""
    unverified = open_interaction(recorder, account_id, example="unverified_call")
    denied = recorder.call(
        "POST",
        "/v1/disclosure-checks",
        json={
            "interaction_id": unverified,
            "information": "call_detail",
            "release": "discuss_in_interaction",
        },
        expect=200,
        example="call_detail_denied",
    )
    assert denied["decision"] == "deny", denied
    allowed = recorder.call(
        "POST",
        "/v1/disclosure-checks",
        json={
            "interaction_id": interaction,
            "information": "call_detail",
            "release": "discuss_in_interaction",
        },
        expect=200,
        example="call_detail_allowed",
    )
    assert allowed["decision"] == "allow", allowed
    recorder.call("GET", "/v1/disclosure-checks/{check_id}", expect=200, check_id=str(allowed["id"]))


def _business_call(recorder: Recorder, account_id: str) -> None:
    """R-2010-g: a business account with a dedicated representative and a CPNI contract."""
    interaction = open_interaction(recorder, account_id, example="business_call", agent_id="agent-0107")
    recorder.call(
        "POST",
        "/v1/interactions/{interaction_id}/verifications",
        json={
            "method": "business_contract",
            "representative": "Alex Chen, enterprise accounts",
            "contract_reference": "MSA-2019-0415 §7",
        },
        expect=200,
        example="business_contract",
        interaction_id=interaction,
    )
    # R-2010-b-2: call detail may always go to an address of record 30 days old; the mailer is told.
    sent = recorder.call(
        "POST",
        "/v1/disclosure-checks",
        json={
            "interaction_id": interaction,
            "information": "call_detail",
            "release": "send_to_address_of_record",
        },
        expect=200,
        example="sent_to_address_of_record",
    )
    assert sent["delivery_event_id"] is not None, sent


def _lockout(recorder: Recorder) -> None:
    """Someone guessing: the fifth wrong password locks verification (R-2010-a-1) and tells the customer."""
    account = recorder.call(
        "POST",
        "/v1/accounts",
        json={
            "external_ref": "CRM-100377",
            "kind": "residential",
            "telephone_numbers_of_record": ["+14155550162"],
            "initial_credentials": {"password": PASSWORD},
        },
        expect=201,
        example="with_initial_password",
    )
    interaction = open_interaction(
        recorder, str(account["id"]), example="guessing_caller", agent_id="agent-0311"
    )
    for attempt in range(1, 6):
        outcome = recorder.call(
            "POST",
            "/v1/interactions/{interaction_id}/verifications",
            json={"method": "password", "password": f"Guess-Number-{attempt}-Wrong"},
            expect=200,
            example="locked" if attempt == 5 else "password_failed",
            interaction_id=interaction,
        )
    assert outcome["outcome"] == "locked", outcome
