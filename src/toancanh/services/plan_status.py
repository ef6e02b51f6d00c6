"""What a plan delivers: its KPIs measured from the monitored press, its budget's totals,
its activities by status, its commissions; and the yearly calendar across units.

A KPI tied to a watchlist is measured over its period from the watchlist's matches, read
once per watchlist and period as counts per day (one index range scan, whatever the
number of KPIs on it), then summed in Python, with its trend by week (Monday → value):

* ``volume``: the matched articles;
* ``official_share``: the share of them from official outlets or sources (0..1);
* ``net_sentiment``: (positive − negative) / all (−1..1);
* ``negative_share``: negative / all (0..1);
* ``statement_pickup``: the articles carrying a statement linked to the watchlist;
* ``deliveries``: the commissioned items accepted, from press commissioning
  (``delivered_items``: not available yet, the value stays empty with a note);
* ``manual``: the value typed in, with its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from toancanh.access import Actor
from toancanh.domain.plans import (
    ACTIVITY_STATUSES,
    LOWER_IS_BETTER,
    Activity,
    DayCounts,
    Kpi,
    Measure,
    Plan,
)
from toancanh.services import commissions
from toancanh.services.plans import get_plan, list_plans
from toancanh.store import Store
from toancanh.text.dates import to_local

VIETNAM = timedelta(hours=7)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(since: date, until: date) -> list[date]:
    first, weeks = _monday(since), []
    while first <= until:
        weeks.append(first)
        first += timedelta(days=7)
    return weeks


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


# Each metric from the summed counts (total, official, positive, negative).
FROM_COUNTS: dict[str, Callable[[int, int, int, int], float | None]] = {
    "volume": lambda t, o, p, n: float(t),
    "official_share": lambda t, o, p, n: _ratio(o, t),
    "net_sentiment": lambda t, o, p, n: _ratio(p - n, t),
    "negative_share": lambda t, o, p, n: _ratio(n, t),
}


def _from_days(metric: str, days: list[DayCounts], kpi: Kpi) -> Measure:
    compute = FROM_COUNTS[metric]
    per_week: dict[date, list[int]] = {w: [0, 0, 0, 0] for w in _weeks(kpi.since, kpi.until)}
    whole = [0, 0, 0, 0]
    for d in days:
        if not kpi.since <= d.day <= kpi.until:
            continue
        counts = (d.total, d.official, d.positive, d.negative)
        week = per_week[_monday(d.day)]
        for i, c in enumerate(counts):
            week[i] += c
            whole[i] += c
    trend = [(w, compute(*c)) for w, c in per_week.items()]
    return Measure(compute(*whole), trend)


def _utc_bounds(since: date, until: date) -> tuple[datetime, datetime]:
    start = datetime.combine(since, time(), UTC) - VIETNAM
    return start, datetime.combine(until + timedelta(days=1), time(), UTC) - VIETNAM


def _pickups(days: dict[int, int], kpi: Kpi) -> Measure:
    per_week = {w: 0 for w in _weeks(kpi.since, kpi.until)}
    for number, count in days.items():
        day = date(number // 10000, number // 100 % 100, number % 100)
        if kpi.since <= day <= kpi.until:
            per_week[_monday(day)] += count
    return Measure(float(sum(per_week.values())), [(w, float(c)) for w, c in per_week.items()])


@dataclass
class Monitoring:
    """What a plan's KPIs read from monitoring, in two queries for all of them: matches
    per watchlist and day, and pickups of the watchlists' statements per day."""

    counts: dict[int, list[DayCounts]] = field(default_factory=dict)
    pickups: dict[int, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store, kpis: list[Kpi]) -> Monitoring:
        measured = [k for k in kpis if k.watch_id is not None and k.metric in FROM_COUNTS]
        picked = [k for k in kpis if k.watch_id is not None and k.metric == "statement_pickup"]
        found = cls()
        if measured:
            since, until = min(k.since for k in measured), max(k.until for k in measured)
            ids = sorted({k.watch_id for k in measured if k.watch_id is not None})
            found.counts = store.plans.day_counts(ids, since, until)
        if picked:
            since, until = min(k.since for k in picked), max(k.until for k in picked)
            ids = sorted({k.watch_id for k in picked if k.watch_id is not None})
            found.pickups = store.plans.pickup_days(ids, *_utc_bounds(since, until))
        return found


def delivered_items(store: Store, actor: Actor, kpi: Kpi) -> int:
    """The commissioned items accepted under the KPI's plan, published in its period (on
    its watchlist when it names one): the press orders' acceptance, not a count of
    articles that merely match."""
    orders = commissions.list_commissions(store, actor, plan_id=kpi.plan_id)
    accepted = 0
    for order in orders:
        if kpi.watch_id is not None and kpi.watch_id not in order.watch_ids:
            continue
        accepted += sum(
            1
            for d in store.commissions.deliveries(order)
            if d.state == "accepted"
            and d.published_at is not None
            and kpi.since <= to_local(d.published_at).date() <= kpi.until
        )
    return accepted


def plan_commissions(store: Store, actor: Actor, plan: Plan) -> list[dict[str, Any]]:
    """The plan's press orders: ``[{id, outlet, ordered, delivered, accepted}]``."""
    return commissions.for_plan(store, actor, plan.id)


