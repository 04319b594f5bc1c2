"""The consent policy without a database: the R-2007 table, notice timing (E9), the usage decision
(fails closed), recipient safeguards, campaign review, retention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpni_api.campaigns import policy as campaigns
from cpni_api.consent import policy, retention
from cpni_api.consent.policy import Approval, Notice, Requirement, UsageReason, UsageRequest
from cpni_api.consent.vocabulary import ApprovalScope
from cpni_api.third_parties.policy import Agreement, Recipient, RecipientProblem, safeguard_problem

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
TODAY = date(2026, 11, 24)


def _recipient(kind: str, **fields: object) -> Recipient:
    return Recipient(id=f"tp_{kind}", kind=kind, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("scope", "recipient", "purpose", "location", "expected"),
    [
        ("carrier_marketing", None, "marketing_communications_related", False, Requirement.OPT_OUT),
        (
            "agent_sharing",
            _recipient("agent"),
            "marketing_communications_related",
            False,
            Requirement.OPT_OUT,
        ),
        (
            "affiliate_sharing",
            _recipient("affiliate", provides_communications_related_services=True),
            "marketing_communications_related",
            False,
            Requirement.OPT_OUT,
        ),
        (
            "affiliate_sharing",
            _recipient("affiliate"),
            "marketing_communications_related",
            False,
            Requirement.OPT_IN,
        ),
        (
            "joint_venture_sharing",
            _recipient("joint_venture"),
            "marketing_communications_related",
            False,
            Requirement.OPT_IN,
        ),
        (
            "contractor_sharing",
            _recipient("independent_contractor"),
            "marketing_communications_related",
            False,
            Requirement.OPT_IN,
        ),
        (
            "third_party_disclosure",
            _recipient("vendor"),
            "marketing_communications_related",
            False,
            Requirement.OPT_IN,
        ),
        (
            "new_carrier_disclosure",
            _recipient("carrier"),
            "marketing_communications_related",
            False,
            Requirement.EXPRESS_WRITTEN,
        ),
        ("carrier_marketing", None, "marketing_non_communications_related", False, Requirement.OPT_IN),
        ("carrier_marketing", None, "marketing_communications_related", True, Requirement.OPT_IN),
        # E16: an unknown scope or recipient kind needs opt-in.
        ("something_new", None, "marketing_communications_related", False, Requirement.OPT_IN),
        (
            "agent_sharing",
            _recipient("reseller"),
            "marketing_communications_related",
            False,
            Requirement.OPT_IN,
        ),
    ],
)
def test_the_r2007_table(
    scope: str, recipient: Recipient | None, purpose: str, location: bool, expected: Requirement
) -> None:
    assert (
        policy.required_approval(scope, purpose, recipient, includes_location=location).requirement
        is expected
    )


def test_every_scope_has_a_row() -> None:
    assert set(policy.SCOPE_TABLE) == {scope.value for scope in ApprovalScope}


def test_unknown_recipient_kinds_need_an_agreement() -> None:
    assert safeguard_problem(_recipient("reseller"), TODAY) is (
        RecipientProblem.CONFIDENTIALITY_AGREEMENT_MISSING
    )


def test_agreement_in_force_until_the_day_it_expires() -> None:
    agreement = Agreement("NDA", signed_on=date(2026, 1, 1), expires_on=date(2026, 12, 1))
    partner = _recipient("joint_venture", agreement=agreement)
    assert safeguard_problem(partner, date(2026, 11, 30)) is None
    assert safeguard_problem(partner, date(2026, 12, 1)) is (
        RecipientProblem.CONFIDENTIALITY_AGREEMENT_EXPIRED
    )
    assert safeguard_problem(partner, date(2025, 12, 31)) is (
        RecipientProblem.CONFIDENTIALITY_AGREEMENT_NOT_YET_IN_FORCE
    )


def test_waiting_periods_are_never_shortened_by_daylight_saving() -> None:
    # Mailed the day before the clocks go back: 33 local days later is 33 x 24 h + 1 h.
    sent = datetime(2026, 10, 31, 16, 0, tzinfo=UTC)
    assumable = policy.approval_assumable_from("opt_out", "mail", sent, NY)
    assert assumable == sent + timedelta(days=33, hours=1)
    assert policy.approval_assumable_from("opt_out", "oral", sent, NY) is None
    assert policy.approval_assumable_from("opt_in", "email", sent, NY) is None


@given(
    sent=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)),
    delivery=st.sampled_from(["mail", "email"]),
    zone=st.sampled_from(["America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "UTC"]),
    extra=st.integers(min_value=0, max_value=5),
)
def test_waiting_period_is_at_least_the_rule(sent: datetime, delivery: str, zone: str, extra: int) -> None:
    """R-2008-d-1, E9: never earlier than 30 (electronic) or 33 (mail) whole days, plus the margin."""
    assumable = policy.approval_assumable_from("opt_out", delivery, sent, ZoneInfo(zone), extra)
    assert assumable is not None
    minimum = timedelta(days=(33 if delivery == "mail" else 30) + extra)
    assert minimum <= assumable - sent <= minimum + timedelta(hours=1)


def _opt_out_notice(sent: datetime, **fields: object) -> Notice:
    values: dict[str, object] = {
        "id": "ntc_1",
        "kind": "opt_out",
        "delivery": "mail",
        "sent_at": sent,
        "approval_assumable_from": policy.approval_assumable_from("opt_out", "mail", sent, NY),
        "purposes": frozenset({"marketing_communications_related"}),
    }
    values.update(fields)
    return Notice(**values)  # type: ignore[arg-type]


def _decide(approvals: list[Approval], notices: list[Notice], **request: object) -> policy.UsageDecision:
    return policy.decide_usage(
        UsageRequest(scope="carrier_marketing", **request),  # type: ignore[arg-type]
        approvals,
        notices,
        now=NOW,
        today=TODAY,
    )


def test_fails_closed_without_facts() -> None:
    assert _decide([], []).reason is UsageReason.NO_APPROVAL
    assert _decide([], [], purpose="astrology").reason is UsageReason.UNKNOWN_PURPOSE


def test_opt_out_notice_two_year_limit_is_exact() -> None:
    sent = NOW.replace(year=2024)
    assert _decide([], [_opt_out_notice(sent + timedelta(seconds=1))]).reason is UsageReason.OPT_OUT_APPROVAL
    assert _decide([], [_opt_out_notice(sent)]).reason is UsageReason.OPT_OUT_NOTICE_STALE


decisions = st.lists(
    st.tuples(st.sampled_from(["granted", "denied", "revoked"]), st.integers(min_value=0, max_value=1000)),
    min_size=1,
    max_size=8,
)


@given(decisions)
def test_the_latest_standing_decision_wins(history: list[tuple[str, int]]) -> None:
    notice = _opt_out_notice(NOW - timedelta(days=100))
    approvals = [
        Approval(
            id=f"apr_{index}",
            seq=index,
            scope="carrier_marketing",
            decision=decision,
            method="written",
            decided_at=NOW - timedelta(minutes=minutes),
            notice=notice,
        )
        for index, (decision, minutes) in enumerate(history)
    ]
    latest = max(approvals, key=lambda a: a.order)
    result = _decide(approvals, [notice])
    assert result.allowed == (latest.decision == "granted")
    if result.allowed:
        assert result.basis is not None
        assert result.basis.approval_id == latest.id
    else:
        assert result.basis is None


@given(
    scope=st.sampled_from([scope.value for scope in ApprovalScope]),
    kind=st.sampled_from(
        ["affiliate", "agent", "joint_venture", "independent_contractor", "vendor", "carrier", "x"]
    ),
    purpose=st.sampled_from(["marketing_communications_related", "marketing_non_communications_related"]),
    location=st.booleans(),
    days=st.integers(min_value=0, max_value=900),
)
def test_opt_out_allows_only_where_the_table_says(
    scope: str, kind: str, purpose: str, location: bool, days: int
) -> None:
    recipient = (
        None
        if scope == "carrier_marketing"
        else _recipient(
            kind,
            agreement=Agreement("NDA", date(2020, 1, 1), date(2030, 1, 1)),
            use_limitation_acknowledged_on=TODAY,
        )
    )
    notice = _opt_out_notice(
        NOW - timedelta(days=days),
        recipients=frozenset({recipient.id}) if recipient else frozenset(),
        purposes=frozenset({purpose}),
    )
    result = policy.decide_usage(
        UsageRequest(scope=scope, purpose=purpose, includes_location=location, recipient=recipient),
        [],
        [notice],
        now=NOW,
        today=TODAY,
    )
    need = policy.required_approval(scope, purpose, recipient, includes_location=location)
    if result.allowed:
        assert need.requirement is Requirement.OPT_OUT
        assert 33 <= days < 731
        assert result.reason is UsageReason.OPT_OUT_APPROVAL


def test_one_time_consent_only_inside_its_open_interaction() -> None:
    notice = Notice(
        "ntc_o",
        "opt_in",
        "oral",
        NOW - timedelta(minutes=5),
        None,
        purposes=frozenset({"marketing_communications_related"}),
    )
    grant = Approval(
        id="apr_1",
        seq=1,
        scope="carrier_marketing",
        decision="granted",
        method="oral",
        decided_at=NOW - timedelta(minutes=1),
        notice=notice,
        interaction_id="int_1",
        interaction_open=True,
        has_oral_evidence=True,
    )
    assert _decide([grant], [], interaction_id="int_1").reason is UsageReason.ONE_TIME_ORAL_CONSENT
    assert _decide([grant], []).reason is UsageReason.NO_APPROVAL
    assert _decide([grant], [], interaction_id="int_2").reason is UsageReason.NO_APPROVAL
    ended = Approval(**{**grant.__dict__, "interaction_open": False})
    assert _decide([ended], [], interaction_id="int_1").reason is UsageReason.ONE_TIME_CONSENT_ENDED


def test_supervisor_must_not_be_the_requester() -> None:
    assert campaigns.review_refusal("pending_review", " J.Smith", "j.smith ") == "reviewer_is_requester"
    assert campaigns.review_refusal("pending_review", "a.boss", "j.smith") is None
    assert campaigns.review_refusal("approved", "a.boss", "j.smith") == "already_reviewed"
    assert campaigns.review_refusal("closed", "a.boss", "j.smith") == "closed"


def test_retention_is_a_year_after_the_end_and_never_while_in_effect() -> None:
    ended = datetime(2024, 2, 29, 12, 0, tzinfo=UTC)
    assert retention.retained_until(ended, 1) == datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
    assert retention.retained_until(ended, 0) == datetime(2025, 3, 1, 12, 0, tzinfo=UTC)  # never under a year
    assert not retention.purgeable(None, NOW.replace(year=2100), 1)
    assert not retention.purgeable(ended, datetime(2025, 3, 1, 11, 59, tzinfo=UTC), 1)
    assert retention.purgeable(ended, datetime(2025, 3, 1, 12, 0, tzinfo=UTC), 1)
    assert retention.notice_ended_at("opt_in", ended, [None]) is None
    assert retention.notice_ended_at("opt_out", ended, [ended]) == datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
    assert retention.campaign_ended_at("approved", None, ended) is None
    assert retention.campaign_ended_at("rejected", None, ended) == ended
