"""Watchlists, alerts, incidents and the audit log (migration 0003)."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Text

from toancanh.store.schema.base import UTCDateTime, keyless_table, ref, table

# A tracked policy or topic: a boolean query and/or linked legal documents and agencies.
watches = table(
    "watches",
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
watch_matches = keyless_table(
    "watch_matches",
    ref("watch_id", "watches", primary_key=True),
    ref("article_id", "articles", primary_key=True, index=True),
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
channels = table(
    "channels",
    Column("name", String(200), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # webhook, email, telegram
    Column("config", Text, nullable=False),  # JSON: url/secret, to, chat_id ...
    Column("enabled", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
)

alert_rules = table(
    "alert_rules",
    ref("watch_id", "watches", nullable=False),
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
alerts = table(
    "alerts",
    ref("rule_id", "alert_rules", ondelete="SET NULL"),
    ref("watch_id", "watches"),
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
deliveries = table(
    "deliveries",
    ref("alert_id", "alerts", nullable=False),
    ref("channel_id", "channels", nullable=False),
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
incidents = table(
    "incidents",
    Column("title", Text, nullable=False),
    ref("alert_id", "alerts", ondelete="SET NULL"),
    ref("watch_id", "watches", ondelete="SET NULL"),
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

incident_members = table(
    "incident_members",
    ref("incident_id", "incidents", nullable=False),
    Column("name", String(200), nullable=False),
    Column("unit", String(200)),
    Column("role", String(200)),
    Index("ix_incident_members_incident", "incident_id"),
)

incident_events = table(
    "incident_events",
    ref("incident_id", "incidents", nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("kind", String(16), nullable=False),  # opened, note, action, status, article, ...
    Column("text", Text, nullable=False),
    Column("author", String(200), nullable=False),
    ref("article_id", "articles", ondelete="SET NULL"),
    Index("ix_incident_events_incident", "incident_id", "at"),
)

incident_articles = keyless_table(
    "incident_articles",
    ref("incident_id", "incidents", primary_key=True),
    ref("article_id", "articles", primary_key=True),
    Column("added_at", UTCDateTime, nullable=False),
)

# Every change an analyst makes, with who, when, before and after (JSON).
audit_log = table(
    "audit_log",
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),  # create, update, delete, ...
    Column("entity", String(32), nullable=False),  # watch, alert_rule, channel, incident ...
    Column("entity_id", String(64)),
    Column("before", Text),
    Column("after", Text),
    Index("ix_audit_log_entity", "entity", "entity_id"),
)
