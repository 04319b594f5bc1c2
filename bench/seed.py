"""Seeds a realistic database for the disclosure-check benchmark: accounts with numbers and addresses of
record, passwords, a history of closed interactions and audit rows, and open authenticated interactions
for the load to use. Bulk inserts through the service's own tables (never the API: it would take hours).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, insert

from cpni_api.accounts.models import Account, AccountAddress, TelephoneNumberOfRecord
from cpni_api.accounts.policy import normalize_email, normalize_postal
from cpni_api.audit.models import AuditRecord
from cpni_api.core.ids import new_id
from cpni_api.credentials.models import Password
from cpni_api.interactions.models import Interaction, VerificationState

PASSWORD = "Correct-Horse-Battery-Staple"  # noqa: S105 - the seeded accounts' benchmark password
CHUNK = 5_000


@dataclass(frozen=True)
class Seeded:
    check_interactions: list[str]  # open, authenticated by password: the disclosure-check load
    verify_interactions: list[str]  # open, for the concurrent password verifications
    accounts: int
    rows: int


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def _insert(engine: Engine, table: Table, rows: list[dict[str, Any]]) -> int:
    with engine.begin() as connection:
        for chunk in _chunks(rows):
            connection.execute(insert(table), list(chunk))
    return len(rows)


def seed(
    engine: Engine,
    *,
    accounts: int,
    password_hash: str,
    history_per_account: int = 2,
    audit_per_account: int = 5,
    open_interactions: int = 20_000,
    rng: random.Random | None = None,
) -> Seeded:
    rng = rng or random.Random(20261124)  # noqa: S311 - test data, not security
    now = datetime.now(UTC)
    long_ago = now - timedelta(days=400)
    ids = [new_id("acct") for _ in range(accounts)]
    rows = 0
    rows += _insert(
        engine,
        Account.__table__,  # type: ignore[arg-type]
        [
            {
                "id": account_id,
                "external_ref": f"BENCH-{n:08d}",
                "kind": "business" if n % 20 == 0 else "residential",
                "dedicated_representative": "Dana Reyes" if n % 40 == 0 else None,
                "cpni_contract_reference": f"MSA-{n}" if n % 40 == 0 else None,
                "created_at": long_ago,
                "updated_at": long_ago,
            }
            for n, account_id in enumerate(ids)
        ],
    )
    rows += _insert(
        engine,
        TelephoneNumberOfRecord.__table__,  # type: ignore[arg-type]
        [
            {"account_id": account_id, "e164": f"+1415{2000000 + n:07d}", "position": 0, "added_at": long_ago}
            for n, account_id in enumerate(ids)
        ],
    )
    addresses = []
    for n, account_id in enumerate(ids):
        postal = {
            "line1": f"{n} Main St",
            "city": "Springfield",
            "region": "IL",
            "postal_code": "62701",
            "country": "US",
        }
        addresses.append(_address(account_id, "postal", postal, normalize_postal(postal), long_ago))
        if n % 2:
            email = {"address": f"customer{n}@example.com"}
            addresses.append(
                _address(account_id, "email", email, normalize_email(email["address"]), long_ago)
            )
    rows += _insert(engine, AccountAddress.__table__, addresses)  # type: ignore[arg-type]
    rows += _insert(
        engine,
        VerificationState.__table__,  # type: ignore[arg-type]
        [{"account_id": account_id, "failure_count": 0} for account_id in ids],
    )
    rows += _insert(
        engine,
        Password.__table__,  # type: ignore[arg-type]
        [
            {
                "account_id": account_id,
                "password_hash": password_hash,
                "first_set_at": long_ago,
                "set_at": long_ago,
            }
            for account_id in ids
        ],
    )
    history = []
    for account_id in ids:
        for _ in range(history_per_account):
            opened = long_ago + timedelta(minutes=rng.randrange(0, 500_000))
            history.append(_interaction(account_id, opened, opened + timedelta(minutes=8), "password"))
    rows += _insert(engine, Interaction.__table__, history)  # type: ignore[arg-type]
    audit = [
        {
            "id": new_id("aud"),
            "occurred_at": long_ago + timedelta(seconds=n),
            "action": "disclosure.checked",
            "api_key_id": None,
            "agent_id": f"agent-{n % 300}",
            "account_id": ids[n % accounts],
            "subject_type": "disclosure_check",
            "subject_id": new_id("dck"),
            "outcome": "allow" if n % 3 else "deny",
            "details": {"reason_code": "PASSWORD_VERIFIED" if n % 3 else "PASSWORD_REQUIRED_FOR_CALL_DETAIL"},
            "correlation_id": f"seed-{n}",
        }
        for n in range(accounts * audit_per_account)
    ]
    rows += _insert(engine, AuditRecord.__table__, audit)  # type: ignore[arg-type]
    chosen = rng.sample(ids, min(open_interactions, accounts))
    open_rows = [
        _interaction(account_id, now, None, "password", open_until=now + timedelta(days=1))
        for account_id in chosen
    ]
    rows += _insert(engine, Interaction.__table__, open_rows)  # type: ignore[arg-type]
    half = len(open_rows) // 2
    return Seeded(
        check_interactions=[row["id"] for row in open_rows[:half]],
        verify_interactions=[row["id"] for row in open_rows[half:]],
        accounts=accounts,
        rows=rows,
    )


def _address(
    account_id: str, kind: str, value: dict[str, Any], normalized: str, since: datetime
) -> dict[str, Any]:
    return {
        "id": new_id("addr"),
        "account_id": account_id,
        "kind": kind,
        "value": value,
        "normalized": normalized,
        "associated_since": since,
        "created_at": since,
        "replaced_at": None,
    }


def _interaction(
    account_id: str,
    opened: datetime,
    closed: datetime | None,
    method: str,
    open_until: datetime | None = None,
) -> dict[str, Any]:
    return {
        "id": new_id("int"),
        "account_id": account_id,
        "channel": "inbound_call",
        "agent_id": "agent-7",
        "dialed_number": None,
        "at_number_of_record": False,
        "opened_at": opened,
        "expires_at": open_until or (closed or opened) + timedelta(minutes=60),
        "closed_at": closed,
        "authenticated_at": opened + timedelta(seconds=40),
        "authentication_method": method,
    }
