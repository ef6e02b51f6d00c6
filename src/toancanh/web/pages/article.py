"""One article: its text, where it was seen, its story, and its analysis (topics, policy
areas, sentiment with the phrases that drove it, agencies with today's successor, places,
legal references, officials, policy stage).

Analysts correct the sentiment or the topic here; the correction is stored with their
e-mail address and the time (and in the audit log), and the page shows the corrected
label from then on.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from toancanh.access import Actor
from toancanh.analyze.policy_areas import area_info
from toancanh.analyze.topics import topic_display_name
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.errors import NotFound
from toancanh.services import labels
from toancanh.web.deps import get_store, language, page_actor, page_actor_at_least
from toancanh.web.marks import marked_phrases, paragraphs, safe_link
from toancanh.web.search_form import topic_choices
from toancanh.web.templating import render

router = APIRouter()
SIBLINGS = 50
# Message ids of the policy stages (translated in the template).
STAGE_NAMES = {
    "planning": "Planning",
    "drafting": "Drafting",
    "issued": "Issued",
    "implementing": "Implementing",
}


def _area(label: str, lang: str) -> dict[str, str]:
    try:
        info = area_info(label)
    except KeyError:
        return {"name": label, "ministry": ""}
    return {
        "name": info.name_vi if lang == "vi" else label.replace("_", " "),
        "ministry": info.ministry,
    }


def analysis_view(analysis: dict[str, Any] | None, lang: str) -> dict[str, Any] | None:
    """What the page shows of a stored analysis."""
    if not analysis:
        return None
    sentiment = analysis.get("sentiment") or None
    evidence = (sentiment or {}).get("evidence") or []
    return {
        "language": analysis.get("language"),
        "topics": [
            {
                "label": t["label"],
                "name": topic_display_name(t["label"]),
                "score": t.get("score"),
                "corrected": bool(t.get("corrected")),
            }
            for t in analysis.get("topics") or []
        ],
        "policy_areas": [_area(a["label"], lang) for a in analysis.get("policy_areas") or []],
        "sentiment": sentiment,
        "evidence": list(dict.fromkeys((e["phrase"], e["polarity"]) for e in evidence)),
        "agencies": list(
            dict.fromkeys((a["name"], a["current"]) for a in analysis.get("agencies") or [])
        ),
        "places": list(
            dict.fromkeys((p["name"], p["current"]) for p in analysis.get("places") or [])
        ),
        "legal_refs": list(
            {
                (r.get("number") or r.get("title") or r["mention"]): r
                for r in analysis.get("legal_refs") or []
            }.values()
        ),
        "people": list(
            dict.fromkeys((p["title"], p["name"]) for p in analysis.get("people") or [])
        ),
        "stage": STAGE_NAMES.get(analysis.get("stage") or ""),
        "notes": analysis.get("notes") or [],
    }


@router.get("/articles/{article_id:int}", response_class=HTMLResponse)
def article_page(
    request: Request, article_id: int, actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    store = get_store(request)
    article = store.articles.get(article_id)
    if article is None:
        raise NotFound("no article #{article_id}", article_id=article_id)
    lang = language(request)
    view = analysis_view(store.analysis.get(article_id), lang)
    marks = [(phrase, f"tone-{polarity}") for phrase, polarity in (view or {}).get("evidence", [])]
    siblings = [a for a in store.articles.story_articles(article.story_id, limit=SIBLINGS + 1)]
    siblings = [a for a in siblings if a.id != article.id][:SIBLINGS]
    other_urls = [
        {"url": url, "link": safe_link(url)} for url in article.urls if url != article.url
    ]
    return render(
        request,
        "article.html",
        article=article,
        source_link=safe_link(article.url),
        title=marked_phrases(article.title, marks),
        paragraphs=[marked_phrases(p, marks) for p in paragraphs(article.text)],
        other_urls=other_urls,
        siblings=siblings,
        analysis=view,
        corrections=labels.latest_corrections(labels.correction_log(store, actor, article_id)),
        can_correct=labels.can_correct(actor),
        topics=topic_choices(),
        sentiments=SENTIMENT_LABELS,
    )


@router.post("/articles/{article_id:int}/correct")
def correct_label(
    request: Request,
    article_id: int,
    task: str = Form(...),
    label: str = Form(...),
    actor: Actor = Depends(page_actor_at_least("analyst")),
) -> Response:
    """Record an analyst's sentiment or topic for the article, then show the article.

    The form offers the known labels only: a refusal (a forged form) is the error page."""
    labels.correct_label(get_store(request), actor, article_id, task, label)
    return RedirectResponse(f"/articles/{article_id}#analysis", status_code=303)
