"""Extraction quality against a gold set: snippets kept and dropped, titles, outcomes.

A gold set is a directory of saved pages and an ``index.jsonl``, one line per page:

* ``file`` (relative to the directory), ``url``;
* ``must_keep`` (article text a correct extractor keeps) and ``must_drop`` (menus,
  related news, comments it drops), compared after HTML-entity decoding, NFC and
  whitespace collapsing;
* optional: ``title``, ``author``, ``published_at`` (ISO 8601 with offset),
  ``canonical_url``, ``expected`` (``"ok"`` or an ``ExtractError`` reason, default ``"ok"``),
  ``detail`` (the expected error detail), ``content_type`` (the HTTP header to assume).
  A field is checked only when the line has it.

``{{BASE}}`` in pages and fields stands for the fixture server's base URL. Floors
(``eval/floors.toml``, section ``[extraction]``) pin the minimum figures so that a change
cannot silently make extraction worse.
"""

from __future__ import annotations

import html
import json
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from toancanh import floors
from toancanh.domain.ingest import Extracted, FetchedPage
from toancanh.ingest.extract import ExtractError, extract_page
from toancanh.text.normalize import display_form

DEFAULT_BASE = "http://127.0.0.1:8000"
FLOOR_KEYS = ("keep_recall", "drop_rate", "title_accuracy", "outcome_accuracy", "field_accuracy")


@dataclass(frozen=True)
class PageResult:
    file: str
    expected: str
    outcome: str  # "ok" or the ExtractError reason
    kept: int
    keep_total: int
    dropped: int
    drop_total: int
    checked_fields: int  # author, date, canonical URL checked on this page
    correct_fields: int
    title_ok: bool | None  # None when the gold line has no title to compare
    failures: tuple[str, ...]
    seconds: float


@dataclass(frozen=True)
class ExtractionReport:
    pages: tuple[PageResult, ...] = field(default_factory=tuple)

    def _sum(self, name: str) -> int:
        return sum(getattr(page, name) for page in self.pages)

    @property
    def keep_recall(self) -> float:
        return _ratio(self._sum("kept"), self._sum("keep_total"))

    @property
    def drop_rate(self) -> float:
        return _ratio(self._sum("dropped"), self._sum("drop_total"))

    @property
    def title_accuracy(self) -> float:
        judged = [page.title_ok for page in self.pages if page.title_ok is not None]
        return _ratio(sum(judged), len(judged))

    @property
    def outcome_accuracy(self) -> float:
        return _ratio(sum(p.outcome == p.expected for p in self.pages), len(self.pages))

    @property
    def field_accuracy(self) -> float:
        return _ratio(self._sum("correct_fields"), self._sum("checked_fields"))

    @property
    def pages_per_second(self) -> float:
        spent = sum(page.seconds for page in self.pages)
        return len(self.pages) / spent if spent else 0.0

    def figures(self) -> dict[str, float]:
        return {key: round(getattr(self, key), 4) for key in FLOOR_KEYS}

    def as_dict(self) -> dict[str, Any]:
        """Everything, JSON-ready (for ``--json``)."""
        return {
            **self.figures(),
            "kept": self._sum("kept"),
            "keep_total": self._sum("keep_total"),
            "dropped": self._sum("dropped"),
            "drop_total": self._sum("drop_total"),
            "pages_per_second": round(self.pages_per_second, 1),
            "pages": [asdict(page) for page in self.pages],
        }


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 1.0


def normalize_snippet(text: str) -> str:
    """Entities decoded, NFC, whitespace collapsed: how snippets and texts are compared."""
    return " ".join(display_form(html.unescape(text)).split())


def evaluate_extraction(
    data_dir: Path, *, index: Path | None = None, base_url: str = DEFAULT_BASE
) -> ExtractionReport:
    """Run ``extract_page`` on every page of the gold set and score it."""
    index = index or data_dir / "index.jsonl"
    results = []
    for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line.replace("{{BASE}}", base_url))
        except json.JSONDecodeError as err:
            raise ValueError(f"{index}:{number}: not JSON ({err.msg})") from err
        if not isinstance(gold, dict) or not isinstance(gold.get("file"), str):
            raise ValueError(f'{index}:{number}: a gold line needs a "file"')
        results.append(_evaluate_page(data_dir, gold, base_url))
    return ExtractionReport(tuple(results))


