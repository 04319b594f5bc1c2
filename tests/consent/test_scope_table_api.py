"""Every row of the R-2007 table through the HTTP API: which scopes may rest on opt-out (R-2007-b-1) and
which need opt-in (R-2007-b-2), express written authorization (R-222-c2) or express prior authorization of
location information (R-222-f, E17)."""

from __future__ import annotations

import pytest

from tests.consent.conftest import ORAL_EVIDENCE, Consent

# (scope, recipient kind or None, affiliate provides communications-related services, opt-out suffices)
OPT_OUT_OR_OPT_IN_ROWS = [
    ("carrier_marketing", None, False, True),  # R-2007-b-1 (i)
    ("agent_sharing", "agent", False, True),  # R-2007-b-1 (ii)
    ("affiliate_sharing", "affiliate", True, True),  # R-2007-b-1 (ii)
    ("affiliate_sharing", "affiliate", False, False),  # R-2007-b-2: not communications-related
    ("joint_venture_sharing", "joint_venture", False, False),  # R-2007-b-2 (2007 order)
    ("contractor_sharing", "independent_contractor", False, False),  # R-2007-b-2 (2007 order)
    ("third_party_disclosure", "vendor", False, False),  # R-2007-b-2
    ("third_party_disclosure", "carrier", False, False),  # R-2007-b-2
]


@pytest.mark.parametrize(
    ("scope", "kind", "communications_related", "opt_out_suffices"), OPT_OUT_OR_OPT_IN_ROWS
)
def test_r2007_row_opt_out_then_opt_in(
    consent: Consent, scope: str, kind: str | None, communications_related: bool, opt_out_suffices: bool
) -> None:
    account = consent.account()
    recipient = consent.third_party(kind, communications_related=communications_related) if kind else None
    recipients = [recipient] if recipient else []
    notice = consent.ready_opt_out(account, recipients)
    extra = {"third_party_id": recipient} if recipient else {}

    on_opt_out = consent.check(account, scope, **extra)
    if opt_out_suffices:
        assert on_opt_out["decision"] == "allow", on_opt_out
        assert on_opt_out["reason_code"] == "OPT_OUT_APPROVAL"
        assert on_opt_out["basis"] == {
            "type": "opt_out",
            "rule": "R-2007-b-1",
            "approval_id": None,
            "notice_id": notice["id"],
            "interaction_id": None,
            "exception": None,
            "approval_assumable_from": notice["approval_assumable_from"],
            "emergency_recipient": None,
            "legal_process": None,
        }
    else:
        assert on_opt_out["decision"] == "deny"
        assert on_opt_out["reason_code"] == "OPT_IN_REQUIRED"
        assert on_opt_out["basis"] is None

    opt_in_notice = consent.notice(account, kind="opt_in", delivery="oral", recipients=recipients)
    approval = consent.grant(account, scope, opt_in_notice["id"], method="oral", oral_evidence=ORAL_EVIDENCE)
    on_opt_in = consent.check(account, scope, **extra)
    assert on_opt_in["decision"] == "allow", on_opt_in
    assert on_opt_in["reason_code"] == "OPT_IN_APPROVAL"
    assert on_opt_in["basis"]["approval_id"] == approval["id"]
    assert on_opt_in["basis"]["notice_id"] == opt_in_notice["id"]


def test_r2007_non_communications_related_marketing_needs_opt_in(consent: Consent) -> None:
    account = consent.account()
    consent.notice(
        account,
        sent_at=consent.clock.now().replace(year=2026, month=9),
        purposes=["marketing_communications_related", "marketing_non_communications_related"],
    )
    purpose = "marketing_non_communications_related"
    assert consent.check(account, "carrier_marketing", purpose=purpose)["reason_code"] == "OPT_IN_REQUIRED"
    assert consent.check(account, "carrier_marketing")["reason_code"] == "OPT_OUT_APPROVAL"
    notice = consent.notice(account, kind="opt_in", purposes=[purpose])
    consent.grant(account, "carrier_marketing", notice["id"])
    assert consent.check(account, "carrier_marketing", purpose=purpose)["reason_code"] == "OPT_IN_APPROVAL"
    # The same grant named only the non-communications purpose: latest decision wins, and it does not
    # cover the purpose its notice does not name (E10).
    assert consent.check(account, "carrier_marketing")["reason_code"] == "NOTICE_DOES_NOT_NAME_PURPOSE"


