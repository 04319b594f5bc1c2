"""Records the OpenAPI document's examples (issue 15, ADR 0034).

Runs a scripted, realistic flow through the app in process (a fresh migrated SQLite database, a fixed
clock, one admin API key) that exercises every operation of the document, and writes the request and
response bodies it exchanged to `src/cpni_api/openapi_examples.json`, which `add_examples` puts into the
document. Run `make examples` (this, then `make openapi`) after changing a route or a schema.

    python -m scripts.record_examples [--output PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.api_keys.service import create_api_key
from cpni_api.app import create_app
from cpni_api.audit.context import WriteContext
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import ManualClock
from cpni_api.core.migrations import upgrade_to_head
from cpni_api.core.settings import Settings
from cpni_api.openapi_examples import EXAMPLES_FILE
from scripts.example_recording.breaches_2024 import (
    EFFECTIVE_ON,
    record_breach_summary_filing,
    record_breaches_2024,
)
from scripts.example_recording.compliance import record_breaches, record_compliance
from scripts.example_recording.consent import record_consent
from scripts.example_recording.customers import record_customers
from scripts.example_recording.line_security import record_line_security
from scripts.example_recording.platform import (
    conceal_api_key,
    record_endpoint_disabled,
    record_events_and_audit,
    record_platform,
    record_webhooks,
)
from scripts.example_recording.recorder import Recorder, seeded_ids

# A Tuesday in February: the year 2025's certification is due (March 1) and may be filed.
START = datetime(2026, 2, 17, 15, 0, tzinfo=UTC)
# Made-up keys for the throwaway database: nothing recorded is signed or sealed under a real secret.
RECORDING_SECRET = "record-examples-only-0123456789abcdef-not-a-real-secret"


def recording_settings(database_url: str) -> Settings:
    return Settings(
        env="test",
        database_url=database_url,
        api_key_hmac_key=RECORDING_SECRET,
        audit_hmac_key=RECORDING_SECRET,
        webhook_secret_key=RECORDING_SECRET,
        credential_secrets_key=RECORDING_SECRET,
        run_background_workers=False,
        run_dispatcher=False,
        mailers=["webhook"],
        # The flow's last receiver is a closed port on loopback, so that a real delivery fails and the
        # endpoint is disabled (`webhook_endpoint.disabled`); nothing leaves the machine.
        webhook_allow_http=True,
        webhook_allowed_networks=["127.0.0.0/8"],
        # The flow hashes a few dozen passwords one after another: at full priority, not in the idle class
        # that keeps a server's hashes behind its checks (ADR 0018), or a busy machine starves them.
        password_hash_niceness=0,
        password_hash_idle_class=False,
        breach_2024_rules_effective_on=EFFECTIVE_ON,
    )


@contextmanager
def recording_app(folder: Path, clock: ManualClock) -> Iterator[Recorder]:
    """The app on a fresh migrated SQLite file, and a recorder holding a new admin key."""
    database_url = f"sqlite:///{folder / 'examples.db'}"
    upgrade_to_head(database_url)
    app = create_app(recording_settings(database_url), clock=clock)
    try:
        with app.state.session_factory.begin() as session:
            audit = AuditTrail(
                db=session, clock=clock, correlation_id="record-examples", api_key_id="record-examples"
            )
            context = WriteContext(session=session, clock=clock, audit=audit, settings=app.state.settings)
            admin_key = create_api_key(context, name="compliance admin", scopes=[ApiKeyScope.ADMIN]).plaintext
        with TestClient(app, raise_server_exceptions=True) as client:
            recorder = Recorder(client, clock, admin_key)
            conceal_api_key(recorder, admin_key)
            yield recorder
    finally:
        app.state.engine.dispose()


def record_examples() -> dict[str, Any]:
    """Runs the whole flow and returns the examples, secrets replaced, ready to write."""
    clock = ManualClock(START)
    with (
        tempfile.TemporaryDirectory(prefix="cpni-examples-") as folder,
        seeded_ids(clock),
        recording_app(Path(folder), clock) as recorder,
    ):
        record_platform(recorder)
        customers = record_customers(recorder)
        record_line_security(recorder, customers)
        record_consent(recorder, customers)
        record_compliance(recorder, customers)
        record_breaches(recorder, customers)
        record_breaches_2024(recorder)
        record_events_and_audit(recorder)
        record_endpoint_disabled(recorder)
        record_webhooks(recorder)
        record_breach_summary_filing(recorder)
        return recorder.examples()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record the OpenAPI examples (ADR 0034).")
    parser.add_argument("--output", type=Path, default=EXAMPLES_FILE)
    args = parser.parse_args(argv)
    examples = record_examples()
    args.output.write_text(json.dumps(examples, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    operations = len(examples["operations"])
    print(f"recorded examples of {operations} operations and {len(examples['webhooks'])} event types")
    return 0


if __name__ == "__main__":
    sys.exit(main())
