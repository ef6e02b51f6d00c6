"""The claim desk's review: the queue of claims waiting for a person, and what a reviewer
does with one (start a review, accept or reject a suggested statement, give a verdict
citing a statement, reopen a verdict).

A claim is checked, never its author; nothing is removed, blocked or reported from here.
Every signed-in user reads the queue, every analyst reviews, an admin alone reopens a
verdict (``access``). Each change is one audited ``review`` of the claim. The queue ranks
by reach, the articles and outlets carrying the claim (its story's articles and those
repeating the same sentence) and their growth over the last day, then by how many of the
reader's watchlists matched the claim's article.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.accounts import AuditEntry
from toancanh.domain.articles import Article
from toancanh.domain.claim_review import QueueItem, Reach
from toancanh.domain.claims import CLAIM_STATUSES, VERDICTS, Claim, ClaimSuggestion
from toancanh.domain.statements import Statement
from toancanh.errors import Conflict, Invalid, NotFound, check_choice
from toancanh.services import watchlists
from toancanh.store import Store
from toancanh.store.database import utcnow

SCAN = 2000  # the newest claims ranked for the queue (older ones wait in the filters)
MAX_LIMIT = 500
MAX_NOTE = 5000
MAX_BULK = 500
OPEN = ("new", "in_review")  # the queue's default: not yet given a verdict
CITABLE = ("published", "corrected")  # the statements a verdict may rest on


def check_verdict(verdict: str) -> str:
    return check_choice(
        verdict, tuple(VERDICTS), "unknown verdict “{value}”; use {choices}", field="verdict"
    )


def check_status(status: str) -> str:
    return check_choice(
        status, CLAIM_STATUSES, "unknown claim status “{value}”; use {choices}", field="status"
    )


def review_queue(
    store: Store,
    actor: Actor,
    *,
    status: str | None = None,
    watch: str | None = None,
    limit: int = 50,
    now: datetime | None = None,
) -> list[QueueItem]:
    """The claims to review (``status``: only those; default new and in review), most
    spread first; ``watch``: only those in the articles a watchlist (name or id) matched."""
    access.require_claim_reader(actor)
    statuses = (check_status(status),) if status else OPEN
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid("limit: between 1 and {most}, please", field="limit", most=MAX_LIMIT)
    watch_id = watchlists.find_watch(store, actor, watch).id if watch else None
    found = store.claims.queue_candidates(statuses=statuses, watch_id=watch_id, scan=SCAN)
    reaches = _reaches(store, actor, found, now or utcnow())
    ranked = sorted(
        zip(found, reaches, strict=True),
        key=lambda pair: (_rank(pair[1]), pair[0][0].id),
        reverse=True,
    )[:limit]
    suggestions = store.claims.suggestions([c.id for (c, _), _ in ranked])
    return [
        QueueItem(
            claim=claim,
            article_title=article["title"],
            article_url=article["url"],
            outlet=article["outlet"],
            published_at=article["published_at"],
            story_id=article["story_id"],
            reach=reach,
            suggestions=tuple(suggestions[claim.id]),
        )
        for (claim, article), reach in ranked
    ]


def _rank(reach: Reach) -> tuple[int, int, int, int]:
    return (reach.outlets, reach.articles, reach.growth, reach.watchlists)


def _reaches(
    store: Store, actor: Actor, found: Sequence[tuple[Claim, dict[str, Any]]], now: datetime
) -> list[Reach]:
    """Each claim's reach: the union of its story's articles and of the articles carrying
    the same sentence (its key), counted with their distinct outlets and their growth."""
    stories, keyed = store.claims.spread(
        sorted({a["story_id"] for _, a in found}), sorted({c.key for c, _ in found})
    )
    by_story: dict[int, dict[int, tuple[str | None, datetime | None]]] = {}
    for story_id, article_id, outlet, published in stories:
        by_story.setdefault(story_id, {})[article_id] = (outlet, published)
    by_key: dict[str, dict[int, tuple[str | None, datetime | None]]] = {}
    for key, article_id, outlet, published in keyed:
        by_key.setdefault(key, {})[article_id] = (outlet, published)
    hidden = watchlists.hidden_ids(store, actor)
    watched = store.claims.watch_counts(sorted({c.article_id for c, _ in found}), hidden)
    day, two_days = now - timedelta(days=1), now - timedelta(days=2)
    reaches = []
    for claim, article in found:
        carrying = by_story.get(article["story_id"], {}) | by_key.get(claim.key, {})
        carrying[claim.article_id] = (article["outlet"], article["published_at"])
        times = [t for _, t in carrying.values() if t is not None]
        reaches.append(
            Reach(
                articles=len(carrying),
                outlets=len({o for o, _ in carrying.values() if o}),
                last_day=sum(1 for t in times if day <= t <= now),
                day_before=sum(1 for t in times if two_days <= t < day),
                watchlists=watched.get(claim.article_id, 0),
            )
        )
    return reaches


@dataclass(frozen=True)
class ClaimView:
    """A claim as its page shows it: its article, its suggestions with their statements
    (those the reader may see), its review's history."""

    claim: Claim
    article: Article
    suggestions: tuple[tuple[ClaimSuggestion, Statement], ...]
    statement: Statement | None  # the one its verdict cites
    history: tuple[AuditEntry, ...]


