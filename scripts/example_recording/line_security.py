"""Line security (issue 16, ADR 0026): numbers of record, locks, the transfer PIN, a SIM change and a port-out
on the residential customer's lines, and the SIM-swap lookups a bank makes."""

from __future__ import annotations

from datetime import timedelta

from scripts.example_recording.customers import Customers, open_interaction, verify_by_password
from scripts.example_recording.recorder import Recorder

ADDED_LINE = "+12025550161"
SECOND_ADDED_LINE = "+12025550170"
TRANSFER_PIN = "480271"


def record_line_security(recorder: Recorder, customers: Customers) -> None:
    account_id = str(customers.residential["id"])
    moved = str(customers.residential["telephone_numbers_of_record"][1])
    interaction = open_interaction(recorder, account_id, example="sim_change_call", purpose="sim_change")
    verify_by_password(recorder, interaction, customers.password)

    numbers = "/v1/accounts/{account_id}/telephone-numbers"
    for line in (ADDED_LINE, SECOND_ADDED_LINE):
        recorder.call(
            "POST",
            numbers,
            json={"telephone_number": line, "interaction_id": interaction},
            expect=201,
            account_id=account_id,
        )
    recorder.call(
        "POST",
        numbers,
        json={"telephone_number": ADDED_LINE, "interaction_id": interaction},
        expect=409,
        example="already_of_record",
        account_id=account_id,
    )
    recorder.call(
        "DELETE",
        numbers + "/{telephone_number}",
        json={"interaction_id": interaction},
        expect=200,
        account_id=account_id,
        telephone_number=SECOND_ADDED_LINE,
    )
    recorder.call("GET", "/v1/accounts/{account_id}/locks", expect=200, account_id=account_id)
    recorder.call(
        "PUT",
        "/v1/accounts/{account_id}/number-transfer-pin",
        json={"pin": "123456", "interaction_id": interaction},
        expect=422,
        example="trivial_pin",
        account_id=account_id,
    )
    recorder.call(
        "PUT",
        "/v1/accounts/{account_id}/number-transfer-pin",
        json={"pin": TRANSFER_PIN, "interaction_id": interaction},
        expect=200,
        account_id=account_id,
    )

    _sim_change(recorder, account_id, moved, interaction)
    _sim_change_guessing(recorder, customers)
    _port_out(recorder, account_id)
    recorder.call(
        "PUT",
        "/v1/accounts/{account_id}/locks",
        json={"sim_change": True, "port_out": True, "interaction_id": interaction},
        expect=200,
        account_id=account_id,
    )
    recorder.call(
        "POST", "/v1/sim-swap/check", json={"phone_number": moved, "max_age_hours": 240}, expect=200
    )
    recorder.call("POST", "/v1/sim-swap/retrieve-date", json={"phone_number": moved}, expect=200)


def _sim_change(recorder: Recorder, account_id: str, moved: str, interaction: str) -> None:
    unverified = open_interaction(recorder, account_id, example="unverified_call", purpose="sim_change")
    recorder.call(
        "POST",
        "/v1/sim-change-requests",
        json={"account_id": account_id, "telephone_number": moved, "interaction_id": unverified},
        expect=201,
        example="denied_not_authenticated",
    )
    body = {"account_id": account_id, "telephone_number": moved, "interaction_id": interaction}
    first = recorder.call("POST", "/v1/sim-change-requests", json=body, expect=201, example="allowed")
    # E24: while the first is pending, a second action on the line is held; cancelling frees it.
    recorder.call(
        "POST", "/v1/sim-change-requests", json=body, expect=201, example="held_for_pending_request"
    )
    cancel = {"reason": "The customer found the phone."}
    path = "/v1/sim-change-requests/{request_id}/cancel"
    recorder.call("POST", path, json=cancel, expect=200, request_id=str(first["id"]))
    recorder.call("POST", path, json={}, expect=409, example="already_cancelled", request_id=str(first["id"]))
    allowed = recorder.call("POST", "/v1/sim-change-requests", json=body, expect=201, record=False)
    request_id = str(allowed["id"])
    recorder.clock.advance(timedelta(minutes=20))
    recorder.call(
        "POST",
        "/v1/sim-change-requests/{request_id}/complete",
        json={"completed_at": recorder.now()},
        expect=200,
        request_id=request_id,
    )
    recorder.call(
        "POST",
        "/v1/sim-change-requests/{request_id}/complete",
        json={},
        expect=409,
        example="already_completed",
        request_id=request_id,
    )
    recorder.call("GET", "/v1/sim-change-requests/{request_id}", expect=200, request_id=request_id)
    recorder.call("GET", "/v1/sim-change-requests", params={"account_id": account_id}, expect=200)
    recorder.call(
        "GET",
        "/v1/sim-change-requests",
        params={"account_id": account_id, "format": "csv"},
        expect=200,
        example="csv_export",
    )


def _sim_change_guessing(recorder: Recorder, customers: Customers) -> None:
    """R-2010-h-5: the third failed authentication in a day alerts the customer (and the fraud team)."""
    account_id = str(customers.business["id"])
    line = str(customers.business["telephone_numbers_of_record"][0])
    for attempt in range(1, 4):
        caller = open_interaction(recorder, account_id, example="unverified_call", purpose="sim_change")
        recorder.call(
            "POST",
            "/v1/sim-change-requests",
            json={"account_id": account_id, "telephone_number": line, "interaction_id": caller},
            expect=201,
            example="third_failure_alerts_the_customer",
            record=attempt == 3,
        )


def _port_out(recorder: Recorder, account_id: str) -> None:
    body = {"telephone_number": ADDED_LINE, "transfer_pin": "480270", "new_provider": "Gaining Wireless LLC"}
    recorder.call("POST", "/v1/port-out-requests", json=body, expect=201, example="denied_wrong_pin")
    right = body | {"transfer_pin": TRANSFER_PIN}
    withdrawn = recorder.call("POST", "/v1/port-out-requests", json=right, expect=201, example="allowed")
    recorder.call(
        "POST",
        "/v1/port-out-requests/{request_id}/cancel",
        json={"reason": "The gaining carrier withdrew the port."},
        expect=200,
        request_id=str(withdrawn["id"]),
    )
    allowed = recorder.call("POST", "/v1/port-out-requests", json=right, expect=201, record=False)
    request_id = str(allowed["id"])
    recorder.call(
        "POST",
        "/v1/port-out-requests/{request_id}/complete",
        json={"completed_at": recorder.now()},
        expect=200,
        request_id=request_id,
    )
    recorder.call("GET", "/v1/port-out-requests/{request_id}", expect=200, request_id=request_id)
    recorder.call("GET", "/v1/port-out-requests", params={"account_id": account_id}, expect=200)
    recorder.call(
        "GET",
        "/v1/port-out-requests",
        params={"account_id": account_id, "format": "csv"},
        expect=200,
        example="csv_export",
    )