def _evaluate_page(data_dir: Path, gold: dict[str, Any], base_url: str) -> PageResult:
    file = str(gold["file"])
    try:
        body = (data_dir / file).read_bytes().replace(b"{{BASE}}", base_url.encode())
    except OSError as err:  # a broken gold set: counted as a page that lost everything
        body = b""
        missing = f"cannot read the page: {err.strerror}"
    else:
        missing = ""
    content_type = str(gold.get("content_type") or "text/html")
    charset = content_type.partition("charset=")[2].strip() or None
    url = str(gold.get("url") or f"{base_url}/{file}")
    page = FetchedPage(url, url, 200, content_type, charset, body, datetime.now(UTC))
    start = time.perf_counter()
    extracted: Extracted | None = None
    try:
        if missing:
            raise ExtractError("missing_file", missing)
        extracted = extract_page(page)
        outcome, detail = "ok", ""
    except ExtractError as err:
        outcome, detail = err.reason, err.detail
    seconds = time.perf_counter() - start
    expected = str(gold.get("expected", "ok"))
    failures: list[str] = []
    if outcome != expected:
        failures.append(f"outcome {outcome} ({detail}), expected {expected}")
    elif "detail" in gold and detail != gold["detail"]:
        failures.append(f"detail {detail!r}, expected {gold['detail']!r}")
    text = normalize_snippet(extracted.text) if extracted else ""
    keep = [normalize_snippet(s) for s in gold.get("must_keep", [])]
    drop = [normalize_snippet(s) for s in gold.get("must_drop", [])]
    failures += [f"lost: {s[:60]}" for s in keep if s not in text]
    failures += [f"kept chrome: {s[:60]}" for s in drop if s in text]
    checked, correct = 0, 0
    field_failures: list[str] = []
    if expected == "ok":
        checked, correct, field_failures = _check_fields(gold, extracted)
    failures += field_failures
    title_ok = None
    if expected == "ok" and gold.get("title"):
        got = normalize_snippet(extracted.title) if extracted else ""
        title_ok = got == normalize_snippet(gold["title"])
        if not title_ok:
            failures.append(f"title {got[:60]!r}")
    return PageResult(
        file=file,
        expected=expected,
        outcome=outcome,
        kept=sum(s in text for s in keep),
        keep_total=len(keep),
        dropped=sum(s not in text for s in drop),
        drop_total=len(drop),
        checked_fields=checked,
        correct_fields=correct,
        title_ok=title_ok,
        failures=tuple(failures),
        seconds=seconds,
    )


def _check_fields(gold: dict[str, Any], got: Extracted | None) -> tuple[int, int, list[str]]:
    """Author, publication date and canonical URL, where the gold line gives them."""
    pairs: list[tuple[str, object, object]] = []
    if "author" in gold:
        pairs.append(("author", gold["author"], got.author if got else None))
    if "published_at" in gold:
        want = datetime.fromisoformat(gold["published_at"]) if gold["published_at"] else None
        pairs.append(("published_at", want, got.published_at if got else None))
    if "canonical_url" in gold:
        pairs.append(("canonical_url", gold["canonical_url"], got.canonical_url if got else None))
    wrong = [
        f"{name} {value!s:.60}, expected {want!s:.60}"
        for name, want, value in pairs
        if value != want
    ]
    return len(pairs), len(pairs) - len(wrong), wrong


def check_floors(report: ExtractionReport, floors_path: Path) -> list[str]:
    """Violations of the ``[extraction]`` floors (an empty list when all are met)."""
    return floors.check_floors(report.figures(), "extraction", floors_path)


def format_report(report: ExtractionReport) -> str:
    """A few lines for humans: the figures, then each page that missed something."""
    d = report.as_dict()
    lines = [
        f"pages              {len(report.pages)} ({d['pages_per_second']} pages/s)",
        f"body kept          {d['kept']}/{d['keep_total']} ({report.keep_recall:.1%})",
        f"chrome dropped     {d['dropped']}/{d['drop_total']} ({report.drop_rate:.1%})",
        f"titles             {report.title_accuracy:.1%}",
        f"outcomes           {report.outcome_accuracy:.1%}",
        f"author/date/canon  {report.field_accuracy:.1%}",
    ]
    for page in report.pages:
        for failure in page.failures:
            lines.append(f"  {page.file}: {failure}")
    return "\n".join(lines)
