"""The store's monitoring side: watches, trends, alerts, incidents and the audit log.

A mixin of ``Store`` (repo.py), kept apart so that each file stays readable. Every change
an analyst makes is written to the audit log in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection

from toancanh.domain import (
    Alert,
    AlertRule,
    ArticleSummary,
    AuditEntry,
    Channel,
    Delivery,
    Incident,
    IncidentMember,
    MatchCandidate,
    Watch,
    WatchSpec,
)
from toancanh.store.sql import alerts as alert_sql
from toancanh.store.sql import audit as audit_sql
from toancanh.store.sql import incidents as incident_sql
from toancanh.store.sql import trends as trend_sql
from toancanh.store.sql import watches as watch_sql
from toancanh.text.normalize import search_form
from toancanh.watch.query import Query

AlertOutcome = Literal["created", "updated", "unchanged"]


def _now() -> datetime:
    return datetime.now(UTC)


def _public(record: object) -> dict[str, Any]:
    data = asdict(record)  # type: ignore[call-overload]
    data.pop("matches", None)
    return data


class MonitoringMixin:
    """Methods of ``Store`` for the early-warning features (see the module docstring)."""

    read: Callable[[], AbstractContextManager[Connection]]
    write: Callable[[], AbstractContextManager[Connection]]

    # -- watches -------------------------------------------------------------------------
    def add_watch(self, spec: WatchSpec, actor: str) -> Watch:
        now = _now()
        with self.write() as conn:
            watch_id = watch_sql.add_watch(conn, spec, now)
            watch = watch_sql.get_watch(conn, watch_id=watch_id)
            assert watch is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="watch",
                entity_id=watch_id,
                before=None,
                after=_public(watch),
                now=now,
            )
        return watch

    def update_watch(self, watch_id: int, spec: WatchSpec, actor: str) -> Watch:
        now = _now()
        with self.write() as conn:
            before = watch_sql.get_watch(conn, watch_id=watch_id)
            if before is None:
                raise KeyError(watch_id)
            watch_sql.update_watch(conn, watch_id, spec, now)
            after = watch_sql.get_watch(conn, watch_id=watch_id)
            assert after is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="update",
                entity="watch",
                entity_id=watch_id,
                before=_public(before),
                after=_public(after),
                now=now,
            )
        return after

    def remove_watch(self, watch_id: int, actor: str) -> bool:
        now = _now()
        with self.write() as conn:
            before = watch_sql.get_watch(conn, watch_id=watch_id)
            if before is None:
                return False
            watch_sql.delete_watch(conn, watch_id)
            audit_sql.record(
                conn,
                actor=actor,
                action="delete",
                entity="watch",
                entity_id=watch_id,
                before=_public(before),
                after=None,
                now=now,
            )
        return True

    def get_watch(self, watch_id: int, *, counted: bool = True) -> Watch | None:
        with self.read() as conn:
            return watch_sql.get_watch(conn, watch_id=watch_id, counted=counted)

    def find_watch(self, name_or_id: str) -> Watch | None:
        """A watch by its name (any case, diacritics optional when that is unambiguous)
        or its id."""
        with self.read() as conn:
            found = watch_sql.get_watch(conn, name=name_or_id)
            if found is None and name_or_id.strip().isdigit():
                found = watch_sql.get_watch(conn, watch_id=int(name_or_id))
            if found is None:
                wanted = search_form(name_or_id).split()
                folded = [
                    w for w in watch_sql.list_watches(conn) if search_form(w.name).split() == wanted
                ]
                found = folded[0] if len(folded) == 1 else None
            return found

    def list_watches(self, *, with_counts: bool = True) -> list[Watch]:
        with self.read() as conn:
            return watch_sql.list_watches(conn, with_counts=with_counts)

    def match_candidates(self, article_ids: Sequence[int]) -> list[MatchCandidate]:
        with self.read() as conn:
            return watch_sql.match_candidates(conn, article_ids)

    def record_matches(self, pairs: Sequence[tuple[int, MatchCandidate]]) -> None:
        if pairs:
            with self.write() as conn:
                watch_sql.add_matches(conn, pairs, _now())

    def replace_matches(self, watch_id: int, article_ids: Sequence[int]) -> int:
        """The watch's matches become exactly these articles (one transaction)."""
        with self.write() as conn:
            watch_sql.clear_matches(conn, watch_id)
            return watch_sql.add_matches_for_ids(conn, watch_id, article_ids, _now())

    def watch_articles(
        self,
        watch_id: int,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """The articles a watch matched (in [since, until) when given), newest first."""
        with self.read() as conn:
            return watch_sql.watch_articles(
                conn, watch_id, since=since, until=until, limit=limit, offset=offset
            )

    def fulltext_ids(self, query: Query) -> list[int]:
        with self.read() as conn:
            return list(watch_sql.fulltext_ids(conn, query))

    def facet_ids(self, kind: str, values: Sequence[str]) -> list[int]:
        with self.read() as conn:
            return watch_sql.facet_ids(conn, kind, values)

    def matched_article_ids(self, watch_id: int) -> set[int]:
        with self.read() as conn:
            return watch_sql.matched_article_ids(conn, watch_id)

    # -- trends --------------------------------------------------------------------------
    def trend_counts(
        self, subject: trend_sql.Subject, *, since: datetime, until: datetime, by: str = "day"
    ) -> list[trend_sql.BucketCount]:
        with self.read() as conn:
            return trend_sql.counts(conn, subject, since=since, until=until, by=by)  # type: ignore[arg-type]

    def top_outlets(
        self, subject: trend_sql.Subject, *, since: datetime, until: datetime, limit: int = 10
    ) -> list[dict[str, Any]]:
        with self.read() as conn:
            return trend_sql.top_outlets(conn, subject, since=since, until=until, limit=limit)

    def top_stories(
        self, subject: trend_sql.Subject, *, since: datetime, until: datetime, limit: int = 10
    ) -> list[dict[str, Any]]:
        with self.read() as conn:
            return trend_sql.top_stories(conn, subject, since=since, until=until, limit=limit)

    def subject_titles(
        self,
        subject: trend_sql.Subject,
        *,
        since: datetime,
        until: datetime,
        limit: int = 20000,
        every: int = 1,
    ) -> list[tuple[datetime, str, int]]:
        with self.read() as conn:
            return trend_sql.titles(
                conn, subject, since=since, until=until, limit=limit, every=every
            )

    def story_tones(
        self, subject: trend_sql.Subject, *, since: datetime, until: datetime
    ) -> list[tuple[int, bool, str | None, int, int]]:
        with self.read() as conn:
            return trend_sql.story_tones(conn, subject, since=since, until=until)

    def story_outlet_counts(
        self, subject: trend_sql.Subject, *, since: datetime, until: datetime
    ) -> list[tuple[int, int, int]]:
        with self.read() as conn:
            return trend_sql.story_outlet_counts(conn, subject, since=since, until=until)

    def story_titles(self, story_ids: Sequence[int]) -> dict[int, str]:
        with self.read() as conn:
            return trend_sql.story_titles(conn, story_ids)

    def watch_daily_counts(
        self, *, since: datetime, until: datetime
    ) -> list[tuple[int, str, int, int]]:
        with self.read() as conn:
            return trend_sql.watch_daily_counts(conn, since=since, until=until)

    def facet_daily_counts(
        self, kinds: Sequence[str], *, since: datetime, until: datetime
    ) -> list[tuple[str, str, str, int, int]]:
        with self.read() as conn:
            return trend_sql.facet_daily_counts(conn, kinds, since=since, until=until)

    def recent_stories(
        self, *, since: datetime, min_outlets: int = 2, limit: int = 200
    ) -> list[dict[str, Any]]:
        with self.read() as conn:
            return trend_sql.recent_stories(conn, since=since, min_outlets=min_outlets, limit=limit)

    # -- channels and rules --------------------------------------------------------------
    def add_channel(self, name: str, kind: str, config: dict[str, Any], actor: str) -> Channel:
        now = _now()
        with self.write() as conn:
            alert_sql.add_channel(conn, name, kind, config, now)
            channel = alert_sql.get_channel(conn, name)
            assert channel is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="channel",
                entity_id=channel.id,
                before=None,
                after=_redacted(channel),
                now=now,
            )
        return channel

    def list_channels(self) -> list[Channel]:
        with self.read() as conn:
            return alert_sql.list_channels(conn)

    def get_channel(self, name: str) -> Channel | None:
        with self.read() as conn:
            return alert_sql.get_channel(conn, name)

    def remove_channel(self, name: str, actor: str) -> bool:
        now = _now()
        with self.write() as conn:
            channel = alert_sql.get_channel(conn, name)
            if channel is None:
                return False
            alert_sql.remove_channel(conn, channel.id)
            audit_sql.record(
                conn,
                actor=actor,
                action="delete",
                entity="channel",
                entity_id=channel.id,
                before=_redacted(channel),
                after=None,
                now=now,
            )
        return True

    def add_rule(
        self,
        *,
        watch_id: int,
        kind: str,
        severity: str,
        params: dict[str, Any],
        cooldown_minutes: int,
        channel_names: Sequence[str],
        actor: str,
    ) -> AlertRule:
        now = _now()
        with self.write() as conn:
            rule_id = alert_sql.add_rule(
                conn,
                watch_id=watch_id,
                kind=kind,
                severity=severity,
                params=params,
                cooldown_minutes=cooldown_minutes,
                channel_names=channel_names,
                now=now,
            )
            rule = alert_sql.get_rule(conn, rule_id)
            assert rule is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="alert_rule",
                entity_id=rule_id,
                before=None,
                after=asdict(rule),
                now=now,
            )
        return rule

    def list_rules(self, watch_id: int | None = None) -> list[AlertRule]:
        with self.read() as conn:
            return alert_sql.list_rules(conn, watch_id)

    def get_rule(self, rule_id: int) -> AlertRule | None:
        with self.read() as conn:
            return alert_sql.get_rule(conn, rule_id)

    def remove_rule(self, rule_id: int, actor: str) -> bool:
        now = _now()
        with self.write() as conn:
            rule = alert_sql.get_rule(conn, rule_id)
            if rule is None:
                return False
            alert_sql.remove_rule(conn, rule_id)
            audit_sql.record(
                conn,
                actor=actor,
                action="delete",
                entity="alert_rule",
                entity_id=rule_id,
                before=asdict(rule),
                after=None,
                now=now,
            )
        return True

    def set_rule_enabled(self, rule_id: int, enabled: bool, actor: str) -> bool:
        now = _now()
        with self.write() as conn:
            rule = alert_sql.get_rule(conn, rule_id)
            if rule is None:
                return False
            alert_sql.set_rule_enabled(conn, rule_id, enabled)
            audit_sql.record(
                conn,
                actor=actor,
                action="enable" if enabled else "disable",
                entity="alert_rule",
                entity_id=rule_id,
                before={"enabled": rule.enabled},
                after={"enabled": enabled},
                now=now,
            )
        return True

    # -- alerts and deliveries -----------------------------------------------------------
    def raise_alert(
        self,
        rule: AlertRule,
        *,
        dedup_key: str,
        severity: str,
        title: str,
        detail: dict[str, Any],
        cooldown_since: datetime,
        is_material: Callable[[Alert], bool],
        channel_ids: Sequence[int],
        now: datetime | None = None,
    ) -> tuple[Alert, AlertOutcome]:
        """One event, one alert: create it, or update the open one with the same key.

        A new alert, or a material change of an open one (``is_material``), gets a new
        version and is queued for every channel; a repeat that changes nothing material
        only moves ``last_at`` (which keeps the cool-down running).
        """
        now = now or _now()
        with self.write() as conn:
            found = alert_sql.open_alert(conn, rule.id, dedup_key, cooldown_since)
            if found is None:
                alert = alert_sql.create_alert(
                    conn,
                    rule=rule,
                    dedup_key=dedup_key,
                    severity=severity,
                    title=title,
                    detail={**detail, "_notified": detail.get("_figure")},
                    now=now,
                )
                outcome: AlertOutcome = "created"
            else:
                material = is_material(found)
                # "_notified": the figure last sent, against which growth is measured.
                notified = detail.get("_figure") if material else found.detail.get("_notified")
                alert = alert_sql.touch_alert(
                    conn,
                    found,
                    severity=severity,
                    title=title,
                    detail={**detail, "_notified": notified},
                    new_version=material,
                    now=now,
                )
                outcome = "updated" if material else "unchanged"
            if outcome != "unchanged":
                alert_sql.queue_deliveries(conn, alert, channel_ids, now)
        return alert, outcome

    def get_alert(self, alert_id: int) -> Alert | None:
        with self.read() as conn:
            return alert_sql.get_alert(conn, alert_id)

    def list_alerts(
        self,
        *,
        since: datetime | None = None,
        status: str | None = None,
        watch_id: int | None = None,
        limit: int = 50,
        offset: int = 0,
        hidden_watch_ids: Sequence[int] = (),
    ) -> list[Alert]:
        with self.read() as conn:
            return alert_sql.list_alerts(
                conn,
                since=since,
                status=status,
                watch_id=watch_id,
                limit=limit,
                offset=offset,
                hidden_watch_ids=hidden_watch_ids,
            )

    def set_alert_status(self, alert_id: int, status: str, actor: str) -> bool:
        now = _now()
        with self.write() as conn:
            alert = alert_sql.get_alert(conn, alert_id)
            if alert is None:
                return False
            alert_sql.set_alert_status(conn, alert_id, status)
            audit_sql.record(
                conn,
                actor=actor,
                action=status,
                entity="alert",
                entity_id=alert_id,
                before={"status": alert.status},
                after={"status": status},
                now=now,
            )
        return True

    def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        with self.read() as conn:
            return alert_sql.due_deliveries(conn, now, limit)

    def record_delivery_attempt(
        self,
        delivery_id: int,
        *,
        status: str,
        error: str | None,
        next_attempt_at: datetime | None,
    ) -> None:
        with self.write() as conn:
            alert_sql.record_attempt(
                conn,
                delivery_id,
                status=status,
                error=error,
                next_attempt_at=next_attempt_at,
                now=_now(),
            )

    def list_deliveries(
        self, *, alert_id: int | None = None, failed_only: bool = False, limit: int = 100
    ) -> list[Delivery]:
        with self.read() as conn:
            return alert_sql.list_deliveries(
                conn, alert_id=alert_id, failed_only=failed_only, limit=limit
            )

    # -- incidents -----------------------------------------------------------------------
    def open_incident(
        self,
        *,
        title: str,
        alert_id: int | None,
        watch_id: int | None,
        severity: str,
        lead: str | None,
        lead_unit: str | None,
        unit: str | None,
        members: Sequence[IncidentMember],
        article_ids: Sequence[int],
        actor: str,
    ) -> Incident:
        now = _now()
        with self.write() as conn:
            incident_id = incident_sql.add_incident(
                conn,
                title=title,
                alert_id=alert_id,
                watch_id=watch_id,
                severity=severity,
                lead=lead,
                lead_unit=lead_unit,
                unit=unit,
                created_by=actor,
                now=now,
            )
            incident_sql.set_members(conn, incident_id, list(members))
            incident_sql.link_articles(conn, incident_id, list(article_ids), now)
            opened = f"opened from alert #{alert_id}" if alert_id else "opened"
            incident_sql.add_event(
                conn, incident_id, kind="opened", text=opened, author=actor, now=now
            )
            incident = incident_sql.get_incident(conn, incident_id)
            assert incident is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="create",
                entity="incident",
                entity_id=incident_id,
                before=None,
                after=_incident_public(incident),
                now=now,
            )
        return incident

    def change_incident(
        self,
        incident_id: int,
        *,
        actor: str,
        event: tuple[str, str] | None = None,
        members: Sequence[IncidentMember] | None = None,
        article_ids: Sequence[int] = (),
        **values: Any,
    ) -> Incident:
        """Change an incident's fields, task force or articles, with a timeline entry."""
        now = _now()
        with self.write() as conn:
            before = incident_sql.get_incident(conn, incident_id)
            if before is None:
                raise KeyError(incident_id)
            if values:
                incident_sql.update_incident(conn, incident_id, **values)
            if members is not None:
                incident_sql.set_members(conn, incident_id, list(members))
            if article_ids:
                incident_sql.link_articles(conn, incident_id, list(article_ids), now)
            if event is not None:
                kind, text = event
                incident_sql.add_event(
                    conn,
                    incident_id,
                    kind=kind,
                    text=text,
                    author=actor,
                    now=now,
                    article_id=article_ids[0] if kind == "article" and article_ids else None,
                )
            after = incident_sql.get_incident(conn, incident_id)
            assert after is not None
            audit_sql.record(
                conn,
                actor=actor,
                action="update",
                entity="incident",
                entity_id=incident_id,
                before=_incident_public(before),
                after=_incident_public(after),
                now=now,
            )
        return after

    def get_incident(self, incident_id: int) -> Incident | None:
        with self.read() as conn:
            return incident_sql.get_incident(conn, incident_id)

    def list_incidents(
        self,
        *,
        status: str | None = None,
        limit: int = 50,
        offset: int = 0,
        units: Sequence[str] | None = None,
    ) -> list[Incident]:
        """Newest first; with ``units``, only incidents of those units or of none."""
        with self.read() as conn:
            return incident_sql.list_incidents(
                conn, status=status, limit=limit, offset=offset, units=units
            )

    def users_version(self) -> int:
        """Bumped by every change a user makes (the audit log), e.g. for page caches."""
        with self.read() as conn:
            return audit_sql.latest_change(conn)

    # -- audit ---------------------------------------------------------------------------
    def audit_entries(
        self,
        *,
        entity: str | None = None,
        entity_id: object = None,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        with self.read() as conn:
            return audit_sql.entries(
                conn,
                entity=entity,
                entity_id=entity_id,
                since=since,
                until=until,
                actor=actor,
                limit=limit,
                offset=offset,
            )


def _redacted(channel: Channel) -> dict[str, Any]:
    """A channel for the audit log, without its secrets."""
    data = asdict(channel)
    data["config"] = {
        key: ("***" if key in ("secret", "token", "password") else value)
        for key, value in channel.config.items()
    }
    return data


def _incident_public(incident: Incident) -> dict[str, Any]:
    data = asdict(incident)
    data.pop("events", None)  # the timeline is its own record of changes
    return data
