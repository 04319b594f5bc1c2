from __future__ import annotations

import ipaddress

import pytest

from cpni_api.notifications.url_safety import (
    UnsafeUrlError,
    check_url_shape,
    parse_networks,
    resolve_and_check,
)


@pytest.mark.parametrize(
    "url",
    [
        "http://receiver.example.com/hook",
        "ftp://receiver.example.com/hook",
        "https://user:pw@receiver.example.com/hook",
        "https:///hook",
        "https://receiver.example.com/hook#frag",
        "https://receiver.example.com:99999/hook",
    ],
)
def test_bad_shapes_are_refused(url: str) -> None:
    with pytest.raises(UnsafeUrlError):
        check_url_shape(url, allow_http=False)


def test_http_only_when_allowed() -> None:
    assert check_url_shape("http://receiver.example.com/hook", allow_http=True) == (
        "receiver.example.com",
        80,
    )
    assert check_url_shape("https://receiver.example.com/hook", allow_http=False) == (
        "receiver.example.com",
        443,
    )


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",  # noqa: S104 - a target to refuse, not a bind
        "100.64.0.1",
        "224.0.0.1",
        "localhost",
    ],
)
def test_non_public_targets_are_refused(host: str) -> None:
    with pytest.raises(UnsafeUrlError, match="non-public"):
        resolve_and_check(host, 443, [])


def test_allow_listed_networks_pass() -> None:
    allowed = parse_networks(["127.0.0.0/8", "10.20.0.0/16"])
    assert resolve_and_check("127.0.0.1", 80, allowed) == [ipaddress.ip_address("127.0.0.1")]
    assert resolve_and_check("10.20.3.4", 80, allowed)
    with pytest.raises(UnsafeUrlError):
        resolve_and_check("10.21.3.4", 80, allowed)


def test_public_literals_pass_without_dns() -> None:
    assert resolve_and_check("93.184.216.34", 443, []) == [ipaddress.ip_address("93.184.216.34")]
    assert resolve_and_check("2606:4700:4700::1111", 443, [])


def test_unresolvable_hosts_are_refused() -> None:
    with pytest.raises(UnsafeUrlError, match="does not resolve"):
        resolve_and_check("no-such-host.invalid", 443, [])
