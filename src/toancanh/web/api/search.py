"""``/search``: full-text search with the query language of docs/search.md."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query

from toancanh.shapes import hit_json
from toancanh.watch.query_parser import parse_query
from toancanh.web.api.common import SYNTAX_ERROR, Router, StoreDep, UserDep
from toancanh.web.api.filters import FiltersDep
from toancanh.web.api.models import Hit, Page
from toancanh.web.api.paging import Limit, Offset, page

router = Router("articles", "/search")


@router.read(
    "",
    "Full-text search",
    Page[Hit],
    responses=SYNTAX_ERROR,
    description='Diacritic-insensitive, with AND/OR/NOT, "phrases", title:, NEAR/n; best '
    "matches first, ranked among the newest 5,000 (use since/until for another period). "
    "The items are those of `toancanh search --json`. A query that cannot be parsed gets "
    "a 400 answer with the `message` and the `position` of the mistake.",
)
def search(
    store: StoreDep,
    _: UserDep,
    filters: FiltersDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=2000,
            description="The query: '\"nhà ở xã hội\" AND (giá OR chậm)'.",
        ),
    ],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    parsed = parse_query(q)  # a QuerySyntaxError becomes a 400 answer (see build_api)
    hits = store.articles.search(parsed, filters, limit=limit + 1, offset=offset)
    return page(hits, limit, offset, hit_json)
