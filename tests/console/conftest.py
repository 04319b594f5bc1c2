"""Helpers for the console tests: signing in through the form, as a browser does."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def form_token(html: str) -> str:
    found = CSRF.search(html)
    assert found is not None, html[:500]
    return found.group(1)


def sign_in(client: TestClient, api_key: str) -> str:
    """Signs in with `api_key`; returns the form token of the signed-in pages."""
    page = client.get("/console/sign-in")
    assert page.status_code == 200, page.text
    response = client.post(
        "/console/sign-in",
        data={"api_key": api_key, "csrf_token": form_token(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/console/obligations"
    landing = client.get("/console/obligations", follow_redirects=False)
    assert landing.status_code == 200, landing.text
    return form_token(landing.text)
