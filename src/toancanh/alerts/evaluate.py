"""Evaluating the alert rules as articles arrive, one alert per event.

Each kind of rule (``toancanh.alerts.rules``) has a function that says what it finds now
(an ``AlertEvent``); ``check_alerts`` runs the enabled rules and raises their alerts.

De-duplication: an event has a key (the rule and the day, or the story); while an alert
with that key was seen within the rule's cool-down, a repeat updates it. Only a material
change (the count grew by a quarter, the severity rose, more outlets) makes a new version
that is sent again, so one event is one alert that updates, not fifty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from toancanh.alerts.rules import SEVERITIES
from toancanh.domain.alerts import Alert, AlertRule, ClaimRepeat
from toancanh.domain.claims import VERDICTS
from toancanh.domain.watches import Watch
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.forecast import first_breach, forecast_series
from toancanh.trends.series import bucket_keys, build_points, day_start, local_day
from toancanh.trends.spikes import negative_share_score, volume_score

MATERIAL_GROWTH = 1.25  # a repeat is sent again when its figure grew by a quarter


@dataclass(frozen=True)
class AlertEvent:
    """What a rule found: raised as a new alert or as an update of an open one."""

    rule: AlertRule
    key: str
    severity: str
    title: str
    detail: dict[str, Any]
    figure: float  # the figure whose growth makes a repeat material (count, outlets, ...)


@dataclass
class CheckResult:
    events: list[AlertEvent] = field(default_factory=list)
    alerts: list[tuple[Alert, str]] = field(default_factory=list)  # (alert, outcome)


def _escalate(severity: str, steps: int) -> str:
    index = min(SEVERITIES.index(severity) + steps, len(SEVERITIES) - 1)
    return SEVERITIES[index]


def _subject(watch: Watch) -> Subject:
    return Subject("watch", str(watch.id), watch.name)


def _daily(
    store: Store, watch: Watch, now: datetime, days: int
) -> tuple[list[str], list[int], list[int]]:
    """The watch's last ``days`` days up to today (Vietnam time): keys, totals, negatives."""
    today = local_day(now)
    since = day_start(today - timedelta(days=days))
    until = now + timedelta(seconds=1)
    keys = bucket_keys(since, until, "day")
    points, _ = build_points(
        store.trends.counts(_subject(watch), since=since, until=until, by="day"), keys
    )
    return [p.bucket for p in points], [p.total for p in points], [p.negative for p in points]


def _stories_today(store: Store, watch: Watch, now: datetime) -> list[dict[str, Any]]:
    since = day_start(local_day(now))
    stories = store.trends.top_stories(_subject(watch), since=since, until=now, limit=5)
    return [
        {k: s[k] for k in ("story_id", "title", "size", "outlets", "negative")} for s in stories
    ]


def volume_event(store: Store, rule: AlertRule, watch: Watch, now: datetime) -> AlertEvent | None:
    p = rule.params
    keys, totals, _ = _daily(store, watch, now, int(p["window"]))
    history, observed = totals[:-1], totals[-1]
    if observed < p["min_count"]:
        return None
    baseline, score = volume_score(history, observed)
    if score < p["threshold"]:
        return None
    severity = _escalate(rule.severity, 1) if score >= 2 * p["threshold"] else rule.severity
    return AlertEvent(
        rule=rule,
        key=f"volume_spike:{keys[-1]}",
        severity=severity,
        title=(
            f"Tăng đột biến tin về “{watch.name}”: {observed} tin hôm nay "
            f"(bình thường {baseline:.0f})"
        ),
        detail={
            "day": keys[-1],
            "observed": observed,
            "baseline": round(baseline, 2),
            "score": round(score, 2),
            "stories": _stories_today(store, watch, now),
        },
        figure=observed,
    )


def negative_event(store: Store, rule: AlertRule, watch: Watch, now: datetime) -> AlertEvent | None:
    p = rule.params
    keys, totals, negatives = _daily(store, watch, now, int(p["window"]))
    total, negative = totals[-1], negatives[-1]
    if total < p["min_count"]:
        return None
    baseline, score = negative_share_score(totals[:-1], negatives[:-1], total, negative)
    share = negative / total
    if score < p["threshold"] or share - baseline < p["min_increase"]:
        return None
    return AlertEvent(
        rule=rule,
        key=f"negative_spike:{keys[-1]}",
        severity=_escalate(rule.severity, 1) if share >= 0.75 else rule.severity,
        title=(
            f"Tin tiêu cực về “{watch.name}” tăng: {share:.0%} hôm nay "
            f"(bình thường {baseline:.0%}), {negative}/{total} tin"
        ),
        detail={
            "day": keys[-1],
            "observed": round(share, 4),
            "baseline": round(baseline, 4),
            "score": round(score, 2),
            "negative": negative,
            "total": total,
            "stories": _stories_today(store, watch, now),
        },
        figure=negative,
    )


