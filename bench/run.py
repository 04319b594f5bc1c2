"""The disclosure-check benchmark (issue 5): throughput against the framework's own limit, latency at a
fixed rate, and latency while password verifications run alongside, on SQLite and on PostgreSQL.

    make bench            (or: .venv/bin/python bench/run.py [--backends sqlite,postgresql] [--seconds 15])

For each backend: a fresh database, migrated and seeded (100,000 accounts, a history of interactions and
audit rows); one `cpni-api serve` process (one worker) pinned to core 0; load generators pinned to core 1.
1. wrk, 32 connections, three alternating rounds of each: GET /healthz (constant JSON through the same app
   and middleware) and POST /v1/disclosure-checks; the ratio of their means. Then three rounds against
   bench/bare_app.py on the same core (one async FastAPI route, constant JSON, no middleware, no
   database: the framework's own limit), and the check's ratio to it (issue 15).
2. A pause, so the background work that saturation left behind (audit sealing) is done, then latency at
   half the measured check throughput, open loop (bench/steady.js: request i is sent at start + i/rate and
   timed from then, so coordinated omission cannot hide a stall): GET /healthz at that rate (the floor),
   the check alone, and the check with 20 password verifications per second (argon2id) alongside.
3. The same two latency runs with autocannon (16 connections), as first specified. Its rate limit sends
   each connection's share of a second back to back when the second starts, so its figures mostly measure
   a burst of 16 queued requests (bench/README.md); they are reported beside the open-loop ones.
Results are printed and written to docs/benchmarks.md (section "Disclosure checks").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
from psycopg import sql
from sqlalchemy import create_engine

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from seed import PASSWORD, seed  # noqa: E402 - after the path tweak

from cpni_api.api_keys.scopes import ApiKeyScope  # noqa: E402
from cpni_api.api_keys.service import create_api_key  # noqa: E402
from cpni_api.audit.context import WriteContext  # noqa: E402
from cpni_api.audit.sealer import seal_all  # noqa: E402
from cpni_api.core.clock import SystemClock  # noqa: E402
from cpni_api.core.db import create_db_engine, create_session_factory  # noqa: E402
from cpni_api.core.migrations import upgrade_to_head  # noqa: E402
from cpni_api.core.settings import Settings, normalize_database_url  # noqa: E402
from cpni_api.credentials.hashing import SecretHasher  # noqa: E402

SECRETS = {
    "CPNI_API_KEY_HMAC_KEY": "bench-api-key-hmac-key-0123456789abcdef0123456789",
    "CPNI_AUDIT_HMAC_KEY": "bench-audit-hmac-key-0123456789abcdef0123456789a",
    "CPNI_WEBHOOK_SECRET_KEY": "bench-webhook-secret-key-0123456789abcdef012345",
    "CPNI_CREDENTIAL_SECRETS_KEY": "bench-credential-secrets-key-0123456789abcdef01",
}
POSTGRES_ADMIN_URL = os.environ.get(
    "CPNI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
SERVER_CORE, LOAD_CORE = "0", "1"
THROUGHPUT_ROUNDS = 3  # runs on this VM vary by a third; a third round steadies the mean
# After saturation the audit sealer has a backlog; latency at a fixed rate is measured once it is gone.
SETTLE_SECONDS = 5


def settings_for(url: str) -> Settings:
    values = {key.removeprefix("CPNI_").lower(): value for key, value in SECRETS.items()}
    return Settings(env="production", database_url=url, **values)  # type: ignore[arg-type]


@contextmanager
def database(backend: str, workdir: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{workdir / 'bench.db'}"
        return
    name = f"cpni_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def prepare(url: str, accounts: int, workdir: Path) -> dict[str, Any]:
    started = time.monotonic()
    upgrade_to_head(url)
    settings = settings_for(url)
    hasher = SecretHasher.from_settings(settings)
    password_hash = hasher.hash(PASSWORD)
    hasher.close()
    engine = create_engine(normalize_database_url(url))
    seeded = seed(engine, accounts=accounts, password_hash=password_hash)
    engine.dispose()
    engine = create_db_engine(settings)
    factory = create_session_factory(engine)
    with factory.begin() as session:
        context = WriteContext.outside_a_request(session, SystemClock(), settings, actor="bench")
        key = create_api_key(
            context, name="bench", scopes=[ApiKeyScope.DISCLOSURES_CHECK, ApiKeyScope.INTERACTIONS_WRITE]
        ).plaintext
    sealed = seal_all(factory, SystemClock(), settings)  # so the server's sealer is idle during the runs
    engine.dispose()
    settle_after_seeding(url)
    (workdir / "check_ids").write_text("\n".join(seeded.check_interactions) + "\n")
    (workdir / "verify_ids").write_text("\n".join(seeded.verify_interactions) + "\n")
    return {"key": key, "rows": seeded.rows, "sealed": sealed, "seconds": time.monotonic() - started}


def settle_after_seeding(url: str) -> None:
    """Statistics for the planner, and the bulk load written out of the log: otherwise the database flushes
    a million seeded rows (and PostgreSQL syncs them) while the runs are being measured."""
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            connection.execute("ANALYZE")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")
        connection.execute("CHECKPOINT")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(url: str, port: int) -> Iterator[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CPNI_")} | SECRETS
    env |= {"CPNI_ENV": "production", "CPNI_DATABASE_URL": url, "CPNI_LOG_LEVEL": "WARNING"}
    command = ["taskset", "-c", SERVER_CORE, sys.executable, "-m", "cpni_api", "serve", "--port", str(port)]
    with process_serving(command, env, port, "/readyz") as base:
        yield base


@contextmanager
def bare_server(port: int) -> Iterator[str]:
    """bench/bare_app.py on the server's core: the framework's limit without the app."""
    command = ["taskset", "-c", SERVER_CORE, sys.executable, str(HERE / "bare_app.py"), str(port)]
    with process_serving(command, dict(os.environ), port, "/") as base:
        yield base


@contextmanager
def process_serving(command: list[str], env: dict[str, str], port: int, ready: str) -> Iterator[str]:
    log = open(Path(tempfile.gettempdir()) / f"cpni-bench-server-{port}.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}{ready}", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not become ready")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            print(f"the server did not stop within 30 s; killed (log: {log.name})", flush=True)
            process.kill()
            process.wait(timeout=30)
        log.close()


def wrk(
    url: str, seconds: int, *, script: Path | None = None, env: dict[str, str] | None = None
) -> dict[str, Any]:
    command = ["taskset", "-c", LOAD_CORE, "wrk", "-t1", "-c32", f"-d{seconds}s", "--latency"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, check=True, env=(os.environ | (env or {}))
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": rps,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "errors": errors.group(1) if errors else "",
    }


def mean_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "non2xx": sum(run["non2xx"] for run in runs),
    }


def autocannon(
    kind: str, base: str, key: str, ids: Path, rate: int, seconds: int, connections: int
) -> subprocess.Popen[str]:
    command = [
        "taskset",
        "-c",
        LOAD_CORE,
        "node",
        str(HERE / "load.js"),
        kind,
        base,
        key,
        str(ids),
        str(rate),
        str(seconds),
        str(connections),
    ]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE)


def steady(kind: str, base: str, key: str, ids: Path, rate: int, seconds: int) -> subprocess.Popen[str]:
    command = ["taskset", "-c", LOAD_CORE, "node", str(HERE / "steady.js")]
    command += [kind, base, key, str(ids), str(rate), str(seconds)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=HERE)


def result(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=600)
    if process.returncode != 0:
        raise RuntimeError(f"the load generator failed: {err}")
    return dict(json.loads(out.strip().splitlines()[-1]))


CHECK_BUCKET = re.compile(
    r'^cpni_http_request_duration_seconds_bucket\{(?=[^}]*method="POST")(?=[^}]*route="/v1/disclosure-checks")'
    r'[^}]*le="([^"]+)"[^}]*\} (\S+)$'
)


def check_buckets(base: str) -> dict[float, float]:
    """The app's own latency histogram of the check (ObservabilityMiddleware): cumulative counts by bound."""
    buckets = {}
    for line in httpx.get(f"{base}/metrics", timeout=10).text.splitlines():
        found = CHECK_BUCKET.match(line)
        if found:
            buckets[float(found.group(1))] = float(found.group(2))
    return buckets


