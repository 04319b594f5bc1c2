"""Notices and decisions through the HTTP API: the opt-out waiting periods on day 29/30 (electronic) and
32/33 (mail) with the clock (R-2008-d-1, E9), the two-year notice (R-2008-d-2, E8), bounces, oral notice
(R-2008-d-0), the names a notice gives (E10), and "latest decision wins" (R-2007-a-3)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cpni_api.audit.models import AuditRecord
from tests.consent.conftest import ORAL_EVIDENCE, Consent
from tests.support.cpni import audit_rows, iso

DAY = timedelta(days=1)


@pytest.mark.parametrize(("delivery", "wait_days"), [("email", 30), ("mail", 33)])
def test_opt_out_waiting_period_by_day(consent: Consent, delivery: str, wait_days: int) -> None:
    account = consent.account()
    sent = consent.clock.now()
    notice = consent.notice(account, delivery=delivery, sent_at=sent)
    assert notice["approval_assumable_from"] == iso(sent + wait_days * DAY)
    assert notice["supports_opt_out"] is True

    consent.clock.set(sent + (wait_days - 1) * DAY)  # day 29 (email) / day 32 (mail)
    waiting = consent.check(account, "carrier_marketing")
    assert waiting["decision"] == "deny"
    assert waiting["reason_code"] == "OPT_OUT_WAITING_PERIOD"
    assert waiting["rule"] == "R-2008-d-1"
    assert waiting["available_from"] == notice["approval_assumable_from"]
    consent.clock.set(sent + wait_days * DAY - timedelta(seconds=1))
    assert consent.check(account, "carrier_marketing")["reason_code"] == "OPT_OUT_WAITING_PERIOD"

    consent.clock.set(sent + wait_days * DAY)  # day 30 (email) / day 33 (mail)
    allowed = consent.check(account, "carrier_marketing")
    assert allowed["decision"] == "allow"
    assert allowed["basis"]["notice_id"] == notice["id"]


def test_opt_out_needs_a_notice_sent_in_the_last_two_years(consent: Consent) -> None:
    account = consent.account()
    sent = consent.clock.now()
    consent.notice(account, sent_at=sent)
    consent.clock.set(sent + 33 * DAY)
    assert consent.check(account, "carrier_marketing")["decision"] == "allow"
    consent.clock.set(sent.replace(year=sent.year + 2) - timedelta(seconds=1))
    assert consent.check(account, "carrier_marketing")["decision"] == "allow"
    consent.clock.set(sent.replace(year=sent.year + 2))
    stale = consent.check(account, "carrier_marketing")
    assert (stale["reason_code"], stale["rule"]) == ("OPT_OUT_NOTICE_STALE", "R-2008-d-2")
    # A fresh notice restores opt-out, after its own waiting period.
    renewed = consent.notice(account, delivery="email")
    assert consent.check(account, "carrier_marketing")["reason_code"] == "OPT_OUT_WAITING_PERIOD"
    consent.clock.advance(30 * DAY)
    assert consent.check(account, "carrier_marketing")["basis"]["notice_id"] == renewed["id"]


def test_a_bounced_notice_is_not_notice(consent: Consent) -> None:
    account = consent.account()
    notice = consent.notice(account, delivery="email", sent_at=consent.clock.now() - 40 * DAY)
    assert consent.check(account, "carrier_marketing")["decision"] == "allow"
    url = f"/v1/accounts/{account}/cpni-notices/{notice['id']}/bounces"
    response = consent.client.post(url, json={"reason": "mailbox full"}, headers=consent.headers)
    assert response.status_code == 201, response.text
    assert response.json()["bounced_at"] == iso(consent.clock.now())
    assert response.json()["supports_opt_out"] is False
    again = consent.client.post(url, json={}, headers=consent.headers)
    assert again.json()["bounced_at"] == response.json()["bounced_at"]
    denied = consent.check(account, "carrier_marketing")
    assert (denied["reason_code"], denied["rule"]) == ("NOTICE_BOUNCED", "R-2008-d-3")
    assert len(audit_rows(consent.app, account, "consent.notice_bounced")) == 1
    # A grant citing a bounced notice does not rest on notice either.
    consent.grant(account, "carrier_marketing", notice["id"])
    assert consent.check(account, "carrier_marketing")["reason_code"] == "NOTICE_BOUNCED"


def test_oral_and_unapproved_email_notices_never_support_opt_out(consent: Consent) -> None:
    account = consent.account()
    oral = consent.notice(account, delivery="oral", sent_at=consent.clock.now() - 40 * DAY)
    assert oral["approval_assumable_from"] is None
    assert consent.check(account, "carrier_marketing")["reason_code"] == "OPT_OUT_NOTICE_ORAL"
    bounce = consent.client.post(
        f"/v1/accounts/{account}/cpni-notices/{oral['id']}/bounces", json={}, headers=consent.headers
    )
    assert bounce.status_code == 409
    assert bounce.json()["code"] == "NOTICE_NOT_BOUNCEABLE"
    other = consent.account()
    consent.notice(
        other, delivery="email", sent_at=consent.clock.now() - 40 * DAY, email_delivery_approved=False
    )
    assert consent.check(other, "carrier_marketing")["reason_code"] == "EMAIL_NOTICE_NOT_APPROVED"


def test_a_notice_covers_only_the_recipients_it_names(consent: Consent) -> None:
    account = consent.account()
    named, other = consent.third_party("agent"), consent.third_party("agent")
    consent.ready_opt_out(account, [named])
    assert consent.check(account, "agent_sharing", third_party_id=named)["decision"] == "allow"
    denied = consent.check(account, "agent_sharing", third_party_id=other)
    assert denied["reason_code"] == "NOTICE_DOES_NOT_NAME_RECIPIENT"
    # A new recipient needs a new notice and, for opt-out, a new 30 days (E10).
    consent.notice(account, delivery="email", recipients=[named, other])
    assert (
        consent.check(account, "agent_sharing", third_party_id=other)["reason_code"]
        == "OPT_OUT_WAITING_PERIOD"
    )
    consent.clock.advance(30 * DAY)
    assert consent.check(account, "agent_sharing", third_party_id=other)["decision"] == "allow"


def test_latest_decision_wins_and_stays_in_effect(consent: Consent) -> None:
    account = consent.account()
    notice = consent.ready_opt_out(account)
    opt_in = consent.notice(account, kind="opt_in")
    consent.decide(account, "carrier_marketing", decision="denied", method="electronic")
    # The customer's "no" outlives any later opt-out notice (R-2007-a-3).
    consent.notice(account, sent_at=consent.clock.now() - 35 * DAY)
    assert consent.check(account, "carrier_marketing")["reason_code"] == "CUSTOMER_DENIED"
    consent.clock.advance(timedelta(minutes=1))
    granted = consent.grant(account, "carrier_marketing", opt_in["id"], method="electronic")
    consent.clock.advance(3 * 365 * DAY)  # no expiry on approval
    assert consent.check(account, "carrier_marketing")["basis"]["approval_id"] == granted["id"]
    consent.decide(account, "carrier_marketing", decision="revoked", method="oral")
    assert consent.check(account, "carrier_marketing")["reason_code"] == "APPROVAL_REVOKED"
    view = consent.client.get(f"/v1/accounts/{account}/approvals", headers=consent.headers).json()
    status = {entry["scope"]: entry for entry in view["scopes"]}
    assert status["carrier_marketing"]["status"] == "revoked"
    assert status["agent_sharing"]["status"] == "no_approval"
    history = view["history"]
    assert [entry["decision"] for entry in history] == ["denied", "granted", "revoked"]
    assert [entry["in_effect"] for entry in history] == [False, False, True]
    assert history[0]["retained_until"] == history[1]["decided_at"].replace("2026", "2027", 1)
    assert notice["id"] not in {entry["notice_id"] for entry in history}


def test_opt_out_status_per_scope_with_its_basis(consent: Consent) -> None:
    account = consent.account()
    notice = consent.notice(account, delivery="email")
    view = consent.client.get(f"/v1/accounts/{account}/approvals", headers=consent.headers).json()
    carrier = next(entry for entry in view["scopes"] if entry["scope"] == "carrier_marketing")
    assert carrier["status"] == "opt_out_waiting"
    assert carrier["approval_assumable_from"] == notice["approval_assumable_from"]
    consent.clock.advance(30 * DAY)
    view = consent.client.get(f"/v1/accounts/{account}/approvals", headers=consent.headers).json()
    carrier = next(entry for entry in view["scopes"] if entry["scope"] == "carrier_marketing")
    assert (carrier["status"], carrier["notice_id"], carrier["requirement"]) == (
        "opt_out_assumed",
        notice["id"],
        "opt_out",
    )
    joint = next(entry for entry in view["scopes"] if entry["scope"] == "joint_venture_sharing")
    assert (joint["status"], joint["requirement"]) == ("no_approval", "opt_in")


def test_recording_rules(consent: Consent) -> None:
    account = consent.account()
    notice = consent.notice(account, kind="opt_in")
    no_notice = consent.decide(account, "carrier_marketing")
    assert no_notice.status_code == 422
    no_evidence = consent.decide(account, "carrier_marketing", notice_id=notice["id"], method="oral")
    assert no_evidence.status_code == 422
    assert "oral_evidence" in no_evidence.text
    before_notice = consent.decide(
        account, "carrier_marketing", notice_id=notice["id"], decided_at=iso(consent.clock.now() - DAY)
    )
    assert before_notice.json()["code"] == "NOTICE_SENT_AFTER_DECISION"
    future = consent.decide(
        account, "carrier_marketing", notice_id=notice["id"], decided_at=iso(consent.clock.now() + DAY)
    )
    assert future.json()["code"] == "TIME_IN_FUTURE"
    elsewhere = consent.notice(consent.account(), kind="opt_in")
    assert consent.decide(account, "carrier_marketing", notice_id=elsewhere["id"]).status_code == 404
    oral = consent.grant(
        account, "carrier_marketing", notice["id"], method="oral", oral_evidence=ORAL_EVIDENCE
    )
    assert oral["oral_evidence"]["recording_reference"] == "rec-123"
    recorded = audit_rows(consent.app, account, "consent.approval_recorded")
    assert [row.subject_id for row in recorded] == [oral["id"]]
    assert recorded[0].agent_id == "agent-7"


def test_every_usage_check_is_an_audit_record(consent: Consent) -> None:
    account = consent.account()
    denied = consent.check(account, "carrier_marketing")
    assert denied["reason_code"] == "NO_APPROVAL"
    allowed = consent.check(account, "carrier_marketing", purpose="billing")
    rows: list[AuditRecord] = audit_rows(consent.app, account, "consent.usage_checked")
    assert [(row.subject_id, row.outcome) for row in rows] == [
        (denied["id"], "deny"),
        (allowed["id"], "allow"),
    ]
    assert rows[0].details["reason_code"] == "NO_APPROVAL"
    unknown = consent.client.post(
        "/v1/usage-checks",
        json={"account_id": "acct_nope", "scope": "carrier_marketing"},
        headers=consent.headers,
    )
    assert unknown.status_code == 404