def get_claim(store: Store, actor: Actor, claim_id: int) -> Claim:
    access.require_claim_reader(actor)
    claim = store.claims.get(claim_id)
    if claim is None:
        raise NotFound("no claim #{claim_id}", claim_id=claim_id)
    return claim


def claim_view(store: Store, actor: Actor, claim_id: int) -> ClaimView:
    claim = get_claim(store, actor, claim_id)
    article = store.articles.get(claim.article_id)
    if article is None:  # the article was removed under it
        raise NotFound("no claim #{claim_id}", claim_id=claim_id)
    shown = []
    for suggestion in store.claims.suggestions([claim.id])[claim.id]:
        statement = store.statements.get(suggestion.statement_id)
        if statement is not None and access.can_see_statement(actor, statement):
            shown.append((suggestion, statement))
    cited = store.statements.get(claim.statement_id) if claim.statement_id else None
    if cited is not None and not access.can_see_statement(actor, cited):
        cited = None
    history = store.audit.entries(entity="claim", entity_id=claim.id, limit=200)
    return ClaimView(claim, article, tuple(shown), cited, tuple(reversed(history)))


def can_review(actor: Actor) -> bool:
    return access.can_review_claims(actor)


def can_reopen(actor: Actor, claim: Claim) -> bool:
    return claim.status == "verdict" and access.can_reopen_claim(actor)


def _open_claim(store: Store, actor: Actor, claim_id: int) -> Claim:
    """The claim, to review: the actor a reviewer, the claim not given a verdict yet."""
    claim = get_claim(store, actor, claim_id)
    access.require_claim_reviewer(actor)
    if claim.status == "verdict":
        raise Conflict(
            "claim #{claim_id} already has a verdict: an admin reopens it first",
            claim_id=claim_id,
        )
    return claim


def start_review(store: Store, actor: Actor, claim_id: int) -> Claim:
    """A reviewer takes the claim: new → in_review (already in review: nothing changes)."""
    claim = _open_claim(store, actor, claim_id)
    if claim.status == "in_review":
        return claim
    return store.claims.review(
        claim_id,
        actor=actor.name,
        action="start_review",
        values={"status": "in_review", "reviewer": actor.name},
    )


def _note(note: str | None) -> str | None:
    cleaned = unicodedata.normalize("NFC", note or "").strip()
    if len(cleaned) > MAX_NOTE:
        raise Invalid("the note is longer than {limit} characters", field="note", limit=MAX_NOTE)
    return cleaned or None


def citable_statement(store: Store, actor: Actor, statement_id: int) -> Statement:
    """A statement a verdict or an accepted suggestion may rest on: one the actor sees,
    published or corrected (never a draft, nor a withdrawn one)."""
    statement = store.statements.get(statement_id)
    if statement is None or not access.can_see_statement(actor, statement):
        raise Invalid(
            "no statement #{statement_id}", field="statement_id", statement_id=statement_id
        )
    if statement.status not in CITABLE:
        raise Invalid(
            "statement #{statement_id} is {status}: cite a published or corrected statement",
            field="statement_id",
            statement_id=statement_id,
            status=statement.status,
        )
    return statement


