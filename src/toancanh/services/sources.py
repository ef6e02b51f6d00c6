"""Sources: the feeds, sitemaps and pages that are polled, with their health.

Every signed-in user sees them; the admins add and remove them. An address is checked as
every fetch checks it (``ingest.netguard.check_url``): a private or loopback one needs
``allow_private``, so that a source cannot make the server reach into its own network. A
host that does not resolve now is accepted with a warning (offline, DNS down): every fetch
checks the address again anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.sources import SOURCE_KINDS, NewSource, OutletArticles, Source
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.ingest.catalog import catalog_sources
from toancanh.ingest.netguard import check_url
from toancanh.ingest.urls import normalize_url
from toancanh.store import Store
from toancanh.store.sources import SourceExistsError

MIN_INTERVAL = 60  # seconds between polls: a minute at least, ...
MAX_INTERVAL = 30 * 86400  # ... a month at most
NAME_LIMIT = 200


@dataclass(frozen=True)
class Added:
    """A new source, and why its address could not be checked now (None: it was)."""

    source: Source
    warning: str | None = None


@dataclass(frozen=True)
class CatalogAdded:
    added: list[Source]
    skipped: int  # already there


def list_sources(store: Store, actor: Actor) -> list[Source]:
    """Every source with its health: last check, success, error and the error streak."""
    access.require_role(actor, "viewer")
    return store.sources.list()


def outlets_seen(store: Store, actor: Actor) -> list[OutletArticles]:
    """The outlets the stored articles came from (imported, or fetched from sources that
    may be gone), most articles first: what the data covers, whoever added it."""
    access.require_role(actor, "viewer")
    return store.sources.outlet_articles()


def catalog_size() -> int:
    """How many feeds the shipped catalog holds."""
    return len(list(catalog_sources(None)))


def checked_address(url: str, allow_private: bool) -> tuple[str, str | None]:
    """The normalised URL and a warning if it cannot be checked now; ``Invalid`` when
    it is not a web address or leads into a private network without ``allow_private``."""
    # Imported here: the fetcher loads httpx, which listing the sources does not need.
    from toancanh.ingest.fetch import FetchError

    clean = normalize_url(url.strip())
    if urlsplit(clean).scheme not in ("http", "https"):
        raise Invalid("give a full http:// or https:// address", field="url")
    try:
        check_url(clean, allow_private=allow_private)
    except FetchError as error:
        if error.reason == "connect_error":
            return clean, error.detail or "the host does not resolve now"
        # The address check's own reasons are English sentences: the two a user meets
        # get a template of their own, so that the dashboard says them in Vietnamese.
        if error.reason == "private_address":
            raise Invalid(
                "refused: {host} is a private (intranet) address; add the source with "
                "--allow-private (on the page: “Allow a private (intranet) address”) if "
                "this intranet address is intended",
                field="url",
                host=urlsplit(clean).hostname or clean,
            ) from None
        if error.reason == "bad_url":
            raise Invalid(
                "refused: “{url}” is not a web address that can be fetched", field="url", url=url
            ) from None
        raise Invalid(
            "refused: {detail}", field="url", detail=error.detail or error.reason
        ) from None
    return clean, None


def _checked(new: NewSource) -> tuple[NewSource, str | None]:
    if new.kind not in SOURCE_KINDS:
        raise Invalid("choose a kind: {kinds}", field="kind", kinds=", ".join(SOURCE_KINDS))
    url, warning = checked_address(new.url, new.allow_private)
    name, outlet = (" ".join((text or "").split()) or None for text in (new.name, new.outlet))
    if name is not None and len(name) > NAME_LIMIT:
        raise Invalid("the name is longer than {limit} characters", field="name", limit=NAME_LIMIT)
    if outlet is not None and len(outlet) > NAME_LIMIT:
        raise Invalid(
            "the outlet's name is longer than {limit} characters", field="outlet", limit=NAME_LIMIT
        )
    interval = new.interval_seconds
    if interval is not None and not MIN_INTERVAL <= interval <= MAX_INTERVAL:
        raise Invalid(
            "the interval between polls is {low} to {high} seconds",
            field="interval",
            low=MIN_INTERVAL,
            high=MAX_INTERVAL,
        )
    return replace(new, url=url, name=name, outlet=outlet), warning


def add_source(store: Store, actor: Actor, new: NewSource) -> Added:
    """Poll a new address; ``Conflict`` when it is a source already."""
    access.require_right(actor, "source")
    checked, warning = _checked(new)
    try:
        source = store.sources.add(checked, actor=actor.name)
    except SourceExistsError as error:
        raise Conflict(
            "source already added as #{source_id}: {url}",
            field="url",
            source_id=error.source.id,
            url=error.source.url,
        ) from None
    return Added(source, warning)


def add_catalog(
    store: Store, actor: Actor, outlets: list[str] | None = None, *, official_only: bool = False
) -> CatalogAdded:
    """Add the shipped catalog's feeds (those of ``outlets`` only, if named); the feeds
    added already are skipped. An unknown outlet name refuses the whole call."""
    access.require_right(actor, "source")
    added, skipped = [], 0
    for new in catalog_sources(outlets or None, official_only=official_only):
        try:
            added.append(store.sources.add(new, actor=actor.name))
        except SourceExistsError:
            skipped += 1
    return CatalogAdded(added, skipped)


def remove_source(store: Store, actor: Actor, source_id: int) -> Source:
    """Stop polling a source; its articles stay."""
    access.require_right(actor, "source")
    source = store.sources.get(source_id)
    if source is None or not store.sources.remove(source_id, actor=actor.name):
        raise NotFound("no source #{source_id}", source_id=source_id)
    return source
