"""The consent tests' helper (`Consent`) and its fixtures: what a third party may receive is asked through
usage checks on notices and approvals made through the HTTP API."""

from tests.consent.conftest import consent, consent_headers

__all__ = ["consent", "consent_headers"]