def measure(store: Store, actor: Actor, kpi: Kpi, read: Monitoring | None = None) -> Measure:
    """A KPI's value and weekly trend (``read``: what the plan's KPIs read from
    monitoring, read once for all of them; ``actor``: whose press orders count)."""
    if kpi.metric == "manual":
        return Measure(kpi.value, [], None if kpi.value is not None else "no value entered")
    if kpi.metric == "deliveries":
        return Measure(float(delivered_items(store, actor, kpi)), [], None)
    if kpi.watch_id is None:
        return Measure(None, [], "its watchlist was removed")
    if kpi.metric == "alert_response_hours":
        return alert_response(store, kpi)
    monitoring = read if read is not None else Monitoring.read(store, [kpi])
    if kpi.metric == "statement_pickup":
        return _pickups(monitoring.pickups.get(kpi.watch_id, {}), kpi)
    return _from_days(kpi.metric, monitoring.counts.get(kpi.watch_id, []), kpi)


MAX_ALERTS = 1000


def alert_response(store: Store, kpi: Kpi) -> Measure:
    """Hours from each alert on the KPI's watchlist in its period to the first statement
    linked to that watchlist published after it: the median over the alerts answered, and
    the weekly medians as the trend. An alert no statement followed is left out and
    counted in the note: silence is not a fast answer."""
    assert kpi.watch_id is not None
    start, end = _utc_bounds(kpi.since, kpi.until)
    alerts = [
        a
        for a in store.alerts.list(since=start, watch_id=kpi.watch_id, limit=MAX_ALERTS)
        if start <= a.first_at < end
    ]
    said = sorted(
        s.published_at
        for s in store.statements.feed(now=datetime.now(UTC), watch_id=kpi.watch_id, limit=5000)
        if s.published_at is not None
    )
    waits: dict[date, list[float]] = {w: [] for w in _weeks(kpi.since, kpi.until)}
    unanswered = 0
    for alert in alerts:
        answer = next((t for t in said if t >= alert.first_at), None)
        if answer is None:
            unanswered += 1
            continue
        hours = (answer - alert.first_at).total_seconds() / 3600
        waits[_monday(to_local(alert.first_at).date())].append(hours)
    every = [h for hours in waits.values() for h in hours]
    note = f"{unanswered} alert(s) not followed by a statement" if unanswered else None
    if not alerts:
        note = "no alert in the period"
    return Measure(_median(every), [(w, _median(hours)) for w, hours in waits.items()], note)


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered, middle = sorted(values), len(values) // 2
    found = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return round(found, 2)


def kpi_json(kpi: Kpi, found: Measure) -> dict[str, Any]:
    return {
        "id": kpi.id,
        "name": kpi.name,
        "metric": kpi.metric,
        "watch": kpi.watch,
        "since": kpi.since.isoformat(),
        "until": kpi.until.isoformat(),
        "value": found.value,
        "target": kpi.target,
        "met": None if found.value is None else _met(kpi, found.value),
        "note": found.note,
        "source": kpi.source,
        "trend": [{"week": w.isoformat(), "value": v} for w, v in found.trend],
    }


def _met(kpi: Kpi, value: float) -> bool:
    # Less is better for the share of negative articles and the time to answer.
    return value <= kpi.target if kpi.metric in LOWER_IS_BETTER else value >= kpi.target


def activity_json(a: Activity) -> dict[str, Any]:
    data = asdict(a)
    data["on_date"] = a.on_date.isoformat() if a.on_date else None
    return data


def plan_json(plan: Plan) -> dict[str, Any]:
    data = asdict(plan)
    data["created_at"] = plan.created_at.isoformat()
    data["updated_at"] = plan.updated_at.isoformat()
    return data


def status(store: Store, actor: Actor, plan_id: int) -> dict[str, Any]:
    """The plan with its KPIs (value, target, trend), budget totals, activities by status
    and commissions."""
    plan = get_plan(store, actor, plan_id)
    defined = store.plans.kpis(plan.id)
    read = Monitoring.read(store, defined)
    kpis = [kpi_json(k, measure(store, actor, k, read)) for k in defined]
    lines = store.plans.budget(plan.id)
    by_status: dict[str, list[dict[str, Any]]] = {s: [] for s in ACTIVITY_STATUSES}
    for activity in store.plans.activities([plan.id]):
        by_status[activity.status].append(activity_json(activity))
    return {
        "plan": plan_json(plan),
        "kpis": kpis,
        "budget": {
            "planned": sum(b.planned for b in lines),
            "committed": sum(b.committed for b in lines),
            "spent": sum(b.spent for b in lines),
            "lines": [asdict(b) for b in lines],
        },
        "activities": by_status,
        "commissions": plan_commissions(store, actor, plan),
    }


def calendar(store: Store, actor: Actor, year: int) -> tuple[list[Plan], dict[int, list[Activity]]]:
    """The year's plans across units, and their activities by month (1..12; 0: undated)."""
    found = list_plans(store, actor, year=year)
    months: dict[int, list[Activity]] = {m: [] for m in range(13)}
    for a in store.plans.activities([p.id for p in found]):
        in_year = a.on_date is not None and a.on_date.year == year
        months[a.on_date.month if in_year and a.on_date else 0].append(a)
    return found, months
