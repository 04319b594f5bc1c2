"""`kill -9` of `cpni-api serve` leaves no process behind: its argon2 workers notice the server is gone and
exit (ADR 0023). A real server, a real hash, a real SIGKILL."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.support.cpni import STRONG_PASSWORD, unique_number
from tests.support.databases import fresh_sqlite_database
from tests.support.processes import (
    create_admin_key,
    free_port,
    service_env,
    start_cli,
    wait_until_serving,
)


def _children(pid: int) -> set[int]:
    """The live processes whose parent is `pid` (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _parent_and_state(int(entry.name)) == (pid, True):
            found.add(int(entry.name))
    return found


def _parent_and_state(pid: int) -> tuple[int, bool] | None:
    """(parent pid, alive) of `pid`, or None when there is no such process. A zombie is not alive: it has
    exited and waits for a parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, parent = stat.rsplit(")", 1)[1].split()[:2]
    return int(parent), state not in ("Z", "X")


def _alive(pid: int) -> bool:
    found = _parent_and_state(pid)
    return found is not None and found[1]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_serve_leaves_no_hashing_worker_behind(tmp_path: Path) -> None:
    with fresh_sqlite_database(tmp_path) as url:
        env = service_env(url, run_dispatcher="false", password_hash_workers="2")
        headers = {"Authorization": f"Bearer {create_admin_key(env)}"}
        port = free_port()
        server = start_cli(env, "serve", "--port", str(port))
        children: set[int] = set()
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_serving(base, server)
            account = httpx.post(
                f"{base}/v1/accounts",
                json={
                    "external_ref": "KILL-9",
                    "kind": "residential",
                    "telephone_numbers_of_record": [unique_number()],
                },
                headers=headers,
            )
            assert account.status_code == 201, account.text
            # In service initiation a password is set without an interaction: one argon2 hash, in a worker.
            password = httpx.put(
                f"{base}/v1/accounts/{account.json()['id']}/password",
                json={"password": STRONG_PASSWORD},
                headers=headers,
                timeout=30,
            )
            assert password.status_code == 200, password.text
            children = _children(server.pid)
            workers = {
                pid for pid in children if b"multiprocessing" in Path(f"/proc/{pid}/cmdline").read_bytes()
            }
            assert workers, f"no hashing worker among the server's children {children}"

            os.kill(server.pid, signal.SIGKILL)
            server.wait(timeout=10)

            deadline = time.monotonic() + 5
            while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
                time.sleep(0.1)
            survivors = {pid for pid in children if _alive(pid)}
            assert not survivors, f"still running after kill -9 of serve: {survivors}"
        finally:
            if server.poll() is None:
                server.kill()
            for pid in children:  # when the test fails: what this test started does not outlive it
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)
            server.communicate(timeout=10)
