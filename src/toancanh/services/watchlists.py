"""Watchlists: the policies and topics a unit tracks.

A new watchlist belongs to its creator's unit (an admin may name another, the CLI's
``--unit``); a name is unique across the system, so that ``toancanh trends NAME`` and
alert texts stay unambiguous. Every change matches the stored history again, so that the
counts, trends and alerts always follow the watchlist as it is now.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.articles import ArticleSummary
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.errors import Conflict, NotFound
from toancanh.store import Store
from toancanh.watch.watchlists import backfill, check_spec

# What a change may touch; ``unit`` is not among them: a watchlist stays its unit's.
CHANGEABLE = ("name", "query", "legal_refs", "agencies", "description", "shared")


def list_watches(store: Store, actor: Actor, *, counted: bool = True) -> list[Watch]:
    """The watchlists the actor may see, by name, with their match counts."""
    watches = store.watches.list(with_counts=counted)
    return [w for w in watches if access.can_see_watch(actor, w)]


def visible_ids(store: Store, actor: Actor) -> dict[int, Watch]:
    """The watchlists the actor may see, by id (without counts: for filtering others)."""
    return {w.id: w for w in list_watches(store, actor, counted=False)}


def hidden_ids(store: Store, actor: Actor) -> list[int]:
    """The watchlists whose existence the actor may not learn (other units' private ones)."""
    return [
        w.id for w in store.watches.list(with_counts=False) if not access.can_see_watch(actor, w)
    ]


def get_watch(store: Store, actor: Actor, watch_id: int, *, counted: bool = True) -> Watch:
    return access.visible_watch(actor, store.watches.get(watch_id, counted=counted), watch_id)


def find_watch(store: Store, actor: Actor, name_or_id: str) -> Watch:
    """A watchlist by name (any case, diacritics optional) or id; ``NotFound`` names the
    watchlists the actor could have meant."""
    found = store.watches.find(name_or_id)
    if found is None or not access.can_see_watch(actor, found):
        known = ", ".join(w.name for w in list_watches(store, actor, counted=False))
        raise NotFound(
            "no watchlist “{wanted}”; watchlists: {known}",
            wanted=name_or_id,
            known=known or "–",
        )
    return found


def changeable_watch(store: Store, actor: Actor, watch_id: int) -> Watch:
    """The watchlist, if the actor may change it (for showing its edit form)."""
    return access.changeable_watch(actor, store.watches.get(watch_id, counted=False), watch_id)


def can_change(actor: Actor, watch: Watch) -> bool:
    """Whether to offer the actor the edit and delete buttons."""
    return actor.at_least("analyst") and access.can_change_watch(actor, watch)


def _refuse_taken_name(store: Store, name: str, watch_id: int | None = None) -> None:
    other = store.watches.find(name)
    if other is not None and other.id != watch_id:
        raise Conflict(
            "a watchlist called “{name}” exists already: choose another name",
            field="name",
            name=name,
        )


def add_watch(store: Store, actor: Actor, spec: WatchSpec, *, match_history: bool = True) -> Watch:
    """Track a policy or topic; matches the stored history at once unless told not to."""
    access.require_role(actor, "analyst")
    unit = spec.unit if actor.admin else actor.unit
    checked = check_spec(replace(spec, unit=unit))
    access.check_sharing(actor, unit, checked.shared, None)
    _refuse_taken_name(store, checked.name)
    watch = store.watches.add(checked, actor.name)
    if match_history:
        backfill(store, watch)
    return store.watches.get(watch.id) or watch


def change_watch(store: Store, actor: Actor, watch_id: int, **changes: Any) -> Watch:
    """Change the fields given (lists replace the stored ones; ``None`` clears a query
    or a description); the matches are computed again over the whole history."""
    unknown = set(changes) - set(CHANGEABLE)
    if unknown:
        raise TypeError(f"cannot change {', '.join(sorted(unknown))}")
    current = access.changeable_watch(actor, store.watches.get(watch_id), watch_id)
    for key in ("legal_refs", "agencies"):
        if key in changes:
            changes[key] = tuple(changes[key] or ())
    if changes.get("name") is None:
        changes.pop("name", None)
    if changes.get("shared") is None:
        changes.pop("shared", None)
    spec = check_spec(replace(current.spec(), **changes))
    access.check_sharing(actor, current.unit, spec.shared, current.shared)
    _refuse_taken_name(store, spec.name, current.id)
    watch = store.watches.update(current.id, spec, actor.name)
    backfill(store, watch)
    return store.watches.get(watch.id) or watch


def remove_watch(store: Store, actor: Actor, watch_id: int) -> Watch:
    """Stop tracking: its matches, rules and alerts go; the articles stay."""
    watch = changeable_watch(store, actor, watch_id)
    store.watches.remove(watch.id, actor.name)
    return watch


def match_history(store: Store, actor: Actor, watch_id: int) -> int:
    """Match a watchlist over the whole stored history again; the number matched."""
    return backfill(store, changeable_watch(store, actor, watch_id))


def watch_articles(
    store: Store, actor: Actor, watch_id: int, *, limit: int = 20, offset: int = 0
) -> list[ArticleSummary]:
    """The articles a watchlist matched, newest first."""
    watch = get_watch(store, actor, watch_id, counted=False)
    return store.watches.articles(watch.id, limit=limit, offset=offset)
