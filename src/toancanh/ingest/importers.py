"""Import articles collected elsewhere: JSONL or CSV with the fields

    url, title, text, published_at, outlet, author

Only ``text`` and one of ``url``/``title`` are required. Rows go through the same
normalize → dedupe → analyze → store stages as fetched pages, under the same failure
policy (``toancanh.pipeline``). A bad row is rejected with its line number and the
reason; the rest of the file goes on. A batch the database refuses for a while (locked
by another process, say) is tried again with backoff, then reported as ``unavailable``:
importing the file again brings those rows in. Re-importing a file changes nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from toancanh.analyze.dedupe import content_hash, fingerprint
from toancanh.config import Settings
from toancanh.domain.ingest import ArticleDraft, Failure, RunSummary, Stage, StageError
from toancanh.ingest.import_reader import RejectedRow, iter_records
from toancanh.ingest.pipeline import analyze_draft, clean_text, clean_title, store_drafts
from toancanh.ingest.urls import host_of, normalize_url
from toancanh.pipeline import RetryPolicy, failure_of, is_transient, retrying
from toancanh.store import Store
from toancanh.text.dates import parse_datetime
from toancanh.text.language import detect_language

log = logging.getLogger(__name__)

FIELDS = ("url", "title", "text", "published_at", "outlet", "author")
MAX_TEXT_CHARS = 1_000_000
# Longer is not a real value but a mistake or an attack (a 100,000-character outlet name
# fills every report): the row is refused. Browsers keep URLs under ~2,000 characters;
# a headline is one sentence; an outlet or author is a name.
MAX_CHARS = {"url": 2048, "title": 1000, "outlet": 200, "author": 200}


class RowRejected(StageError):
    stage = Stage.IMPORT


@dataclass
class ImportReport:
    file: str
    summary: RunSummary = field(default_factory=RunSummary)
    rejected: list[RejectedRow] = field(default_factory=list)

    @property
    def rows(self) -> int:
        s = self.summary
        return s.new + s.duplicates + s.unchanged + len(self.rejected)


def _field(record: dict[str, Any], name: str) -> str:
    """A field as text: a string, or a number written out; an object or an array is not
    text (it would be stored as Python's repr) and refuses the row."""
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        kind = "an object" if isinstance(value, dict) else "an array"
        raise RowRejected(f"bad_{name}", f"'{name}' must be text, not {kind}")
    text = value.strip() if isinstance(value, str) else str(value).strip()
    limit = MAX_CHARS.get(name)
    if limit is not None and len(text) > limit:
        raise RowRejected(f"{name}_too_long", f"{len(text):,} characters, at most {limit:,}")
    return text


def _published(record: dict[str, Any]) -> datetime | None:
    value = record.get("published_at")
    if value in (None, ""):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError) as exc:
            raise RowRejected("bad_published_at", f"{value!r}: {exc}") from exc
    parsed = parse_datetime(str(value))
    if parsed is None:
        raise RowRejected(
            "bad_published_at",
            f"{str(value)[:60]!r} is not a date; use ISO 8601 (2024-03-21T08:15:00+07:00), "
            "a Vietnamese form (21/3/2024 08:15) or Unix seconds",
        )
    return parsed


def draft_from_record(
    record: dict[str, Any], outlet_by_host: dict[str, str] | None = None
) -> ArticleDraft:
    """Validate one row and turn it into a draft; ``RowRejected`` says what to fix."""
    text = clean_text(_field(record, "text"))
    if not text:
        raise RowRejected("missing_text", "the 'text' field is required and empty")
    if len(text) > MAX_TEXT_CHARS:
        raise RowRejected("text_too_long", f"{len(text)} characters > {MAX_TEXT_CHARS}")
    raw_url, title = _field(record, "url"), clean_title(_field(record, "title"))
    if not raw_url and not title:
        raise RowRejected("missing_url_and_title", "give at least a 'url' or a 'title'")
    url = normalize_url(raw_url) if raw_url else ""
    if raw_url and not url.startswith(("http://", "https://")):
        raise RowRejected("bad_url", f"{raw_url[:80]!r} is not an http(s) URL")
    language = detect_language(text)
    if language.code not in ("vi", "unknown"):
        raise RowRejected("not_vietnamese", f"language={language.code}")
    host = host_of(url).removeprefix("www.")
    outlet = _field(record, "outlet") or (outlet_by_host or {}).get(host) or host or None
    return ArticleDraft(
        # Rows without a URL get a stable one derived from the text, so re-imports match.
        url=url or f"urn:toancanh:text:{content_hash(text)[:32]}",
        title=title or clean_title(text.split("\n")[0][:120]),  # no space left at the cut
        text=text,
        author=clean_title(_field(record, "author")) or None,
        outlet=outlet,
        published_at=_published(record),
        origin="import",
    )


