"""What a webhook target may be, as pure rules (ADRs 0009, 0024): https only outside development, a host
that is a valid (internationalised) domain name or an IP literal, and only public addresses, unless an
operator allow-lists their network in CPNI_WEBHOOK_ALLOWED_NETWORKS. Resolving the host is
`url_safety.py`'s job; this module does no I/O.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import idna

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOW_LIST_SETTING = "CPNI_WEBHOOK_ALLOWED_NETWORKS"
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d (RFC 4291 §2.5.5.1)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # the well-known prefix (RFC 6052)
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")  # local-use translation (RFC 8215): never public


class UnsafeUrlError(ValueError):
    """The URL may not be used as a webhook target; the message says why."""


@dataclass(frozen=True)
class Target:
    """Where a webhook URL points: its scheme, its host in ASCII (A-labels, lower case; an IP literal
    without brackets), its port, and the literal address when the host is one."""

    scheme: str
    host: str
    port: int
    literal: IPAddress | None

    @property
    def host_header(self) -> str:
        """The Host header a request to this target carries (the name, never the address connected to)."""
        host = f"[{self.host}]" if isinstance(self.literal, ipaddress.IPv6Address) else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


def parse_networks(values: Sequence[str]) -> list[Network]:
    return [ipaddress.ip_network(value, strict=False) for value in values]


def check_url_shape(url: str, *, allow_http: bool) -> Target:
    """Checks scheme, host and form; returns the target. Does no network I/O."""
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
    try:
        literal: IPAddress | None = ipaddress.ip_address(parts.hostname)
    except ValueError:
        literal = None
    host = str(literal) if literal is not None else ascii_host(parts.hostname)
    return Target(parts.scheme, host, port, literal)


def ascii_host(hostname: str) -> str:
    """The host name in ASCII, as it is resolved and sent (SNI, Host); UnsafeUrlError when it is no valid
    domain name: an empty label (`a..b.com`), a label over 63 characters, a name over 253, or a name that
    IDNA 2008 (with the UTS 46 mapping browsers use) refuses."""
    name = hostname.lower().removesuffix(".")
    if not name.isascii():
        try:
            name = idna.encode(name, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError) as exc:
            raise UnsafeUrlError("the URL's host is not a valid internationalised domain name") from exc
    labels = name.split(".")
    if len(name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise UnsafeUrlError("the URL's host is not a valid domain name")
    for label in labels:
        if label.startswith("xn--"):
            try:
                idna.decode(label)
            except (idna.IDNAError, UnicodeError) as exc:
                raise UnsafeUrlError("the URL's host is not a valid internationalised domain name") from exc
    return name


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries, by which a packet to it may reach an IPv4 host:
    IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96), 6to4 (2002::/16) and
    Teredo (2001::/32: its server and, de-obfuscated, its client)."""
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    if address in _IPV4_COMPATIBLE and int(address) > 1:  # :: and ::1 are IPv6's own
        return [ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)]
    if address in _NAT64:
        return [ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    return []


def check_address(address: IPAddress, allowed: Sequence[Network]) -> None:
    """UnsafeUrlError unless the address is public or in an allow-listed network. An IPv6 address that
    carries IPv4 addresses is as public as every one of them (so `[::127.0.0.1]`, `64:ff9b::a9fe:a9fe` and
    `2002:a9fe:a9fe::` are not), each allow-listed in its own right."""
    if any(address in network for network in allowed):
        return
    if isinstance(address, ipaddress.IPv6Address):
        carried = embedded_ipv4(address)
        if carried:
            for ipv4 in carried:
                check_address(ipv4, allowed)
            return
        if address in _NAT64_LOCAL:
            raise _non_public(address)
    if not address.is_global or address.is_multicast:
        raise _non_public(address)


def _non_public(address: IPAddress) -> UnsafeUrlError:
    return UnsafeUrlError(
        f"the URL resolves to a non-public address ({address}); to deliver there anyway, add its network "
        f"to {ALLOW_LIST_SETTING}"
    )


def url_key(url: str, target: Target) -> str:
    """What makes two endpoint URLs the same receiver, as a digest that fits an index: scheme, host (as
    resolved, in ASCII), port (the default made explicit), path and query (ADR 0025)."""
    parts = urlsplit(url)
    canonical = f"{target.scheme}://{target.host}:{target.port}{parts.path or '/'}"
    if parts.query:
        canonical += f"?{parts.query}"
    return hashlib.sha256(canonical.encode()).hexdigest()
