"""Tables (SQLAlchemy Core), one module per area. The Alembic migrations create exactly these.

Full-text search needs one engine-specific table that is not declared here: on SQLite the
FTS5 table ``article_fts(title, body)`` (contentless, rowid = article id), on PostgreSQL
``article_search(article_id, document tsvector)``; see ``migrations`` and ``search.py``.
"""

from __future__ import annotations

from toancanh.store.schema.accounts import api_tokens, login_attempts, sessions, users
from toancanh.store.schema.base import UTCDateTime, metadata
from toancanh.store.schema.claims import claim_suggestions, claims, statement_pickups
from toancanh.store.schema.commissions import (
    commission_deliverables,
    commission_items,
    commission_watches,
    commissions,
)
from toancanh.store.schema.content import (
    article_analysis,
    article_facets,
    article_signatures,
    article_urls,
    articles,
    failures,
    label_corrections,
    lsh_keys,
    outlets,
    sources,
)
from toancanh.store.schema.directory import directory_people, directory_units
from toancanh.store.schema.monitoring import (
    alert_rules,
    alerts,
    audit_log,
    channels,
    deliveries,
    incident_articles,
    incident_events,
    incident_members,
    incidents,
    watch_matches,
    watches,
)
from toancanh.store.schema.plans import (
    plan_activities,
    plan_budget_lines,
    plan_kpis,
    plan_policies,
    plan_stages,
    plans,
)
from toancanh.store.schema.reports import report_schedules, report_sends
from toancanh.store.schema.statements import (
    statement_versions,
    statement_watches,
    statements,
)
from toancanh.store.schema.task_forces import (
    task_force_members,
    task_force_notifications,
    task_force_reviews,
)
from toancanh.store.schema.work import announced_items, dead_letters

__all__ = [
    "UTCDateTime",
    "alert_rules",
    "alerts",
    "announced_items",
    "api_tokens",
    "article_analysis",
    "article_facets",
    "article_signatures",
    "article_urls",
    "articles",
    "audit_log",
    "channels",
    "claim_suggestions",
    "claims",
    "commission_deliverables",
    "commission_items",
    "commission_watches",
    "commissions",
    "dead_letters",
    "deliveries",
    "directory_people",
    "directory_units",
    "failures",
    "incident_articles",
    "incident_events",
    "incident_members",
    "incidents",
    "label_corrections",
    "login_attempts",
    "lsh_keys",
    "metadata",
    "outlets",
    "plan_activities",
    "plan_budget_lines",
    "plan_kpis",
    "plan_policies",
    "plan_stages",
    "plans",
    "report_schedules",
    "report_sends",
    "sessions",
    "sources",
    "statement_pickups",
    "statement_versions",
    "statement_watches",
    "statements",
    "task_force_members",
    "task_force_notifications",
    "task_force_reviews",
    "users",
    "watch_matches",
    "watches",
]
