"""Third parties (R-2007-b, E16): agreements in force and expiring, the agent's use-limitation
acknowledgement."""

from __future__ import annotations

from datetime import timedelta

from tests.consent.conftest import Consent

DAY = timedelta(days=1)


def _opt_in(consent: Consent, account: str, scope: str, recipient: str) -> None:
    notice = consent.notice(account, kind="opt_in", recipients=[recipient])
    consent.grant(account, scope, notice["id"])


def test_joint_venture_disclosure_stops_when_the_agreement_expires(consent: Consent) -> None:
    account = consent.account()
    partner = consent.third_party("joint_venture", agreement_days=10)
    _opt_in(consent, account, "joint_venture_sharing", partner)
    assert consent.check(account, "joint_venture_sharing", third_party_id=partner)["decision"] == "allow"
    consent.clock.advance(9 * DAY)
    assert consent.check(account, "joint_venture_sharing", third_party_id=partner)["decision"] == "allow"
    consent.clock.advance(DAY)  # the expiry date itself: expired
    expired = consent.check(account, "joint_venture_sharing", third_party_id=partner)
    assert (expired["decision"], expired["reason_code"]) == ("deny", "CONFIDENTIALITY_AGREEMENT_EXPIRED")
    view = consent.client.get(f"/v1/third-parties/{partner}", headers=consent.headers).json()
    assert view["confidentiality_agreement"]["in_force"] is False
    today = consent.today()
    renewed = consent.client.put(
        f"/v1/third-parties/{partner}/confidentiality-agreement",
        json={
            "reference": "NDA-2",
            "signed_on": today.isoformat(),
            "expires_on": (today + 365 * DAY).isoformat(),
        },
        headers=consent.headers,
    )
    assert renewed.status_code == 200, renewed.text
    assert renewed.json()["confidentiality_agreement"]["in_force"] is True
    assert consent.check(account, "joint_venture_sharing", third_party_id=partner)["decision"] == "allow"


def test_contractor_without_agreement_is_denied_even_with_opt_in(consent: Consent) -> None:
    account = consent.account()
    contractor = consent.third_party("independent_contractor", agreement_days=None)
    _opt_in(consent, account, "contractor_sharing", contractor)
    denied = consent.check(account, "contractor_sharing", third_party_id=contractor)
    assert denied["reason_code"] == "CONFIDENTIALITY_AGREEMENT_MISSING"


def test_an_agent_must_acknowledge_the_use_limitation(consent: Consent) -> None:
    account = consent.account()
    agent = consent.third_party("agent", agreement_days=None, acknowledged=False)
    consent.ready_opt_out(account, [agent])
    denied = consent.check(account, "agent_sharing", third_party_id=agent)
    assert denied["reason_code"] == "AGENT_USE_LIMITATION_NOT_ACKNOWLEDGED"
    acknowledged = consent.client.post(
        f"/v1/third-parties/{agent}/use-limitation-acknowledgements",
        json={"acknowledged_on": consent.today().isoformat(), "reference": "ACK-9"},
        headers=consent.headers,
    )
    assert acknowledged.status_code == 200, acknowledged.text
    assert consent.check(account, "agent_sharing", third_party_id=agent)["decision"] == "allow"
    vendor = consent.third_party("vendor")
    not_agent = consent.client.post(
        f"/v1/third-parties/{vendor}/use-limitation-acknowledgements",
        json={"acknowledged_on": consent.today().isoformat(), "reference": "ACK-9"},
        headers=consent.headers,
    )
    assert (not_agent.status_code, not_agent.json()["code"]) == (409, "NOT_AN_AGENT")


def test_an_expired_agreement_denies_even_an_agent(consent: Consent) -> None:
    account = consent.account()
    agent = consent.third_party("agent", agreement_days=1)
    consent.ready_opt_out(account, [agent])
    assert consent.check(account, "agent_sharing", third_party_id=agent)["decision"] == "allow"
    consent.clock.advance(DAY)
    assert consent.check(account, "agent_sharing", third_party_id=agent)["reason_code"] == (
        "CONFIDENTIALITY_AGREEMENT_EXPIRED"
    )


def test_third_party_validation_and_listing(consent: Consent) -> None:
    bad = consent.client.post(
        "/v1/third-parties",
        json={
            "name": "x",
            "kind": "vendor",
            "confidentiality_agreement": {
                "reference": "r",
                "signed_on": "2026-01-02",
                "expires_on": "2026-01-01",
            },
        },
        headers=consent.headers,
    )
    assert bad.status_code == 422
    unknown_kind = consent.client.post(
        "/v1/third-parties", json={"name": "x", "kind": "reseller"}, headers=consent.headers
    )
    assert unknown_kind.status_code == 422
    created = {consent.third_party("affiliate") for _ in range(3)}
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = consent.client.get("/v1/third-parties", params=params, headers=consent.headers).json()
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert created <= set(seen)
    assert len(seen) == len(set(seen))
