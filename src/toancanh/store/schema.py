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
    func,
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
    # Scale-out: when a scheduler last queued a poll (claimed atomically, so two
    # schedulers never queue one source twice in one interval).
    Column("last_enqueued_at", UTCDateTime),
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

# -- watchlists, alerts, incidents, audit (migration 0003) ---------------------------------

# A tracked policy or topic: a boolean query and/or linked legal documents and agencies.
watches = Table(
    "watches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("query", Text),  # the boolean query as the user wrote it
    Column("legal_refs", Text, nullable=False, default="[]"),  # JSON: canonical numbers/titles
    Column("agencies", Text, nullable=False, default="[]"),  # JSON: full names of bodies
    Column("description", Text),
    Column("unit", String(200)),  # the unit that owns it (web accounts); None: everyone's
    Column("shared", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# Which articles a watch matched, with what trends count (copied, with the article's
# outlet and story, so that a year of one watch is one index range scan, no join).
watch_matches = Table(
    "watch_matches",
    metadata,
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "article_id",
        Integer,
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("published_at", UTCDateTime, nullable=False),
    # The Vietnam-time day of published_at as YYYYMMDD: daily trends group on it without
    # a date function per row, in index order.
    Column("day", Integer, nullable=False),
    Column("sentiment", String(16)),
    Column("official", Boolean, nullable=False, default=False),
    Column("outlet", String(200)),
    Column("story_id", Integer, nullable=False),
    Column("matched_at", UTCDateTime, nullable=False),
    Index(
        "ix_watch_matches_watch_day",
        "watch_id",
        "day",
        "sentiment",
        "official",
        "outlet",
        "story_id",
        "published_at",
    ),
)

# Where alerts go: a webhook, an e-mail address, a Telegram chat.
channels = Table(
    "channels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # webhook, email, telegram
    Column("config", Text, nullable=False),  # JSON: url/secret, to, chat_id ...
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

alert_rules = Table(
    "alert_rules",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("params", Text, nullable=False, default="{}"),  # JSON: thresholds
    Column("cooldown_minutes", Integer, nullable=False),
    Column("channels", Text, nullable=False, default="[]"),  # JSON: channel names
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_alert_rules_watch", "watch_id"),
)

# One alert per event: a repeat of the same event (same rule and key, within the cool-down)
# updates it (``updates``, ``version``) instead of raising another.
alerts = Table(
    "alerts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("rule_id", Integer, ForeignKey("alert_rules.id", ondelete="SET NULL")),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE")),
    Column("kind", String(32), nullable=False),
    Column("dedup_key", String(200), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),  # active, acknowledged, resolved
    Column("title", Text, nullable=False),
    Column("detail", Text, nullable=False),  # JSON: baseline, observed, score, stories ...
    Column("first_at", UTCDateTime, nullable=False),
    Column("last_at", UTCDateTime, nullable=False),
    Column("updates", Integer, nullable=False, default=0),
    Column("version", Integer, nullable=False, default=1),
    Index("ix_alerts_rule_key", "rule_id", "dedup_key", "last_at"),
    Index("ix_alerts_last_at", "last_at"),
)

# Each alert version to each channel: retried with backoff, never silently dropped.
deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("alert_id", Integer, ForeignKey("alerts.id", ondelete="CASCADE"), nullable=False),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), nullable=False),
    Column("alert_version", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # pending, sent, failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime),
    Column("last_error", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
    Index("ix_deliveries_alert", "alert_id"),
)

# A communication crisis being handled: a lead, a task force, a timeline, linked articles.
incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("alert_id", Integer, ForeignKey("alerts.id", ondelete="SET NULL")),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="SET NULL")),
    Column("severity", String(16), nullable=False),
    Column("status", String(16), nullable=False),  # open, responding, monitoring, closed
    Column("lead", String(200)),
    Column("lead_unit", String(200)),
    Column("unit", String(200)),  # the owning unit (web accounts)
    Column("opened_at", UTCDateTime, nullable=False),
    Column("closed_at", UTCDateTime),
    Column("summary", Text),
    Column("closing_trend", Text),  # JSON: the trend before and after
    Column("created_by", String(200), nullable=False),
    Index("ix_incidents_status", "status", "opened_at"),
)

