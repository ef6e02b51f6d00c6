"""``/claims``: the review of claims, through ``services.claim_review``.

Every signed-in user reads the queue and a claim; analysts start a review, accept or
reject suggestions and give verdicts; an admin alone reopens a verdict. The verdicts
export as schema.org ClaimReview JSON-LD or CSV. (A module apart from ``claims``, whose
``/match`` must be routed before ``/{claim_id}``: the routers are included in name order.)
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from toancanh import resolve
from toancanh.services import claim_export
from toancanh.services import claim_review as review
from toancanh.shapes import claim_json, iso, queue_item_json, suggestion_json
from toancanh.web.api.common import (
    MAX_ID,
    ActorDep,
    AdminActor,
    AnalystActor,
    Router,
    StoreDep,
    id_path,
)
from toancanh.web.api.filters import Since
from toancanh.web.api.models import Time

router = Router("statements", "/claims")


ClaimId = Annotated[int, id_path("claim")]
Verdict = Literal["true", "false", "misleading", "unproven"]
ClaimStatus = Literal["new", "in_review", "verdict"]
Note = Annotated[str, Field(max_length=review.MAX_NOTE)]


class ClaimOut(BaseModel):
    id: int
    article_id: int
    start: int = Field(description="Where the sentence starts in the article's text.")
    end: int
    text: str
    reasons: list[str]
    key: str = Field(description="The same sentence in other articles has the same key.")
    status: str = Field(description="new, in_review or verdict")
    verdict: str | None = Field(description="true, false, misleading or unproven")
    verdict_label: str | None = Field(description="xác thực, sai sự thật, gây hiểu lầm ...")
    statement_id: int | None = Field(description="The statement the verdict rests on.")
    note: str | None
    reviewer: str | None
    reviewed_at: Time
    repeat_of: int | None
    found_at: Time
    matched_at: Time


class SuggestionOut(BaseModel):
    statement_id: int
    score: float
    state: str = Field(description="suggested, accepted or rejected")
    differences: list[dict[str, str]]


class ArticleRef(BaseModel):
    id: int
    title: str
    url: str
    outlet: str | None
    published_at: Time
    story_id: int


class ReachOut(BaseModel):
    articles: int = Field(description="Articles carrying the claim (its story, its sentence).")
    outlets: int
    last_day: int = Field(description="Of those, published in the last 24 h.")
    day_before: int = Field(description="Published in the 24 h before.")
    growth: int
    watchlists: int = Field(description="Your watchlists that matched the claim's article.")


class QueueItemOut(ClaimOut):
    article: ArticleRef
    reach: ReachOut
    suggestions: list[SuggestionOut]


class SuggestionDetail(SuggestionOut):
    title: str
    url: str | None


class HistoryEntry(BaseModel):
    action: str
    actor: str
    at: Time


class ClaimDetail(ClaimOut):
    suggestions: list[SuggestionDetail]
    history: list[HistoryEntry] = Field(description="The review's changes, oldest first.")


@router.read(
    "/queue",
    "The claims to review, most spread first",
    list[QueueItemOut],
    description="New and in review unless `status`; as `toancanh claims queue --json`.",
)
def claim_queue(
    store: StoreDep,
    actor: ActorDep,
    status: Annotated[ClaimStatus | None, Query(description="Only these.")] = None,
    watch: Annotated[
        str | None, Query(max_length=200, description="Only in a watchlist's articles.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=review.MAX_LIMIT)] = 50,
) -> list[dict[str, Any]]:
    found = review.review_queue(store, actor, status=status, watch=watch, limit=limit)
    return [queue_item_json(i) for i in found]


@router.read(
    "/export",
    "The verdicts as ClaimReview JSON-LD or CSV",
    description="`format=claimreview` (schema.org JSON-LD, an `@graph` of ClaimReview) "
    "or `csv` (one row a claim); as `toancanh claims export`.",
    response_class=Response,
)
def export_claims(
    request: Request,
    store: StoreDep,
    actor: ActorDep,
    format: Annotated[Literal["claimreview", "csv"], Query()] = "claimreview",
    since: Since = None,
) -> Response:
    when = resolve.parse_when(since, "since")
    if format == "csv":
        text = claim_export.export_csv(store, actor, since=when)
        return Response(text, media_type="text/csv; charset=utf-8")
    base = request.app.state.settings.public_url
    document = claim_export.export_claimreview(store, actor, since=when, base_url=base)
    return JSONResponse(document, media_type="application/ld+json")


@router.read("/{claim_id}", "One claim with its suggestions and its review", ClaimDetail)
def show_claim(store: StoreDep, actor: ActorDep, claim_id: ClaimId) -> dict[str, Any]:
    view = review.claim_view(store, actor, claim_id)
    return claim_json(view.claim) | {
        "suggestions": [
            suggestion_json(s) | {"title": st.title, "url": st.url} for s, st in view.suggestions
        ],
        "history": [{"action": e.action, "actor": e.actor, "at": iso(e.at)} for e in view.history],
    }


@router.write("post", "/{claim_id}/start", "Take a claim in review (analyst)", ClaimOut)
def start_review(store: StoreDep, actor: AnalystActor, claim_id: ClaimId) -> dict[str, Any]:
    return claim_json(review.start_review(store, actor, claim_id))


class ReviewIn(BaseModel):
    verdict: Verdict = Field(
        description="true (xác thực), false (sai sự thật), misleading (gây hiểu lầm), "
        "unproven (chưa đủ căn cứ)"
    )
    statement_id: int | None = Field(
        default=None, ge=1, le=MAX_ID, description="Published or corrected; only unproven: none."
    )
    note: Note | None = None


@router.write(
    "post",
    "/{claim_id}/review",
    "Give a claim its verdict (analyst)",
    ClaimOut,
    description="A claim with a verdict answers 409 until an admin reopens it.",
)
def give_verdict(
    store: StoreDep, actor: AnalystActor, claim_id: ClaimId, body: ReviewIn
) -> dict[str, Any]:
    done = review.give_verdict(
        store, actor, claim_id, body.verdict, statement_id=body.statement_id, note=body.note
    )
    return claim_json(done)


class ReopenIn(BaseModel):
    note: Note | None = None


@router.write("post", "/{claim_id}/reopen", "Take a verdict back (admin)", ClaimOut)
def reopen_claim(
    store: StoreDep, actor: AdminActor, claim_id: ClaimId, body: ReopenIn | None = None
) -> dict[str, Any]:
    return claim_json(review.reopen(store, actor, claim_id, body.note if body else None))


class DecisionIn(BaseModel):
    claim_ids: list[Annotated[int, Field(ge=1, le=MAX_ID)]] = Field(
        min_length=1, max_length=review.MAX_BULK
    )
    decision: Literal["accept", "reject"]
    statement_id: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ID,
        description="None: each claim's best open suggestion (accept), all (reject).",
    )


@router.write(
    "post",
    "/suggestions",
    "Accept or reject suggestions of many claims (analyst)",
    list[ClaimOut],
    description="All or nothing: one claim refused refuses the whole request.",
)
def decide_suggestions(
    store: StoreDep, actor: AnalystActor, body: DecisionIn
) -> list[dict[str, Any]]:
    done = review.decide_suggestions(
        store,
        actor,
        body.claim_ids,
        accept=body.decision == "accept",
        statement_id=body.statement_id,
    )
    return [claim_json(c) for c in done]
