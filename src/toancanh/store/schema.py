"""Tables (SQLAlchemy Core). The Alembic migrations create exactly these.

Full-text search needs one engine-specific table that is not declared here: on SQLite the
FTS5 table ``article_fts(title, body)`` (contentless, rowid = article id), on PostgreSQL
``article_search(article_id, document tsvector)``; see ``migrations`` and ``search.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC in every engine; read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; attach a timezone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()

outlets = Table(
    "outlets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("domain", String(253)),
    Column("official", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
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
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),  # the first URL it was seen at
    Column("canonical_url", Text),
    Column("title", Text, nullable=False),
    Column("author", Text),
    Column("outlet", String(200)),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
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

article_urls = Table(
    "article_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("first_seen", UTCDateTime, nullable=False),
)

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

# One row per LSH band of each article: candidates for near-duplicates share a key.
lsh_keys = Table(
    "lsh_keys",
    metadata,
    Column("key", BigInteger, primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("stage", String(16), nullable=False),
    Column("reason", String(64), nullable=False),
    Column("detail", Text),
    Column("permanent", Boolean, nullable=False, default=False),
    Column("url", Text, index=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="SET NULL")),
    Column("file", Text),
    Column("line", Integer),
)

# One row per analysed article: the labels filters need, and the whole result as JSON.
article_analysis = Table(
    "article_analysis",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
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
article_facets = Table(
    "article_facets",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("value", String(300), primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

# Analysts' corrections of a label: training data for the models, with who and when.
label_corrections = Table(
    "label_corrections",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("task", String(16), nullable=False),  # topic or sentiment
    Column("label", String(64), nullable=False),
    Column("previous", String(64)),
    Column("author", String(200), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_label_corrections_task", "task", "at"),
)