def give_verdict(
    store: Store,
    actor: Actor,
    claim_id: int,
    verdict: str,
    *,
    statement_id: int | None,
    note: str | None = None,
) -> Claim:
    """The reviewer's verdict, citing the statement it rests on (only "unproven" may cite
    none); a suggestion of that statement becomes accepted."""
    check_verdict(verdict)
    cleaned = _note(note)
    _open_claim(store, actor, claim_id)
    if statement_id is None and verdict != "unproven":
        raise Invalid(
            "give the statement the verdict rests on; only “unproven” may have none",
            field="statement_id",
        )
    if statement_id is not None:
        citable_statement(store, actor, statement_id)
    return store.claims.review(
        claim_id,
        actor=actor.name,
        action="verdict",
        values={
            "status": "verdict",
            "verdict": verdict,
            "statement_id": statement_id,
            "note": cleaned,
            "reviewer": actor.name,
            "reviewed_at": utcnow(),
        },
        suggestions={"accepted": [statement_id]} if statement_id is not None else None,
    )


def reopen(store: Store, actor: Actor, claim_id: int, note: str | None = None) -> Claim:
    """An admin takes a verdict back: the claim is in review again, its verdict cleared
    (the audit log keeps it)."""
    claim = get_claim(store, actor, claim_id)
    access.require_claim_reopener(actor)
    if claim.status != "verdict":
        raise Conflict("claim #{claim_id} has no verdict to reopen", claim_id=claim_id)
    return store.claims.review(
        claim_id,
        actor=actor.name,
        action="reopen",
        values={
            "status": "in_review",
            "verdict": None,
            "statement_id": None,
            "note": _note(note),
            "reviewer": actor.name,
            "reviewed_at": None,
        },
    )


def decide_suggestions(
    store: Store,
    actor: Actor,
    claim_ids: Sequence[int],
    *,
    accept: bool,
    statement_id: int | None = None,
) -> list[Claim]:
    """Accept or reject suggestions of many claims at once: of ``statement_id`` (each
    claim must have it suggested), else each claim's best open suggestion (accept) or all
    its open ones (reject). All are checked before any is written; each claim's change is
    audited; a new claim moves to in review."""
    access.require_claim_reviewer(actor)
    wanted = list(dict.fromkeys(claim_ids))
    if not wanted:
        raise Invalid("choose at least one claim", field="claim_ids")
    if len(wanted) > MAX_BULK:
        raise Invalid("at most {most} claims at once", field="claim_ids", most=MAX_BULK)
    if accept and statement_id is not None:
        citable_statement(store, actor, statement_id)
    plans = [_plan(store, actor, c, accept, statement_id) for c in wanted]
    state = "accepted" if accept else "rejected"
    done = []
    for claim, statement_ids in plans:
        values = {"status": "in_review"} if claim.status == "new" else {}
        done.append(
            store.claims.review(
                claim.id,
                actor=actor.name,
                action="accept" if accept else "reject",
                values=values | {"reviewer": claim.reviewer or actor.name},
                suggestions={state: statement_ids},
            )
        )
    return done


def _plan(
    store: Store, actor: Actor, claim_id: int, accept: bool, statement_id: int | None
) -> tuple[Claim, list[int]]:
    claim = _open_claim(store, actor, claim_id)
    suggestions = store.claims.suggestions([claim_id])[claim_id]
    if statement_id is not None:
        if statement_id not in {s.statement_id for s in suggestions}:
            raise Invalid(
                "claim #{claim_id} has no suggestion of statement #{statement_id}",
                field="statement_id",
                claim_id=claim_id,
                statement_id=statement_id,
            )
        return claim, [statement_id]
    pending = [s.statement_id for s in suggestions if s.state == "suggested"]
    if not pending:
        raise Invalid(
            "claim #{claim_id} has no open suggestion", field="claim_ids", claim_id=claim_id
        )
    return claim, pending[:1] if accept else pending
