"""Campaigns (R-2009-c) and supervisor review (R-2009-d); the eligible accounts agree with usage checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from cpni_api.api_keys.scopes import ApiKeyScope
from tests.consent.conftest import Consent

DAY = timedelta(days=1)


@pytest.fixture
def supervisor(make_key: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_key(ApiKeyScope.CAMPAIGNS_APPROVE, name='supervisor')}"}


def _campaign(consent: Consent, scope: str = "carrier_marketing", **fields: Any) -> dict[str, Any]:
    body = {
        "description": "Upgrade offer to customers on the basic plan",
        "cpni_used": ["plan", "monthly_usage_total"],
        "products_offered": ["unlimited plan"],
        "scope": scope,
        "requested_by": "Sam.Seller",
    } | fields
    response = consent.client.post("/v1/campaigns", json=body, headers=consent.headers)
    assert response.status_code == 201, response.text
    return dict(response.json())


def _review(
    consent: Consent, headers: dict[str, str], campaign_id: str, reviewer: str, decision: str = "approved"
):
    return consent.client.post(
        f"/v1/campaigns/{campaign_id}/reviews",
        json={"reviewer": reviewer, "decision": decision, "notes": "checked the CPNI list"},
        headers=headers,
    )


def test_a_campaign_runs_only_after_a_supervisor_other_than_the_requester_approves(
    consent: Consent, supervisor: dict[str, str]
) -> None:
    account = consent.account()
    consent.ready_opt_out(account)
    campaign = _campaign(consent)
    assert campaign["status"] == "pending_review"
    pending = consent.check(account, "carrier_marketing", campaign_id=campaign["id"])
    assert (pending["reason_code"], pending["rule"]) == ("CAMPAIGN_NOT_APPROVED", "R-2009-d")
    not_runnable = consent.client.get(
        f"/v1/campaigns/{campaign['id']}/eligible-accounts", headers=consent.headers
    )
    assert (not_runnable.status_code, not_runnable.json()["reason_code"]) == (409, "CAMPAIGN_NOT_APPROVED")

    # The requester cannot approve their own request, however the name is written.
    for reviewer in ("Sam.Seller", " sam.seller "):
        refused = _review(consent, supervisor, campaign["id"], reviewer)
        assert (refused.status_code, refused.json()["code"]) == (409, "REVIEWER_IS_REQUESTER")
    # campaigns:write is not enough to review.
    assert _review(consent, consent.headers, campaign["id"], "Pat.Supervisor").status_code == 403

    approved = _review(consent, supervisor, campaign["id"], "Pat.Supervisor")
    assert approved.status_code == 201, approved.text
    assert approved.json()["decision"] == "approved"
    again = _review(consent, supervisor, campaign["id"], "Other.Supervisor", "rejected")
    assert again.json()["code"] == "CAMPAIGN_ALREADY_REVIEWED"
    view = consent.client.get(f"/v1/campaigns/{campaign['id']}", headers=consent.headers).json()
    assert view["status"] == "approved"
    assert [review["reviewer"] for review in view["reviews"]] == ["Pat.Supervisor"]
    assert consent.check(account, "carrier_marketing", campaign_id=campaign["id"])["decision"] == "allow"
    # Only as approved: another purpose or location is a different use.
    mismatch = consent.check(account, "carrier_marketing", campaign_id=campaign["id"], includes_location=True)
    assert mismatch["reason_code"] == "CAMPAIGN_MISMATCH"

    closed = consent.client.post(f"/v1/campaigns/{campaign['id']}/close", headers=consent.headers)
    assert closed.json()["status"] == "closed"
    assert (
        consent.check(account, "carrier_marketing", campaign_id=campaign["id"])["reason_code"]
        == "CAMPAIGN_CLOSED"
    )
    gone = consent.client.get(f"/v1/campaigns/{campaign['id']}/eligible-accounts", headers=consent.headers)
    assert gone.json()["reason_code"] == "CAMPAIGN_CLOSED"


def test_a_rejected_campaign_never_runs(consent: Consent, supervisor: dict[str, str]) -> None:
    account = consent.account()
    consent.ready_opt_out(account)
    campaign = _campaign(consent)
    assert _review(consent, supervisor, campaign["id"], "Pat.Supervisor", "rejected").status_code == 201
    assert consent.check(account, "carrier_marketing", campaign_id=campaign["id"])["reason_code"] == (
        "CAMPAIGN_NOT_APPROVED"
    )
    close = consent.client.post(f"/v1/campaigns/{campaign['id']}/close", headers=consent.headers)
    assert close.json()["code"] == "CAMPAIGN_NOT_OPEN"


def test_campaign_scope_and_recipient_must_fit(consent: Consent) -> None:
    vendor = consent.third_party("vendor")
    for scope, third_party in (
        ("agent_sharing", vendor),
        ("carrier_marketing", vendor),
        ("agent_sharing", None),
    ):
        fields: dict[str, Any] = {"scope": scope, "third_party_id": third_party}
        response = consent.client.post(
            "/v1/campaigns",
            json={"description": "d", "cpni_used": ["plan"], "products_offered": ["p"], "requested_by": "r"}
            | fields,
            headers=consent.headers,
        )
        assert (response.status_code, response.json()["code"]) == (422, "RECIPIENT_KIND_INVALID")


def _all_eligible(consent: Consent, campaign_id: str, limit: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        response = consent.client.get(
            f"/v1/campaigns/{campaign_id}/eligible-accounts", params=params, headers=consent.headers
        )
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= limit
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


def _accounts_in_every_state(consent: Consent, recipient: str | None) -> list[str]:
    """One account per consent state, for the recipient (or the carrier's own use)."""
    recipients = [recipient] if recipient else []
    now = consent.clock.now()
    accounts = [consent.account() for _ in range(9)]
    opt_out_ready, waiting, stale, bounced, denied_after, opt_in, revoked, _nothing, other_recipient = (
        accounts
    )
    consent.ready_opt_out(opt_out_ready, recipients)
    consent.notice(waiting, sent_at=now - 10 * DAY, recipients=recipients)
    consent.notice(stale, sent_at=now - 800 * DAY, recipients=recipients)
    bounce = consent.notice(bounced, delivery="email", sent_at=now - 40 * DAY, recipients=recipients)
    consent.client.post(
        f"/v1/accounts/{bounced}/cpni-notices/{bounce['id']}/bounces", json={}, headers=consent.headers
    )
    consent.ready_opt_out(denied_after, recipients)
    scope = "agent_sharing" if recipient else "carrier_marketing"
    consent.decide(denied_after, scope, decision="denied")
    for account in (opt_in, revoked):
        notice = consent.notice(account, kind="opt_in", recipients=recipients)
        consent.grant(account, scope, notice["id"])
    consent.decide(revoked, scope, decision="revoked")
    if recipient:
        consent.ready_opt_out(other_recipient, [consent.third_party("agent")])
    return accounts


@pytest.mark.parametrize("shared", [False, True])
def test_eligible_accounts_agree_with_usage_checks(
    consent: Consent, supervisor: dict[str, str], shared: bool
) -> None:
    agent = consent.third_party("agent") if shared else None
    accounts = _accounts_in_every_state(consent, agent)
    scope = "agent_sharing" if agent else "carrier_marketing"
    campaign = _campaign(consent, scope, third_party_id=agent)
    assert _review(consent, supervisor, campaign["id"], "Pat.Supervisor").status_code == 201
    extra = {"third_party_id": agent} if agent else {}
    allowed = {
        account
        for account in accounts
        if consent.check(account, scope, campaign_id=campaign["id"], **extra)["decision"] == "allow"
    }
    assert allowed == {accounts[0], accounts[5]}  # the ready opt-out and the opt-in grant
    eligible = _all_eligible(consent, campaign["id"], limit=500 if not agent else 1)
    mine = {item["account_id"]: item for item in eligible if item["account_id"] in set(accounts)}
    assert set(mine) == allowed
    assert mine[accounts[0]]["basis"] == "opt_out"
    assert mine[accounts[5]]["basis"] == "opt_in"
    ids = [item["account_id"] for item in eligible]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_an_opt_in_campaign_lists_only_opt_in_accounts(consent: Consent, supervisor: dict[str, str]) -> None:
    partner = consent.third_party("joint_venture")
    opted_in, opted_out = consent.account(), consent.account()
    consent.ready_opt_out(opted_out, [partner])
    notice = consent.notice(opted_in, kind="opt_in", recipients=[partner])
    grant = consent.grant(opted_in, "joint_venture_sharing", notice["id"])
    campaign = _campaign(consent, "joint_venture_sharing", third_party_id=partner)
    _review(consent, supervisor, campaign["id"], "Pat.Supervisor")
    eligible = _all_eligible(consent, campaign["id"], limit=10)
    assert eligible == [
        {"account_id": opted_in, "basis": "opt_in", "approval_id": grant["id"], "notice_id": notice["id"]}
    ]
    consent.clock.advance(366 * DAY)  # the partner's agreement expires
    expired = consent.client.get(f"/v1/campaigns/{campaign['id']}/eligible-accounts", headers=consent.headers)
    assert (expired.status_code, expired.json()["reason_code"]) == (409, "CONFIDENTIALITY_AGREEMENT_EXPIRED")