def in_app(before: dict[float, float], after: dict[float, float]) -> dict[str, Any]:
    """What the checks of one run took inside the app, from the histogram's growth: the share answered
    within 10 ms, and the bucket that holds the 99th percentile."""
    grown = {bound: after[bound] - before.get(bound, 0.0) for bound in after}
    total = grown.get(float("inf"), 0.0)
    if total == 0:
        return {"within_10ms": 0.0, "p99_bucket_ms": "-"}
    p99_bound = next(bound for bound in sorted(grown) if grown[bound] >= 0.99 * total)
    return {
        "within_10ms": grown.get(0.01, 0.0) / total,
        "p99_bucket_ms": "∞" if p99_bound == float("inf") else f"≤ {p99_bound * 1000:g}",
    }


def latency_runs(
    generator: Any, base: str, key: str, workdir: Path, rate: int, seconds: int
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The check alone at `rate`, then with 20 password verifications per second alongside; each check
    run also says what its checks took inside the app."""
    before = check_buckets(base)
    alone = result(generator("check", base, key, workdir / "check_ids", rate, seconds))
    alone["in_app"] = in_app(before, check_buckets(base))
    verifier = generator("verify", base, key, workdir / "verify_ids", 20, seconds + 2)
    time.sleep(1)
    before = check_buckets(base)
    together = result(generator("check", base, key, workdir / "check_ids", rate, seconds))
    together["in_app"] = in_app(before, check_buckets(base))
    return alone, together, result(verifier)


def run_backend(backend: str, accounts: int, seconds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cpni-bench-") as tmp, database(backend, Path(tmp)) as url:
        workdir = Path(tmp)
        prepared = prepare(url, accounts, workdir)
        print(f"[{backend}] seeded {prepared['rows']:,} rows in {prepared['seconds']:.0f} s", flush=True)
        key = prepared["key"]
        with server(url, free_port()) as base:
            env = {"CPNI_BENCH_KEY": key, "CPNI_BENCH_IDS": str(workdir / "check_ids")}
            wrk(f"{base}/healthz", 3)  # warm-up
            wrk(base, 3, script=HERE / "check.lua", env=env)
            # Alternating rounds, so a slow spell of the machine weighs on both sides of the ratio alike.
            constant_runs, check_runs = [], []
            for _ in range(THROUGHPUT_ROUNDS):
                constant_runs.append(wrk(f"{base}/healthz", seconds))
                check_runs.append(wrk(base, seconds, script=HERE / "check.lua", env=env))
            constant = mean_of(constant_runs)
            checks = mean_of(check_runs)
            half = max(1, int(checks["rps"] / 2))
            time.sleep(SETTLE_SECONDS)
            floor = result(steady("healthz", base, key, workdir / "check_ids", half, seconds))
            alone, together, verifications = latency_runs(steady, base, key, workdir, half, seconds)

            def bursts(kind: str, base: str, key: str, ids: Path, rate: int, seconds: int) -> Any:
                return autocannon(kind, base, key, ids, rate, seconds, 16 if kind == "check" else 4)

            time.sleep(SETTLE_SECONDS)
            burst_alone, burst_together, burst_verifications = latency_runs(
                bursts, base, key, workdir, half, seconds
            )
    bare = bare_rounds(seconds)
    report = {
        "backend": backend,
        "bare_rps": bare["rps"],
        "bare_rounds": bare["rounds"],
        "bare_ratio": checks["rps"] / bare["rps"],
        "accounts": accounts,
        "seeded_rows": prepared["rows"],
        "constant_rps": constant["rps"],
        "constant_rounds": [run["rps"] for run in constant_runs],
        "check_rps": checks["rps"],
        "check_rounds": [run["rps"] for run in check_runs],
        "ratio": checks["rps"] / constant["rps"],
        "wrk_non2xx": constant["non2xx"] + checks["non2xx"],
        "rate": half,
        "floor": floor,
        "alone": alone,
        "with_verifications": together,
        "verifications": verifications,
        "autocannon_alone": burst_alone,
        "autocannon_with_verifications": burst_together,
        "autocannon_verifications": burst_verifications,
    }
    print(json.dumps(report), flush=True)
    return report


def bare_rounds(seconds: int) -> dict[str, Any]:
    """The bare route, measured right after the app's runs with the same wrk settings and rounds."""
    with bare_server(free_port()) as base:
        wrk(base + "/", 3)  # warm-up
        runs = [wrk(base + "/", seconds) for _ in range(THROUGHPUT_ROUNDS)]
    return {"rps": mean_of(runs)["rps"], "rounds": [run["rps"] for run in runs]}


def markdown(reports: list[dict[str, Any]], command: str) -> str:
    lines = [
        "## Disclosure checks (issue 5)",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on this project's machine (2 cores), with:",
        "",
        f"    {command}",
        "",
        "One `cpni-api serve` process pinned to core 0; wrk, bench/steady.js and autocannon pinned to core",
        "1. Each backend gets a fresh database seeded with the accounts below, two closed interactions and",
        "five audit rows per account (sealed before the run), and 20,000 open password-authenticated",
        "interactions that the load picks at random. A check is `information=call_detail`,",
        "`release=discuss_in_interaction`.",
        "Latency is measured at half the measured check throughput, open loop (bench/steady.js, each request",
        f"timed from when it was due), {SETTLE_SECONDS} s after the saturation runs; autocannon's figures",
        "(16 connections, each sending its share of a second in one burst) follow for comparison.",
        "",
        "| | SQLite | PostgreSQL |",
        "|---|---|---|",
    ]
    by = {report["backend"]: report for report in reports}

    def row(label: str, value: Any) -> None:
        cells = [value(by[b]) if b in by else "not run" for b in ("sqlite", "postgresql")]
        lines.append(f"| {label} | {cells[0]} | {cells[1]} |")

    row("accounts seeded", lambda r: f"{r['accounts']:,} ({r['seeded_rows']:,} rows)")

    def rounds(key: str) -> Any:
        return lambda r: f"{r[key + '_rps']:,.0f} ({' / '.join(f'{x:,.0f}' for x in r[key + '_rounds'])})"

    row("GET /healthz, wrk 32 conn (req/s; mean of the rounds)", rounds("constant"))
    row("POST /v1/disclosure-checks, wrk 32 conn (req/s; mean of the rounds)", rounds("check"))
    row("**ratio** (target ≥ 0.30 SQLite, ≥ 0.20 PostgreSQL)", lambda r: f"**{r['ratio']:.2f}**")
    row("bare async FastAPI route, constant JSON, same core (req/s; mean of the rounds)", rounds("bare"))
    row("check ÷ bare route: the framework's limit", lambda r: f"{r['bare_ratio']:.2f}")
    row("fixed rate for latency (half of max, req/s)", lambda r: f"{r['rate']}")

    def spread(run: str) -> Any:
        return lambda r: f"{r[run]['p50']} / {r[run]['p99']} / {r[run]['max']}"

    row("open loop: GET /healthz at that rate, p50 / p99 / max (ms): the floor", spread("floor"))
    row("open loop: check p50 / p99 / max (ms)", spread("alone"))
    row("**p99** (target ≤ 10 ms)", lambda r: f"**{r['alone']['p99']} ms**")
    row(
        "inside the app (its /metrics histogram): checks within 10 ms; p99 bucket (ms)",
        lambda r: f"{r['alone']['in_app']['within_10ms']:.1%}; {r['alone']['in_app']['p99_bucket_ms']}",
    )
    row("open loop, with 20 password verifications/s: p50 / p99 / max (ms)", spread("with_verifications"))
    row(
        "inside the app, with verifications: checks within 10 ms; p99 bucket (ms)",
        lambda r: (
            f"{r['with_verifications']['in_app']['within_10ms']:.1%}; "
            f"{r['with_verifications']['in_app']['p99_bucket_ms']}"
        ),
    )
    row(
        "**p99 ratio** with / without verifications (target ≤ 2)",
        lambda r: f"**{r['with_verifications']['p99'] / max(r['alone']['p99'], 0.001):.2f}**",
    )
    row("verifications achieved (req/s)", lambda r: f"{r['verifications']['rps']:.1f}")
    row("autocannon (bursts): check p50 / p99 / max (ms)", spread("autocannon_alone"))
    row(
        "autocannon (bursts), with 20 verifications/s: p50 / p99 / max (ms)",
        spread("autocannon_with_verifications"),
    )
    row(
        "autocannon (bursts): p99 ratio with / without verifications",
        lambda r: (
            f"{r['autocannon_with_verifications']['p99'] / max(r['autocannon_alone']['p99'], 0.001):.2f}"
        ),
    )
    row("errors / non-2xx", lambda r: str(failures(r)))
    return "\n".join(lines) + "\n"


def failures(report: dict[str, Any]) -> int:
    runs = [run for run in report.values() if isinstance(run, dict) and "non2xx" in run]
    return int(report["wrk_non2xx"]) + sum(int(run["errors"]) + int(run["non2xx"]) for run in runs)


READING = "\n**Reading"


def write_section(path: Path, section: str) -> None:
    """Replaces this benchmark's section of docs/benchmarks.md, keeping the others, and keeping the section's
    hand-written reading (from a paragraph starting **Reading) under the new figures, to be revised."""
    title = section.splitlines()[0]
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    if title in text:
        start = text.index(title)
        end = text.find("\n## ", start + len(title))
        old = text[start : end + 1 if end != -1 else len(text)]
        if READING in old:
            section += old[old.index(READING) :].rstrip("\n") + "\n"
        text = text[:start] + section + (text[end + 1 :] if end != -1 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="The disclosure-check benchmark (issue 5).")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    for tool in ("wrk", "node", "taskset"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (wrk: apt-get install wrk; node: apt-get install nodejs)")
    reports = [run_backend(backend, args.accounts, args.seconds) for backend in args.backends.split(",")]
    command = "make bench  # = .venv/bin/python bench/run.py " + " ".join(sys.argv[1:])
    write_section(args.output, markdown(reports, command.strip()))
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
