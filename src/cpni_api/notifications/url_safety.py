"""Outbound URL safety for webhook endpoints: https only outside development, and no loopback, private,
link-local or other non-public targets unless an operator allow-lists their network (ADR 0009)."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class UnsafeUrlError(ValueError):
    """The URL may not be used as a webhook target; the message says why."""


def parse_networks(values: Sequence[str]) -> list[Network]:
    return [ipaddress.ip_network(value, strict=False) for value in values]


def check_url_shape(url: str, *, allow_http: bool) -> tuple[str, int]:
    """Checks scheme, host and form; returns (host, port). Does no network I/O."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or (parts.scheme == "http" and not allow_http):
        raise UnsafeUrlError("the URL must use https")
    if not parts.hostname:
        raise UnsafeUrlError("the URL has no host")
    if parts.username or parts.password:
        raise UnsafeUrlError("credentials in the URL are not allowed; the signature authenticates us")
    if parts.fragment:
        raise UnsafeUrlError("the URL must not have a fragment")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeUrlError("the URL has an invalid port") from exc
    return parts.hostname, port


def check_address(address: IPAddress, allowed: Sequence[Network]) -> None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if any(address in network for network in allowed):
        return
    if not address.is_global or address.is_multicast:
        raise UnsafeUrlError(f"the URL resolves to a non-public address ({address}); allow-list its network")


def resolve_and_check(host: str, port: int, allowed: Sequence[Network]) -> list[IPAddress]:
    """Resolves the host and checks every address it resolves to (done again before each delivery)."""
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        check_address(literal, allowed)
        return [literal]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UnsafeUrlError(f"the host {host!r} does not resolve") from exc
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    for address in addresses:
        check_address(address, allowed)
    return addresses
