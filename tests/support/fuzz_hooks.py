"""What the fuzzer (schemathesis, tests/test_fuzzing.py, ADR 0036) needs beyond the OpenAPI document: one
resource of each kind seeded through the HTTP API, so a generated path or body id names a real row some of
the time (the rest stay random and meet 404s and 422s); and a count of the requests it sent."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import strategies as st

from tests.support.cpni import STRONG_PASSWORD, iso


@dataclass
class Seeds:
    """Ids of seeded rows by the name a path parameter or a body field gives them."""

    ids: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, value: object) -> str:
        text = str(value)
        self.ids.setdefault(name, []).append(text)
        return text

    def for_name(self, name: str) -> list[str]:
        return self.ids.get(name, [])


# Body fields that name another resource, and the path parameter name its seeded ids go by.
_BODY_REFERENCES = {
    "account_id": "account_id",
    "interaction_id": "interaction_id",
    "third_party_id": "third_party_id",
    "campaign_id": "campaign_id",
    "notice_id": "notice_id",
    "complaint_id": "complaint_id",
    "extends_hold_id": "hold_id",
    "telephone_number": "telephone_number",
    "phone_number": "telephone_number",
}


def seed_resources(client: TestClient, headers: dict[str, str], now: datetime) -> Seeds:
    """One of every resource with an id in a path, made as an integrator would, each asserted created."""
    seeds = Seeds()

    def send(method: str, path: str, body: dict[str, Any] | None = None, expect: int = 201) -> dict[str, Any]:
        response = client.request(method, path, json=body, headers=headers)
        assert response.status_code == expect, (method, path, response.text)
        return dict(response.json())

    number = "+14155550143"
    account = send(
        "POST",
        "/v1/accounts",
        {"external_ref": "FUZZ-000001", "kind": "residential", "telephone_numbers_of_record": [number]},
    )
    account_id = seeds.add("account_id", account["id"])
    seeds.add("telephone_number", number)
    send("PUT", f"/v1/accounts/{account_id}/password", {"password": STRONG_PASSWORD}, expect=200)
    interaction = send("POST", "/v1/interactions", {"account_id": account_id, "channel": "inbound_call"})
    interaction_id = seeds.add("interaction_id", interaction["id"])
    verified = send(
        "POST",
        f"/v1/interactions/{interaction_id}/verifications",
        {"method": "password", "password": STRONG_PASSWORD},
        expect=200,
    )
    assert verified["outcome"] == "verified", verified
    check = send(
        "POST",
        "/v1/disclosure-checks",
        {"interaction_id": interaction_id, "information": "call_detail", "release": "discuss_in_interaction"},
        expect=200,
    )
    seeds.add("check_id", check["id"])
    sim_change = send(
        "POST",
        "/v1/sim-change-requests",
        {"account_id": account_id, "telephone_number": number, "interaction_id": interaction_id},
    )
    seeds.add("request_id", sim_change["id"])
    send(
        "PUT",
        f"/v1/accounts/{account_id}/number-transfer-pin",
        {"pin": "480271", "interaction_id": interaction_id},
        expect=200,
    )
    port_out = send(
        "POST",
        "/v1/port-out-requests",
        {"telephone_number": number, "transfer_pin": "480271", "new_provider": "Other Wireless"},
    )
    seeds.add("request_id", port_out["id"])

    endpoint = send(
        "POST",
        "/v1/webhook-endpoints",
        {"url": "http://127.0.0.1:9/fuzz", "event_types": ["account.password_changed"]},
    )
    seeds.add("endpoint_id", endpoint["id"])
    events = send("GET", "/v1/events?limit=5", expect=200)
    for event in events["items"]:
        seeds.add("event_id", event["id"])

    breach = send(
        "POST",
        "/v1/breaches",
        {
            "discovered_at": iso(now - timedelta(days=2)),
            "determined_at": iso(now - timedelta(days=1)),
            "description": "Fuzzing's breach.",
            "cpni_involved": "call detail",
            "circumstances": "A seeded breach.",
            "affected_account_ids": [account_id],
        },
    )
    breach_id = seeds.add("breach_id", breach["id"])
    send(
        "POST",
        f"/v1/breaches/{breach_id}/law-enforcement-notifications",
        {"notified_at": iso(now - timedelta(hours=2)), "reference": "LE-1"},
        expect=200,
    )
    hold = send(
        "POST",
        f"/v1/breaches/{breach_id}/law-enforcement-holds",
        {
            "directed_at": iso(now - timedelta(hours=1)),
            "until": iso(now + timedelta(days=10)),
            "agency": "FBI",
        },
    )
    seeds.add("hold_id", hold["id"])

    complaint = send(
        "POST",
        "/v1/complaints",
        {"received_at": iso(now - timedelta(days=3)), "category": "other", "summary": "Seeded."},
    )
    seeds.add("complaint_id", complaint["id"])
    action = send(
        "POST",
        "/v1/pretexter-actions",
        {
            "taken_at": iso(now - timedelta(days=3)),
            "kind": "other",
            "target": "a pretexter",
            "description": "Seeded.",
        },
    )
    seeds.add("action_id", action["id"])
    failure = send(
        "POST",
        "/v1/opt-out-failures",
        {"detected_at": iso(now - timedelta(days=1)), "mechanisms": "mail", "problem": "Seeded."},
    )
    seeds.add("failure_id", failure["id"])
    agent_id = seeds.add("agent_id", "agent-fuzz")
    send(
        "POST",
        f"/v1/agents/{agent_id}/trainings",
        {"completed_at": iso(now - timedelta(days=30)), "course": "CPNI basics"},
    )
    seeds.add("year", now.year - 1)
    send(
        "PUT",
        "/v1/carrier-profile",
        {"legal_name": "Fuzz Wireless", "filer_id_499": "831234", "officer": {"name": "Ana", "title": "CCO"}},
        expect=200,
    )

    third_party = send(
        "POST",
        "/v1/third-parties",
        {
            "name": "Seeded agent",
            "kind": "agent",
            "confidentiality_agreement": {
                "reference": "NDA-1",
                "signed_on": (now - timedelta(days=100)).date().isoformat(),
                "expires_on": (now + timedelta(days=365)).date().isoformat(),
            },
        },
    )
    seeds.add("third_party_id", third_party["id"])
    notice = send(
        "POST",
        f"/v1/accounts/{account_id}/cpni-notices",
        {"kind": "opt_out", "delivery": "mail", "sent_at": iso(now - timedelta(days=40)), "version": "1"},
    )
    seeds.add("notice_id", notice["id"])
    usage = send(
        "POST", "/v1/usage-checks", {"account_id": account_id, "scope": "carrier_marketing"}, expect=200
    )
    seeds.add("check_id", usage["id"])
    campaign = send(
        "POST",
        "/v1/campaigns",
        {
            "description": "Seeded campaign.",
            "cpni_used": ["services subscribed"],
            "products_offered": ["fibre"],
            "scope": "carrier_marketing",
            "requested_by": "marketing",
        },
    )
    seeds.add("campaign_id", campaign["id"])
    return seeds


def _sometimes_seeded(values: Any, seeds: Seeds, kinds: Callable[[str], str]) -> st.SearchStrategy[Any]:
    """`values` as generated, or (more often) with every member that names a seeded kind set to one of its
    ids."""
    if not isinstance(values, dict):
        return st.just(values)
    seeded: dict[str, st.SearchStrategy[Any]] = {
        name: st.sampled_from(seeds.for_name(kinds(name))) for name in values if seeds.for_name(kinds(name))
    }
    if isinstance(values.get("account_ids"), list) and seeds.for_name("account_id"):
        seeded["account_ids"] = st.just(seeds.for_name("account_id"))
    if not seeded:
        return st.just(values)
    with_seeded = st.fixed_dictionaries(seeded).map(lambda chosen: values | chosen)
    # Three times in four: the coverage phase and invalid values already meet 404s aplenty.
    return st.one_of(with_seeded, with_seeded, with_seeded, st.just(values))


@dataclass
class FuzzTarget:
    """What the hooks read while a case is generated and sent: the backend under test, each backend's
    seeded rows, and the statuses of the responses to the operation under test."""

    backend: str = ""
    seeds: dict[str, Seeds] = field(default_factory=dict)
    statuses: Counter[int] = field(default_factory=Counter)

    @property
    def current_seeds(self) -> Seeds:
        return self.seeds.get(self.backend, Seeds())


def install_hooks(schema: Any, target: FuzzTarget) -> None:
    """Most generated path parameters, and the bodies' references, name seeded rows; every
    response's status is counted."""

    def flatmap_path_parameters(_context: Any, path_parameters: Any) -> st.SearchStrategy[Any]:
        return _sometimes_seeded(path_parameters, target.current_seeds, lambda name: name)

    def flatmap_body(_context: Any, body: Any) -> st.SearchStrategy[Any]:
        return _sometimes_seeded(body, target.current_seeds, lambda name: _BODY_REFERENCES.get(name, ""))

    def after_call(_context: Any, _case: Any, response: Any) -> None:
        target.statuses[response.status_code] += 1

    schema.hooks.register_hook_with_name(flatmap_path_parameters, "flatmap_path_parameters")
    schema.hooks.register_hook_with_name(flatmap_body, "flatmap_body")
    schema.hooks.register_hook_with_name(after_call, "after_call")


