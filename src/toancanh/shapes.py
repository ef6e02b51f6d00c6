"""The JSON shapes of every record, one place for the CLI's ``--json`` and the HTTP API.

docs/cli.md and docs/api.md document them; both front-ends print these dictionaries as
they are, so a shape changes here or nowhere. Times are ISO 8601 in Vietnam time
(``+07:00``); keys starting with ``_`` in an alert's detail are internal and left out.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from toancanh.domain.accounts import AuditEntry, User
from toancanh.domain.alerts import Alert, AlertRule, Channel, Delivery
from toancanh.domain.articles import Article, ArticleSummary, Correction, SearchHit, Story
from toancanh.domain.incidents import Incident
from toancanh.domain.ingest import Failure
from toancanh.domain.sources import Source
from toancanh.domain.watches import Watch
from toancanh.text.dates import isoformat_local

if TYPE_CHECKING:  # the trend modules need numpy; only their types are used here
    from toancanh.trends.emerging import Emerging
    from toancanh.trends.scan import Spike


def iso(value: datetime | None) -> str | None:
    return isoformat_local(value) if value else None


# -- articles, search, stories, sources, failures --------------------------------------


def summary_json(a: ArticleSummary) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published_at": iso(a.published_at),
        "story_id": a.story_id,
    }


def article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published_at": iso(a.published_at),
        "story_id": a.story_id,
        "text": a.text,
        "author": a.author,
        "urls": list(a.urls),
        "canonical_url": a.canonical_url,
        "fetched_at": iso(a.fetched_at),
        "source_id": a.source_id,
    }


def hit_json(h: SearchHit) -> dict[str, Any]:
    return {
        "id": h.id,
        "url": h.url,
        "title": h.title,
        "score": h.score,
        "snippet": h.snippet,
        "highlights": [list(span) for span in h.highlights],
        "outlet": h.outlet,
        "published_at": iso(h.published_at),
    }


def story_json(s: Story) -> dict[str, Any]:
    return {
        "story_id": s.story_id,
        "size": s.size,
        "title": s.title,
        "article_ids": list(s.article_ids),
        "outlets": list(s.outlets),
        "first_published": iso(s.first_published),
        "last_published": iso(s.last_published),
    }


def correction_json(c: Correction) -> dict[str, Any]:
    """An analyst's label of an article (``POST /articles/{id}/labels``)."""
    return {
        "article_id": c.article_id,
        "task": c.task,
        "value": c.value,
        "previous": c.previous,
        "author": c.author,
    }


def source_json(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "url": s.url,
        "kind": s.kind,
        "name": s.name,
        "outlet": s.outlet,
        "official": s.official,
        "allow_private": s.allow_private,
        "interval_seconds": s.interval_seconds,
        "last_checked": iso(s.last_checked),
        "last_success": iso(s.last_success),
        "last_error": s.last_error,
        "last_error_at": iso(s.last_error_at),
        "error_streak": s.error_streak,
    }


def failure_json(f: Failure) -> dict[str, Any]:
    return {
        "url": f.url,
        "stage": f.stage,
        "reason": f.reason,
        "at": iso(f.at),
        "detail": f.detail,
        "source_id": f.source_id,
        "file": f.file,
        "line": f.line,
    }


# -- monitoring ------------------------------------------------------------------------


def watch_json(w: Watch) -> dict[str, Any]:
    return {
        "id": w.id,
        "name": w.name,
        "query": w.query,
        "legal_refs": list(w.legal_refs),
        "agencies": list(w.agencies),
        "description": w.description,
        "unit": w.unit,
        "shared": w.shared,
        "matches": w.matches,
        "created_at": iso(w.created_at),
        "updated_at": iso(w.updated_at),
    }


def alert_json(a: Alert) -> dict[str, Any]:
    return {
        "id": a.id,
        "rule_id": a.rule_id,
        "watch_id": a.watch_id,
        "kind": a.kind,
        "severity": a.severity,
        "status": a.status,
        "title": a.title,
        "detail": {k: v for k, v in a.detail.items() if not k.startswith("_")},
        "first_at": iso(a.first_at),
        "last_at": iso(a.last_at),
        "updates": a.updates,
        "version": a.version,
    }


def delivery_json(d: Delivery) -> dict[str, Any]:
    return {
        "id": d.id,
        "alert_id": d.alert_id,
        "channel": d.channel,
        "alert_version": d.alert_version,
        "status": d.status,
        "attempts": d.attempts,
        "next_attempt_at": iso(d.next_attempt_at),
        "last_error": d.last_error,
        "created_at": iso(d.created_at),
        "sent_at": iso(d.sent_at),
    }


def channel_json(c: Channel) -> dict[str, Any]:
    """A channel with its secrets masked (``***``)."""
    hidden = {"secret", "token", "password"}
    return {
        "id": c.id,
        "name": c.name,
        "kind": c.kind,
        "config": {k: ("***" if k in hidden else v) for k, v in c.config.items()},
        "enabled": c.enabled,
        "created_at": iso(c.created_at),
    }


def incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    for key in ("opened_at", "closed_at"):
        data[key] = isoformat_local(data[key]) if data[key] else None
    data["events"] = [{**e, "at": isoformat_local(e["at"])} for e in data["events"]]
    return data


def rule_json(r: AlertRule) -> dict[str, Any]:
    return {
        "id": r.id,
        "watch_id": r.watch_id,
        "kind": r.kind,
        "severity": r.severity,
        "params": r.params,
        "cooldown_minutes": r.cooldown_minutes,
        "channels": list(r.channels),
        "enabled": r.enabled,
        "created_at": iso(r.created_at),
    }


def audit_json(e: AuditEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "at": iso(e.at),
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "before": e.before,
        "after": e.after,
    }


def user_json(u: User) -> dict[str, Any]:
    """An account, without its secrets."""
    return {
        "id": u.id,
        "email": u.email,
        "role": u.role,
        "unit": u.unit,
        "disabled": u.disabled,
        "has_password": u.has_password,
        "created_at": iso(u.created_at),
        "last_login_at": iso(u.last_login_at),
        "locked_until": iso(u.locked_until),
    }


def _story_json(story: dict[str, Any]) -> dict[str, Any]:
    return {
        **story,
        "first_published": iso(story.get("first_published")),
        "last_published": iso(story.get("last_published")),
    }


def spike_json(s: Spike) -> dict[str, Any]:
    return {
        "subject": asdict(s.subject),
        "metric": s.metric,
        "day": s.day.isoformat(),
        "baseline": s.baseline,
        "observed": s.observed,
        "score": s.score,
        "count": s.count,
        "stories": [_story_json(x) for x in s.stories],
    }


def emerging_json(found: Emerging) -> dict[str, Any]:
    return {
        "since": iso(found.since),
        "stories": [
            {
                **asdict(s),
                "score": round(s.score, 3),
                "first_published": iso(s.first_published),
                "last_published": iso(s.last_published),
            }
            for s in found.stories
        ],
        "terms": [asdict(t) for t in found.terms],
    }
