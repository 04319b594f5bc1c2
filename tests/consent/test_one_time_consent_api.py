"""One-time oral consent (R-2008-f, E11): bound to one call, over when the call is closed or expires, never
standing approval, never leaking into a later contact."""

from __future__ import annotations

from datetime import timedelta

from tests.consent.conftest import ORAL_EVIDENCE, Consent
from tests.support.cpni import open_interaction


def _one_time(consent: Consent, account: str, interaction_id: str) -> dict[str, object]:
    notice = consent.notice(account, kind="opt_in", delivery="oral")
    return consent.grant(
        account,
        "carrier_marketing",
        notice["id"],
        method="oral",
        oral_evidence=ORAL_EVIDENCE,
        interaction_id=interaction_id,
    )


def test_one_time_consent_ends_when_the_call_is_closed(consent: Consent) -> None:
    account = consent.account()
    call = open_interaction(consent.client, consent.headers, account)["id"]
    approval = _one_time(consent, account, call)
    assert approval["one_time"] is True
    during = consent.check(account, "carrier_marketing", interaction_id=call)
    assert (during["reason_code"], during["basis"]["type"], during["basis"]["interaction_id"]) == (
        "ONE_TIME_ORAL_CONSENT",
        "one_time_oral",
        call,
    )
    # Not outside the call: not a standing approval, not a later callback or email (E11).
    assert consent.check(account, "carrier_marketing")["reason_code"] == "NO_APPROVAL"
    later_call = open_interaction(consent.client, consent.headers, account)["id"]
    assert (
        consent.check(account, "carrier_marketing", interaction_id=later_call)["reason_code"] == "NO_APPROVAL"
    )
    view = consent.client.get(f"/v1/accounts/{account}/approvals", headers=consent.headers).json()
    status = next(entry for entry in view["scopes"] if entry["scope"] == "carrier_marketing")
    assert status["status"] == "no_approval"
    assert view["history"][0]["in_effect"] is True

    closed = consent.client.post(f"/v1/interactions/{call}/close", headers=consent.headers)
    assert closed.status_code == 200, closed.text
    after = consent.check(account, "carrier_marketing", interaction_id=call)
    assert (after["decision"], after["reason_code"]) == ("deny", "ONE_TIME_CONSENT_ENDED")
    view = consent.client.get(f"/v1/accounts/{account}/approvals", headers=consent.headers).json()
    assert view["history"][0]["in_effect"] is False
    assert view["history"][0]["ended_at"] is not None


def test_one_time_consent_ends_when_the_call_expires(consent: Consent) -> None:
    account = consent.account()
    interaction = open_interaction(consent.client, consent.headers, account)
    _one_time(consent, account, interaction["id"])
    assert (
        consent.check(account, "carrier_marketing", interaction_id=interaction["id"])["decision"] == "allow"
    )
    consent.clock.advance(timedelta(hours=2))  # past the interaction's expires_at
    expired = consent.check(account, "carrier_marketing", interaction_id=interaction["id"])
    assert expired["reason_code"] == "ONE_TIME_CONSENT_ENDED"


def test_a_revocation_during_the_call_ends_one_time_consent_at_once(consent: Consent) -> None:
    account = consent.account()
    call = open_interaction(consent.client, consent.headers, account)["id"]
    _one_time(consent, account, call)
    consent.clock.advance(timedelta(minutes=1))
    consent.decide(account, "carrier_marketing", decision="revoked", method="oral")
    assert (
        consent.check(account, "carrier_marketing", interaction_id=call)["reason_code"] == "APPROVAL_REVOKED"
    )


def test_one_time_consent_needs_an_open_call_of_the_same_account(consent: Consent) -> None:
    account = consent.account()
    notice = consent.notice(account, kind="opt_in", delivery="oral")
    fields = {"method": "oral", "oral_evidence": ORAL_EVIDENCE, "notice_id": notice["id"]}
    online = open_interaction(consent.client, consent.headers, account, channel="online")["id"]
    response = consent.decide(account, "carrier_marketing", interaction_id=online, **fields)
    assert (response.status_code, response.json()["code"]) == (409, "INTERACTION_NOT_A_CALL")
    other = open_interaction(consent.client, consent.headers, consent.account())["id"]
    response = consent.decide(account, "carrier_marketing", interaction_id=other, **fields)
    assert response.json()["code"] == "INTERACTION_ACCOUNT_MISMATCH"
    call = open_interaction(consent.client, consent.headers, account)["id"]
    consent.client.post(f"/v1/interactions/{call}/close", headers=consent.headers)
    response = consent.decide(account, "carrier_marketing", interaction_id=call, **fields)
    assert response.json()["code"] == "INTERACTION_CLOSED"
    written = consent.decide(account, "carrier_marketing", interaction_id=call, notice_id=notice["id"])
    assert written.status_code == 422
