"""The JSON shapes of every record, one place for the CLI's ``--json`` and the HTTP API.

docs/cli.md and docs/api.md document them; both front-ends print these dictionaries as
they are, so a shape changes here or nowhere. Times are ISO 8601 in Vietnam time
(``+07:00``); keys starting with ``_`` in an alert's detail are internal and left out.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from toancanh.domain.accounts import AuditEntry, User
from toancanh.domain.alerts import Alert, AlertRule, Channel, Delivery
from toancanh.domain.articles import Article, ArticleSummary, Correction, SearchHit, Story
from toancanh.domain.commissions import Commission
from toancanh.domain.commissions import Delivery as CommissionDelivery
from toancanh.domain.directory import Person, Unit
from toancanh.domain.incidents import Incident
from toancanh.domain.ingest import Failure
from toancanh.domain.report_schedules import Schedule
from toancanh.domain.report_schedules import Send as ReportSend
from toancanh.domain.sources import Source
from toancanh.domain.statements import Statement
from toancanh.domain.watches import Watch
from toancanh.text.dates import isoformat_local

if TYPE_CHECKING:  # the trend modules need numpy; only their types are used here
    from toancanh.services.commissions import Progress
    from toancanh.trends.emerging import Emerging
    from toancanh.trends.scan import Spike


def iso(value: datetime | None) -> str | None:
    return isoformat_local(value) if value else None


def record(obj: Any, fields: str) -> dict[str, Any]:
    """The named attributes of ``obj``, in order: times in ISO, tuples as lists.

    One rule for every flat record, so a shape is its list of keys and nothing else.
    """
    out: dict[str, Any] = {}
    for name in fields.split():
        value = getattr(obj, name)
        if isinstance(value, datetime):
            value = iso(value)
        elif isinstance(value, (tuple, list)):
            value = list(value)
        out[name] = value
    return out


# -- articles, search, stories, sources, failures --------------------------------------

_SUMMARY = "id url title outlet published_at story_id"


def summary_json(a: ArticleSummary) -> dict[str, Any]:
    return record(a, _SUMMARY)


def article_json(a: Article) -> dict[str, Any]:
    return record(a, f"{_SUMMARY} text author urls canonical_url fetched_at source_id")


def hit_json(h: SearchHit) -> dict[str, Any]:
    return {
        **record(h, "id url title score snippet"),
        "highlights": [list(span) for span in h.highlights],
        **record(h, "outlet published_at"),
        "sentiment": h.sentiment,
        "topic": h.topic,
    }


def story_json(s: Story) -> dict[str, Any]:
    return record(s, "story_id size title article_ids outlets first_published last_published")


def correction_json(c: Correction) -> dict[str, Any]:
    """An analyst's label of an article (``POST /articles/{id}/labels``)."""
    return record(c, "article_id task value previous author")


def source_json(s: Source) -> dict[str, Any]:
    return record(
        s,
        "id url kind name outlet official allow_private interval_seconds last_checked"
        " last_success last_error last_error_at error_streak",
    )


def failure_json(f: Failure) -> dict[str, Any]:
    return record(f, "url stage reason at detail source_id file line")


# -- monitoring ------------------------------------------------------------------------


def watch_json(w: Watch) -> dict[str, Any]:
    return record(
        w,
        "id name query legal_refs agencies description unit shared matches created_at updated_at",
    )


def alert_json(a: Alert) -> dict[str, Any]:
    return {
        **record(a, "id rule_id watch_id kind severity status title"),
        "detail": {k: v for k, v in a.detail.items() if not k.startswith("_")},
        **record(a, "first_at last_at updates version"),
    }


def delivery_json(d: Delivery) -> dict[str, Any]:
    return record(
        d,
        "id alert_id channel alert_version status attempts next_attempt_at last_error"
        " created_at sent_at",
    )


def channel_json(c: Channel) -> dict[str, Any]:
    """A channel with its secrets masked (``***``)."""
    hidden = {"secret", "token", "password"}
    return {
        **record(c, "id name kind"),
        "config": {k: ("***" if k in hidden else v) for k, v in c.config.items()},
        **record(c, "enabled created_at"),
    }


