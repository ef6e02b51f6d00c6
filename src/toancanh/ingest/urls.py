"""URL identity: one spelling per page, so the same page is never stored twice."""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track a click; dropping them never changes the page.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "zarsrc", "zlid", "mc_", "_ga", "igshid")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, base: str | None = None) -> str:
    """Absolute URL with lowercase scheme/host, no default port, fragment or tracking params.

    Idempotent: ``normalize_url(normalize_url(u)) == normalize_url(u)``. Strings that are
    not http(s) URLs come back stripped and otherwise untouched.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~") or "/"
    query = _clean_query(parts.query)
    return urlunsplit((scheme, host, path, query, ""))


def _clean_query(query: str) -> str:
    if not query:
        return ""
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    return urlencode(pairs, quote_via=quote, safe="/:@!$'()*+,;-._~")


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
