"""The claim desk's verdicts for others to read: schema.org ClaimReview (JSON-LD, as fact
checkers publish them and search engines read them) and CSV, one claim a row.

Only claims given a verdict are exported, with the statement each rests on as far as the
reader may see it. The ClaimReview's ``reviewRating`` carries the Vietnamese label as its
``alternateName`` and the verdict's place on a 1–4 scale (``domain.claim_review.RATING``);
its ``url`` is the cited statement's address, else the claim's page on the dashboard;
its ``author`` the organisation that reviewed: the statement's unit, else its issuer.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.domain.articles import ArticleSummary
from toancanh.domain.claim_review import BEST_RATING, RATING, WORST_RATING
from toancanh.domain.claims import VERDICTS, Claim
from toancanh.domain.statements import Statement
from toancanh.errors import check_choice
from toancanh.shapes import iso
from toancanh.store import Store

FORMATS = ("claimreview", "csv")
ORGANISATION = "Toàn Cảnh"  # the author when a verdict cites no statement of a unit
CSV_COLUMNS = (
    "id",
    "claim",
    "verdict",
    "label",
    "statement_id",
    "statement_url",
    "note",
    "reviewer",
    "reviewed_at",
    "article_id",
    "article_url",
    "appearances",
)


def check_format(value: str) -> str:
    return check_choice(
        value, FORMATS, "unknown export format “{value}”; use {choices}", field="format"
    )


def _reviewed(
    store: Store, actor: Actor, since: datetime | None
) -> list[tuple[Claim, Statement | None, list[ArticleSummary]]]:
    access.require_claim_reader(actor)
    found = store.claims.reviewed(since)
    seen = store.claims.appearances([c.id for c in found])
    out = []
    for claim in found:
        statement = store.statements.get(claim.statement_id) if claim.statement_id else None
        if statement is not None and not access.can_see_statement(actor, statement):
            statement = None
        out.append((claim, statement, seen[claim.id]))
    return out


def _claim_page(base_url: str | None, claim_id: int) -> str:
    return f"{(base_url or '').rstrip('/')}/claims/{claim_id}"


def _appearance(article: ArticleSummary) -> dict[str, Any]:
    return {
        "@type": "CreativeWork",
        "url": article.url,
        "headline": article.title,
        "datePublished": iso(article.published_at),
        "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
    }


def claim_review(
    claim: Claim,
    statement: Statement | None,
    appearances: list[ArticleSummary],
    base_url: str | None = None,
) -> dict[str, Any]:
    """One schema.org ClaimReview."""
    assert claim.verdict is not None
    author = (statement.unit or statement.issuer) if statement else ORGANISATION
    pieces = [_appearance(a) for a in appearances]
    first = pieces[0] if pieces else None
    return {
        "@type": "ClaimReview",
        "@id": _claim_page(base_url, claim.id),
        "claimReviewed": claim.text,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[claim.verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": VERDICTS[claim.verdict],
            "name": claim.verdict,
        },
        "url": (statement.url if statement and statement.url else None)
        or _claim_page(base_url, claim.id),
        "datePublished": iso(claim.reviewed_at),
        "author": {"@type": "Organization", "name": author},
        "reviewBody": claim.note,
        "inLanguage": "vi",
        "itemReviewed": {
            "@type": "Claim",
            "appearance": pieces,
            "firstAppearance": first,
            "datePublished": first["datePublished"] if first else None,
        },
    }


def export_claimreview(
    store: Store, actor: Actor, *, since: datetime | None = None, base_url: str | None = None
) -> dict[str, Any]:
    """The verdicts as one JSON-LD document: ``{"@context", "@graph": [ClaimReview ...]}``."""
    graph = [claim_review(c, s, a, base_url) for c, s, a in _reviewed(store, actor, since)]
    return {"@context": "https://schema.org", "@graph": graph}


def export_csv(store: Store, actor: Actor, *, since: datetime | None = None) -> str:
    """The verdicts as CSV (UTF-8), one row a claim; ``appearances`` joins the URLs with
    spaces."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for claim, statement, appearances in _reviewed(store, actor, since):
        assert claim.verdict is not None
        writer.writerow(
            (
                claim.id,
                claim.text,
                claim.verdict,
                VERDICTS[claim.verdict],
                claim.statement_id or "",
                (statement.url if statement else None) or "",
                claim.note or "",
                claim.reviewer or "",
                iso(claim.reviewed_at) or "",
                claim.article_id,
                next((a.url for a in appearances if a.id == claim.article_id), ""),
                " ".join(a.url for a in appearances),
            )
        )
    return buffer.getvalue()
