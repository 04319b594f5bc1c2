"""The consent tests' helper (`Consent`) and its fixtures: campaigns are built on notices, approvals and third
parties made through the HTTP API."""

from tests.consent.conftest import consent, consent_headers

__all__ = ["consent", "consent_headers"]
