"""The claim desk and statement pickup (migration 0009).

``claims``: the check-worthy sentences found in stored articles, with their offsets in
``articles.text`` and the review state a person moves them through. ``claim_suggestions``:
the statements a claim was matched to, each accepted or rejected by a reviewer.
``statement_pickups``: the monitored articles that carry a published statement, found when
the article is stored (or by a scan), so that a statement's pickup is one indexed read.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, String, Text, UniqueConstraint

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

claims = table(
    "claims",
    ref("article_id", "articles", nullable=False),
    Column("start", Integer, nullable=False),  # character offsets in articles.text
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reasons", String(200), nullable=False),  # JSON list: figure, date, rule, ...
    # match_form of the sentence, hashed: the same claim in several articles groups here
    Column("key", String(64), nullable=False),
    Column("status", String(16), nullable=False, default="new"),  # new, in_review, verdict
    Column("verdict", String(16)),  # true, false, misleading, unproven
    ref("statement_id", "statements", ondelete="SET NULL"),  # the statement a verdict cites
    Column("note", Text),
    Column("reviewer", String(320)),
    Column("reviewed_at", UTCDateTime),
    # A claim that repeats one already given a verdict (the repeat alert names it).
    ref("repeat_of", "claims", ondelete="SET NULL"),
    Column("found_at", UTCDateTime, nullable=False),
    Column("matched_at", UTCDateTime),  # when suggestions were last computed
    UniqueConstraint("article_id", "start", name="uq_claims_article_start"),
    Index("ix_claims_key", "key"),
    Index("ix_claims_status_found", "status", "found_at"),
)

claim_suggestions = keyless_table(
    "claim_suggestions",
    ref("claim_id", "claims", primary_key=True),
    ref("statement_id", "statements", primary_key=True, index=True),
    Column("score", Float, nullable=False),
    Column("differences", Text, nullable=False, default="[]"),  # JSON [{kind, claim, statement}]
    Column("state", String(16), nullable=False, default="suggested"),  # accepted, rejected
)

statement_pickups = keyless_table(
    "statement_pickups",
    ref("statement_id", "statements", primary_key=True),
    ref("article_id", "articles", primary_key=True, index=True),
    Column("score", Float, nullable=False),
    Column("differences", Text, nullable=False, default="[]"),  # JSON, as in suggestions
    Column("outlet", String(200)),  # the article's, for counting outlets without a join
    Column("published_at", UTCDateTime),  # the article's
    Index("ix_statement_pickups_statement_published", "statement_id", "published_at"),
)
