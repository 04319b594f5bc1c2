"""Running the real `cpni-api` command in subprocesses, configured like an operator would."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx

from tests.conftest import (
    TEST_API_KEY_HMAC_KEY,
    TEST_AUDIT_HMAC_KEY,
    TEST_CREDENTIAL_SECRETS_KEY,
    TEST_WEBHOOK_SECRET_KEY,
)


def service_env(database_url: str, **settings: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("CPNI_")}
    env |= {
        "CPNI_ENV": "production",
        "CPNI_DATABASE_URL": database_url,
        "CPNI_API_KEY_HMAC_KEY": TEST_API_KEY_HMAC_KEY,
        "CPNI_AUDIT_HMAC_KEY": TEST_AUDIT_HMAC_KEY,
        "CPNI_WEBHOOK_SECRET_KEY": TEST_WEBHOOK_SECRET_KEY,
        "CPNI_CREDENTIAL_SECRETS_KEY": TEST_CREDENTIAL_SECRETS_KEY,
        "CPNI_WEBHOOK_ALLOW_HTTP": "true",
        "CPNI_WEBHOOK_ALLOWED_NETWORKS": '["127.0.0.0/8"]',
    }
    env |= {f"CPNI_{name.upper()}": value for name, value in settings.items()}
    return env


def start_cli(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cpni_api", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str]) -> str:
    """Stops the process (SIGTERM) and returns what it logged."""
    if process.poll() is None:
        process.terminate()
    try:
        _out, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    return err


def wait_until_serving(base: str, process: subprocess.Popen[str], *, seconds: float = 30) -> None:
    """Waits until `cpni-api serve` at `base` answers /healthz; fails with its log if it exits first."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert process.poll() is None, stop(process)
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def create_admin_key(env: dict[str, str]) -> str:
    """A new admin key made with `cpni-api api-keys create`, as an operator makes the first one."""
    created = subprocess.run(
        [sys.executable, "-m", "cpni_api", "api-keys", "create", "--name", "admin", "--scopes", "admin"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return created.stdout.strip().splitlines()[-1]
