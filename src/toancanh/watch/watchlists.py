"""Watchlists: the unit users think in, a tracked policy or topic.

A watch matches an article when its boolean query matches (title and body, diacritics
optional, as in search), or when the article cites one of the watch's legal documents,
or names one of its agencies (a predecessor body counts: the facets hold both names).
``check_spec`` turns what a user typed into canonical values, or a clear error;
``compile_watch`` prepares a watch once so that each new article costs one token index
and a few set lookups whatever the number of watches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from toancanh.analyze.entities import lookup_agency
from toancanh.analyze.legal_refs import canonical_number
from toancanh.domain.watches import MatchCandidate, Watch, WatchSpec
from toancanh.errors import Invalid
from toancanh.text.normalize import search_tokens
from toancanh.watch.matching import TokenIndex, evaluate
from toancanh.watch.query import Query, QuerySyntaxError
from toancanh.watch.query_parser import parse_query

MAX_NAME = 200


class WatchSpecError(Invalid):
    """A watch that cannot be saved as given; the message says what to change."""


def _legal_key(typed: str) -> str:
    """A canonical number, or a law's title as written with single spaces."""
    number = canonical_number(typed)
    if number:
        return number
    if any(ch.isdigit() for ch in typed) and "/" in typed:
        raise WatchSpecError(
            "cannot read “{typed}” as a document number: write it in full, e.g. "
            "81/2021/NĐ-CP or Nghị định 81/2021",
            field="legal_refs",
            typed=typed,
        )
    return " ".join(typed.split())


def check_spec(spec: WatchSpec) -> WatchSpec:
    """The spec with canonical names; ``WatchSpecError`` or ``QuerySyntaxError``.

    Legal references become canonical numbers ("nd 15/2020" → "15/2020/NĐ-CP"); agencies
    become the full name of the body ("Bộ TT&TT" → "Bộ Thông tin và Truyền thông").
    """
    name = " ".join(spec.name.split())
    if not name:
        raise WatchSpecError("a watchlist needs a name", field="name")
    if len(name) > MAX_NAME:
        raise WatchSpecError(
            "the name is longer than {limit} characters", field="name", limit=MAX_NAME
        )
    query = spec.query.strip() if spec.query and spec.query.strip() else None
    if query is not None:
        parse_query(query)  # raises QuerySyntaxError pointing at the mistake
    refs = tuple(dict.fromkeys(_legal_key(r) for r in spec.legal_refs if r.strip()))
    agencies: list[str] = []
    for typed in spec.agencies:
        if not typed.strip():
            continue
        agency = lookup_agency(typed)
        if agency is None:
            raise WatchSpecError(
                "no body called “{typed}” is known; give its full name, e.g. Bộ Y tế",
                field="agencies",
                typed=typed,
            )
        agencies.append(agency.name)
    if query is None and not refs and not agencies:
        raise WatchSpecError(
            "give a query, a legal document or an agency to match articles by", field="query"
        )
    return replace(
        spec,
        name=name,
        query=query,
        legal_refs=refs,
        agencies=tuple(dict.fromkeys(agencies)),
        description=(spec.description or "").strip() or None,
    )


@dataclass(frozen=True)
class CompiledWatch:
    id: int
    query: Query | None
    legal_refs: frozenset[str]
    agencies: frozenset[str]


def compile_watch(watch: Watch) -> CompiledWatch:
    query = parse_query(watch.query) if watch.query else None
    return CompiledWatch(watch.id, query, frozenset(watch.legal_refs), frozenset(watch.agencies))


def compile_watches(watches: Iterable[Watch]) -> list[CompiledWatch]:
    """Compiled watches; one whose stored query no longer parses is left out."""
    compiled = []
    for watch in watches:
        try:
            compiled.append(compile_watch(watch))
        except QuerySyntaxError:  # the language changed under a stored query: skip, not crash
            continue
    return compiled


def watches_matching(
    candidate: MatchCandidate, watches: Sequence[CompiledWatch]
) -> list[CompiledWatch]:
    """The watches an article matches."""
    title: TokenIndex | None = None
    body: TokenIndex | None = None
    found = []
    for watch in watches:
        if candidate.legal_refs & watch.legal_refs or candidate.agencies & watch.agencies:
            found.append(watch)
            continue
        if watch.query is None:
            continue
        if title is None or body is None:  # built once, for the first watch with a query
            title = TokenIndex(search_tokens(candidate.title))
            body = TokenIndex(search_tokens(candidate.text))
        if evaluate(watch.query, title, body):
            found.append(watch)
    return found


class WatchMatches(Protocol):
    """What matching needs of the store's watch repository (``store.watches``)."""

    def match_candidates(self, article_ids: Sequence[int]) -> list[MatchCandidate]: ...
    def record_matches(self, pairs: Sequence[tuple[int, MatchCandidate]]) -> None: ...
    def replace_matches(self, watch_id: int, article_ids: Sequence[int]) -> int: ...
    def fulltext_ids(self, query: Query) -> list[int]: ...
    def facet_ids(self, kind: str, values: Sequence[str]) -> list[int]: ...
    def list(self, *, with_counts: bool = True) -> list[Watch]: ...  # last: it hides ``list``


class MatchStore(Protocol):
    """What matching needs of the store (a protocol: the store is a layer above)."""

    @property
    def watches(self) -> WatchMatches: ...


def match_new_articles(
    store: MatchStore, article_ids: Sequence[int], watches: Sequence[Watch] | None = None
) -> dict[int, list[int]]:
    """Match stored articles against every watch (or ``watches``) and record the matches.

    Returns watch id -> matched article ids. Runs on each batch the ingest loop stores.
    """
    if not article_ids:
        return {}
    compiled = compile_watches(
        store.watches.list(with_counts=False) if watches is None else watches
    )
    if not compiled:
        return {}
    pairs: list[tuple[int, MatchCandidate]] = []
    for candidate in store.watches.match_candidates(article_ids):
        pairs += [(w.id, candidate) for w in watches_matching(candidate, compiled)]
    store.watches.record_matches(pairs)
    found: dict[int, list[int]] = {}
    for watch_id, candidate in pairs:
        found.setdefault(watch_id, []).append(candidate.article_id)
    return found


def backfill(store: MatchStore, watch: Watch) -> int:
    """Match a watch over the whole history (after it is added or edited); the count.

    Full-text search finds the query's matches (the same semantics as the Python
    evaluator, held together by a property test), the facets the cited documents and
    named bodies; earlier matches of the watch are replaced.
    """
    compiled = compile_watch(watch)
    ids: set[int] = set()
    if compiled.query is not None:
        ids.update(store.watches.fulltext_ids(compiled.query))
    ids.update(store.watches.facet_ids("legal_ref", sorted(compiled.legal_refs)))
    ids.update(store.watches.facet_ids("agency", sorted(compiled.agencies)))
    return store.watches.replace_matches(watch.id, sorted(ids))
