"""Analyses of articles, their facets, and analysts' corrections (labels)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from toancanh.analyze.types import Analysis
from toancanh.store.database import Database, utcnow
from toancanh.store.sql import analysis as analysis_sql


@dataclass
class AnalysisRepository:
    db: Database

    def save_many(self, analyses: Sequence[tuple[int, Analysis]]) -> None:
        """Store (or replace) the analyses of stored articles, in one transaction."""
        with self.db.write() as conn:
            for article_id, analysis in analyses:
                analysis_sql.save_analysis(conn, article_id, analysis, utcnow())

    def get(self, article_id: int) -> dict[str, Any] | None:
        with self.db.read() as conn:
            return analysis_sql.get_analysis(conn, article_id)

    def ids_to_analyze(
        self, *, missing_only: bool = True, model_version: str | None = None
    ) -> list[int]:
        with self.db.read() as conn:
            return analysis_sql.article_ids_to_analyze(
                conn, missing_only=missing_only, model_version=model_version
            )

    def count(self) -> int:
        """How many articles have an analysis."""
        with self.db.read() as conn:
            return analysis_sql.count_analysed(conn)

    def correct(self, article_id: int, task: str, label: str, author: str) -> str | None:
        """Record an analyst's label; returns the label it replaces (None if none)."""
        with self.db.change(author, "label", "article", article_id) as change:
            previous = _current_label(analysis_sql.get_analysis(change.conn, article_id), task)
            analysis_sql.record_correction(
                change.conn, article_id, task, label, previous, author, change.now
            )
            analysis_sql.apply_correction(change.conn, article_id, task, label)
            change.before, change.after = {task: previous}, {task: label}
        return previous

    def correction_log(self, article_id: int) -> list[dict[str, Any]]:
        """Who corrected what on an article, and when (oldest first)."""
        with self.db.read() as conn:
            return analysis_sql.correction_log(conn, article_id)

    def corrections(self, task: str) -> list[tuple[str, str]]:
        with self.db.read() as conn:
            return analysis_sql.corrections(conn, task)

    def facet_counts(self, kind: str, limit: int = 50) -> list[tuple[str, int]]:
        with self.db.read() as conn:
            return analysis_sql.facet_counts(conn, kind, limit)

    def sentiment_counts(self) -> dict[str, int]:
        with self.db.read() as conn:
            return analysis_sql.sentiment_counts(conn)


def _current_label(analysis: dict[str, Any] | None, task: str) -> str | None:
    if not analysis:
        return None
    if task in (analysis.get("corrected") or {}):
        return str(analysis["corrected"][task])
    if task == "sentiment":
        return (analysis.get("sentiment") or {}).get("label")
    topics = analysis.get("topics") or []
    return topics[0]["label"] if topics else None
