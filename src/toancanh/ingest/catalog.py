"""The shipped catalog of Vietnamese outlets and their real RSS feeds.

``data/catalog/outlets.json`` lists the main national dailies, broadcasters, the news
agency, Party and State organs, the Government portals and ministry portals that publish
RSS, each feed with the public evidence it was taken from (see the README next to it).
``toancanh sources add-catalog`` turns it into ``NewSource`` records with
``catalog_sources``. The file is validated on load, so a bad edit fails with a message
that names the outlet and feed at fault instead of adding broken sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from toancanh.domain.sources import NewSource
from toancanh.errors import Invalid
from toancanh.text.normalize import search_form

CATALOG_PACKAGE = "toancanh.data.catalog"
CATALOG_FILE = "outlets.json"

OUTLET_KINDS: frozenset[str] = frozenset(
    {
        "national_daily",
        "government_portal",
        "ministry_portal",
        "party_organ",
        "broadcaster",
        "news_agency",
        "regional_daily",
        "business",
    }
)

# "2026", "2026-09" or "2026-09-14": when a public source last saw the feed answer.
_CHECKED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


class UnknownOutlet(Invalid):
    """Outlet names that match no outlet of the catalog (the message lists the known)."""


@dataclass(frozen=True)
class CatalogFeed:
    url: str
    section: str
    evidence: str  # where the URL was seen: "github.com/owner/repo path" or a page URL
    checked: str | None = None  # date a public source reported the feed live, if known
    note: str | None = None  # a quirk worth knowing before fetching


@dataclass(frozen=True)
class CatalogOutlet:
    name: str
    domain: str
    official: bool
    kind: str
    owner: str | None
    feeds: tuple[CatalogFeed, ...]
    note: str | None = None


def load_catalog(path: Path | str | None = None) -> list[CatalogOutlet]:
    """The validated catalog: the shipped one, or the JSON file at ``path``.

    Raises ``ValueError`` naming the file, outlet and feed when the data is invalid.
    """
    if path is None:
        return list(_shipped_catalog())
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"catalog {file}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ValueError(f"catalog {file}: not UTF-8 text: {exc.reason}") from exc
    return list(parse_catalog(text, origin=str(file)))


@lru_cache(maxsize=1)
def _shipped_catalog() -> tuple[CatalogOutlet, ...]:
    # Loaded once per process: the shipped file cannot change while we run.
    text = resources.files(CATALOG_PACKAGE).joinpath(CATALOG_FILE).read_text(encoding="utf-8")
    return parse_catalog(text, origin=f"{CATALOG_PACKAGE}/{CATALOG_FILE}")


def parse_catalog(text: str, origin: str = "catalog") -> tuple[CatalogOutlet, ...]:
    """Parse and validate catalog JSON text; ``origin`` names it in error messages."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"catalog {origin}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise ValueError(f"catalog {origin}: top level must be an object")
    if not isinstance(data.get("version"), str) or not data["version"].strip():
        raise ValueError(f"catalog {origin}: 'version' must be a non-empty string")
    raw_outlets = data.get("outlets")
    if not isinstance(raw_outlets, list) or not raw_outlets:
        raise ValueError(f"catalog {origin}: 'outlets' must be a non-empty list")
    outlets = tuple(
        _parse_outlet(raw, f"catalog {origin}: outlet #{i}", _label(raw))
        for i, raw in enumerate(raw_outlets, start=1)
    )
    _check_unique(outlets, origin)
    return outlets


def _label(raw: Any) -> str:
    name = raw.get("name") if isinstance(raw, dict) else None
    return f" {name!r}" if isinstance(name, str) else ""


def _parse_outlet(raw: Any, where: str, label: str) -> CatalogOutlet:
    where = f"{where}{label}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: must be an object")
    name = _text(raw, "name", where)
    domain = _text(raw, "domain", where)
    if not _HOST.match(domain):
        raise ValueError(f"{where}: domain {domain!r} must be a lowercase host name like 'vtv.vn'")
    official = raw.get("official")
    if not isinstance(official, bool):
        raise ValueError(f"{where}: 'official' must be true or false")
    kind = _text(raw, "kind", where)
    if kind not in OUTLET_KINDS:
        allowed = ", ".join(sorted(OUTLET_KINDS))
        raise ValueError(f"{where}: kind {kind!r} is not one of: {allowed}")
    raw_feeds = raw.get("feeds")
    if not isinstance(raw_feeds, list) or not raw_feeds:
        raise ValueError(f"{where}: 'feeds' must be a non-empty list")
    feeds = tuple(
        _parse_feed(feed, f"{where}: feed #{j}", domain) for j, feed in enumerate(raw_feeds, 1)
    )
    return CatalogOutlet(
        name=name,
        domain=domain,
        official=official,
        kind=kind,
        owner=_optional_text(raw, "owner", where),
        feeds=feeds,
        note=_optional_text(raw, "note", where),
    )


