"""accounts/policy.py without a database: R-2003 address of record, R-2010-f-4 destinations, R-2010-g."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cpni_api.accounts import policy

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


def test_an_address_is_of_record_from_exactly_30_days() -> None:
    assert not policy.is_address_of_record(NOW - timedelta(days=30) + timedelta(microseconds=1), NOW)
    assert policy.is_address_of_record(NOW - timedelta(days=30), NOW)


def test_destinations_are_numbers_of_record_and_addresses_of_record_only() -> None:
    old = policy.CurrentAddress("email", {"address": "old@example.com"}, NOW - timedelta(days=31))
    young = policy.CurrentAddress("postal", {"line1": "1 New St"}, NOW - timedelta(days=29))
    destinations = policy.notice_destinations(["+14155550100"], [old, young], NOW)
    assert destinations == [
        {"channel": "telephone_number_of_record", "telephone_number": "+14155550100"},
        {"channel": "email_address_of_record", "email_address": "old@example.com"},
    ]


def test_business_exemption_needs_both_conditions() -> None:
    assert policy.business_exemption_applies("business", "Pat", "MSA-1")
    assert not policy.business_exemption_applies("business", "Pat", " ")
    assert not policy.business_exemption_applies("business", None, "MSA-1")
    assert not policy.business_exemption_applies("residential", "Pat", "MSA-1")


def test_normalization_ignores_case_and_spacing_only() -> None:
    assert policy.normalize_email(" Jane@Example.COM ") == policy.normalize_email("jane@example.com")
    a = {"line1": "1  Main St", "city": "Springfield", "postal_code": "62701"}
    b = {"line1": "1 main st", "city": "SPRINGFIELD", "postal_code": "62701"}
    assert policy.normalize_postal(a) == policy.normalize_postal(b)
    assert policy.normalize_postal(a) != policy.normalize_postal({**b, "line1": "2 Main St"})


def test_hints_reveal_little() -> None:
    assert policy.mask_telephone_number("+14155550100") == "+1••••••••00"
    assert policy.mask_email("jane@example.com") == "j•••@example.com"


def test_origin_defaults_from_back_dated_addresses_and_refuses_a_contradiction() -> None:
    """R-2010-f-2 (ADR 0020): an address associated before the account existed belongs to an existing
    customer, who has no service initiation."""
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    past, same = now - timedelta(days=45), now
    assert policy.account_origin(None, [], now) is policy.AccountOrigin.NEW_SERVICE
    assert policy.account_origin(None, [None, same], now) is policy.AccountOrigin.NEW_SERVICE
    assert policy.account_origin(None, [None, past], now) is policy.AccountOrigin.EXISTING_CUSTOMER
    assert (
        policy.account_origin(policy.AccountOrigin.EXISTING_CUSTOMER, [], now)
        is policy.AccountOrigin.EXISTING_CUSTOMER
    )
    assert (
        policy.account_origin(policy.AccountOrigin.NEW_SERVICE, [past], now)
        is policy.OriginProblem.NEW_SERVICE_WITH_BACKDATED_ADDRESS
    )
    window = timedelta(minutes=30)
    ends = policy.service_initiation_ends_at(policy.AccountOrigin.NEW_SERVICE, now, window)
    assert ends == now + window
    assert policy.service_initiation_ends_at(policy.AccountOrigin.EXISTING_CUSTOMER, now, window) is None
    assert policy.in_service_initiation(ends, now + window - timedelta(microseconds=1))
    assert not policy.in_service_initiation(ends, now + window)
    assert not policy.in_service_initiation(None, now)
