"""SIM changes through the HTTP API (R-2010-h-2, -5, -6, -7, -8; E7, E23, E25, E26, E30), on SQLite and
PostgreSQL, time moved by the clock: who may move a number to a new SIM, what the customer is told and when,
and what a completed change does to the callback and to one-time codes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from tests.support.cpni import (
    STRONG_PASSWORD,
    audit_rows,
    create_account,
    events,
    open_interaction,
    set_password,
    unique_number,
    verify,
)

SIM_CHANGES = "/v1/sim-change-requests"


def account_with_lines(client: TestClient, headers: dict[str, str], lines: int = 1) -> dict[str, Any]:
    """A new-service account with `lines` numbers of record and a password chosen at sign-up."""
    account = create_account(
        client, headers, telephone_numbers_of_record=[unique_number() for _ in range(lines)]
    )
    assert set_password(client, headers, account["id"]).status_code == 200
    return account


def password_interaction(
    client: TestClient, headers: dict[str, str], account_id: str, purpose: str = "sim_change"
) -> str:
    interaction = open_interaction(client, headers, account_id, purpose=purpose)
    assert (
        verify(client, headers, interaction["id"], method="password", password=STRONG_PASSWORD)["outcome"]
        == "verified"
    )
    return str(interaction["id"])


def code_interaction(
    app: FastAPI, client: TestClient, headers: dict[str, str], account_id: str, number: str
) -> str:
    """An interaction authenticated by a one-time code sent to `number`."""
    interaction = open_interaction(client, headers, account_id, purpose="sim_change")
    sent = client.post(
        f"/v1/interactions/{interaction['id']}/one-time-codes",
        json={"destination": "telephone_number_of_record", "telephone_number": number},
        headers=headers,
    )
    assert sent.status_code == 202, sent.text
    code = events(app, account_id, "account.one_time_code_issued")[-1].data["code"]
    assert (
        verify(client, headers, interaction["id"], method="one_time_code", code=code)["outcome"] == "verified"
    )
    return str(interaction["id"])


def request_sim_change(
    client: TestClient, headers: dict[str, str], account_id: str, number: str, interaction_id: str
) -> dict[str, Any]:
    response = client.post(
        SIM_CHANGES,
        json={"account_id": account_id, "telephone_number": number, "interaction_id": interaction_id},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


def set_locks(client: TestClient, headers: dict[str, str], account_id: str, **body: Any) -> Any:
    return client.put(f"/v1/accounts/{account_id}/locks", json=body, headers=headers)


def test_unauthenticated_code_to_the_same_number_and_locked_are_three_distinct_denials(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    moved = account["telephone_numbers_of_record"][0]

    unauthenticated = open_interaction(client, admin_headers, account["id"], purpose="sim_change")["id"]
    first = request_sim_change(client, admin_headers, account["id"], moved, unauthenticated)
    assert (first["decision"], first["reason_code"]) == ("deny", "NOT_AUTHENTICATED")
    assert first["required_verification"] == "password"
    assert "R-2010-h-2" in first["rule_ids"]

    # E25, E30: a code that went to the very line being moved proves only that someone holds that line.
    same_line = code_interaction(app, client, admin_headers, account["id"], moved)
    second = request_sim_change(client, admin_headers, account["id"], moved, same_line)
    assert (second["decision"], second["reason_code"]) == ("deny", "CODE_SENT_TO_THE_NUMBER_BEING_CHANGED")
    assert second["authentication_method"] == "one_time_code"

    assert set_locks(client, admin_headers, account["id"], sim_change=True, port_out=False).status_code == 200
    third = request_sim_change(
        client,
        admin_headers,
        account["id"],
        moved,
        password_interaction(client, admin_headers, account["id"]),
    )
    assert (third["decision"], third["reason_code"]) == ("deny", "SIM_CHANGE_LOCKED")
    assert "R-2010-h-7" in third["rule_ids"]

    assert len({first["reason_code"], second["reason_code"], third["reason_code"]}) == 3
    assert [r["status"] for r in (first, second, third)] == ["denied"] * 3
    # E23: the blocked attempt is news to the customer; the failed authentications are counted instead.
    notices = events(app, account["id"], "account.sim_change_requested")
    assert [event.data["outcome"] for event in notices] == ["blocked_by_lock"]
    assert notices[0].id == third["notice_event_id"]
    assert first["notice_event_id"] is None


def test_a_code_sent_to_another_line_of_the_account_authenticates_a_sim_change(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    moved, other = account["telephone_numbers_of_record"]
    interaction = code_interaction(app, client, admin_headers, account["id"], other)
    allowed = request_sim_change(client, admin_headers, account["id"], moved, interaction)
    assert (allowed["decision"], allowed["reason_code"]) == ("allow", "AUTHENTICATED")


def test_an_allowed_sim_change_is_notified_before_it_is_completed(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_lines(client, admin_headers, lines=2)
    moved = account["telephone_numbers_of_record"][0]
    interaction = password_interaction(client, admin_headers, account["id"])
    allowed = request_sim_change(client, admin_headers, account["id"], moved, interaction)
    assert (allowed["decision"], allowed["reason_code"], allowed["status"]) == (
        "allow",
        "AUTHENTICATED",
        "requested",
    )
    assert allowed["authentication_method"] == "password"
    assert allowed["completed_at"] is None

    # R-2010-h-6: the notice exists before provisioning carries the change out, and (E30) it goes to every
    # contact of record, not only to the line that is about to move.
    notices = events(app, account["id"], "account.sim_change_requested")
    assert [event.id for event in notices] == [allowed["notice_event_id"]]
    assert notices[0].data["outcome"] == "requested"
    numbers = {d.get("telephone_number") for d in notices[0].data["destinations"]}
    assert numbers == set(account["telephone_numbers_of_record"])

    clock.advance(timedelta(minutes=20))
    done = client.post(f"{SIM_CHANGES}/{allowed['id']}/complete", json={}, headers=admin_headers)
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "completed"
    assert datetime.fromisoformat(done.json()["completed_at"]) == clock.now()
    assert notices[0].occurred_at < clock.now()

    again = client.post(f"{SIM_CHANGES}/{allowed['id']}/complete", json={}, headers=admin_headers)
    assert again.status_code == 409
    assert again.json()["code"] == "REQUEST_ALREADY_COMPLETED"
    actions = [row.action for row in audit_rows(app, account["id"])]
    assert "line_security.sim_change_requested" in actions
    assert "line_security.sim_change_completed" in actions


def test_after_a_completed_sim_change_the_line_is_no_callback_and_gets_no_code(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]
    allowed = request_sim_change(
        client, admin_headers, account["id"], line, password_interaction(client, admin_headers, account["id"])
    )
    clock.advance(timedelta(minutes=5))
    assert (
        client.post(f"{SIM_CHANGES}/{allowed['id']}/complete", json={}, headers=admin_headers).status_code
        == 200
    )

    caller = open_interaction(client, admin_headers, account["id"])["id"]
    callback = client.post(
        "/v1/disclosure-checks",
        json={
            "interaction_id": caller,
            "information": "call_detail",
            "release": "callback_to_number_of_record",
        },
        headers=admin_headers,
    ).json()
    assert (callback["decision"], callback["reason_code"]) == ("deny", "NUMBER_OF_RECORD_RECENTLY_SWAPPED")
    discuss = client.post(
        "/v1/disclosure-checks",
        json={"interaction_id": caller, "information": "call_detail", "release": "discuss_in_interaction"},
        headers=admin_headers,
    ).json()
    assert "callback_to_number_of_record" not in discuss["permitted_alternatives"]

    code = client.post(
        f"/v1/interactions/{caller}/one-time-codes",
        json={"destination": "telephone_number_of_record", "telephone_number": line},
        headers=admin_headers,
    )
    assert code.status_code == 409, code.text
    assert code.json()["code"] == "NUMBER_RECENTLY_SWAPPED"
    # Without a number named, the only line is swapped: still refused, never silently sent there.
    unnamed = client.post(
        f"/v1/interactions/{caller}/one-time-codes",
        json={"destination": "telephone_number_of_record"},
        headers=admin_headers,
    )
    assert unnamed.json()["code"] == "NUMBER_RECENTLY_SWAPPED"

    # CPNI_RECENT_SIM_CHANGE_HOURS (168) later the line is trusted again.
    clock.advance(timedelta(hours=168))
    later = open_interaction(client, admin_headers, account["id"])["id"]
    trusted = client.post(
        "/v1/disclosure-checks",
        json={
            "interaction_id": later,
            "information": "call_detail",
            "release": "callback_to_number_of_record",
        },
        headers=admin_headers,
    ).json()
    assert (trusted["decision"], trusted["reason_code"]) == ("allow", "CALLBACK_TO_NUMBER_OF_RECORD")


def test_an_outbound_call_to_a_freshly_swapped_line_is_not_the_callback(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]
    allowed = request_sim_change(
        client, admin_headers, account["id"], line, password_interaction(client, admin_headers, account["id"])
    )
    assert (
        client.post(f"{SIM_CHANGES}/{allowed['id']}/complete", json={}, headers=admin_headers).status_code
        == 200
    )
    called = open_interaction(client, admin_headers, account["id"], "outbound_call", dialed_number=line)["id"]
    check = client.post(
        "/v1/disclosure-checks",
        json={"interaction_id": called, "information": "call_detail", "release": "discuss_in_interaction"},
        headers=admin_headers,
    ).json()
    assert (check["decision"], check["reason_code"]) == ("deny", "NUMBER_OF_RECORD_RECENTLY_SWAPPED")


def test_the_sim_swap_signal_follows_the_completed_change_and_max_age(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]

    def swapped(max_age_hours: int) -> bool:
        response = client.post(
            "/v1/sim-swap/check",
            json={"phone_number": line, "max_age_hours": max_age_hours},
            headers=admin_headers,
        )
        assert response.status_code == 200, response.text
        return bool(response.json()["swapped"])

    assert swapped(240) is False
    date = client.post("/v1/sim-swap/retrieve-date", json={"phone_number": line}, headers=admin_headers)
    assert date.json() == {"latest_sim_change": None}

    allowed = request_sim_change(
        client, admin_headers, account["id"], line, password_interaction(client, admin_headers, account["id"])
    )
    assert swapped(240) is False  # requested is not done: only provisioning moves the number
    completed = client.post(f"{SIM_CHANGES}/{allowed['id']}/complete", json={}, headers=admin_headers).json()
    assert swapped(1) is True
    date = client.post("/v1/sim-swap/retrieve-date", json={"phone_number": line}, headers=admin_headers)
    assert date.json()["latest_sim_change"] == completed["completed_at"]

    clock.advance(timedelta(hours=1))
    assert swapped(1) is True  # the edge is inside
    clock.advance(timedelta(minutes=1))
    assert swapped(1) is False
    assert swapped(2) is True
    clock.advance(timedelta(hours=240))
    assert swapped(240) is False


def test_a_lock_goes_on_freely_but_comes_off_only_at_the_bar_and_not_for_the_same_call(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]
    on = set_locks(client, admin_headers, account["id"], sim_change=True, port_out=True)
    assert on.status_code == 200, on.text
    assert on.json()["sim_change"] is True
    assert on.json()["change_notice_event_id"] is not None
    assert client.get(f"/v1/accounts/{account['id']}/locks", headers=admin_headers).json()["port_out"] is True

    bare = set_locks(client, admin_headers, account["id"], sim_change=False, port_out=True)
    assert bare.status_code == 409
    assert (bare.json()["code"], bare.json()["reason"]) == (
        "LINE_SECURITY_AUTHORITY_REQUIRED",
        "interaction_required",
    )
    unverified = open_interaction(client, admin_headers, account["id"])["id"]
    refused = set_locks(
        client, admin_headers, account["id"], sim_change=False, port_out=True, interaction_id=unverified
    )
    assert refused.status_code == 409
    assert refused.json()["reason"] == "not_authenticated"
    locks = client.get(f"/v1/accounts/{account['id']}/locks", headers=admin_headers).json()
    assert (locks["sim_change"], locks["port_out"]) == (True, True)

    interaction = password_interaction(client, admin_headers, account["id"])
    off = set_locks(
        client, admin_headers, account["id"], sim_change=False, port_out=True, interaction_id=interaction
    )
    assert off.status_code == 200, off.text
    assert off.json()["sim_change"] is False
    changes = [event.data["changes"] for event in events(app, account["id"], "account.line_locks_changed")]
    assert changes == [
        [{"lock": "sim_change", "enabled": True}, {"lock": "port_out", "enabled": True}],
        [{"lock": "sim_change", "enabled": False}],
    ]

    # E26: the session that removed the lock does not also count for the change the lock stood against.
    same_call = request_sim_change(client, admin_headers, account["id"], line, interaction)
    assert (same_call["decision"], same_call["reason_code"]) == ("deny", "LOCK_REMOVED_IN_THIS_INTERACTION")
    next_call = request_sim_change(
        client, admin_headers, account["id"], line, password_interaction(client, admin_headers, account["id"])
    )
    assert next_call["decision"] == "allow"


def test_repeated_failed_sim_change_authentications_alert_the_customer(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    line = account["telephone_numbers_of_record"][0]
    for _ in range(3):  # CPNI_SIM_CHANGE_FAILURE_ALERT_THRESHOLD
        interaction = open_interaction(client, admin_headers, account["id"], purpose="sim_change")["id"]
        assert (
            request_sim_change(client, admin_headers, account["id"], line, interaction)["decision"] == "deny"
        )
    alerts = events(app, account["id"], "account.sim_change_authentication_failed")
    assert len(alerts) == 1
    assert alerts[0].data["failures"] == 3
    assert {d.get("telephone_number") for d in alerts[0].data["destinations"]} == {line}


def test_an_interaction_opened_for_a_sim_change_shows_no_cpni_before_the_bar(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = account_with_lines(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"], purpose="sim_change")
    assert interaction["purpose"] == "sim_change"

    def check(release: str, information: str = "non_call_detail") -> dict[str, Any]:
        response = client.post(
            "/v1/disclosure-checks",
            json={"interaction_id": interaction["id"], "information": information, "release": release},
            headers=admin_headers,
        )
        assert response.status_code == 200, response.text
        return dict(response.json())

    for release in ("discuss_in_interaction", "send_to_address_of_record", "callback_to_number_of_record"):
        denied = check(release)
        assert (denied["decision"], denied["reason_code"]) == (
            "deny",
            "LINE_SECURITY_AUTHENTICATION_REQUIRED",
        )
        assert denied["permitted_alternatives"] == []
        assert "R-2010-h-8" in denied["rule_ids"]

    # A secret answer is not a SIM-change method by default; a password is.
    assert (
        verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)[
            "outcome"
        ]
        == "verified"
    )
    assert check("discuss_in_interaction")["decision"] == "allow"
    assert check("discuss_in_interaction", "call_detail")["reason_code"] == "PASSWORD_VERIFIED"


def test_bad_sim_change_requests_get_clear_4xx(client: TestClient, admin_headers: dict[str, str]) -> None:
    account = account_with_lines(client, admin_headers)
    stranger = account_with_lines(client, admin_headers)
    interaction = password_interaction(client, admin_headers, account["id"])

    def post(body: dict[str, Any]) -> Any:
        return client.post(SIM_CHANGES, json=body, headers=admin_headers)

    base = {"account_id": account["id"], "interaction_id": interaction}
    unknown = post({**base, "telephone_number": unique_number()})
    assert (unknown.status_code, unknown.json()["code"]) == (409, "NUMBER_NOT_OF_RECORD")
    theirs = post({**base, "telephone_number": stranger["telephone_numbers_of_record"][0]})
    assert (theirs.status_code, theirs.json()["code"]) == (409, "NUMBER_NOT_OF_RECORD")
    other_call = post(
        {
            "account_id": stranger["id"],
            "telephone_number": stranger["telephone_numbers_of_record"][0],
            "interaction_id": interaction,
        }
    )
    assert (other_call.status_code, other_call.json()["code"]) == (409, "INTERACTION_ACCOUNT_MISMATCH")
    no_account = post({**base, "account_id": "acct_missing", "telephone_number": unique_number()})
    assert no_account.status_code == 404
    no_interaction = post({**base, "interaction_id": "int_missing", "telephone_number": unique_number()})
    assert no_interaction.status_code == 404
    malformed = post({**base, "telephone_number": "not a number"})
    assert (malformed.status_code, malformed.json()["code"]) == (422, "VALIDATION_FAILED")
    extra = post({**base, "telephone_number": account["telephone_numbers_of_record"][0], "force": True})
    assert extra.status_code == 422

    denied = request_sim_change(
        client,
        admin_headers,
        account["id"],
        account["telephone_numbers_of_record"][0],
        open_interaction(client, admin_headers, account["id"])["id"],
    )
    never = client.post(f"{SIM_CHANGES}/{denied['id']}/complete", json={}, headers=admin_headers)
    assert (never.status_code, never.json()["code"]) == (409, "REQUEST_NOT_ALLOWED")
    missing = client.post(f"{SIM_CHANGES}/sim_missing/complete", json={}, headers=admin_headers)
    assert missing.status_code == 404
    swap = client.post("/v1/sim-swap/check", json={"phone_number": unique_number()}, headers=admin_headers)
    assert swap.status_code == 404
    assert (
        client.post(
            "/v1/sim-swap/check",
            json={"phone_number": account["telephone_numbers_of_record"][0], "max_age_hours": 0},
            headers=admin_headers,
        ).status_code
        == 422
    )
