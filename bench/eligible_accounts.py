"""Benchmark (not a test) of `GET /v1/campaigns/{id}/eligible-accounts` on PostgreSQL with 1,000,000 accounts.

Creates a scratch database, migrates it, seeds it set-based (`INSERT ... SELECT generate_series`), then runs
the service's own eligibility query (`cpni_api.consent.eligibility`) for a first page and a deep page, for an
opt-out scope (carrier marketing), an opt-out scope with a recipient (agent sharing) and an opt-in scope
(joint venture sharing), printing median timings and `EXPLAIN (ANALYZE, BUFFERS)` of each. Drops the database.

    .venv/bin/python bench/eligible_accounts.py [--accounts 1000000] [--keep]

The PostgreSQL server is `BENCH_POSTGRES_URL` (default postgresql://postgres@127.0.0.1:5432/postgres).
Seeded mix (by account number g): 70 % have an opt-out mail notice (half of them also naming the agent),
of which one in seven is still in its waiting period and about 1 % are over two years old; 10 % granted
opt-in for carrier marketing and joint-venture sharing; 5 % denied carrier marketing after their notice.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

from cpni_api.consent.eligibility import EligibleAccount, eligible_accounts
from cpni_api.core.migrations import upgrade_to_head
from cpni_api.core.settings import normalize_database_url
from cpni_api.third_parties.policy import Agreement, Recipient

ADMIN_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
PAGE = 100
RUNS = 7

SEED = [
    # 1,000,000 accounts.
    """
    INSERT INTO accounts (id, external_ref, kind, created_at, updated_at)
    SELECT 'acct_' || lpad(g::text, 10, '0'), 'BENCH-' || g, 'residential', :now, :now
    FROM generate_series(1, :n) AS g
    """,
    """
    INSERT INTO third_parties (id, name, kind, provides_communications_related_services,
        agreement_reference, agreement_signed_on, agreement_expires_on, use_limitation_acknowledged_on,
        use_limitation_reference, created_at, updated_at)
    VALUES ('tp_bench_agent', 'Bench agent', 'agent', false, 'NDA-A', '2025-01-01', '2030-01-01',
            '2025-01-01', 'ACK-A', :now, :now),
           ('tp_bench_jv', 'Bench JV', 'joint_venture', false, 'NDA-J', '2025-01-01', '2030-01-01',
            NULL, NULL, :now, :now)
    """,
    # Opt-out mail notices for g % 10 < 7; g % 10 = 6 still waiting; ages spread over 40..740 days.
    """
    INSERT INTO cpni_notices (id, account_id, kind, delivery, sent_at, version,
        email_delivery_approved, approval_assumable_from, supports_opt_out_until, recorded_at)
    SELECT 'ntc_o' || lpad(g::text, 10, '0'), 'acct_' || lpad(g::text, 10, '0'), 'opt_out', 'mail',
        s.sent, '2024-1', false, s.sent + interval '33 days', s.sent + interval '2 years', :now
    FROM generate_series(1, :n) AS g
    CROSS JOIN LATERAL (
        SELECT :now - CASE WHEN g % 10 = 6 THEN interval '10 days'
                           ELSE make_interval(days => (40 + (g::bigint * 7919) % 701)::int) END AS sent
    ) AS s
    WHERE g % 10 < 7
    """,
    """
    INSERT INTO cpni_notice_purposes (notice_id, purpose)
    SELECT id, 'marketing_communications_related' FROM cpni_notices WHERE id LIKE 'ntc_o%'
    """,
    """
    INSERT INTO cpni_notice_recipients (notice_id, third_party_id)
    SELECT id, 'tp_bench_agent' FROM cpni_notices
    WHERE id LIKE 'ntc_o%' AND substr(id, 6)::bigint % 2 = 0
    """,
    # Opt-in notices naming the JV partner, and grants, for g % 10 = 7.
    """
    INSERT INTO cpni_notices (id, account_id, kind, delivery, sent_at, version, email_delivery_approved,
        recorded_at)
    SELECT 'ntc_i' || lpad(g::text, 10, '0'), 'acct_' || lpad(g::text, 10, '0'), 'opt_in', 'email',
        :now - interval '90 days', '2024-1', true, :now
    FROM generate_series(1, :n) AS g WHERE g % 10 = 7
    """,
    """
    INSERT INTO cpni_notice_purposes (notice_id, purpose)
    SELECT id, 'marketing_communications_related' FROM cpni_notices WHERE id LIKE 'ntc_i%'
    """,
    """
    INSERT INTO cpni_notice_recipients (notice_id, third_party_id)
    SELECT id, 'tp_bench_jv' FROM cpni_notices WHERE id LIKE 'ntc_i%'
    """,
    """
    INSERT INTO cpni_approvals (id, account_id, scope, decision, method, notice_id, decided_at,
        covers_location, recorded_at)
    SELECT 'apr_' || sc.scope || lpad(g::text, 10, '0'), 'acct_' || lpad(g::text, 10, '0'), sc.scope,
        'granted', 'electronic', 'ntc_i' || lpad(g::text, 10, '0'), :now - interval '80 days', false, :now
    FROM generate_series(1, :n) AS g
    CROSS JOIN (VALUES ('carrier_marketing'), ('joint_venture_sharing')) AS sc(scope)
    WHERE g % 10 = 7
    """,
    # Denials of carrier marketing after the opt-out notice, for g % 20 = 3.
    """
    INSERT INTO cpni_approvals (id, account_id, scope, decision, method, decided_at, covers_location,
        recorded_at)
    SELECT 'apr_d' || lpad(g::text, 10, '0'), 'acct_' || lpad(g::text, 10, '0'), 'carrier_marketing',
        'denied', 'electronic', :now - interval '20 days', false, :now
    FROM generate_series(1, :n) AS g WHERE g % 20 = 3
    """,
]

AGENT = Recipient(
    id="tp_bench_agent",
    kind="agent",
    agreement=Agreement("NDA-A", NOW.date().replace(year=2025), NOW.date().replace(year=2030)),
    use_limitation_acknowledged_on=NOW.date().replace(year=2025),
)
JV = Recipient(
    id="tp_bench_jv",
    kind="joint_venture",
    agreement=Agreement("NDA-J", NOW.date().replace(year=2025), NOW.date().replace(year=2030)),
)
CASES: list[tuple[str, str, Recipient | None]] = [
    ("carrier marketing (opt-out or opt-in)", "carrier_marketing", None),
    ("agent sharing (opt-out, notice must name the agent)", "agent_sharing", AGENT),
    ("joint venture sharing (opt-in only)", "joint_venture_sharing", JV),
]


@contextmanager
def scratch_database(keep: bool) -> Iterator[str]:
    name = f"bench_eligible_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base, _, _ = ADMIN_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        if keep:
            print(f"kept database {name}")
        else:
            with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
                admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def timed(label: str, action: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = action()
    print(f"  {label}: {time.perf_counter() - started:.1f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    args = parser.parse_args(argv)
    with scratch_database(args.keep) as url:
        print(f"seeding {args.accounts:,} accounts into a scratch database")
        timed("migrate", lambda: upgrade_to_head(url))
        engine = create_engine(normalize_database_url(url))
        with engine.begin() as connection:
            for number, statement in enumerate(SEED, 1):
                timed(
                    f"seed step {number}",
                    lambda s=statement: connection.execute(text(s), {"now": NOW, "n": args.accounts}),
                )
        with engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
            counts = connection.execute(
                text(
                    "SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM cpni_notices), "
                    "(SELECT count(*) FROM cpni_approvals), (SELECT count(*) FROM cpni_notice_recipients)"
                )
            ).one()
        print(
            f"rows: accounts {counts[0]:,}, notices {counts[1]:,}, approvals {counts[2]:,}, "
            f"notice recipients {counts[3]:,}"
        )
        print(f"PostgreSQL: {engine.connect().execute(text('SELECT version()')).scalar()}")
        for label, scope, recipient in CASES:
            run_case(engine, label, scope, recipient, args.accounts)
        engine.dispose()
    return 0


def run_case(engine: Any, label: str, scope: str, recipient: Recipient | None, accounts: int) -> None:
    print(f"\n## {label}")
    deep_cursor = f"acct_{accounts * 9 // 10:010d}"
    for page_label, cursor in (("first page", None), (f"deep page (after {deep_cursor})", deep_cursor)):
        captured: list[tuple[str, Any]] = []

        def capture(*args: Any, into: list[tuple[str, Any]] = captured) -> None:
            into.append((args[2], args[3]))  # (connection, cursor, statement, parameters, ...)

        def page(cursor: str | None = cursor) -> list[EligibleAccount]:
            with Session(engine) as session:
                return eligible_accounts(
                    session,
                    scope=scope,
                    purpose="marketing_communications_related",
                    recipient=recipient,
                    includes_location=False,
                    now=NOW,
                    after_account_id=cursor,
                    limit=PAGE + 1,
                )

        page()  # warm the cache, as a running service would be
        timings = []
        for _ in range(RUNS):
            started = time.perf_counter()
            rows = page()
            timings.append((time.perf_counter() - started) * 1000)
        event.listen(engine, "before_cursor_execute", capture)
        page()
        event.remove(engine, "before_cursor_execute", capture)
        statement, parameters = captured[-1]
        print(f"\n### {page_label}: {len(rows)} rows (page of {PAGE} + 1 to know there is more)")
        print(
            f"median {statistics.median(timings):.2f} ms, min {min(timings):.2f} ms, "
            f"max {max(timings):.2f} ms over {RUNS} runs"
        )
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            with raw.cursor() as db_cursor:
                db_cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
                print("\n".join(line[0] for line in db_cursor.fetchall()))


if __name__ == "__main__":
    sys.exit(main())
