"""SSRF guard: refuse URLs that would make the fetcher reach into a private network.

Sources are typed in by users and redirects are chosen by remote servers, so every URL
(each redirect hop included) is checked before a connection is opened: only http(s), a
host and no credentials, and a host whose every address is public. Private, loopback,
link-local, multicast, reserved and unspecified addresses are refused, including IPv4
hidden inside IPv6 (``::ffff:10.0.0.1``, 6to4, NAT64) and the odd IPv4 spellings that
``inet_aton`` accepts (``2130706433``, ``0177.0.0.1``, ``0x7f.1``). A source on an
intranet can be allowed explicitly (``allow_private``, ``--allow-private``).

Residual risk (DNS rebinding): the name is resolved here and again by the HTTP client
when it connects, so a hostile DNS server with a zero TTL could answer a public address
to us and a private one to the client. Closing that gap needs a transport that connects
to the vetted address itself; for a monitoring tool whose sources an operator adds by
hand we accept the gap rather than reimplement connection handling (TLS SNI, proxies).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from toancanh.ingest.fetch import FetchError

Resolver = Callable[[str, int], Iterable[str]]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_HOST_CHARS = re.compile(r"[a-z0-9_.-]+")
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+")  # candidates for inet_aton's IPv4 spellings
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_DEFAULT_PORTS = {"http": 80, "https": 443}
ALLOW_HINT = "add the source with --allow-private if this intranet address is intended"


def check_url(
    url: str, *, allow_private: bool, resolve: Resolver | None = None, hint: str = ALLOW_HINT
) -> None:
    """Raise ``FetchError`` (``bad_url`` or ``private_address``) unless ``url`` is safe.

    ``resolve(host, port)`` returns the host's addresses; the default asks the system
    resolver. A name that does not resolve gives ``connect_error`` (transient). ``hint``
    ends the message of a refused private address (what the user can do about it).
    """
    host, port = _split(url)
    if allow_private:
        return
    literal = ip_literal(host)
    addresses = [literal] if literal is not None else _resolve(host, port, resolve)
    for address in addresses:
        if not is_public(address):
            raise _error("private_address", f"{host} is {address}, not a public address; {hint}")


def origin(url: str) -> tuple[str, int] | None:
    """The (host, port) a URL connects to, default port filled in; None if malformed.

    ``allow_private`` covers one origin: a source's own host and port. Hosts are compared
    as written, so another spelling of the same address (``localhost``, ``2130706433``)
    counts as another host and is checked: the safe side.
    """
    try:
        return _split(url)
    except Exception:  # FetchError (bad_url): the caller's check_url reports it
        return None


def _split(url: str) -> tuple[str, int]:
    """The lower-case host and port of a well-formed http(s) URL, or ``bad_url``."""
    if _CONTROL.search(url.strip()):
        raise _error("bad_url", "the URL contains control characters")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise _error("bad_url", str(exc)) from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise _error("bad_url", f"only http and https URLs can be fetched, not {scheme or url!r}")
    if "@" in parts.netloc:
        raise _error("bad_url", "credentials in the URL are not allowed")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise _error("bad_url", "the URL has no host")
    if parts.netloc.startswith("[") or ":" in host:
        if ip_literal(host) is None:
            raise _error("bad_url", f"invalid IPv6 address {host!r}")
    elif not _valid_hostname(host):
        raise _error("bad_url", f"invalid host name {host!r}")
    return host, port or _DEFAULT_PORTS[scheme]


def _valid_hostname(host: str) -> bool:
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return bool(_HOST_CHARS.fullmatch(ascii_host)) and len(ascii_host) <= 253


def ip_literal(host: str) -> IPAddress | None:
    """The address a host written as an IP stands for, in any spelling, else None."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])  # drop an IPv6 zone id
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(host):
        try:  # what the system resolver would make of "2130706433" or "0x7f.1"
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def _resolve(host: str, port: int, resolve: Resolver | None) -> list[IPAddress]:
    try:
        found = list((resolve or system_resolve)(host, port))
    except UnicodeError:
        raise _error("bad_url", f"invalid host name {host!r}") from None
    except OSError as exc:
        raise _error("connect_error", f"cannot resolve {host}: {exc}") from None
    addresses = [ip_literal(address) for address in found]
    if not addresses or None in addresses:
        raise _error("connect_error", f"cannot resolve {host} to an IP address")
    return [address for address in addresses if address is not None]


def system_resolve(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address (IPv4 inside IPv6 checked too)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not address.is_multicast


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _error(reason: str, detail: str) -> FetchError:
    # fetch.py imports this module, so FetchError is looked up when first needed.
    from toancanh.ingest.fetch import FetchError

    return FetchError(reason, detail)
