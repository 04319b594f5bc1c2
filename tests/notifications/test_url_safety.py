from __future__ import annotations

import ipaddress

import pytest

from cpni_api.notifications.url_policy import (
    Network,
    Target,
    UnsafeUrlError,
    check_address,
    check_url_shape,
    embedded_ipv4,
    parse_networks,
)
from cpni_api.notifications.url_safety import UnresolvableHostError
from cpni_api.notifications.url_safety import resolve_and_check as resolve_target


def resolve_and_check(
    host: str, port: int, allowed: list[Network]
) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    return resolve_target(
        check_url_shape(f"https://{host if ':' not in host else f'[{host}]'}:{port}/", allow_http=False),
        allowed,
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
    assert check_url_shape("http://receiver.example.com/hook", allow_http=True) == Target(
        "http", "receiver.example.com", 80, None
    )
    assert check_url_shape("https://Receiver.Example.com./hook", allow_http=False) == Target(
        "https", "receiver.example.com", 443, None
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


def test_unresolvable_hosts_are_told_apart() -> None:
    with pytest.raises(UnresolvableHostError, match="does not resolve"):
        resolve_and_check("no-such-host.invalid", 443, [])


@pytest.mark.parametrize(
    "url",
    [
        "https://a..b.com/",
        "https://.example.com/",
        "https://-lead.example.com/",
        f"https://{'a' * 64}.example.com/",
        f"https://{'a.' * 127}com/",
        "https://xn--zz.example.com/",  # not valid punycode
        "https://ex\u2488ample.com/",  # a character IDNA 2008 refuses
        "https://exa mple.com/",
    ],
)
def test_invalid_domain_names_are_refused(url: str) -> None:
    with pytest.raises(UnsafeUrlError, match="not a valid"):
        check_url_shape(url, allow_http=False)


def test_an_internationalised_name_is_checked_and_sent_as_a_labels() -> None:
    target = check_url_shape("https://bücher.example/hooks", allow_http=False)
    assert target.host == "xn--bcher-kva.example"
    assert target.host_header == "xn--bcher-kva.example"
    assert (
        check_url_shape("https://[2606:4700::1]:8443/", allow_http=False).host_header == "[2606:4700::1]:8443"
    )


@pytest.mark.parametrize(
    ("address", "carried"),
    [
        ("::ffff:127.0.0.1", ["127.0.0.1"]),
        ("::127.0.0.1", ["127.0.0.1"]),
        ("64:ff9b::a9fe:a9fe", ["169.254.169.254"]),
        ("2002:a9fe:a9fe::", ["169.254.169.254"]),
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", ["65.54.227.120", "192.0.2.45"]),
        ("2606:4700:4700::1111", []),
        ("::1", []),
    ],
)
def test_ipv4_carried_in_ipv6_is_found(address: str, carried: list[str]) -> None:
    assert embedded_ipv4(ipaddress.IPv6Address(address)) == [ipaddress.IPv4Address(a) for a in carried]


@pytest.mark.parametrize(
    "address",
    [
        "::127.0.0.1",  # IPv4-compatible, as in https://[::127.0.0.1]/
        "::ffff:10.0.0.1",  # IPv4-mapped
        "64:ff9b::a9fe:a9fe",  # NAT64 to 169.254.169.254
        "64:ff9b::7f00:1",  # NAT64 to loopback
        "64:ff9b:1::a9fe:a9fe",  # local-use NAT64 prefix
        "2002:a9fe:a9fe::",  # 6to4 of 169.254.169.254
        "2002:0a00:0001::1",  # 6to4 of 10.0.0.1
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",  # Teredo, client 192.0.2.45 (documentation range)
    ],
)
def test_ipv6_forms_carrying_non_public_ipv4_are_refused(address: str) -> None:
    with pytest.raises(UnsafeUrlError, match="CPNI_WEBHOOK_ALLOWED_NETWORKS"):
        check_address(ipaddress.ip_address(address), [])
    with pytest.raises(UnsafeUrlError):
        resolve_and_check(address, 443, [])


def test_ipv6_forms_carrying_public_or_allow_listed_ipv4_pass() -> None:
    check_address(ipaddress.ip_address("64:ff9b::808:808"), [])  # NAT64 to 8.8.8.8
    check_address(ipaddress.ip_address("2002:808:808::1"), [])  # 6to4 of 8.8.8.8
    allowed = parse_networks(["127.0.0.0/8", "169.254.0.0/16"])
    check_address(ipaddress.ip_address("::127.0.0.1"), allowed)
    check_address(ipaddress.ip_address("64:ff9b::a9fe:a9fe"), allowed)
    check_address(ipaddress.ip_address("64:ff9b:1::1"), parse_networks(["64:ff9b:1::/48"]))
