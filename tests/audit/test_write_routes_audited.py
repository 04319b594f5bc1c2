"""Every write is audited (issue 14, ADR 0019): each POST, PUT, PATCH and DELETE route under /v1, read from
the app like the scope matrix (tests/api_keys/test_auth_and_scopes.py), is sent a valid request and must
leave an audit record, in its request's correlation id, whose action and subject name what it changed.

The requests come from `WRITES`, one builder per route template. A route without a builder fails the test,
so a route added later must say here how it is exercised and what it records; a builder whose route is gone
fails it too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from cpni_api.audit.models import AuditRecord
from cpni_api.breaches.models import Breach
from cpni_api.core.clock import ManualClock
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event
from tests.line_security.test_port_outs_api import set_a_pin
from tests.support.cpni import (
    STRONG_PASSWORD,
    authenticated_interaction,
    create_account,
    iso,
    issue_code,
    open_interaction,
    unique_number,
)
from tests.support.routes import v1_write_routes

DAY = timedelta(days=1)


ANSWERED = "the id the response answers with"


@dataclass(frozen=True)
class Expected:
    """The audit record a write must leave: its action, and its subject by type and id (`ANSWERED`: the id
    of what the response answers with; None: any, where the response does not show the subject's id, as
    for an address) and, where given, the account it concerns."""

    action: str
    subject_type: str
    subject_id: str | None = ANSWERED
    account_id: str | None = None


@dataclass(frozen=True)
class Write:
    path: str
    expected: Expected
    body: dict[str, Any] | None = None
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class World:
    """The app, an admin key and the clock, with what the builders need to make before their request."""

    app: FastAPI
    client: TestClient
    headers: dict[str, str]
    clock: ManualClock

    def now(self, delta: timedelta = timedelta(0)) -> str:
        return iso(self.clock.now() + delta)

    def post(self, path: str, body: dict[str, Any] | None = None, status: int = 201) -> dict[str, Any]:
        response = self.client.post(path, json=body, headers=self.headers)
        assert response.status_code == status, (path, response.text)
        return dict(response.json())

    def account(self) -> str:
        return str(create_account(self.client, self.headers)["id"])

    def interaction(self, account_id: str) -> str:
        return str(open_interaction(self.client, self.headers, account_id)["id"])

    def authenticated(self, account_id: str) -> str:
        return authenticated_interaction(self.app, self.client, self.headers, account_id)

    def breach(self, *, law_enforcement_told: bool = False) -> str:
        """A breach determined a month ago; told to law enforcement 20 days ago when asked, so the
        customer-notice wait (R-2011-b-1) is over."""
        breach = self.post(
            "/v1/breaches",
            {
                "discovered_at": self.now(-30 * DAY),
                "determined_at": self.now(-30 * DAY),
                "description": "Pretexter obtained call detail through the support line.",
                "cpni_involved": "Call detail records.",
                "circumstances": "Social engineering of an agent.",
                "affected_account_ids": [],
            },
        )
        if law_enforcement_told:
            self.post(
                f"/v1/breaches/{breach['id']}/law-enforcement-notifications",
                {"notified_at": self.now(-20 * DAY), "reference": "USSS portal 1"},
                status=200,
            )
        return str(breach["id"])

    def hold(self, breach_id: str) -> str:
        breach = self.post(
            f"/v1/breaches/{breach_id}/law-enforcement-holds",
            {"directed_at": self.now(-DAY), "until": self.now(10 * DAY), "agency": "USSS"},
        )
        return str(breach["holds"][0]["id"])

    def endpoint(self) -> str:
        created = self.post(
            "/v1/webhook-endpoints",
            {
                "url": f"http://127.0.0.1:9/hooks/{uuid.uuid4().hex}",
                "event_types": [EventType.PASSWORD_CHANGED.value],
            },
        )
        return str(created["id"])

    def event(self) -> str:
        with self.app.state.session_factory.begin() as session:
            event = emit_event(
                session, self.clock, EventType.PASSWORD_CHANGED, account_id=None, data={"test": True}
            )
            return event.id

    def notice(self, account_id: str) -> str:
        notice = self.post(
            f"/v1/accounts/{account_id}/cpni-notices",
            {
                "kind": "opt_out",
                "delivery": "email",
                "sent_at": self.now(-40 * DAY),
                "version": "2026-1",
                "recipients": [],
                "email_delivery_approved": True,
            },
        )
        return str(notice["id"])

    def campaign(self) -> str:
        campaign = self.post(
            "/v1/campaigns",
            {
                "description": "Upgrade offer to customers on the basic plan",
                "cpni_used": ["plan"],
                "products_offered": ["unlimited plan"],
                "scope": "carrier_marketing",
                "requested_by": "Sam.Seller",
            },
        )
        return str(campaign["id"])

    def third_party(self, kind: str = "vendor") -> str:
        today = self.clock.now().date()
        third_party = self.post(
            "/v1/third-parties",
            {
                "name": f"{kind} {uuid.uuid4().hex[:6]}",
                "kind": kind,
                "confidentiality_agreement": {
                    "reference": "NDA-1",
                    "signed_on": (today - 100 * DAY).isoformat(),
                    "expires_on": (today + 365 * DAY).isoformat(),
                },
            },
        )
        return str(third_party["id"])

    def opt_out_failure(self) -> str:
        return str(
            self.post("/v1/opt-out-failures", _OPT_OUT_FAILURE | {"detected_at": self.now(-DAY)})["id"]
        )


_OPT_OUT_FAILURE = {
    "mechanisms": "Web opt-out form",
    "problem": "Form submissions were dropped for 6 hours",
    "remedy": "Rolled back the release",
    "state_commission_notified": True,
}


def _api_key_created(world: World) -> Write:
    body = {"name": "audited", "scopes": ["audit:read"]}
    return Write("/v1/api-keys", Expected("api_key.created", "api_key"), body)


def _api_key_revoked(world: World) -> Write:
    key_id = world.post("/v1/api-keys", {"name": "to revoke", "scopes": ["audit:read"]})["id"]
    return Write(f"/v1/api-keys/{key_id}", Expected("api_key.revoked", "api_key", key_id))


def _disclosure_checked(world: World) -> Write:
    account = world.account()
    body = {
        "interaction_id": world.interaction(account),
        "information": "non_call_detail",
        "release": "discuss_in_interaction",
    }
    return Write(
        "/v1/disclosure-checks", Expected("disclosure.checked", "disclosure_check", ANSWERED, account), body
    )


def _event_redelivered(world: World) -> Write:
    event_id = world.event()
    return Write(f"/v1/events/{event_id}/redeliver", Expected("event.redelivered", "event", event_id))


def _endpoint_created(world: World) -> Write:
    body = {
        "url": f"http://127.0.0.1:9/hooks/{uuid.uuid4().hex}",
        "event_types": [EventType.PASSWORD_CHANGED.value],
    }
    return Write("/v1/webhook-endpoints", Expected("webhook_endpoint.created", "webhook_endpoint"), body)


def _endpoint_change(action: str, suffix: str = "") -> Callable[[World], Write]:
    def build(world: World) -> Write:
        endpoint_id = world.endpoint()
        return Write(
            f"/v1/webhook-endpoints/{endpoint_id}{suffix}", Expected(action, "webhook_endpoint", endpoint_id)
        )

    return build


def _account_created(world: World) -> Write:
    body = {
        "external_ref": f"ACCT-{uuid.uuid4().int % 10**12:012d}",
        "kind": "residential",
        "telephone_numbers_of_record": [unique_number()],
    }
    return Write("/v1/accounts", Expected("account.created", "account"), body)


def _address_changed(kind: str, body: dict[str, Any]) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        account = world.account()
        expected = Expected("account.address_changed", f"{kind}_address", None, account)
        return Write(f"/v1/accounts/{account}/{kind}-address", expected, body)

    return build


def _credential_set(action: str, suffix: str, body: dict[str, Any]) -> Callable[[World], Write]:
    """Changes authorised by an interaction authenticated by a one-time code: the record's subject is that
    interaction, its account the account changed (R-2010-e)."""

    def build(world: World) -> Write:
        account = world.account()
        interaction = world.authenticated(account)
        expected = Expected(action, "interaction", interaction, account)
        return Write(f"/v1/accounts/{account}/{suffix}", expected, body | {"interaction_id": interaction})

    return build


def _credential_deleted(action: str, suffix: str, first: dict[str, Any]) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        account = world.account()
        interaction = world.authenticated(account)
        url = f"/v1/accounts/{account}/{suffix}"
        response = world.client.put(url, json=first | {"interaction_id": interaction}, headers=world.headers)
        assert response.status_code == 200, response.text
        expected = Expected(action, "interaction", interaction, account)
        return Write(url, expected, params={"interaction_id": interaction})

    return build


def _interaction_opened(world: World) -> Write:
    account = world.account()
    body = {"account_id": account, "channel": "inbound_call"}
    return Write("/v1/interactions", Expected("interaction.opened", "interaction", ANSWERED, account), body)


def _verified(world: World) -> Write:
    account = world.account()
    interaction = world.interaction(account)
    code = issue_code(world.app, world.client, world.headers, interaction, account)
    expected = Expected("interaction.verification", "interaction", interaction, account)
    return Write(
        f"/v1/interactions/{interaction}/verifications", expected, {"method": "one_time_code", "code": code}
    )


def _interaction_change(action: str, suffix: str, body: dict[str, Any] | None) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        account = world.account()
        interaction = world.interaction(account)
        expected = Expected(action, "interaction", interaction, account)
        return Write(f"/v1/interactions/{interaction}{suffix}", expected, body)

    return build


def _breach_change(
    action: str, suffix: str, body: Callable[[World], dict[str, Any] | None], *, told: bool = True
) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        breach = world.breach(law_enforcement_told=told)
        return Write(f"/v1/breaches/{breach}{suffix}", Expected(action, "breach", breach), body(world))

    return build


def _breach_recorded(world: World) -> Write:
    body = {
        "discovered_at": world.now(-DAY),
        "determined_at": world.now(-DAY),
        "description": "A lost laptop held an export of call detail.",
        "cpni_involved": "Call detail records.",
        "circumstances": "Laptop left on a train.",
        "affected_account_ids": [],
    }
    return Write("/v1/breaches", Expected("breach.recorded", "breach"), body)


def _hold_released(world: World) -> Write:
    breach = world.breach(law_enforcement_told=True)
    hold = world.hold(breach)
    body = {"released_at": world.now(), "written_notice_reference": "USSS letter"}
    path = f"/v1/breaches/{breach}/law-enforcement-holds/{hold}/release"
    return Write(path, Expected("breach.law_enforcement_hold_released", "breach", breach), body)


def _compliance_record(
    action: str, subject: str, path: str, body: Callable[[World], dict[str, Any]]
) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        return Write(
            path.format(agent=f"agent-{uuid.uuid4().hex[:8]}"), Expected(action, subject), body(world)
        )

    return build


def _fcc_told_of_opt_out_failure(world: World) -> Write:
    failure = world.opt_out_failure()
    body = {"notified_at": world.now(), "reference": "FCC letter 1"}
    return Write(
        f"/v1/opt-out-failures/{failure}/fcc-notifications",
        Expected("opt_out_failure.fcc_notified", "opt_out_failure", failure),
        body,
    )


def _notice_recorded(world: World) -> Write:
    account = world.account()
    body = {
        "kind": "opt_out",
        "delivery": "mail",
        "sent_at": world.now(),
        "version": "2026-1",
        "recipients": [],
    }
    expected = Expected("consent.notice_recorded", "cpni_notice", ANSWERED, account)
    return Write(f"/v1/accounts/{account}/cpni-notices", expected, body)


def _notice_bounced(world: World) -> Write:
    account = world.account()
    notice = world.notice(account)
    expected = Expected("consent.notice_bounced", "cpni_notice", notice, account)
    return Write(
        f"/v1/accounts/{account}/cpni-notices/{notice}/bounces", expected, {"reason": "mailbox full"}
    )


def _approval_recorded(world: World) -> Write:
    account = world.account()
    notice = world.notice(account)
    body = {"scope": "carrier_marketing", "decision": "granted", "method": "written", "notice_id": notice}
    expected = Expected("consent.approval_recorded", "cpni_approval", ANSWERED, account)
    return Write(f"/v1/accounts/{account}/approvals", expected, body)


def _usage_checked(world: World) -> Write:
    account = world.account()
    body = {"account_id": account, "scope": "carrier_marketing"}
    return Write(
        "/v1/usage-checks", Expected("consent.usage_checked", "usage_check", ANSWERED, account), body
    )


def _campaign_created(world: World) -> Write:
    body = {
        "description": "Upgrade offer",
        "cpni_used": ["plan"],
        "products_offered": ["unlimited plan"],
        "scope": "carrier_marketing",
        "requested_by": "Sam.Seller",
    }
    return Write("/v1/campaigns", Expected("campaign.created", "campaign"), body)


def _campaign_change(action: str, suffix: str, body: dict[str, Any] | None) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        campaign = world.campaign()
        return Write(f"/v1/campaigns/{campaign}{suffix}", Expected(action, "campaign", campaign), body)

    return build


def _third_party_created(world: World) -> Write:
    body = {"name": f"agent {uuid.uuid4().hex[:6]}", "kind": "agent"}
    return Write("/v1/third-parties", Expected("third_party.created", "third_party"), body)


def _agreement_recorded(world: World) -> Write:
    third_party = world.third_party()
    today = world.clock.now().date()
    body = {
        "reference": "NDA-2",
        "signed_on": today.isoformat(),
        "expires_on": (today + 365 * DAY).isoformat(),
    }
    path = f"/v1/third-parties/{third_party}/confidentiality-agreement"
    return Write(path, Expected("third_party.agreement_recorded", "third_party", third_party), body)


def _use_limitation_acknowledged(world: World) -> Write:
    third_party = world.third_party("agent")
    body = {"acknowledged_on": world.clock.now().date().isoformat(), "reference": "ACK-1"}
    path = f"/v1/third-parties/{third_party}/use-limitation-acknowledgements"
    return Write(path, Expected("third_party.use_limitation_acknowledged", "third_party", third_party), body)


def _two_line_account(world: World) -> tuple[str, list[str]]:
    account = create_account(
        world.client, world.headers, telephone_numbers_of_record=[unique_number(), unique_number()]
    )
    return str(account["id"]), list(account["telephone_numbers_of_record"])


def _number_added(world: World) -> Write:
    account = world.account()
    number = unique_number()
    path = f"/v1/accounts/{account}/telephone-numbers"
    body = {"telephone_number": number}
    expected = Expected(
        "line_security.number_of_record_changed", "telephone_number_of_record", number, account
    )
    return Write(path, expected, body)


def _number_removed(world: World) -> Write:
    account, numbers = _two_line_account(world)
    path = f"/v1/accounts/{account}/telephone-numbers/{numbers[1]}"
    expected = Expected(
        "line_security.number_of_record_changed", "telephone_number_of_record", numbers[1], account
    )
    return Write(path, expected, params={"interaction_id": world.authenticated(account)})


def _locks_changed(world: World) -> Write:
    account = world.account()
    body = {"sim_change": True, "port_out": True}
    path = f"/v1/accounts/{account}/locks"
    return Write(path, Expected("line_security.locks_changed", "line_locks", account, account), body)


def _transfer_pin_set(world: World) -> Write:
    account = world.account()
    interaction = world.authenticated(account)
    body = {"pin": "480271", "interaction_id": interaction}
    path = f"/v1/accounts/{account}/number-transfer-pin"
    return Write(path, Expected("line_security.transfer_pin_set", "interaction", interaction, account), body)


def _allowed_sim_change(world: World) -> tuple[str, str, str]:
    """An account with two lines, a call authenticated by a code to the first, and the second to move."""
    account, numbers = _two_line_account(world)
    return account, numbers[1], world.authenticated(account)


def _sim_change_requested(world: World) -> Write:
    account, number, interaction = _allowed_sim_change(world)
    body = {"account_id": account, "telephone_number": number, "interaction_id": interaction}
    expected = Expected("line_security.sim_change_requested", "sim_change_request", ANSWERED, account)
    return Write("/v1/sim-change-requests", expected, body)


def _sim_change_completed(world: World) -> Write:
    account, number, interaction = _allowed_sim_change(world)
    body = {"account_id": account, "telephone_number": number, "interaction_id": interaction}
    request = world.post("/v1/sim-change-requests", body)
    expected = Expected("line_security.sim_change_completed", "sim_change_request", request["id"], account)
    return Write(f"/v1/sim-change-requests/{request['id']}/complete", expected, {})


def _sim_change_cancelled(world: World) -> Write:
    account, number, interaction = _allowed_sim_change(world)
    body = {"account_id": account, "telephone_number": number, "interaction_id": interaction}
    request = world.post("/v1/sim-change-requests", body)
    expected = Expected("line_security.sim_change_cancelled", "sim_change_request", request["id"], account)
    return Write(f"/v1/sim-change-requests/{request['id']}/cancel", expected, {"reason": "not needed"})


def _port_out_body(world: World) -> tuple[str, dict[str, Any]]:
    account, numbers = _two_line_account(world)
    pin = set_a_pin(world.client, world.headers, account, world.authenticated(account))
    return account, {"telephone_number": numbers[1], "transfer_pin": pin, "new_provider": "Gaining"}


def _port_out_requested(world: World) -> Write:
    account, body = _port_out_body(world)
    expected = Expected("line_security.port_out_requested", "port_out_request", ANSWERED, account)
    return Write("/v1/port-out-requests", expected, body)


def _port_out_completed(world: World) -> Write:
    account, body = _port_out_body(world)
    request = world.post("/v1/port-out-requests", body)
    expected = Expected("line_security.port_out_completed", "port_out_request", request["id"], account)
    return Write(f"/v1/port-out-requests/{request['id']}/complete", expected, {})


def _port_out_cancelled(world: World) -> Write:
    account, body = _port_out_body(world)
    request = world.post("/v1/port-out-requests", body)
    expected = Expected("line_security.port_out_cancelled", "port_out_request", request["id"], account)
    return Write(f"/v1/port-out-requests/{request['id']}/cancel", expected, {})


def _sim_swap_read(action: str, suffix: str) -> Callable[[World], Write]:
    def build(world: World) -> Write:
        number = create_account(world.client, world.headers)["telephone_numbers_of_record"][0]
        return Write(
            f"/v1/sim-swap/{suffix}", Expected(action, "telephone_number", number), {"phone_number": number}
        )

    return build


def _carrier_profile_set(world: World) -> Write:
    body = {
        "legal_name": "Ωmega Telecom LLC",
        "filer_id_499": "831234",
        "officer": {"name": "Zoë Officer", "title": "Chief Compliance Officer"},
    }
    return Write(
        "/v1/carrier-profile", Expected("carrier_profile.updated", "carrier_profile", "carrier"), body
    )


def _certification_filed(world: World) -> Write:
    body = {"filed_at": world.now(), "confirmation_number": "2026-0302-1", "signed_by": "Zoë Officer"}
    path = f"/v1/reports/annual-certification/{world.clock.now().year - 1}/filings"
    return Write(path, Expected("certification.filed", "certification_filing"), body)


def _agency_notified(world: World) -> Write:
    """A breach with the whole agency report (R-2011-NEW-4) on the record. This app runs the 2007 rules, so
    the breach is put under the 2024 rules in its row, as a breach determined after the switch would be."""
    world.client.put(
        "/v1/carrier-profile",
        json={
            "legal_name": "Ωmega Telecom LLC",
            "filer_id_499": "831234",
            "officer": {"name": "Zoë Officer", "title": "Chief Compliance Officer"},
            "contact": {"name": "CPNI desk", "email": "cpni@example.net"},
            "address": "1 Main Street, Springfield",
        },
        headers=world.headers,
    )
    breach = world.breach()
    record = {
        "covered_data": {"pii": ["name"]},
        "affected_customers": {"count": 700, "basis": "Distinct customers."},
        "method_of_compromise": "Phishing.",
        "incident_period": {"started_at": world.now(-31 * DAY)},
        "estimated_financial_loss": {"carrier_usd": 0, "customers_usd": 0},
    }
    response = world.client.patch(f"/v1/breaches/{breach}", json=record, headers=world.headers)
    assert response.status_code == 200, response.text
    with world.app.state.session_factory.begin() as session:
        session.execute(update(Breach).where(Breach.id == breach).values(regime="2024"))
    body = {"notified_at": world.now(), "reference": "CRF-1"}
    return Write(
        f"/v1/breaches/{breach}/agency-notifications",
        Expected("breach.agency_notified", "breach", breach),
        body,
    )


def _breach_summary_filed(world: World) -> Write:
    body = {"filed_at": world.now(), "reference": "EB-2026-1"}
    path = f"/v1/reports/breach-annual-summary/{world.clock.now().year - 1}/filings"
    return Write(path, Expected("breach_summary.filed", "breach_summary_filing"), body)


def _complaint_corrected(world: World) -> Write:
    complaint = world.post(
        "/v1/complaints",
        {"received_at": world.now(-DAY), "category": "other", "summary": "A caller was told too much."},
    )
    body = {"resolution": "Agent retrained.", "resolved_at": world.now()}
    return Write(f"/v1/complaints/{complaint['id']}", Expected("complaint.corrected", "complaint"), body)


def _pretexter_action_corrected(world: World) -> Write:
    action = world.post(
        "/v1/pretexter-actions",
        {"taken_at": world.now(), "kind": "lawsuit", "target": "Brokers Inc", "description": "Suit filed."},
    )
    path = f"/v1/pretexter-actions/{action['id']}"
    return Write(path, Expected("pretexter_action.corrected", "pretexter_action"), {"outcome": "Settled."})


_ANSWER = {
    "method": "secret_answer",
    "question": "Which song did you dance to first?",
    "answer": "Moon River",
}

WRITES: dict[tuple[str, str], Callable[[World], Write]] = {
    ("POST", "/v1/disclosure-checks"): _disclosure_checked,
    ("POST", "/v1/api-keys"): _api_key_created,
    ("DELETE", "/v1/api-keys/{api_key_id}"): _api_key_revoked,
    ("POST", "/v1/events/{event_id}/redeliver"): _event_redelivered,
    ("POST", "/v1/webhook-endpoints"): _endpoint_created,
    ("DELETE", "/v1/webhook-endpoints/{endpoint_id}"): _endpoint_change("webhook_endpoint.deleted"),
    ("POST", "/v1/webhook-endpoints/{endpoint_id}/rotate-secret"): _endpoint_change(
        "webhook_endpoint.secret_rotated", "/rotate-secret"
    ),
    ("POST", "/v1/webhook-endpoints/{endpoint_id}/enable"): _endpoint_change(
        "webhook_endpoint.enabled", "/enable"
    ),
    ("POST", "/v1/accounts"): _account_created,
    ("PUT", "/v1/accounts/{account_id}/postal-address"): _address_changed(
        "postal",
        {
            "line1": "1 Main St",
            "city": "Springfield",
            "region": "IL",
            "postal_code": "62701",
            "country": "US",
        },
    ),
    ("PUT", "/v1/accounts/{account_id}/email-address"): _address_changed(
        "email", {"address": "new@example.com"}
    ),
    ("PUT", "/v1/accounts/{account_id}/password"): _credential_set(
        "credential.password_set", "password", {"password": STRONG_PASSWORD}
    ),
    ("PUT", "/v1/accounts/{account_id}/backup-authentication"): _credential_set(
        "credential.backup_authentication_set", "backup-authentication", _ANSWER
    ),
    ("DELETE", "/v1/accounts/{account_id}/backup-authentication"): _credential_deleted(
        "credential.backup_authentication_deleted", "backup-authentication", _ANSWER
    ),
    ("PUT", "/v1/accounts/{account_id}/online-account"): _credential_set(
        "credential.online_account_set", "online-account", {"username": f"audited.{uuid.uuid4().hex[:8]}"}
    ),
    ("DELETE", "/v1/accounts/{account_id}/online-account"): _credential_deleted(
        "credential.online_account_deleted", "online-account", {"username": f"audited.{uuid.uuid4().hex[:8]}"}
    ),
    ("POST", "/v1/interactions"): _interaction_opened,
    ("POST", "/v1/interactions/{interaction_id}/verifications"): _verified,
    ("POST", "/v1/interactions/{interaction_id}/one-time-codes"): _interaction_change(
        "interaction.one_time_code_issued", "/one-time-codes", {"destination": "telephone_number_of_record"}
    ),
    ("POST", "/v1/interactions/{interaction_id}/close"): _interaction_change(
        "interaction.closed", "/close", None
    ),
    ("POST", "/v1/breaches"): _breach_recorded,
    ("POST", "/v1/breaches/{breach_id}/affected-accounts"): _breach_change(
        "breach.affected_accounts_added",
        "/affected-accounts",
        lambda world: {"account_ids": [world.account()]},
    ),
    ("POST", "/v1/breaches/{breach_id}/law-enforcement-notifications"): _breach_change(
        "breach.law_enforcement_notified",
        "/law-enforcement-notifications",
        lambda world: {"notified_at": world.now(), "reference": "FBI tip line"},
        told=False,
    ),
    ("POST", "/v1/breaches/{breach_id}/fcc-notifications"): _breach_change(
        "breach.fcc_notified",
        "/fcc-notifications",
        lambda world: {"notified_at": world.now(), "reference": "FCC portal"},
    ),
    ("POST", "/v1/breaches/{breach_id}/law-enforcement-holds"): _breach_change(
        "breach.law_enforcement_hold_recorded",
        "/law-enforcement-holds",
        lambda world: {"directed_at": world.now(-DAY), "until": world.now(10 * DAY), "agency": "USSS"},
    ),
    ("POST", "/v1/breaches/{breach_id}/law-enforcement-holds/{hold_id}/release"): _hold_released,
    ("POST", "/v1/breaches/{breach_id}/agency-consultations"): _breach_change(
        "breach.agency_consulted",
        "/agency-consultations",
        lambda world: {"consulted_at": world.now(), "agency": "FBI", "contact": "duty agent"},
    ),
    ("POST", "/v1/breaches/{breach_id}/public-disclosures"): _breach_change(
        "breach.public_disclosure_recorded",
        "/public-disclosures",
        lambda _: {"channel": "state_law_notice", "description": "Notice to the state attorney general."},
    ),
    ("POST", "/v1/breaches/{breach_id}/customer-notifications"): _breach_change(
        "breach.customer_notice_requested", "/customer-notifications", lambda _: None
    ),
    ("POST", "/v1/complaints"): _compliance_record(
        "complaint.recorded",
        "complaint",
        "/v1/complaints",
        lambda world: {
            "received_at": world.now(-DAY),
            "category": "employee_access",
            "summary": "A store employee looked up call records.",
        },
    ),
    ("POST", "/v1/pretexter-actions"): _compliance_record(
        "pretexter_action.recorded",
        "pretexter_action",
        "/v1/pretexter-actions",
        lambda world: {
            "taken_at": world.now(-DAY),
            "kind": "cease_and_desist",
            "target": "Example Data Brokers LLC",
            "description": "Letter demanding they stop.",
        },
    ),
    ("POST", "/v1/opt-out-failures"): _compliance_record(
        "opt_out_failure.recorded",
        "opt_out_failure",
        "/v1/opt-out-failures",
        lambda world: _OPT_OUT_FAILURE | {"detected_at": world.now(-DAY)},
    ),
    ("POST", "/v1/opt-out-failures/{failure_id}/fcc-notifications"): _fcc_told_of_opt_out_failure,
    ("PUT", "/v1/carrier-profile"): _carrier_profile_set,
    ("PATCH", "/v1/complaints/{complaint_id}"): _complaint_corrected,
    ("PATCH", "/v1/pretexter-actions/{action_id}"): _pretexter_action_corrected,
    ("POST", "/v1/breaches/{breach_id}/void"): _breach_change(
        "breach.voided", "/void", lambda _: {"reason": "Recorded by mistake."}, told=False
    ),
    ("POST", "/v1/reports/annual-certification/{year}/filings"): _certification_filed,
    ("PATCH", "/v1/breaches/{breach_id}"): _breach_change(
        "breach.record_updated", "", lambda _: {"intent": "inadvertent"}, told=False
    ),
    ("POST", "/v1/breaches/{breach_id}/agency-notifications"): _agency_notified,
    ("POST", "/v1/reports/breach-annual-summary/{year}/filings"): _breach_summary_filed,
    ("POST", "/v1/agents/{agent_id}/disciplinary-actions"): _compliance_record(
        "disciplinary_action.recorded",
        "disciplinary_action",
        "/v1/agents/{agent}/disciplinary-actions",
        lambda world: {"taken_at": world.now(), "action": "suspension", "reason": "Looked up call detail."},
    ),
    ("POST", "/v1/agents/{agent_id}/trainings"): _compliance_record(
        "agent_training.recorded",
        "agent_training",
        "/v1/agents/{agent}/trainings",
        lambda world: {"completed_at": world.now(-DAY), "course": "CPNI basics"},
    ),
    ("POST", "/v1/accounts/{account_id}/cpni-notices"): _notice_recorded,
    ("POST", "/v1/accounts/{account_id}/cpni-notices/{notice_id}/bounces"): _notice_bounced,
    ("POST", "/v1/accounts/{account_id}/approvals"): _approval_recorded,
    ("POST", "/v1/usage-checks"): _usage_checked,
    ("POST", "/v1/campaigns"): _campaign_created,
    ("POST", "/v1/campaigns/{campaign_id}/reviews"): _campaign_change(
        "campaign.reviewed", "/reviews", {"reviewer": "Pat.Supervisor", "decision": "approved"}
    ),
    ("POST", "/v1/campaigns/{campaign_id}/close"): _campaign_change("campaign.closed", "/close", None),
    ("POST", "/v1/third-parties"): _third_party_created,
    ("PUT", "/v1/third-parties/{third_party_id}/confidentiality-agreement"): _agreement_recorded,
    ("POST", "/v1/third-parties/{third_party_id}/use-limitation-acknowledgements"): (
        _use_limitation_acknowledged
    ),
    ("POST", "/v1/accounts/{account_id}/telephone-numbers"): _number_added,
    ("DELETE", "/v1/accounts/{account_id}/telephone-numbers/{telephone_number}"): _number_removed,
    ("PUT", "/v1/accounts/{account_id}/locks"): _locks_changed,
    ("PUT", "/v1/accounts/{account_id}/number-transfer-pin"): _transfer_pin_set,
    ("POST", "/v1/sim-change-requests"): _sim_change_requested,
    ("POST", "/v1/sim-change-requests/{request_id}/complete"): _sim_change_completed,
    ("POST", "/v1/sim-change-requests/{request_id}/cancel"): _sim_change_cancelled,
    ("POST", "/v1/port-out-requests"): _port_out_requested,
    ("POST", "/v1/port-out-requests/{request_id}/complete"): _port_out_completed,
    ("POST", "/v1/port-out-requests/{request_id}/cancel"): _port_out_cancelled,
    # Reads that answer about a customer's line: audited like a write (a POST in the CAMARA shape).
    ("POST", "/v1/sim-swap/check"): _sim_swap_read("line_security.sim_swap_checked", "check"),
    ("POST", "/v1/sim-swap/retrieve-date"): _sim_swap_read(
        "line_security.sim_swap_date_retrieved", "retrieve-date"
    ),
}


def _records(app: FastAPI, correlation_id: str) -> list[AuditRecord]:
    with app.state.session_factory() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.correlation_id == correlation_id)))


def _audited_as_expected(records: list[AuditRecord], expected: Expected, answered_id: str | None) -> bool:
    subject_id = answered_id if expected.subject_id == ANSWERED else expected.subject_id
    return any(
        record.action == expected.action
        and record.subject_type == expected.subject_type
        and record.subject_id is not None
        and (subject_id is None or record.subject_id == subject_id)
        and (expected.account_id is None or record.account_id == expected.account_id)
        for record in records
    )


def test_every_write_route_records_an_audit_row(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    world = World(app, client, admin_headers, clock)
    routes = v1_write_routes(app)
    assert len(routes) >= 40, routes
    problems = [
        f"{method} {path}: no request builder in WRITES"
        for method, path in routes
        if (method, path) not in WRITES
    ]
    problems += [
        f"{method} {path}: builder for a route the app no longer has"
        for method, path in WRITES
        if (method, path) not in routes
    ]
    for method, path in routes:
        build = WRITES.get((method, path))
        if build is None:
            continue
        write = build(world)
        correlation_id = f"audit-{uuid.uuid4().hex}"
        response = client.request(
            method,
            write.path,
            json=write.body,
            params=write.params,
            headers=admin_headers | {"X-Request-ID": correlation_id},
        )
        if not 200 <= response.status_code < 300:
            problems.append(f"{method} {path}: {response.status_code} {response.text[:300]}")
            continue
        answered = response.json().get("id") if isinstance(response.json(), dict) else None
        records = _records(app, correlation_id)
        if not _audited_as_expected(records, write.expected, answered):
            found = [(r.action, r.subject_type, r.subject_id, r.account_id) for r in records]
            problems.append(
                f"{method} {path}: expected {write.expected} (answered id {answered}), found {found}"
            )
    assert problems == [], "\n".join(problems)


def test_no_router_writes_an_audit_record_itself() -> None:
    """The audit row is the service's (ADR 0019): a router that called `.record(...)` or `.entry(...)` on a
    trail would be a second write path a change could be made by without it."""
    import ast
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "src" / "cpni_api"
    routers = [*source.glob("*/router.py"), *source.glob("*/routes/*.py")]
    assert len(routers) >= 12
    writes = [
        f"{path.relative_to(source)}:{node.lineno}"
        for path in routers
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("record", "entry")
    ]
    assert writes == []
