"""Sources, articles and what analysis found in them (migrations 0001, 0002, 0005)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
)

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

outlets = table(
    "outlets",
    Column("name", String(200), nullable=False, unique=True),
    Column("domain", String(253)),
    Column("official", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime, nullable=False),
)

sources = table(
    "sources",
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("name", String(300)),
    Column("outlet", String(200)),
    Column("official", Boolean, nullable=False, default=False),
    Column("allow_private", Boolean, nullable=False, default=False),
    Column("interval_seconds", Integer),
    Column("created_at", UTCDateTime, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_checked", UTCDateTime),
    Column("last_success", UTCDateTime),
    Column("last_error", Text),
    Column("last_error_at", UTCDateTime),
    Column("error_streak", Integer, nullable=False, default=0),
    # Scale-out: when a scheduler last queued a poll (claimed atomically, so two
    # schedulers never queue one source twice in one interval).
    Column("last_enqueued_at", UTCDateTime),
)

articles = table(
    "articles",
    Column("url", Text, nullable=False),  # the first URL it was seen at
    Column("canonical_url", Text),
    Column("title", Text, nullable=False),
    Column("author", Text),
    Column("outlet", String(200)),
    ref("source_id", "sources", ondelete="SET NULL"),
    Column("published_at", UTCDateTime),
    Column("fetched_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("origin", String(16), nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    # The story is named after its first article; ``story_id == id`` for that article.
    Column("story_id", Integer, nullable=False),
    # Last: SQLite reads the columns before a long text without touching its overflow pages.
    Column("text", Text, nullable=False),
    Index("ix_articles_published_at", "published_at"),
    Index("ix_articles_story_id", "story_id"),
    Index("ix_articles_outlet_published", "outlet", "published_at"),
)

article_urls = keyless_table(
    "article_urls",
    Column("url", Text, primary_key=True),
    ref("article_id", "articles", nullable=False, index=True),
    Column("first_seen", UTCDateTime, nullable=False),
)

article_signatures = keyless_table(
    "article_signatures",
    ref("article_id", "articles", primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

# One row per LSH band of each article: candidates for near-duplicates share a key.
lsh_keys = keyless_table(
    "lsh_keys",
    Column("key", BigInteger, primary_key=True),
    ref("article_id", "articles", primary_key=True),
)

failures = table(
    "failures",
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("stage", String(16), nullable=False),
    Column("reason", String(64), nullable=False),
    Column("detail", Text),
    Column("permanent", Boolean, nullable=False, default=False),
    Column("url", Text, index=True),
    ref("source_id", "sources", ondelete="SET NULL"),
    Column("file", Text),
    Column("line", Integer),
)

# One row per analysed article: the labels filters need, and the whole result as JSON.
article_analysis = keyless_table(
    "article_analysis",
    ref("article_id", "articles", primary_key=True),
    Column("language", String(8)),
    Column("topic", String(64)),
    Column("topic_score", Float),
    Column("sentiment", String(16), index=True),
    Column("sentiment_score", Float),
    Column("stage", String(16)),
    Column("model_version", String(64), nullable=False),
    Column("analyzed_at", UTCDateTime, nullable=False),
    Column("data", Text, nullable=False),
)

# What an article is about, one row per value, for filters: kind is topic, policy_area,
# agency, place or legal_ref; an agency or place counts under its name and its successor.
article_facets = keyless_table(
    "article_facets",
    Column("kind", String(16), primary_key=True),
    Column("value", String(300), primary_key=True),
    ref("article_id", "articles", primary_key=True, index=True),
)

# Analysts' corrections of a label: training data for the models, with who and when.
label_corrections = table(
    "label_corrections",
    ref("article_id", "articles", nullable=False),
    Column("task", String(16), nullable=False),  # topic or sentiment
    Column("label", String(64), nullable=False),
    Column("previous", String(64)),
    Column("author", String(200), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_label_corrections_task", "task", "at"),
)

# An article's date for trends and lists is its publication date, else when it was first
# stored: indexed as such, so a period of "all articles" is a range scan (migration 0005).
Index("ix_articles_when", func.coalesce(articles.c.published_at, articles.c.created_at))