def import_file(
    store: Store,
    path: Path,
    settings: Settings,
    *,
    on_row: Callable[[int], None] | None = None,
    on_stored: Callable[[list[int]], object] | None = None,
) -> ImportReport:
    """Import every row of ``path``; rejected rows are reported and logged as failures.

    Valid rows are analysed (when ``settings.analyze``) and stored ``store_batch_size``
    at a time, one transaction each; ``on_stored`` gets the ids of each batch's new
    articles (watch matching and alerts).
    """
    report = ImportReport(file=str(path))
    policy = RetryPolicy.from_settings(settings)
    outlet_by_host = {
        o.domain.removeprefix("www."): o.name for o in store.sources.list_outlets() if o.domain
    }
    batch: list[tuple[int, dict[str, Any], ArticleDraft]] = []
    for line_no, record in iter_records(path):
        try:
            if isinstance(record, RejectedRow):
                raise RowRejected(record.reason, record.detail)
            batch.append((line_no, record, draft_from_record(record, outlet_by_host)))
        except StageError as error:
            _reject(store, report, line_no, record, error, policy)
        if len(batch) >= settings.store_batch_size:
            _store_batch(store, report, batch, settings, on_stored)
        if on_row:
            on_row(line_no)
    _store_batch(store, report, batch, settings, on_stored)
    report.rejected.sort(key=lambda r: r.line)
    return report


def _store_batch(
    store: Store,
    report: ImportReport,
    batch: list[tuple[int, dict[str, Any], ArticleDraft]],
    settings: Settings,
    on_stored: Callable[[list[int]], object] | None = None,
) -> None:
    threshold, policy = settings.near_duplicate_threshold, RetryPolicy.from_settings(settings)
    items = [(draft, fingerprint(draft.text, threshold)) for _, _, draft in batch]
    # Rows already stored (re-imports) are not analysed again: analysis is the costly part.
    known_urls = store.articles.known_urls([draft.url for draft, _ in items])
    known_texts = store.articles.known_hashes([fp.content_hash for _, fp in items])
    analyses = []
    for (line_no, record, draft), (_, fp) in zip(batch, items, strict=True):
        analysis = None
        if draft.url not in known_urls and fp.content_hash not in known_texts:
            try:
                analysis = analyze_draft(draft, settings)
            except StageError as error:  # stored without analysis, the failure logged
                _log_failure(store, report.file, line_no, record, error, policy)
        analyses.append(analysis)
    try:
        results = retrying(lambda: store_drafts(store, items, threshold, analyses), policy)
    except Exception as error:  # the rest of the file goes on
        failure = failure_of(error, Stage.STORE)
        if failure.permanent:
            log.exception("cannot store rows of %s", report.file)
        logged = True  # one failed write is enough while the database is down
        for line_no, record, _ in batch:
            logged = _reject(store, report, line_no, record, failure, policy, log_it=logged)
        results = []
    for result in results:
        report.summary.add(result.outcome)
    new_ids = [r.article_id for r in results if r.outcome == "new"]
    if new_ids and on_stored is not None:
        on_stored(new_ids)
    batch.clear()


def _reject(
    store: Store,
    report: ImportReport,
    line_no: int,
    record: dict[str, Any] | RejectedRow,
    error: StageError,
    policy: RetryPolicy,
    *,
    log_it: bool = True,
) -> bool:
    """Report a row as rejected and log it (unless ``log_it`` is false); whether the
    failure log took it."""
    report.summary.add_failure(error.reason)
    report.rejected.append(RejectedRow(line_no, error.reason, error.detail))
    return log_it and _log_failure(store, report.file, line_no, record, error, policy)


def _logged_url(record: dict[str, Any] | RejectedRow) -> str | None:
    """The row's URL for the failure log, if it is one (not an object, not 100 KB)."""
    url = record.get("url") if isinstance(record, dict) else None
    if not isinstance(url, str) or len(url.strip()) > MAX_CHARS["url"]:
        return None
    return url.strip() or None


def _log_failure(
    store: Store,
    file: str,
    line_no: int,
    record: dict[str, Any] | RejectedRow,
    error: StageError,
    policy: RetryPolicy,
) -> bool:
    """Log a row's failure, waiting out a lock as ``policy`` says; with the database
    locked or down past the retries, the report alone keeps it."""
    failure = Failure(
        stage=str(error.stage),
        reason=error.reason,
        detail=error.detail,
        at=datetime.now(UTC),
        url=_logged_url(record),
        file=file,
        line=line_no,
    )
    try:
        retrying(lambda: store.failures.record(failure), policy)
        return True
    except Exception as exc:
        if not is_transient(exc):
            raise
        log.warning("line %s of %s not logged, database unavailable: %s", line_no, file, exc)
        return False
