"""Measuring the article tone on a labelled article set (``toancanh eval sentiment_articles``).

The set is JSONL, one article a line: ``title``, ``lead``, ``body`` (paragraphs separated
by a blank line), ``label`` (positive, neutral, negative) and ``kind`` (clear, mixed,
balanced, title-vs-body, ...). The article is analysed as ingest gives it: the title, then
the lead as the body's first paragraph, then the body.

``pooled_tone`` is the roll-up used before ``article_tone`` (every sentence's
probabilities averaged with the title and the first two sentences weighed more, polar
classes boosted against neutral); it is kept here only to measure the two side by side.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toancanh.analyze.article_tone import article_tone
from toancanh.analyze.document import Document, make_document
from toancanh.analyze.metrics import ClassificationReport, classification_report
from toancanh.analyze.sentiment import SentimentAnalyzer
from toancanh.analyze.sentiment_data import LabelledDataError
from toancanh.analyze.sentiment_text import aligned_match_text
from toancanh.analyze.types import SENTIMENT_LABELS

ROLLUPS = ("article", "pooled")
_POOLED_POSITION = (2.0, 1.5, 1.5)  # the earlier roll-up: title, first two sentences
_POOLED_POLAR_BOOST = 2.0


@dataclass(frozen=True)
class Article:
    title: str
    lead: str
    body: str
    label: str
    kind: str

    def document(self) -> Document:
        return make_document("\n\n".join(p for p in (self.lead, self.body) if p), self.title)


@dataclass(frozen=True)
class ArticleReport:
    report: ClassificationReport
    rollup: str
    kinds: dict[str, tuple[int, int]]  # kind -> (right, total)

    def figures(self) -> dict[str, float]:
        return {"accuracy": self.report.accuracy, "macro_f1": self.report.macro_f1}

    def as_json(self) -> dict[str, Any]:
        return {
            **self.report.as_json(),
            "rollup": self.rollup,
            "per_kind": {
                kind: {"accuracy": right / total, "size": total}
                for kind, (right, total) in self.kinds.items()
            },
        }

    def format(self) -> str:
        lines = [self.report.format(), "", f"roll-up: {self.rollup}", "per kind:"]
        for kind, (right, total) in sorted(self.kinds.items()):
            lines.append(f"  {kind:<26}{right / total:8.3f}  ({right}/{total})")
        return "\n".join(lines)


def read_articles(path: Path) -> list[Article]:
    """The labelled articles of ``path``; ``LabelledDataError`` names a bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise LabelledDataError(f"{path}: cannot read: {error}") from error
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            article = Article(
                str(row.get("title", "")),
                str(row.get("lead", "")),
                str(row.get("body", "")),
                str(row["label"]),
                str(row.get("kind", "")),
            )
        except (ValueError, KeyError, AttributeError) as error:
            raise LabelledDataError(f"{path}:{number}: not an article: {error}") from error
        if article.label not in SENTIMENT_LABELS:
            raise LabelledDataError(
                f"{path}:{number}: label {article.label!r} is not one of {SENTIMENT_LABELS}"
            )
        articles.append(article)
    if not articles:
        raise LabelledDataError(f"{path}: no articles")
    return articles


def evaluate_articles(
    analyzer: SentimentAnalyzer, path: Path, rollup: str = "article"
) -> ArticleReport:
    """Accuracy, macro-F1, per class, confusion and per-kind accuracy of the article tone."""
    if rollup not in ROLLUPS:
        raise ValueError(f"unknown roll-up {rollup!r}; choose one of {ROLLUPS}")
    tone: Callable[[Document], str] = (
        (lambda doc: article_tone(analyzer, doc).label)
        if rollup == "article"
        else (lambda doc: pooled_tone(analyzer, doc))
    )
    articles = read_articles(path)
    predicted = [tone(a.document()) for a in articles]
    kinds: Counter[str] = Counter(a.kind for a in articles)
    right: Counter[str] = Counter(
        a.kind for a, p in zip(articles, predicted, strict=True) if a.label == p
    )
    report = classification_report(
        Path(path).name, [a.label for a in articles], predicted, list(SENTIMENT_LABELS)
    )
    return ArticleReport(report, rollup, {k: (right[k], n) for k, n in kinds.items()})


def pooled_tone(analyzer: SentimentAnalyzer, doc: Document) -> str:
    """The label of the earlier roll-up (see the module docstring)."""
    if not doc.sentences:
        return "neutral"
    results = analyzer.score_sentences(doc.text, aligned_match_text(doc.text), doc.sentences)
    weights = [
        (_POOLED_POSITION[i] if i < len(_POOLED_POSITION) else 1.0) * max(r.probabilities)
        for i, r in enumerate(results)
    ]
    total = sum(weights) or 1.0
    mean: Sequence[float] = [
        sum(w * r.probabilities[k] for w, r in zip(weights, results, strict=True)) / total
        for k in range(3)
    ]
    boosted = [mean[0] * _POOLED_POLAR_BOOST, mean[1], mean[2] * _POOLED_POLAR_BOOST]
    return SENTIMENT_LABELS[max(range(3), key=boosted.__getitem__)]
