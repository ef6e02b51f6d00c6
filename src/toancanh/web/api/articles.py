"""``/articles``: stored articles, newest first, one with its analysis, and labels."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from toancanh.services import labels
from toancanh.shapes import article_json, correction_json, summary_json
from toancanh.web.api.common import AnalystActor, Router, StoreDep, UserDep, id_path, not_found
from toancanh.web.api.filters import FiltersDep
from toancanh.web.api.models import ArticleDetail, ArticleSummary, Label, Page
from toancanh.web.api.paging import Limit, Offset, page

router = Router("articles", "/articles")
ArticleId = Annotated[int, id_path("article")]


@router.read(
    "",
    "List articles, newest first",
    Page[ArticleSummary],
    description="The same as `toancanh articles list --json`, in the paging envelope. "
    "Filters combine with AND; unknown names are refused with what is known.",
)
def list_articles(
    store: StoreDep,
    _: UserDep,
    filters: FiltersDep,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = store.articles.list(filters, limit=limit + 1, offset=offset)
    return page(found, limit, offset, summary_json)


@router.read(
    "/{article_id}",
    "One article with its analysis",
    ArticleDetail,
    description="Text, every URL it was seen at, and its analysis "
    "(as `toancanh articles show ID --json`).",
)
def show_article(store: StoreDep, _: UserDep, article_id: ArticleId) -> dict[str, Any]:
    article = store.articles.get(article_id)
    if article is None:
        raise not_found("article", article_id)
    return {**article_json(article), "analysis": store.analysis.get(article_id)}


class LabelIn(BaseModel):
    task: Literal["sentiment", "topic"] = Field(description="What to correct.")
    value: str = Field(
        min_length=1,
        max_length=200,
        description="positive, neutral or negative; or a topic's label or Vietnamese name.",
    )


@router.write(
    "post",
    "/{article_id}/labels",
    "Correct an article's sentiment or topic (analyst)",
    Label,
    description="Records the correction with your e-mail as its author (as `toancanh label`); "
    "corrections train the next models.",
)
def label_article(
    store: StoreDep, actor: AnalystActor, article_id: ArticleId, body: LabelIn
) -> dict[str, Any]:
    return correction_json(labels.correct_label(store, actor, article_id, body.task, body.value))