def test_r222_c2_new_carrier_disclosure_needs_express_written_authorization(consent: Consent) -> None:
    account = consent.account()
    new_carrier = consent.third_party("carrier", agreement_days=None)
    other_carrier = consent.third_party("carrier", agreement_days=None)
    consent.ready_opt_out(account, [new_carrier])
    denied = consent.check(account, "new_carrier_disclosure", third_party_id=new_carrier)
    assert denied["reason_code"] == "EXPRESS_WRITTEN_AUTHORIZATION_REQUIRED"
    oral = consent.decide(
        account,
        "new_carrier_disclosure",
        method="oral",
        oral_evidence=ORAL_EVIDENCE,
        third_party_id=new_carrier,
        document_reference="x",
    )
    assert oral.status_code == 422
    vendor = consent.third_party("vendor")
    not_a_carrier = consent.decide(
        account, "new_carrier_disclosure", third_party_id=vendor, document_reference="LOA-1"
    )
    assert not_a_carrier.status_code == 422
    assert not_a_carrier.json()["code"] == "RECIPIENT_KIND_INVALID"
    approval = consent.grant(
        account, "new_carrier_disclosure", None, third_party_id=new_carrier, document_reference="LOA-77"
    )
    allowed = consent.check(account, "new_carrier_disclosure", third_party_id=new_carrier)
    assert allowed["reason_code"] == "EXPRESS_WRITTEN_AUTHORIZATION"
    assert allowed["basis"]["type"] == "express_written_authorization"
    assert allowed["basis"]["approval_id"] == approval["id"]
    other = consent.check(account, "new_carrier_disclosure", third_party_id=other_carrier)
    assert other["reason_code"] == "NOT_THE_DESIGNATED_RECIPIENT"


def test_r222_f_location_needs_express_prior_authorization(consent: Consent) -> None:
    account = consent.account()
    consent.ready_opt_out(account)
    assert consent.check(account, "carrier_marketing")["decision"] == "allow"
    on_opt_out = consent.check(account, "carrier_marketing", includes_location=True)
    assert on_opt_out["reason_code"] == "LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION"
    notice = consent.notice(account, kind="opt_in")
    consent.grant(account, "carrier_marketing", notice["id"])
    plain_opt_in = consent.check(account, "carrier_marketing", includes_location=True)
    assert plain_opt_in["reason_code"] == "LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION"
    consent.grant(account, "carrier_marketing", notice["id"], covers_location=True)
    assert (
        consent.check(account, "carrier_marketing", includes_location=True)["reason_code"]
        == "OPT_IN_APPROVAL"
    )
    # Billing is a 222(d) use, but not for location information (E17); an emergency is (222(d)(4)), only as a
    # disclosure of the user's location to an emergency recipient, never under a marketing scope.
    billing = consent.check(account, "carrier_marketing", purpose="billing", includes_location=True)
    assert billing["reason_code"] == "LOCATION_REQUIRES_EXPRESS_PRIOR_AUTHORIZATION"
    marketing = consent.check(
        account, "carrier_marketing", purpose="emergency", emergency_recipient="psap", includes_location=True
    )
    assert (marketing["decision"], marketing["reason_code"]) == ("deny", "EXCEPTION_NOT_FOR_SCOPE")
    emergency = consent.check(
        account,
        "third_party_disclosure",
        purpose="emergency",
        emergency_recipient="psap",
        includes_location=True,
    )
    assert emergency["decision"] == "allow"
    assert emergency["basis"]["exception"] == "emergency"
    assert emergency["basis"]["emergency_recipient"] == "psap"


def test_r2005_uses_without_approval(consent: Consent) -> None:
    account = consent.account()
    billing = consent.check(account, "carrier_marketing", purpose="billing")
    assert (billing["decision"], billing["reason_code"], billing["rule"]) == (
        "allow",
        "PERMITTED_WITHOUT_APPROVAL",
        "47 U.S.C. 222(d)(1)",
    )
    assert consent.check(account, "carrier_marketing", purpose="fraud_prevention")["decision"] == "allow"
    within = consent.check(
        account,
        "carrier_marketing",
        purpose="service_within_subscribed_categories",
        offer_category="cmrs",
        subscribed_categories=["local", "cmrs"],
    )
    assert within["decision"] == "allow"
    assert within["rule"] == "R-2005-a-1"
    outside = consent.check(
        account,
        "carrier_marketing",
        purpose="service_within_subscribed_categories",
        offer_category="interexchange",
        subscribed_categories=["local"],
    )
    assert outside["reason_code"] == "CATEGORY_NOT_SUBSCRIBED"
    # E21: interconnected VoIP is its own category unless configured otherwise.
    voip = consent.check(
        account,
        "carrier_marketing",
        purpose="service_within_subscribed_categories",
        offer_category="interconnected_voip",
        subscribed_categories=["local"],
    )
    assert voip["reason_code"] == "CATEGORY_NOT_SUBSCRIBED"
    agent = consent.third_party("agent")
    sharing = consent.check(
        account, "agent_sharing", third_party_id=agent, purpose="service_within_subscribed_categories"
    )
    assert sharing["reason_code"] == "EXCEPTION_NOT_FOR_SCOPE"


def test_sharing_needs_a_recipient_of_the_scopes_kind(consent: Consent) -> None:
    account = consent.account()
    agent = consent.third_party("agent")
    consent.ready_opt_out(account, [agent])
    assert consent.check(account, "agent_sharing")["reason_code"] == "RECIPIENT_REQUIRED"
    assert consent.check(account, "affiliate_sharing", third_party_id=agent)["reason_code"] == (
        "RECIPIENT_KIND_MISMATCH"
    )
    assert consent.check(account, "carrier_marketing", third_party_id=agent)["reason_code"] == (
        "RECIPIENT_NOT_ALLOWED_FOR_SCOPE"
    )
