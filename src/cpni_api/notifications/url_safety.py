"""Resolving a webhook target's host and checking every address it resolves to (ADRs 0009, 0024). The
addresses returned are the ones checked: the webhook mailer connects to them and never resolves the name
again, so a DNS answer that changes in between (DNS rebinding) cannot send a delivery elsewhere."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

from cpni_api.notifications.url_policy import IPAddress, Network, Target, UnsafeUrlError, check_address

# host, port -> the addresses the host resolves to, in the order to try them.
Resolver = Callable[[str, int], list[IPAddress]]


class UnresolvableHostError(UnsafeUrlError):
    """The host does not resolve now: perhaps not published yet, perhaps a passing DNS failure."""


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """The operating system's answer (getaddrinfo), in its order of preference (RFC 6724)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(info[4][0]) for info in infos]


def resolve_and_check(
    target: Target, allowed: Sequence[Network], resolve: Resolver = system_resolver
) -> list[IPAddress]:
    """The addresses to connect to, each checked; UnsafeUrlError when any is not allowed (a name that
    resolves to a public and a private address is refused whole), UnresolvableHostError when none."""
    if target.literal is not None:
        check_address(target.literal, allowed)
        return [target.literal]
    try:
        addresses = list(dict.fromkeys(resolve(target.host, target.port)))
    except (OSError, UnicodeError, ValueError) as exc:
        raise UnresolvableHostError(f"the host {target.host!r} does not resolve") from exc
    if not addresses:
        raise UnresolvableHostError(f"the host {target.host!r} does not resolve")
    for address in addresses:
        check_address(address, allowed)
    return addresses
