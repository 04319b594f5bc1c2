"""R-2010-a-1 across replicas: 50 wrong passwords in parallel through two app instances lock verification at
exactly the configured limit, and the right password during the lock is refused."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.interactions.models import VerificationAttempt
from tests.conftest import make_settings
from tests.support.cpni import STRONG_PASSWORD, create_account, events, open_interaction, set_password

LIMIT = 5
PARALLEL = 50


def test_parallel_wrong_passwords_on_two_replicas_lock_at_exactly_the_limit(
    backend: str, database_url: str, clock: ManualClock, make_key: Callable[..., str]
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers in one process; the cross-replica race is a PostgreSQL matter")
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN)}"}
    replicas = [
        create_app(make_settings(database_url, verification_lockout_threshold=LIMIT), clock=clock)
        for _ in range(2)
    ]
    try:
        with TestClient(replicas[0]) as first, TestClient(replicas[1]) as second:
            account = create_account(first, headers)
            assert set_password(first, headers, account["id"]).status_code == 200
            interactions = [open_interaction(first, headers, account["id"])["id"] for _ in range(PARALLEL)]

            def attempt(i: int) -> str:
                client = (first, second)[i % 2]
                response = client.post(
                    f"/v1/interactions/{interactions[i]}/verifications",
                    json={"method": "password", "password": f"wrong-guess-number-{i}"},
                    headers=headers,
                )
                assert response.status_code == 200, response.text
                return str(response.json()["outcome"])

            with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
                outcomes = Counter(pool.map(attempt, range(PARALLEL)))
            assert outcomes == {"failed": LIMIT - 1, "locked": PARALLEL - LIMIT + 1}

            with replicas[1].state.session_factory() as session:
                failed = session.scalars(
                    select(func.count())
                    .select_from(VerificationAttempt)
                    .where(
                        VerificationAttempt.account_id == account["id"],
                        VerificationAttempt.outcome == "failed",
                    )
                ).one()
            assert failed == LIMIT
            assert len(events(replicas[0], account["id"], "account.verification_locked")) == 1

            right = second.post(
                f"/v1/interactions/{interactions[0]}/verifications",
                json={"method": "password", "password": STRONG_PASSWORD},
                headers=headers,
            )
            assert right.json()["outcome"] == "locked"
    finally:
        for replica in replicas:
            replica.state.engine.dispose()