def _parse_feed(raw: Any, where: str, domain: str) -> CatalogFeed:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: must be an object")
    url = _text(raw, "url", where)
    where = f"{where} {url!r}"
    _check_url(url, domain, where)
    checked = _optional_text(raw, "checked", where)
    if checked is not None and not _CHECKED.match(checked):
        raise ValueError(f"{where}: 'checked' {checked!r} must look like 2026-09-14 or 2026-09")
    return CatalogFeed(
        url=url,
        section=_text(raw, "section", where),
        evidence=_text(raw, "evidence", where),
        checked=checked,
        note=_optional_text(raw, "note", where),
    )


def _check_url(url: str, domain: str, where: str) -> None:
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a malformed port
    except ValueError as exc:
        raise ValueError(f"{where}: not a valid URL: {exc}") from exc
    if parts.scheme != "https":
        raise ValueError(f"{where}: URL must use https")
    host = (parts.hostname or "").lower()
    if not host or parts.username or parts.password or port not in (None, 443):
        raise ValueError(f"{where}: URL needs a plain host name (no user, password or port)")
    if host != domain and not host.endswith("." + domain):
        raise ValueError(f"{where}: host {host!r} is not {domain!r} or one of its subdomains")


def _check_unique(outlets: Iterable[CatalogOutlet], origin: str) -> None:
    names: set[str] = set()
    urls: dict[str, str] = {}
    for outlet in outlets:
        key = _key(outlet.name)
        if not key or key in names:
            raise ValueError(
                f"catalog {origin}: outlet name {outlet.name!r} is empty or appears twice"
            )
        names.add(key)
        for feed in outlet.feeds:
            if feed.url in urls:
                raise ValueError(
                    f"catalog {origin}: feed {feed.url!r} of outlet {outlet.name!r} "
                    f"is already listed under {urls[feed.url]!r}"
                )
            urls[feed.url] = outlet.name


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _optional_text(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{where}: {key!r} must be a string or null")
    return value.strip() or None


def find_outlets(
    outlet_names: Iterable[str], catalog: Iterable[CatalogOutlet]
) -> list[CatalogOutlet]:
    """The outlets named, matched by name, domain or a bracketed short name.

    Case and diacritics are ignored: "tuoi tre", "Tuổi Trẻ" and "tuoitre.vn" all find
    Tuổi Trẻ; "VietnamPlus" and "TTXVN" find "VietnamPlus (TTXVN)". Raises ``UnknownOutlet``
    listing every name that matches no outlet.
    """
    outlets = list(catalog)
    by_key: dict[str, CatalogOutlet] = {}
    for outlet in outlets:
        for alias in _aliases(outlet):
            by_key.setdefault(alias, outlet)
    for outlet in outlets:  # a full name always wins over another outlet's alias
        by_key[_key(outlet.name)] = outlet
    chosen: list[CatalogOutlet] = []
    unknown: list[str] = []
    for name in outlet_names:
        found = by_key.get(_key(name))
        if found is None:
            unknown.append(name)
        elif found not in chosen:
            chosen.append(found)
    if unknown:
        raise UnknownOutlet(
            "unknown outlet(s): {names}. Known: {known}",
            field="outlet",
            names=", ".join(map(repr, unknown)),
            known=", ".join(o.name for o in outlets),
        )
    return chosen


def _key(name: str) -> str:
    return " ".join(search_form(name).split())


def _aliases(outlet: CatalogOutlet) -> list[str]:
    """Domain, and for "VietnamPlus (TTXVN)" both "VietnamPlus" and "TTXVN"."""
    inside = _PARENTHESES.findall(outlet.name)
    outside = _PARENTHESES.sub(" ", outlet.name)
    return [_key(text) for text in (outlet.domain, outside, *inside) if _key(text)]


def catalog_sources(
    outlet_names: list[str] | None = None,
    official_only: bool = False,
    *,
    catalog: Iterable[CatalogOutlet] | None = None,
) -> list[NewSource]:
    """One feed ``NewSource`` per catalog feed, in catalog order.

    ``outlet_names`` limits it to those outlets (see ``find_outlets``); ``official_only``
    keeps official outlets only. ``catalog`` defaults to the shipped one.
    """
    outlets = list(catalog) if catalog is not None else load_catalog()
    if outlet_names is not None:
        outlets = find_outlets(outlet_names, outlets)
    if official_only:
        outlets = [o for o in outlets if o.official]
    return [
        NewSource(
            url=feed.url,
            kind="feed",
            name=f"{outlet.name} – {feed.section}",
            outlet=outlet.name,
            official=outlet.official,
        )
        for outlet in outlets
        for feed in outlet.feeds
    ]
