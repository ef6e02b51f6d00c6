"""Statements from elsewhere: a JSONL or CSV file (``toancanh statements import``), or a
stored article from an official source (``toancanh statements promote``).

Each row goes through ``services.statements.add_statement``, so it is validated, resolved
and audited like one typed in; the file is read by the import reader, which refuses what
a hostile file holds (over-long lines, broken encodings) row by row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.statements import Statement, StatementSpec
from toancanh.errors import Conflict, Invalid, NotFound
from toancanh.ingest.import_reader import RejectedRow, iter_records
from toancanh.services import pickup
from toancanh.services.statements import add_statement, duplicate_of
from toancanh.store import Store
from toancanh.text.dates import parse_datetime


@dataclass(frozen=True)
class RowOutcome:
    line: int
    reason: str


@dataclass
class ImportReport:
    imported: list[int]  # the new statements' ids
    skipped: list[RowOutcome]  # registered already
    rejected: list[RowOutcome]  # cannot be read or used


REQUIRED = ("title", "text", "issuer", "issued_at")


def import_file(store: Store, actor: Actor, path: Path) -> ImportReport:
    """Register the statements of a JSONL or CSV file: ``title, text, issuer, issued_at``
    required; ``url, kind, spokesperson, status`` (draft or published, default published)
    and ``embargo_until`` optional. A row already registered (same URL, or same title,
    issuer and time) is skipped; a row that cannot be used is rejected with its line."""
    access.require_role(actor, "analyst")
    report = ImportReport([], [], [])
    published: list[int] = []
    for line, record in iter_records(path):
        if isinstance(record, RejectedRow):
            report.rejected.append(RowOutcome(line, f"{record.reason}: {record.detail}"))
            continue
        try:
            spec, status = row_spec(record)
            duplicate = duplicate_of(store, spec)
            if duplicate is not None:
                report.skipped.append(RowOutcome(line, f"duplicate of statement #{duplicate}"))
                continue
            added = add_statement(store, actor, spec, status=status, scan=False)
            report.imported.append(added.id)
            if added.status == "published":
                published.append(added.id)
        except Invalid as error:
            report.rejected.append(RowOutcome(line, error.message))
    if published:  # one pass over the stored articles for all of them
        pickup.after_publish(store, published)
    return report


def row_spec(record: dict[str, Any]) -> tuple[StatementSpec, str]:
    """A file's row as a statement and its status, or ``Invalid`` saying what is wrong."""
    values = {k: str(v).strip() for k, v in record.items() if v is not None and str(v).strip()}
    missing = [name for name in REQUIRED if name not in values]
    if missing:
        raise Invalid("missing {names}", names=", ".join(missing))
    status = values.get("status", "published")
    if status not in ("draft", "published"):
        raise Invalid(
            "a new statement is a draft or published, not “{value}”", field="status", value=status
        )
    spec = StatementSpec(
        title=values["title"],
        text=values["text"],
        issuer=values["issuer"],
        issued_at=_date(values["issued_at"], "issued_at"),
        kind=values.get("kind", "press_release"),
        spokesperson=values.get("spokesperson"),
        url=values.get("url"),
        embargo_until=_date(values["embargo_until"], "embargo_until")
        if "embargo_until" in values
        else None,
    )
    return spec, status


def _date(value: str, name: str) -> datetime:
    parsed = parse_datetime(value)
    if parsed is None:
        raise Invalid(
            "{name}: “{value}” is not a date; use 2026-10-01T09:00+07:00",
            field=name,
            name=name,
            value=value,
        )
    return parsed


def promote_article(
    store: Store,
    actor: Actor,
    article_id: int,
    *,
    issuer: str | None = None,
    kind: str = "press_release",
) -> Statement:
    """Register a stored article from an official source as a draft statement: its title,
    text, URL and publication time; the issuer given, else its outlet's body."""
    access.require_role(actor, "analyst")
    article = store.articles.get(article_id)
    if article is None:
        raise NotFound("no article #{article_id}", article_id=article_id)
    if not _official(store, article.source_id, article.outlet):
        raise Invalid(
            "article #{article_id} is not from an official source",
            field="article_id",
            article_id=article_id,
        )
    issued = article.published_at or article.fetched_at
    if issued is None:
        raise Invalid(
            "article #{article_id} has no date", field="article_id", article_id=article_id
        )
    spec = StatementSpec(
        title=article.title,
        text=article.text,
        issuer=issuer or article.outlet or "",
        issued_at=issued,
        kind=kind,
        url=article.url,
    )
    duplicate = duplicate_of(store, spec)
    if duplicate is not None:
        raise Conflict(
            "article #{article_id} is statement #{statement_id} already",
            article_id=article_id,
            statement_id=duplicate,
        )
    return add_statement(store, actor, spec)


def _official(store: Store, source_id: int | None, outlet: str | None) -> bool:
    source = store.sources.get(source_id) if source_id is not None else None
    if source is not None and source.official:
        return True
    return any(o.official and o.name == outlet for o in store.sources.list_outlets())