def forecast_event(store: Store, rule: AlertRule, watch: Watch, now: datetime) -> AlertEvent | None:
    p = rule.params
    keys, totals, _ = _daily(store, watch, now, int(p["history"]))
    history_keys, history = keys[:-1], totals[:-1]  # today is not over: not a full day
    threshold = p["threshold"]
    if threshold is None:  # three times a usual day, and never below ten articles
        usual = sorted(history[-28:])[len(history[-28:]) // 2] if history else 0
        threshold = max(10.0, 3.0 * usual)
    dates = [date.fromisoformat(k) for k in history_keys]
    forecast = forecast_series(dates, [float(v) for v in history], horizon=int(p["horizon"]))
    breach = first_breach(forecast, float(threshold), level=int(p["level"]))
    if breach is None:
        return None
    upper = breach.hi95 if int(p["level"]) == 95 else breach.hi80
    return AlertEvent(
        rule=rule,
        key=f"forecast_breach:{breach.date.isoformat()}",
        severity=rule.severity,
        title=(
            f"Cảnh báo sớm “{watch.name}”: dự báo có thể tới {upper:.0f} tin ngày "
            f"{breach.date:%d/%m} (ngưỡng {threshold:.0f})"
        ),
        detail={
            "date": breach.date.isoformat(),
            "threshold": threshold,
            "expected": round(breach.mean, 2),
            "upper": round(upper, 2),
            "level": int(p["level"]),
            "method": forecast.method,
            "note": forecast.note,
        },
        figure=upper,
    )


def story_outlets_events(
    store: Store, rule: AlertRule, watch: Watch, now: datetime
) -> list[AlertEvent]:
    p = rule.params
    since = now - timedelta(hours=float(p["hours"]))
    found = [
        (story_id, outlets, size)
        for story_id, outlets, size in store.trends.story_outlet_counts(
            _subject(watch), since=since, until=now + timedelta(seconds=1)
        )
        if outlets >= p["outlets"]
    ]
    titles = store.trends.story_titles([s for s, _, _ in found])
    return [
        AlertEvent(
            rule=rule,
            key=f"story_outlets:{story_id}",
            severity=_escalate(rule.severity, 1) if outlets >= 2 * p["outlets"] else rule.severity,
            title=f"“{titles.get(story_id, '')}” lan rộng: {outlets} cơ quan báo chí đưa tin",
            detail={
                "story_id": story_id,
                "outlets": outlets,
                "articles": size,
                "watch": watch.name,
            },
            figure=outlets,
        )
        for story_id, outlets, size in found
    ]


def contradiction_events(
    store: Store, rule: AlertRule, watch: Watch, now: datetime
) -> list[AlertEvent]:
    p = rule.params
    since = now - timedelta(hours=float(p["hours"]))
    stories: dict[int, dict[str, int]] = {}
    for story_id, official, tone, n, _ in store.trends.story_tones(
        _subject(watch), since=since, until=now + timedelta(seconds=1)
    ):
        tally = stories.setdefault(story_id, {"official_ok": 0, "other_negative": 0})
        if official and tone in ("positive", "neutral"):
            tally["official_ok"] += n
        elif not official and tone == "negative":
            tally["other_negative"] += n
    hits = [
        (s, t)
        for s, t in stories.items()
        if t["official_ok"] and t["other_negative"] >= p["min_articles"]
    ]
    titles = store.trends.story_titles([s for s, _ in hits])
    return [
        AlertEvent(
            rule=rule,
            key=f"official_contradicted:{story_id}",
            severity=rule.severity,
            title=(
                f"Thông tin chính thức về “{titles.get(story_id, '')}” bị phản bác: "
                f"{tally['other_negative']} bài tiêu cực từ nguồn khác"
            ),
            detail={"story_id": story_id, **tally, "watch": watch.name},
            figure=tally["other_negative"],
        )
        for story_id, tally in hits
    ]


def claim_repeat_events(
    store: Store, rule: AlertRule, watch: Watch, now: datetime
) -> list[AlertEvent]:
    """One event per claim given a verdict that reappears in the watch's new articles;
    its key is the original claim: new repeats update the alert, the same ones do not."""
    p = rule.params
    found = store.claim_alerts.repeats(
        watch.id,
        since=now - timedelta(hours=float(p["hours"])),
        until=now + timedelta(seconds=1),
        verdicts=list(p["verdicts"]),
    )
    by_original: dict[int, list[ClaimRepeat]] = {}
    for repeat in found:
        by_original.setdefault(repeat.original_id, []).append(repeat)
    events = []
    for original_id, repeats in by_original.items():
        articles = list({r.article_id: r for r in repeats}.values())
        if len(articles) < p["new_articles"]:
            continue
        first = repeats[0]
        outlets = sorted({r.outlet for r in articles if r.outlet})
        label = VERDICTS.get(first.verdict, first.verdict)
        events.append(
            AlertEvent(
                rule=rule,
                key=f"claim_repeat:{original_id}",
                severity=rule.severity,
                title=(
                    f"Thông tin đã kết luận “{label}” xuất hiện lại trong {len(articles)} "
                    f"bài mới: “{first.original_text}”"
                ),
                detail={
                    "claim_id": original_id,
                    "claim": first.original_text,
                    "verdict": first.verdict,
                    "verdict_label": label,
                    "statement_id": first.statement_id,
                    "statement": first.statement_title,
                    "repeat_ids": sorted(r.claim_id for r in repeats),
                    "articles": [
                        {
                            "id": r.article_id,
                            "title": r.article_title,
                            "url": r.url,
                            "outlet": r.outlet,
                            "published_at": r.published_at.isoformat() if r.published_at else None,
                        }
                        for r in articles
                    ],
                    "outlets": outlets,
                    "watch": watch.name,
                },
                figure=len(articles),
            )
        )
    return events


def rule_events(store: Store, rule: AlertRule, watch: Watch, now: datetime) -> list[AlertEvent]:
    """What one rule finds now."""
    if rule.kind == "volume_spike":
        found = volume_event(store, rule, watch, now)
        return [found] if found else []
    if rule.kind == "negative_spike":
        found = negative_event(store, rule, watch, now)
        return [found] if found else []
    if rule.kind == "forecast_breach":
        found = forecast_event(store, rule, watch, now)
        return [found] if found else []
    if rule.kind == "story_outlets":
        return story_outlets_events(store, rule, watch, now)
    if rule.kind == "claim_repeat":
        return claim_repeat_events(store, rule, watch, now)
    return contradiction_events(store, rule, watch, now)


def _is_material(event: AlertEvent) -> Callable[[Alert], bool]:
    def material(previous: Alert) -> bool:
        before = float(previous.detail.get("_notified") or 0.0)
        if SEVERITIES.index(event.severity) > SEVERITIES.index(previous.severity):
            return True
        return event.figure >= before * MATERIAL_GROWTH and event.figure > before

    return material


def _dedup_window(rule: AlertRule) -> timedelta:
    """How long a repeat of an event updates its alert: the cool-down, and for a story at
    least the rule's look-back (the same story stays one alert while the rule sees it)."""
    window = timedelta(minutes=rule.cooldown_minutes)
    if "hours" in rule.params:
        window = max(window, timedelta(hours=float(rule.params["hours"])))
    return window


def check_alerts(
    store: Store,
    *,
    now: datetime | None = None,
    watch_ids: Sequence[int] | None = None,
    kinds: frozenset[str] | None = None,
    notify: bool = True,
) -> CheckResult:
    """Evaluate the enabled rules (of ``watch_ids``, of ``kinds``) and raise their alerts;
    with ``notify`` false nothing is queued for the channels (a replay of the past)."""
    now = now or datetime.now(UTC)
    channel_ids = {c.name: c.id for c in store.channels.list() if c.enabled} if notify else {}
    result = CheckResult()
    rules = [
        r
        for r in store.rules.list()
        if r.enabled
        and (watch_ids is None or r.watch_id in watch_ids)
        and (kinds is None or r.kind in kinds)
    ]
    watches: dict[int, Watch | None] = {}
    for rule in rules:
        if rule.watch_id not in watches:
            watches[rule.watch_id] = store.watches.get(rule.watch_id)
        watch = watches[rule.watch_id]
        if watch is None:
            continue
        for event in rule_events(store, rule, watch, now):
            result.events.append(event)
            alert, outcome = store.alerts.raise_alert(
                rule,
                dedup_key=event.key,
                severity=event.severity,
                title=event.title,
                detail={**event.detail, "_figure": event.figure},
                cooldown_since=now - _dedup_window(rule),
                is_material=_is_material(event),
                channel_ids=[channel_ids[n] for n in rule.channels if n in channel_ids],
                now=now,
            )
            result.alerts.append((alert, outcome))
    return result
