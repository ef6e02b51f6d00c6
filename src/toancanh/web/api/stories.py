"""``/stories``: clusters of the same story across outlets, biggest first."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from toancanh.resolve import parse_when
from toancanh.shapes import story_json
from toancanh.web.api.common import Router, StoreDep, UserDep
from toancanh.web.api.filters import Since
from toancanh.web.api.models import Page, Story
from toancanh.web.api.paging import Limit, Offset, page

router = Router("articles", "/stories")


@router.read(
    "",
    "Stories across outlets, biggest first",
    Page[Story],
    description="As `toancanh stories --json`: each cluster with its articles and outlets.",
)
def stories(
    store: StoreDep,
    _: UserDep,
    since: Since = None,
    min_size: Annotated[int, Query(ge=1, le=10_000, description="Smallest cluster shown.")] = 2,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = store.articles.stories(
        min_size=min_size, since=parse_when(since), limit=limit + 1, offset=offset
    )
    return page(found, limit, offset, story_json)
