"""Interactions and verification through the HTTP API: R-2010-a-1 lockout, R-2010-b-2 numbers of record,
R-2010-d photo ID, R-2010-e-3 reset required, one-time codes; time moved by the clock."""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.core.clock import ManualClock
from cpni_api.interactions.models import OneTimeCode, VerificationAttempt
from tests.support.cpni import (
    STRONG_PASSWORD,
    audit_rows,
    authenticated_interaction,
    create_account,
    events,
    iso,
    issue_code,
    open_interaction,
    set_password,
    verify,
)

THRESHOLD = 5  # the default CPNI_VERIFICATION_LOCKOUT_THRESHOLD


def _account_with_password(client: TestClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    account = create_account(client, headers, **fields)
    assert set_password(client, headers, str(account["id"])).status_code == 200
    return account


def test_outbound_call_knows_whether_it_dialed_a_number_of_record(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    at_record = open_interaction(client, admin_headers, account["id"], "outbound_call", dialed_number=number)
    assert at_record["at_number_of_record"] is True
    assert at_record["authenticated"] is False
    other = open_interaction(
        client, admin_headers, account["id"], "outbound_call", dialed_number="+12025550123"
    )
    assert other["at_number_of_record"] is False
    response = client.post(
        "/v1/interactions",
        json={"account_id": account["id"], "channel": "outbound_call"},
        headers=admin_headers,
    )
    assert response.status_code == 422


def test_repeated_failures_lock_verification_and_a_lock_ends(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-a-1: the limit locks the account's verification, even for the right password, until the
    window ends; the lock is an event and an audit record."""
    account = _account_with_password(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    results = [
        verify(client, admin_headers, interaction["id"], method="password", password=f"wrong-guess-{i}")
        for i in range(THRESHOLD)
    ]
    assert [r["outcome"] for r in results] == ["failed"] * (THRESHOLD - 1) + ["locked"]
    assert [r["attempts_remaining"] for r in results] == [4, 3, 2, 1, 0]
    assert results[-1]["locked_until"] == iso(clock.now() + timedelta(minutes=30))
    refused = verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)
    assert refused["outcome"] == "locked"
    assert refused["interaction"]["authenticated"] is False
    [locked] = events(app, account["id"], "account.verification_locked")
    assert locked.data["interaction_id"] == interaction["id"]
    assert len(audit_rows(app, account["id"], "account.verification_locked")) == 1
    # Every attempt is an audit record, and none carries the secret.
    attempts = audit_rows(app, account["id"], "interaction.verification")
    assert len(attempts) == THRESHOLD + 1
    assert all(
        "wrong-guess" not in str(row.details) and STRONG_PASSWORD not in str(row.details) for row in attempts
    )

    clock.advance(timedelta(minutes=29, seconds=59))
    still = verify(client, admin_headers, interaction["id"], method="password", password=STRONG_PASSWORD)
    assert still["outcome"] == "locked"
    clock.advance(timedelta(seconds=1))
    fresh = open_interaction(client, admin_headers, account["id"])
    ok = verify(client, admin_headers, fresh["id"], method="password", password=STRONG_PASSWORD)
    assert ok["outcome"] == "verified"
    assert ok["attempts_remaining"] == THRESHOLD
    assert ok["interaction"]["authenticated"] is True
    assert ok["interaction"]["authentication_method"] == "password"


def test_failures_outside_the_window_do_not_add_up(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = _account_with_password(client, admin_headers)
    for _ in range(THRESHOLD - 1):
        interaction = open_interaction(client, admin_headers, account["id"])
        verify(client, admin_headers, interaction["id"], method="password", password="not-it-at-all")
        clock.advance(timedelta(minutes=16))  # past the 15-minute failure window
    interaction = open_interaction(client, admin_headers, account["id"])
    result = verify(client, admin_headers, interaction["id"], method="password", password="not-it-at-all")
    assert result["outcome"] == "failed"
    assert result["attempts_remaining"] == THRESHOLD - 1


def test_failing_password_then_backup_requires_a_new_password(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    """R-2010-e-3: neither the old password nor the backup verifies until a new password is established,
    which needs an authentication without biographical information (here a one-time code)."""
    account = create_account(client, admin_headers)
    backup = client.put(
        f"/v1/accounts/{account['id']}/backup-authentication",
        json={"method": "secret_answer", "question": "What was your first concert?", "answer": "Blue Harbor"},
        headers=admin_headers,
    )
    assert backup.status_code == 200, backup.text
    assert set_password(client, admin_headers, account["id"]).status_code == 200
    interaction = open_interaction(client, admin_headers, account["id"])
    first = verify(client, admin_headers, interaction["id"], method="password", password="forgotten-it")
    assert first["outcome"] == "failed"
    second = verify(client, admin_headers, interaction["id"], method="backup", answer="Red Harbor")
    assert second["outcome"] == "reset_required"
    assert second["reset_required"] is True
    for attempt in (
        {"method": "password", "password": STRONG_PASSWORD},
        {"method": "backup", "answer": "blue  harbor"},
    ):
        assert verify(client, admin_headers, interaction["id"], **attempt)["outcome"] == "reset_required"
    got = client.get(f"/v1/accounts/{account['id']}", headers=admin_headers).json()
    assert got["credentials"]["password_reset_required"] is True

    authenticated = authenticated_interaction(app, client, admin_headers, account["id"])
    new_password = "Lantern-Orbit-Quietly-9"
    response = set_password(client, admin_headers, account["id"], new_password, interaction_id=authenticated)
    assert response.status_code == 200, response.text
    later = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, later["id"], method="password", password=new_password)["outcome"]
        == "verified"
    )
    # The backup answer is case- and space-insensitive once the reset is over.
    other = open_interaction(client, admin_headers, account["id"])
    assert (
        verify(client, admin_headers, other["id"], method="backup", answer=" blue HARBOR ")["outcome"]
        == "verified"
    )


def test_one_time_code_goes_only_to_a_number_of_record_is_hashed_and_single_use(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = create_account(client, admin_headers)
    number = account["telephone_numbers_of_record"][0]
    interaction = open_interaction(client, admin_headers, account["id"])
    url = f"/v1/interactions/{interaction['id']}/one-time-codes"
    # R-2010-b-2, E7: never a number the caller supplies.
    refused = client.post(
        url,
        json={"destination": "telephone_number_of_record", "telephone_number": "+12025550123"},
        headers=admin_headers,
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "DESTINATION_NOT_OF_RECORD"
    sent = client.post(url, json={"destination": "telephone_number_of_record"}, headers=admin_headers)
    assert sent.status_code == 202
    assert sent.json()["destination_hint"].endswith(number[-2:])
    assert number not in sent.json()["destination_hint"]
    [issued] = events(app, account["id"], "account.one_time_code_issued")
    code = issued.data["code"]
    assert issued.data["destination"] == {"channel": "telephone_number_of_record", "telephone_number": number}
    with app.state.session_factory() as session:
        row = session.scalars(
            select(OneTimeCode).where(OneTimeCode.interaction_id == interaction["id"])
        ).one()
        assert code not in row.code_digest
        assert len(row.code_digest) == 64
    assert all(code not in str(r.details) for r in audit_rows(app, account["id"]))
    assert (
        verify(client, admin_headers, interaction["id"], method="one_time_code", code=code)["outcome"]
        == "verified"
    )
    reused = verify(client, admin_headers, interaction["id"], method="one_time_code", code=code)
    assert (reused["outcome"], reused["reason"]) == ("failed", "code_already_used")


def test_a_code_expires_and_allows_only_a_few_attempts(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = create_account(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    code = issue_code(app, client, admin_headers, interaction["id"], account["id"])
    clock.advance(timedelta(minutes=10))
    expired = verify(client, admin_headers, interaction["id"], method="one_time_code", code=code)
    assert (expired["outcome"], expired["reason"]) == ("failed", "code_expired")

    other = open_interaction(client, admin_headers, account["id"])
    code = issue_code(app, client, admin_headers, other["id"], account["id"])
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(3):
        assert (
            verify(client, admin_headers, other["id"], method="one_time_code", code=wrong)["reason"]
            == "wrong_code"
        )
    exhausted = verify(client, admin_headers, other["id"], method="one_time_code", code=code)
    # The right code no longer works; and this was the account's fifth failure, so verification locks too.
    assert (exhausted["outcome"], exhausted["reason"]) == ("locked", "code_attempts_exhausted")


def test_code_to_an_address_only_once_it_is_of_record_and_sends_are_limited_per_hour(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """E3: a code never goes to an address younger than 30 days."""
    account = create_account(client, admin_headers, email_address={"address": "me@example.com"})
    interaction = open_interaction(client, admin_headers, account["id"])
    url = f"/v1/interactions/{interaction['id']}/one-time-codes"
    assert (
        client.post(url, json={"destination": "address_of_record"}, headers=admin_headers).status_code == 409
    )
    clock.advance(timedelta(days=30))
    interaction = open_interaction(client, admin_headers, account["id"])
    url = f"/v1/interactions/{interaction['id']}/one-time-codes"
    for _ in range(5):
        assert (
            client.post(url, json={"destination": "address_of_record"}, headers=admin_headers).status_code
            == 202
        )
    limited = client.post(url, json={"destination": "address_of_record"}, headers=admin_headers)
    assert limited.status_code == 429
    assert limited.json()["code"] == "ONE_TIME_CODE_SEND_LIMIT"
    issued = events(app, account["id"], "account.one_time_code_issued")
    assert {e.data["destination"]["email_address"] for e in issued} == {"me@example.com"}
    # Only the newest code of an interaction works.
    older, newest = issued[-2].data["code"], issued[-1].data["code"]
    if older != newest:
        assert (
            verify(client, admin_headers, interaction["id"], method="one_time_code", code=older)["outcome"]
            == "failed"
        )
    clock.advance(timedelta(minutes=59))
    assert (
        client.post(url, json={"destination": "address_of_record"}, headers=admin_headers).status_code == 429
    )
    clock.advance(timedelta(minutes=2))
    later = open_interaction(client, admin_headers, account["id"])  # the first one expired after an hour
    url = f"/v1/interactions/{later['id']}/one-time-codes"
    assert (
        client.post(url, json={"destination": "address_of_record"}, headers=admin_headers).status_code == 202
    )


def test_photo_id_in_store_refuses_expired_or_mismatched_ids(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    """R-2010-d: a valid (unexpired) photo ID matching the account, in store only."""
    account = create_account(client, admin_headers)
    store = open_interaction(client, admin_headers, account["id"], "in_store", agent_id="store-17/clerk-4")
    today = clock.now().date()
    photo = {"method": "photo_id", "id_type": "drivers_license"}
    expired = verify(
        client,
        admin_headers,
        store["id"],
        **photo,
        expires_on=str(today - timedelta(days=1)),
        matches_account=True,
    )
    assert (expired["outcome"], expired["reason"]) == ("failed", "photo_id_expired")
    mismatch = verify(
        client, admin_headers, store["id"], **photo, expires_on=str(today), matches_account=False
    )
    assert (mismatch["outcome"], mismatch["reason"]) == ("failed", "photo_id_does_not_match_account")
    ok = verify(client, admin_headers, store["id"], **photo, expires_on=str(today), matches_account=True)
    assert ok["outcome"] == "verified"
    assert ok["interaction"]["authentication_method"] == "photo_id"
    call = open_interaction(client, admin_headers, account["id"])
    response = client.post(
        f"/v1/interactions/{call['id']}/verifications",
        json={**photo, "expires_on": str(today), "matches_account": True},
        headers=admin_headers,
    )
    assert response.status_code == 422
    assert response.json()["code"] == "VERIFICATION_METHOD_NOT_ALLOWED"


def test_an_interaction_expires_and_close_is_idempotent(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    account = _account_with_password(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    assert interaction["status"] == "open"
    clock.advance(timedelta(hours=1))
    response = client.post(
        f"/v1/interactions/{interaction['id']}/verifications",
        json={"method": "password", "password": STRONG_PASSWORD},
        headers=admin_headers,
    )
    assert response.status_code == 409
    assert response.json()["code"] == "INTERACTION_CLOSED"
    other = open_interaction(client, admin_headers, account["id"])
    first = client.post(f"/v1/interactions/{other['id']}/close", headers=admin_headers).json()
    clock.advance(timedelta(minutes=5))
    second = client.post(f"/v1/interactions/{other['id']}/close", headers=admin_headers).json()
    assert first["status"] == second["status"] == "closed"
    assert first["closed_at"] == second["closed_at"]


def test_attempts_are_recorded_without_secrets(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    account = _account_with_password(client, admin_headers)
    interaction = open_interaction(client, admin_headers, account["id"])
    verify(client, admin_headers, interaction["id"], method="password", password="Wrong-Secret-Value")
    with app.state.session_factory() as session:
        rows = session.scalars(
            select(VerificationAttempt).where(VerificationAttempt.account_id == account["id"])
        ).all()
    assert [(r.method, r.outcome, r.reason) for r in rows] == [("password", "failed", "wrong_password")]
    assert "Wrong-Secret-Value" not in str([r.details for r in audit_rows(app, account["id"])])


def test_a_precomputed_hash_answer_counts_only_for_the_hash_it_was_computed_against(
    app: FastAPI, client: TestClient, clock: ManualClock, admin_headers: dict[str, str]
) -> None:
    """The route hashes before its transaction (ADR 0014). The transaction uses that answer only if the
    stored hash is still the one it was computed against; otherwise it counts nothing and gives up, and the
    hash is computed again outside it and the attempt counted again (ADR 0020)."""
    from cpni_api.audit.trail import AuditTrail
    from cpni_api.credentials.hashing import Verified
    from cpni_api.interactions import verification
    from cpni_api.interactions.schemas import VerificationIn

    account = _account_with_password(client, admin_headers)
    wrong = VerificationIn(method="password", password="not the password")

    def count(prechecked: verification.PrecheckedSecret) -> str:
        interaction_id = str(
            open_interaction(client, admin_headers, str(account["id"]), "inbound_call")["id"]
        )

        def counting(session: Session, checked: verification.PrecheckedSecret | None) -> str:
            result = verification.verify(
                session,
                clock,
                app.state.settings,
                app.state.credential_keys,
                AuditTrail(db=session, clock=clock, correlation_id="precheck"),
                interaction_id=interaction_id,
                body=wrong,
                prechecked=checked,
            )
            return result.outcome.value

        try:
            with app.state.session_factory.begin() as session:
                return counting(session, prechecked)
        except verification.StalePrecheck:
            # Nothing was counted; what the route does next: hash again, off the loop, and count again.
            with app.state.session_factory() as session:
                assert (
                    session.scalars(
                        select(VerificationAttempt).where(
                            VerificationAttempt.interaction_id == interaction_id
                        )
                    ).all()
                    == []
                )
            return asyncio.run(
                verification.verify_caller(
                    app.state.transactions,
                    app.state.secret_hasher,
                    clock,
                    interaction_id=interaction_id,
                    body=wrong,
                    count=counting,
                )
            )

    with app.state.session_factory() as session:
        interaction = open_interaction(client, admin_headers, str(account["id"]), "inbound_call")
        stored = verification.stored_secret(
            session, clock.now(), interaction_id=str(interaction["id"]), body=wrong
        )
    assert stored is not None
    assert stored.startswith("$argon2id$")
    # A stale answer (computed against a hash no longer stored) is checked again: the wrong password fails.
    assert count(verification.PrecheckedSecret("$argon2id$v=19$stale", Verified(matches=True))) == "failed"
    # An answer for the stored hash is taken as it is (here deliberately "matches", to show it is not redone).
    assert count(verification.PrecheckedSecret(stored, Verified(matches=True))) == "verified"


def test_a_stale_precheck_never_hashes_on_the_event_loop(
    app: FastAPI,
    client: TestClient,
    admin_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ADR 0020 (issue 14): when the stored hash changed between the precheck and the count, the count gives
    up and the hash runs again in the worker processes, awaited; the server keeps answering meanwhile. On
    SQLite the count runs on the event loop (ADR 0015), where a blocking hash would stop `/healthz` too."""
    from cpni_api.credentials.hashing import SecretHasher
    from cpni_api.interactions import verification

    account = _account_with_password(client, admin_headers)
    interaction = open_interaction(client, admin_headers, str(account["id"]))
    real_stored_secret = verification.stored_secret
    real_verify_async = SecretHasher.verify_async
    real_verify = SecretHasher.verify
    rounds: list[str] = []
    blocking_hashes: list[str] = []

    def first_round_stale(session: Session, now: datetime, **kwargs: Any) -> str | None:
        rounds.append("precheck")
        stored = real_stored_secret(session, now, **kwargs)
        return "$argon2id$v=19$m=19456,t=2,p=1$c3RhbGU$c3RhbGU" if len(rounds) == 1 else stored

    async def slow_verify_async(self: SecretHasher, stored_hash: str, secret: str) -> Any:
        await asyncio.sleep(0.6)  # a hash the idle scheduling class keeps waiting
        return await real_verify_async(self, stored_hash, secret)

    def blocking_verify(self: SecretHasher, stored_hash: str, secret: str) -> Any:
        blocking_hashes.append(stored_hash)  # the old fallback: a hash inside the count, holding the loop
        time.sleep(0.6)
        return real_verify(self, stored_hash, secret)

    monkeypatch.setattr(verification, "stored_secret", first_round_stale)
    monkeypatch.setattr(SecretHasher, "verify_async", slow_verify_async)
    monkeypatch.setattr(SecretHasher, "verify", blocking_verify)

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(
            client.post,
            f"/v1/interactions/{interaction['id']}/verifications",
            json={"method": "password", "password": STRONG_PASSWORD},
            headers=admin_headers,
        )
        time.sleep(0.2)  # inside the first (stale) round's hash
        answered: list[float] = []
        while not pending.done():
            started = time.monotonic()
            assert client.get("/healthz").status_code == 200
            answered.append(time.monotonic() - started)
            time.sleep(0.05)
        response = pending.result()
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == "verified"
    assert blocking_hashes == []
    assert rounds == ["precheck", "precheck"]  # the stale round, then one more
    assert answered, "the verification finished before /healthz was asked"
    assert max(answered) < 0.3
