"""An example receiver for cpni-api's webhook deliveries: verify, de-duplicate, acknowledge.

Run:  CPNI_WEBHOOK_SECRET='whsec_...' python docs/examples/webhook_receiver.py 8080
Then register http(s)://<this host>:8080/cpni-events with POST /v1/webhook-endpoints.

Replace `handle_event` with what your notification system does (send the SMS, letter or email to the
destinations the event names). Answer 2xx only once the event is safely yours: any other answer, or no
answer, makes cpni-api try again later with the same `webhook-id`.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# `pip install standardwebhooks` gives the same check; cpni-api ships one too.
from cpni_api.notifications.signing import WebhookVerificationError, verify_webhook

SEEN: set[str] = set()  # use a durable store (a unique key in your database) in production
SEEN_LOCK = threading.Lock()


def handle_event(event: dict[str, Any]) -> None:
    print(f"{event['type']} {event['id']} for {event['account_id']}", flush=True)


def make_handler(secret: str) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            try:
                event_id = verify_webhook(secret, dict(self.headers.items()), body)
            except WebhookVerificationError:
                self._answer(401)  # not from cpni-api (or too old): never act on it
                return
            with SEEN_LOCK:
                duplicate = event_id in SEEN
                SEEN.add(event_id)
            if not duplicate:
                handle_event(json.loads(body))
            self._answer(204)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            return None

    return Handler


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    server = ThreadingHTTPServer(("0.0.0.0", port), make_handler(os.environ["CPNI_WEBHOOK_SECRET"]))  # noqa: S104
    server.serve_forever()


if __name__ == "__main__":
    main()