def incident_json(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    for key in ("opened_at", "closed_at"):
        data[key] = isoformat_local(data[key]) if data[key] else None
    data["events"] = [{**e, "at": isoformat_local(e["at"])} for e in data["events"]]
    return data


def statement_json(s: Statement, *, versions: bool = False) -> dict[str, Any]:
    """A statement; with ``versions``, its earlier wordings (``show``)."""
    data = record(
        s,
        "id title text issuer issuer_written spokesperson kind issued_at url legal_refs status "
        "embargo_until withdrawn_reason unit version watch_ids created_by created_at "
        "updated_at published_at",
    )
    if versions:
        data["versions"] = [
            record(v, "version title text note changed_at changed_by") for v in s.versions
        ]
    return data


def unit_json(u: Unit) -> dict[str, Any]:
    return record(u, "id name kind parent_id parent aliases origin people children updated_at")


def person_json(p: Person, today: date, *, public: bool = False) -> dict[str, Any]:
    """A person of the directory; ``stale``: not verified for 12 months. ``public``: the
    official contact only, as the public page and feed show it."""
    if public:
        data = record(p, "name title unit role phone email")
    else:
        data = record(p, "id unit_id unit name title role phone email created_by updated_at")
    data["verified_on"] = p.verified_on.isoformat() if p.verified_on else None
    data["stale"] = p.stale(today)
    return data


def rule_json(r: AlertRule) -> dict[str, Any]:
    return record(
        r, "id watch_id kind severity params cooldown_minutes channels enabled created_at"
    )


def audit_json(e: AuditEntry) -> dict[str, Any]:
    return record(e, "id at actor action entity entity_id before after")


def user_json(u: User) -> dict[str, Any]:
    """An account, without its secrets."""
    return record(
        u, "id email role unit disabled has_password created_at last_login_at locked_until"
    )


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


# -- the claim desk's review -------------------------------------------------------------


def claim_json(c: Any) -> dict[str, Any]:
    """A claim with its review (``domain.claims.Claim``)."""
    from toancanh.domain.claims import VERDICTS

    data = record(
        c,
        "id article_id start end text reasons key status verdict statement_id note reviewer "
        "reviewed_at repeat_of found_at matched_at",
    )
    data["verdict_label"] = VERDICTS.get(c.verdict) if c.verdict else None
    return data


def appearance_json(a: Any) -> dict[str, Any]:
    """An article carrying a claim (``domain.articles.ArticleSummary``)."""
    return {
        "id": a.id,
        "title": a.title,
        "url": a.url,
        "outlet": a.outlet,
        "published_at": iso(a.published_at),
    }


def suggestion_json(s: Any) -> dict[str, Any]:
    return {
        "statement_id": s.statement_id,
        "score": round(s.score, 4),
        "state": s.state,
        "differences": [dict(d) for d in s.differences],
    }


def queue_item_json(item: Any) -> dict[str, Any]:
    """A claim of the review queue (``domain.claim_review.QueueItem``) with its reach and
    how many articles carry its sentence (``appearances``)."""
    reach = item.reach
    return claim_json(item.claim) | {
        "article": {
            "id": item.claim.article_id,
            "title": item.article_title,
            "url": item.article_url,
            "outlet": item.outlet,
            "published_at": iso(item.published_at),
            "story_id": item.story_id,
        },
        "reach": {
            "articles": reach.articles,
            "outlets": reach.outlets,
            "last_day": reach.last_day,
            "day_before": reach.day_before,
            "growth": reach.growth,
            "watchlists": reach.watchlists,
        },
        "suggestions": [suggestion_json(s) for s in item.suggestions],
        "appearances": item.appearances,
    }


# -- press commissioning -----------------------------------------------------------------


def commission_json(c: Commission, done: Progress | None = None) -> dict[str, Any]:
    """An order; with ``done`` its ordered, delivered and accepted counts."""
    out = record(
        c, "id plan_id unit outlet contract_number value criteria watches created_by updated_at"
    )
    out |= {
        "contract_date": c.contract_date.isoformat() if c.contract_date else None,
        "since": c.since.isoformat(),
        "until": c.until.isoformat(),
        "deliverables": [{"kind": d.kind, "count": d.count} for d in c.deliverables],
        "ordered": c.ordered,
    }
    if done is not None:
        out |= {"delivered": done.delivered, "accepted": done.accepted}
    return out


def commission_delivery_json(d: CommissionDelivery) -> dict[str, Any]:
    return record(d, "article_id url title outlet published_at state decided_by decided_at note")


# -- report schedules ----------------------------------------------------------------------


def schedule_json(s: Schedule) -> dict[str, Any]:
    return record(
        s,
        "id kind unit watch watch_id format cadence at weekday channel lang send_when_empty "
        "enabled created_by created_at updated_at last_sent_for",
    )


def report_send_json(s: ReportSend) -> dict[str, Any]:
    return record(
        s,
        "id schedule_id due_for status attempts next_attempt_at error file_name size "
        "created_at sent_at",
    )
