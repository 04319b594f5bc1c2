"""Consent (R-2007, R-2008), third parties and a marketing campaign (R-2009): notices and approvals on the
residential customer, an agent under contract, usage checks, the consent history, and a reviewed campaign."""

from __future__ import annotations

from datetime import timedelta

from cpni_api.core.clock import rfc3339
from scripts.example_recording.customers import Customers
from scripts.example_recording.recorder import Recorder


def record_consent(recorder: Recorder, customers: Customers) -> None:
    account_id = str(customers.residential["id"])
    agent_id = _third_parties(recorder)
    notice_id = _notices(recorder, account_id, agent_id)
    _approvals(recorder, account_id, notice_id)
    _usage_checks(recorder, account_id, agent_id)
    _history(recorder, account_id)
    _campaign(recorder)


def _third_parties(recorder: Recorder) -> str:
    today = recorder.clock.now().date()
    agent = recorder.call(
        "POST",
        "/v1/third-parties",
        json={
            "name": "Summit Outreach Partners",
            "kind": "agent",
            "confidentiality_agreement": {
                "reference": "NDA-2025-118",
                "signed_on": (today - timedelta(days=200)).isoformat(),
                "expires_on": (today + timedelta(days=165)).isoformat(),
            },
            "use_limitation_acknowledgement": {
                "acknowledged_on": (today - timedelta(days=200)).isoformat(),
                "reference": "ACK-2025-118",
            },
        },
        expect=201,
        example="marketing_agent",
    )
    agent_id = str(agent["id"])
    recorder.call(
        "POST",
        "/v1/third-parties",
        json={"name": "Lakeside Billing Services", "kind": "independent_contractor"},
        expect=201,
        example="contractor_without_agreement",
    )
    recorder.call("GET", "/v1/third-parties", expect=200)
    recorder.call(
        "PUT",
        "/v1/third-parties/{third_party_id}/confidentiality-agreement",
        json={
            "reference": "NDA-2026-031",
            "signed_on": today.isoformat(),
            "expires_on": (today + timedelta(days=730)).isoformat(),
        },
        expect=200,
        third_party_id=agent_id,
    )
    recorder.call(
        "POST",
        "/v1/third-parties/{third_party_id}/use-limitation-acknowledgements",
        json={"acknowledged_on": today.isoformat(), "reference": "ACK-2026-031"},
        expect=200,
        third_party_id=agent_id,
    )
    recorder.call("GET", "/v1/third-parties/{third_party_id}", expect=200, third_party_id=agent_id)
    return agent_id


def _notices(recorder: Recorder, account_id: str, agent_id: str) -> str:
    path = "/v1/accounts/{account_id}/cpni-notices"
    mailed = recorder.call(
        "POST",
        path,
        json={
            "kind": "opt_out",
            "delivery": "mail",
            "sent_at": rfc3339(recorder.clock.now() - timedelta(days=40)),
            "version": "2026-01",
            "recipients": [agent_id],
            "purposes": ["marketing_communications_related"],
        },
        expect=201,
        example="opt_out_by_mail",
        account_id=account_id,
    )
    emailed = recorder.call(
        "POST",
        path,
        json={
            "kind": "opt_out",
            "delivery": "email",
            "sent_at": recorder.now(),
            "version": "2026-01",
            "email_delivery_approved": True,
        },
        expect=201,
        example="opt_out_by_email",
        account_id=account_id,
    )
    recorder.call(
        "POST",
        path + "/{notice_id}/bounces",
        json={"bounced_at": recorder.now(), "reason": "550 5.1.1 mailbox unavailable"},
        expect=201,
        account_id=account_id,
        notice_id=str(emailed["id"]),
    )
    recorder.call("GET", path, expect=200, account_id=account_id)
    return str(mailed["id"])


def _approvals(recorder: Recorder, account_id: str, notice_id: str) -> None:
    path = "/v1/accounts/{account_id}/approvals"
    recorder.call(
        "POST",
        path,
        json={
            "scope": "carrier_marketing",
            "decision": "granted",
            "method": "written",
            "notice_id": notice_id,
            "document_reference": "consent form CF-7, signed 2026-02-10",
        },
        expect=201,
        example="written_opt_in",
        account_id=account_id,
    )
    recorder.call(
        "POST",
        path,
        json={"scope": "third_party_disclosure", "decision": "denied", "method": "electronic"},
        expect=201,
        example="denied_online",
        account_id=account_id,
    )
    recorder.call("GET", path, expect=200, account_id=account_id)


def _usage_checks(recorder: Recorder, account_id: str, agent_id: str) -> None:
    allowed = recorder.call(
        "POST",
        "/v1/usage-checks",
        json={
            "account_id": account_id,
            "scope": "carrier_marketing",
            "purpose": "marketing_communications_related",
        },
        expect=200,
        example="carrier_marketing_approved",
    )
    recorder.call(
        "POST",
        "/v1/usage-checks",
        json={"account_id": account_id, "scope": "agent_sharing", "third_party_id": agent_id},
        expect=200,
        example="agent_named_in_the_opt_out_notice",
    )
    recorder.call(
        "POST",
        "/v1/usage-checks",
        json={"account_id": account_id, "scope": "third_party_disclosure"},
        expect=200,
        example="denied_by_the_customer",
    )
    recorder.call("GET", "/v1/usage-checks/{check_id}", expect=200, check_id=str(allowed["id"]))


def _history(recorder: Recorder, account_id: str) -> None:
    recorder.call("GET", "/v1/consent-history", params={"account_id": account_id, "limit": 3}, expect=200)
    recorder.call(
        "GET",
        "/v1/consent-history",
        params={"account_id": account_id, "format": "csv"},
        expect=200,
        example="csv_export",
    )
    path = "/v1/accounts/{account_id}/consent-history"
    recorder.call("GET", path, params={"limit": 3}, expect=200, account_id=account_id)
    recorder.call(
        "GET", path, params={"format": "csv"}, expect=200, example="csv_export", account_id=account_id
    )


def _campaign(recorder: Recorder) -> None:
    campaign = recorder.call(
        "POST",
        "/v1/campaigns",
        json={
            "description": "Fiber upgrade offer to customers on the 100 Mbps plan",
            "cpni_used": ["plan", "monthly_usage_total"],
            "products_offered": ["1 Gbps fiber plan"],
            "scope": "carrier_marketing",
            "requested_by": "sam.seller",
            "purpose": "marketing_communications_related",
        },
        expect=201,
    )
    campaign_id = str(campaign["id"])
    recorder.call(
        "GET",
        "/v1/campaigns/{campaign_id}/eligible-accounts",
        expect=409,
        example="not_yet_approved",
        campaign_id=campaign_id,
    )
    recorder.call(
        "POST",
        "/v1/campaigns/{campaign_id}/reviews",
        json={"reviewer": "sam.seller", "decision": "approved"},
        expect=409,
        example="reviewer_is_requester",
        campaign_id=campaign_id,
    )
    recorder.call(
        "POST",
        "/v1/campaigns/{campaign_id}/reviews",
        json={
            "reviewer": "pat.supervisor",
            "decision": "approved",
            "notes": "CPNI list checked against R-2009-c",
        },
        expect=201,
        campaign_id=campaign_id,
    )
    recorder.call("GET", "/v1/campaigns/{campaign_id}", expect=200, campaign_id=campaign_id)
    recorder.call("GET", "/v1/campaigns/{campaign_id}/eligible-accounts", expect=200, campaign_id=campaign_id)
    recorder.call("POST", "/v1/campaigns/{campaign_id}/close", expect=200, campaign_id=campaign_id)
