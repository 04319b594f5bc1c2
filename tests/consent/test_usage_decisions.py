"""`consent.policy.decide_usage` as a decision table (tests/decisions/usage/*.yaml): every reason code it can
give, each row naming the rule it rests on (R-2005 to R-2009, 47 U.S.C. 222, the carrier's own policy).

Facts are written as a reviewer thinks of them; `_request` turns them into the policy's input, relative to a
fixed instant. A recipient is `tp-1`; a row's notices and approvals are the account's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.consent import policy
from cpni_api.consent.vocabulary import ApprovalScope, EmergencyRecipient, UsagePurpose
from cpni_api.third_parties import policy as recipients
from cpni_api.third_parties.policy import Agreement, Recipient
from tests.support.decision_tables import Row, load, rows_of, run

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)
ZONE = ZoneInfo("America/New_York")
RECIPIENT = "tp-1"

TABLE = load(
    "usage",
    expect_keys={"decision", "reason_code", "basis_type", "available_in_days"},
    required={"decision", "reason_code"},
)

NOTICE_KEYS = {
    "kind",
    "delivery",
    "days_ago",
    "bounced",
    "email_approved",
    "names_recipient",
    "names_purpose",
}
APPROVAL_KEYS = {
    "decision",
    "method",
    "days_ago",
    "notice",
    "one_time_in",
    "call_open",
    "covers_location",
    "designee",
    "document",
    "oral_evidence",
}


def _recipient(spec: dict[str, Any] | None) -> Recipient | None:
    if spec is None:
        return None
    agreement = {
        "in_force": Agreement("NDA-1", TODAY - timedelta(days=100), TODAY + timedelta(days=300)),
        "expired": Agreement("NDA-1", TODAY - timedelta(days=400), TODAY),
        "not_yet": Agreement("NDA-1", TODAY + timedelta(days=1), TODAY + timedelta(days=400)),
        "none": None,
    }[spec.get("agreement", "in_force")]
    return Recipient(
        id=RECIPIENT,
        kind=spec["kind"],
        provides_communications_related_services=spec.get("communications_related", False),
        agreement=agreement,
        use_limitation_acknowledged_on=TODAY - timedelta(days=1) if spec.get("acknowledged", True) else None,
    )


def _notice(spec: dict[str, Any], index: str, purpose: str) -> policy.Notice:
    unknown = set(spec) - NOTICE_KEYS
    assert not unknown, f"unknown notice keys {unknown}"
    kind, delivery = spec.get("kind", "opt_out"), spec.get("delivery", "mail")
    sent_at = NOW - timedelta(days=spec.get("days_ago", 40))
    return policy.Notice(
        id=f"ntc-{index}",
        kind=kind,
        delivery=delivery,
        sent_at=sent_at,
        approval_assumable_from=policy.approval_assumable_from(kind, delivery, sent_at, ZONE),
        bounced_at=sent_at + timedelta(days=2) if spec.get("bounced", False) else None,
        email_delivery_approved=spec.get("email_approved", True),
        recipients=frozenset({RECIPIENT}) if spec.get("names_recipient", True) else frozenset(),
        purposes=frozenset({purpose}) if spec.get("names_purpose", True) else frozenset({"another_purpose"}),
    )


def _approval(spec: dict[str, Any], index: int, scope: str, purpose: str) -> policy.Approval:
    unknown = set(spec) - APPROVAL_KEYS
    assert not unknown, f"unknown approval keys {unknown}"
    notice_spec = spec.get("notice", {"kind": "opt_in", "delivery": "mail", "days_ago": 10})
    designee = {"recipient": RECIPIENT, "other": "tp-2", None: None}[spec.get("designee")]
    return policy.Approval(
        id=f"apr-{index}",
        seq=index,
        scope=scope,
        decision=spec.get("decision", "granted"),
        method=spec.get("method", "written"),
        decided_at=NOW - timedelta(days=spec.get("days_ago", 1)),
        notice=_notice(notice_spec, f"a{index}", purpose) if notice_spec is not None else None,
        interaction_id=spec.get("one_time_in"),
        interaction_open=spec.get("call_open", True),
        covers_location=spec.get("covers_location", False),
        designee_id=designee,
        document_reference="LOA-1" if spec.get("document", True) else None,
        has_oral_evidence=spec.get("oral_evidence", True),
    )


def _decide(facts: dict[str, Any]) -> policy.UsageDecision:
    scope, purpose = facts["scope"], facts["purpose"]
    recipient = _recipient(facts["recipient"])
    campaign = None
    if facts["campaign"] is not None:
        spec = facts["campaign"]
        matches = spec.get("matches", True)
        campaign = policy.Campaign(
            id="cmp-1",
            status=spec.get("status", "approved"),
            scope=scope if matches else "another_scope",
            purpose=purpose,
            third_party_id=recipient.id if recipient else None,
            includes_location=facts["includes_location"],
        )
    approvals = [_approval(spec, i, scope, purpose) for i, spec in enumerate(facts["approvals"], start=1)]
    notices = [_notice(spec, str(i), purpose) for i, spec in enumerate(facts["notices"], start=1)]
    notices += [approval.notice for approval in approvals if approval.notice is not None]
    request = policy.UsageRequest(
        scope=scope,
        purpose=purpose,
        includes_location=facts["includes_location"],
        recipient=recipient,
        campaign=campaign,
        interaction_id=facts["interaction"],
        offer_category=facts["offer_category"],
        subscribed_categories=frozenset(facts["subscribed_categories"]),
        emergency_recipient=facts["emergency_recipient"],
        legal_process=policy.LegalProcess("subpoena", "GJ-1", "A court") if facts["legal_process"] else None,
    )
    carrier = policy.CarrierPolicy(
        opt_in_only=facts["opt_in_only"], no_third_party_sale=facts["no_third_party_sale"]
    )
    return policy.decide_usage(request, approvals, notices, now=NOW, today=TODAY, carrier=carrier)


def _check(row: Row) -> None:
    decision = _decide(row.facts)
    expect = row.expect
    assert (decision.decision, decision.reason.value) == (expect["decision"], expect["reason_code"]), decision
    assert decision.rule in row.rules, f"row cites {row.rules}, the decision rests on {decision.rule}"
    if "basis_type" in expect:
        assert (decision.basis.type if decision.basis else None) == expect["basis_type"], decision
    if "available_in_days" in expect:
        assert decision.available_from is not None
        assert (decision.available_from - NOW).days == expect["available_in_days"], decision
    assert decision.allowed == (decision.basis is not None)


@pytest.mark.parametrize(("row", "problem"), TABLE)
def test_usage_table(row: Row | None, problem: str | None) -> None:
    run(row, problem, _check)


def test_every_reason_code_has_a_row() -> None:
    seen = {row.expect["reason_code"] for row in rows_of(TABLE)}
    assert {reason.value for reason in policy.UsageReason} - seen == set()


def test_every_recipient_problem_is_a_usage_reason_with_a_rule() -> None:
    """The conversion is total: a problem added without its twin would not even import (usage.py)."""
    assert {problem.value for problem in recipients.RecipientProblem} <= {r.value for r in policy.UsageReason}
    assert set(policy.RECIPIENT_REASONS) == set(recipients.RecipientProblem)


SCOPES = st.sampled_from([scope.value for scope in ApprovalScope])
PURPOSES = st.sampled_from([purpose.value for purpose in UsagePurpose])


@given(
    scope=SCOPES,
    purpose=PURPOSES,
    location=st.booleans(),
    emergency_recipient=st.none() | st.sampled_from([r.value for r in EmergencyRecipient]),
    legal_process=st.booleans(),
    opt_in_only=st.booleans(),
)
def test_the_statutory_exceptions_never_reach_further_than_the_statute(
    scope: str,
    purpose: str,
    location: bool,
    emergency_recipient: str | None,
    legal_process: bool,
    opt_in_only: bool,
) -> None:
    """With no approval on record, an emergency allows only the user's location to a named emergency
    recipient, as a disclosure; a legal-process disclosure only with its process; never a marketing scope."""
    decision = _decide(
        {
            "scope": scope,
            "purpose": purpose,
            "includes_location": location,
            "recipient": None,
            "campaign": None,
            "interaction": None,
            "offer_category": None,
            "subscribed_categories": [],
            "emergency_recipient": emergency_recipient,
            "legal_process": legal_process,
            "opt_in_only": opt_in_only,
            "no_third_party_sale": False,
            "approvals": [],
            "notices": [],
        }
    )
    if purpose == UsagePurpose.EMERGENCY and decision.allowed:
        assert scope == ApprovalScope.THIRD_PARTY_DISCLOSURE
        assert location
        assert emergency_recipient is not None
        assert decision.rule == "47 U.S.C. 222(d)(4)"
    if purpose == UsagePurpose.REQUIRED_BY_LAW and decision.allowed:
        assert scope == ApprovalScope.THIRD_PARTY_DISCLOSURE
        assert legal_process
    if decision.allowed and scope == ApprovalScope.CARRIER_MARKETING:
        assert purpose not in {UsagePurpose.EMERGENCY, UsagePurpose.REQUIRED_BY_LAW}