incident_members = Table(
    "incident_members",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("unit", String(200)),
    Column("role", String(200)),
    Index("ix_incident_members_incident", "incident_id"),
)

incident_events = Table(
    "incident_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("kind", String(16), nullable=False),  # opened, note, action, status, article, ...
    Column("text", Text, nullable=False),
    Column("author", String(200), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
    Index("ix_incident_events_incident", "incident_id", "at"),
)

incident_articles = Table(
    "incident_articles",
    metadata,
    Column(
        "incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("added_at", UTCDateTime, nullable=False),
)

# Every change an analyst makes, with who, when, before and after (JSON).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),  # create, update, delete, ...
    Column("entity", String(32), nullable=False),  # watch, alert_rule, channel, incident ...
    Column("entity_id", String(64)),
    Column("before", Text),
    Column("after", Text),
    Index("ix_audit_log_entity", "entity", "entity_id"),
)

# -- accounts (migration 0004) -------------------------------------------------------------

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False, unique=True),  # stored lowercase
    Column("password_hash", Text),  # argon2; None: the account signs in with tokens only
    Column("role", String(16), nullable=False),  # admin, analyst, viewer
    Column("unit", String(200)),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("failed_logins", Integer, nullable=False, default=0),  # in a row
    Column("locked_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_login_at", UTCDateTime),
)

# API tokens: only a SHA-256 of each is kept; the token is shown once, when created.
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(200)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("last_used_at", UTCDateTime),
    Index("ix_api_tokens_user", "user_id"),
)

# Browser sessions: the cookie holds a random id, the table its SHA-256 and a CSRF token.
sessions = Table(
    "sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index("ix_sessions_user", "user_id"),
)

# Every sign-in attempt, for rate limiting by address and by account.
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("ip", String(64), nullable=False),
    Column("email", String(320), nullable=False),
    Column("success", Boolean, nullable=False),
    Index("ix_login_attempts_ip", "ip", "at"),
    Index("ix_login_attempts_email", "email", "at"),
)

# An article's date for trends and lists is its publication date, else when it was first
# stored: indexed as such, so a period of "all articles" is a range scan (migration 0005).
Index("ix_articles_when", func.coalesce(articles.c.published_at, articles.c.created_at))


# Scale-out: tasks that could not complete (a crash, or retries exhausted), kept with
# their arguments so that `toancanh replay-dead` can send them again.
dead_letters = Table(
    "dead_letters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("task", String(100), nullable=False),
    Column("arguments", Text, nullable=False),  # JSON: the task's keyword arguments
    Column("url", Text),
    Column("reason", String(100), nullable=False),
    Column("detail", Text),
    Column("attempts", Integer, nullable=False),
    Column("failed_at", UTCDateTime, nullable=False, index=True),
    Column("replayed_at", UTCDateTime),
    Column("discarded_at", UTCDateTime),  # handled without resending
)

# The items each source listed and that were queued (scale-out) or followed (embedded):
# an item not stored `requeue_after` seconds after it was queued is queued again at the
# next poll, whatever the feed's cache headers say (a broker restarted without
# persistence loses its queues, and the feed then answers 304), and `toancanh status`
# counts such items. A row whose URL is stored is removed at the source's next poll.
announced_items = Table(
    "announced_items",
    metadata,
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Column("url", Text, primary_key=True),
    Column("title", Text),
    Column("published_at", UTCDateTime),
    Column("author", Text),
    Column("announced_at", UTCDateTime, nullable=False),
    Column("queued_at", UTCDateTime, nullable=False, index=True),
)
