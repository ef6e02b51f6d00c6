"""``/claims``: a claim checked against the statements registry, through
``services.claims``.

A GET: matching reads the registry and writes nothing. Any signed-in user may match, as
every signed-in user sees the published statements it is matched against.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from pydantic import BaseModel, Field

from toancanh.services import claims as service
from toancanh.services.claims import MAX_CLAIM, MAX_LIMIT, MatchCache
from toancanh.web.api.common import ActorDep, Router, StoreDep

router = Router("statements", "/claims")


def match_cache(request: Request) -> MatchCache:
    """The app's index of the registry (``build_api`` makes it)."""
    cache: MatchCache = request.app.state.match_cache
    return cache


class Difference(BaseModel):
    kind: str = Field(description="amount, date or negation")
    claim: str = Field(description="As the claim writes it (empty: the claim has no negation).")
    statement: str = Field(description="As the statement writes it.")


class Suggestion(BaseModel):
    statement_id: int
    title: str
    score: float = Field(description="0-1; only those at or above the threshold are given.")
    differences: list[Difference]


@router.read(
    "/match",
    "The published statements a claim is about",
    list[Suggestion],
    description=(
        "Best first, with where they disagree; `[]` when none reaches the threshold. "
        'As `toancanh claims match "TEXT" --json`.'
    ),
)
def match(
    store: StoreDep,
    actor: ActorDep,
    cache: Annotated[MatchCache, Depends(match_cache)],
    text: Annotated[str, Query(min_length=1, max_length=MAX_CLAIM, description="The claim.")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="At most this many.")] = 5,
) -> list[dict[str, Any]]:
    return service.match_text(store, actor, text, limit, cache=cache)