FUZZ_REQUESTS = "fuzz_requests"


ARTIFACT = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "fuzz" / "statuses.json"


def report_requests(reports: list[Any], write_line: Callable[[str], None]) -> None:
    """`pytest_terminal_summary`'s lines, one per backend: how many requests the fuzzer sent, how many
    operations answered at least one of them with a 2xx, and the statuses it saw (ADR 0036). The statuses
    of each operation go to var/test-artifacts/fuzz/statuses.json."""
    seen: dict[str, dict[str, dict[int, int]]] = {}
    for report in reports:
        for name, value in getattr(report, "user_properties", ()):
            if name == FUZZ_REQUESTS:
                backend, operation, statuses = value
                seen.setdefault(backend, {})[operation] = statuses
    if not seen:
        return
    for backend, operations in sorted(seen.items()):
        statuses = sum((Counter(counts) for counts in operations.values()), Counter[int]())
        succeeded = sum(any(200 <= status < 300 for status in counts) for counts in operations.values())
        listed = ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items()))
        write_line(
            f"schemathesis sent {statuses.total()} requests on {backend}; "
            f"{succeeded} of {len(operations)} operations answered a 2xx; statuses {listed}"
        )
    ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    ARTIFACT.write_text(json.dumps(seen, indent=1, sort_keys=True), encoding="utf-8")
