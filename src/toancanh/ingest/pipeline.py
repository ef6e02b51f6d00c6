"""The ingest stages as plain functions: page → draft → analysis → stored article.

The order, the Celery task of each stage and the failure policy are declared in
``toancanh.pipeline``; the embedded runner, the importer and the Celery tasks call these.
A stage function returns its result or raises a ``StageError`` naming the stage and the
reason; ``store_drafts`` lets database errors through, for the caller's failure policy
to tell a lock (try again) from a bad row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.pipeline import analyze_text, analyzer_options, load_analyzer
from toancanh.analyze.types import Analysis
from toancanh.config import Settings
from toancanh.domain.ingest import (
    ArticleDraft,
    Extracted,
    FeedItem,
    FetchedPage,
    Fingerprint,
    Stage,
    StageError,
    StoreResult,
)
from toancanh.domain.sources import Source
from toancanh.ingest.extract import extract_page
from toancanh.ingest.urls import normalize_url
from toancanh.store import Store
from toancanh.text.normalize import display_form


class NormalizeError(StageError):
    stage = Stage.NORMALIZE


def clean_title(title: str) -> str:
    return " ".join(display_form(title).split())


def clean_text(text: str) -> str:
    """NFC paragraphs separated by one blank line, spaces inside lines collapsed."""
    paragraphs = (" ".join(p.split()) for p in display_form(text).split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


def draft_from_extracted(
    extracted: Extracted,
    *,
    url: str,
    source: Source | None = None,
    item: FeedItem | None = None,
    fetched_at: datetime | None = None,
) -> ArticleDraft:
    """The normalize stage: display forms, one URL spelling, the best known date."""
    text = clean_text(extracted.text)
    if not text:
        raise NormalizeError("empty_text", "nothing left after normalisation")
    feed_title = clean_title(item.title) if item and item.title else ""
    title = clean_title(extracted.title) or feed_title or text[:120]
    canonical = (
        normalize_url(extracted.canonical_url, base=url) if extracted.canonical_url else None
    )
    published = extracted.published_at or (item.published_at if item else None)
    return ArticleDraft(
        url=normalize_url(url),
        canonical_url=canonical,
        title=title,
        text=text,
        author=clean_title(extracted.author) if extracted.author else None,
        outlet=source.outlet if source else None,
        published_at=published,
        fetched_at=fetched_at,
        source_id=source.id if source else None,
        origin="fetch",
    )


def draft_from_page(
    page: FetchedPage,
    *,
    min_text_chars: int,
    source: Source | None = None,
    item: FeedItem | None = None,
) -> ArticleDraft:
    extracted = extract_page(page, min_text_chars=min_text_chars, feed_item=item)
    url = item.url if item else page.url
    return draft_from_extracted(
        extracted, url=url, source=source, item=item, fetched_at=page.fetched_at
    )


class AnalyzeError(StageError):
    stage = Stage.ANALYZE


def analyze_draft(draft: ArticleDraft, settings: Settings) -> Analysis | None:
    """The analysis of a draft, or None when analysis is switched off.

    A failure raises ``AnalyzeError``; the caller stores the article anyway (analysis can
    be redone with ``toancanh reanalyze --missing``).
    """
    if not settings.analyze:
        return None
    try:
        return analyze_text(draft.text, draft.title, load_analyzer(analyzer_options(settings)))
    except Exception as exc:  # a model or library failure must not lose the article
        raise AnalyzeError("analysis_error", f"{type(exc).__name__}: {exc}"[:500]) from exc


def store_draft(store: Store, draft: ArticleDraft, threshold: float) -> StoreResult:
    """Dedupe and store one draft."""
    (result,) = store_drafts(store, [(draft, fingerprint(draft.text, threshold))], threshold)
    return result


def store_drafts(
    store: Store,
    items: Sequence[tuple[ArticleDraft, Fingerprint]],
    threshold: float,
    analyses: Sequence[Analysis | None] | None = None,
) -> list[StoreResult]:
    """The store stage: fingerprinted drafts (with their analyses) deduplicated and stored
    in one transaction. Database errors propagate (``toancanh.pipeline.failure_of`` names
    them)."""
    return store.articles.save_many(items, threshold, analyses)
