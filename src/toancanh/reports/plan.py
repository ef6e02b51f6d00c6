"""The plan report: what a communication plan set out to do and what it delivered.

``compose_plan_report`` turns a ``PlanData`` (gathered by ``services.report_plan``, the
KPIs measured by ``services.plan_status`` exactly as ``toancanh plans status`` shows
them) into a ``Report`` with five sections, in this order and always present: the
objectives, the activities, the budget, the KPIs against their targets (with each KPI's
weekly trend as a chart where it has one), the press orders and their deliveries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toancanh.reports import vnformat as f
from toancanh.reports.model import (
    Block,
    BulletList,
    Chart,
    Heading,
    Paragraph,
    Report,
    Section,
    Series,
    Signature,
    Table,
)
from toancanh.reports.plan_words import name, note, words

SHARES = ("official_share", "negative_share")  # 0..1, shown as percentages
COUNTS = ("volume", "statement_pickup", "deliveries")
MAX_CHARTS = 12


@dataclass(frozen=True)
class PolicyRow:
    name: str
    watch: str | None = None
    stages: tuple[tuple[str, date | None, date | None], ...] = ()  # (stage, start, end)


@dataclass(frozen=True)
class ActivityRow:
    title: str
    kind: str
    on_date: date | None
    status: str
    owner: str | None = None
    policy: str | None = None


@dataclass(frozen=True)
class BudgetRow:
    item: str
    planned: int
    committed: int
    spent: int
    source: str | None = None


@dataclass(frozen=True)
class KpiRow:
    name: str
    metric: str
    target: float
    value: float | None
    met: bool | None  # None: no value
    since: date
    until: date
    watch: str | None = None
    note: str | None = None
    source: str | None = None
    trend: tuple[tuple[date, float | None], ...] = ()  # Monday → value


@dataclass(frozen=True)
class OrderRow:
    id: int
    outlet: str
    ordered: int
    delivered: int
    accepted: int
    value: int | None = None  # the contract's amount, whole đồng


@dataclass(frozen=True)
class PlanData:
    id: int
    title: str
    unit: str
    year: int
    objectives: str = ""
    policies: tuple[PolicyRow, ...] = ()
    activities: tuple[ActivityRow, ...] = ()
    budget: tuple[BudgetRow, ...] = ()
    kpis: tuple[KpiRow, ...] = ()
    orders: tuple[OrderRow, ...] = ()


def report_title(title: str, lang: str = "vi") -> str:
    return words(lang)["title"].format(title=title)


def compose_plan_report(
    data: PlanData, heading: Heading, signature: Signature, lang: str = "vi"
) -> Report:
    w = words(lang)
    return Report(
        kind="plan",
        heading=heading,
        sections=(
            Section(w["s_objectives"], _objectives(data, lang)),
            Section(w["s_activities"], _activities(data.activities, lang)),
            Section(w["s_budget"], _budget(data.budget, lang)),
            Section(w["s_kpis"], _kpis(data.kpis, lang)),
            Section(w["s_orders"], _orders(data.orders, lang)),
        ),
        signature=signature,
        summary=_opening(data, lang),
        lang="en" if lang == "en" else "vi",
        subject_id=data.id,
    )


def _opening(data: PlanData, lang: str) -> str:
    return words(lang)["summary_line"].format(
        year=data.year,
        unit=data.unit,
        activities=f.number(len(data.activities)),
        done=f.number(sum(a.status == "done" for a in data.activities)),
        met=f.number(sum(k.met is True for k in data.kpis)),
        kpis=f.number(len(data.kpis)),
        spent=f.money(sum(b.spent for b in data.budget)),
        planned=f.money(sum(b.planned for b in data.budget)),
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _objectives(data: PlanData, lang: str) -> tuple[Block, ...]:
    w = words(lang)
    found = _lines(data.objectives)
    blocks: list[Block] = [Paragraph(p) for p in found] or [
        Paragraph(w["no_objectives"], emphasis="italic")
    ]
    if data.policies:
        blocks.append(Paragraph(w["policies"], emphasis="bold"))
        blocks.append(BulletList(tuple(Paragraph(_policy(p, lang)) for p in data.policies)))
    return tuple(blocks)


def _policy(policy: PolicyRow, lang: str) -> str:
    text = policy.name
    if policy.watch:
        text += f" ({words(lang)['watch']} “{policy.watch}”)"
    stages = [f"{name(s, lang)} {f.day(a) if a else '…'} – {f.day(b) if b else '…'}"
              for s, a, b in policy.stages]  # fmt: skip
    return text + (": " + "; ".join(stages) if stages else "")


def _activities(found: tuple[ActivityRow, ...], lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not found:
        return (Paragraph(w["no_activities"], emphasis="italic"),)
    ordered = sorted(found, key=lambda a: (a.on_date is None, a.on_date or date.min))
    rows = tuple(
        (a.title, name(a.kind, lang), f.day(a.on_date), name(a.status, lang), a.owner or "—")
        for a in ordered
    )
    counts = {s: f.number(sum(a.status == s for a in found))
              for s in ("planned", "in_progress", "done", "cancelled")}  # fmt: skip
    return (
        Table((w["activity"], w["kind"], w["date"], w["status"], w["owner"]), rows),
        Paragraph(w["by_status"].format(**counts)),
    )


def _budget(lines: tuple[BudgetRow, ...], lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not lines:
        return (Paragraph(w["no_budget"], emphasis="italic"),)
    planned = sum(b.planned for b in lines)
    committed = sum(b.committed for b in lines)
    spent = sum(b.spent for b in lines)
    rows = [
        (b.item, f.number(b.planned), f.number(b.committed), f.number(b.spent), b.source or "—")
        for b in lines
    ]
    rows.append((w["total"], f.number(planned), f.number(committed), f.number(spent), ""))
    share = f.percent(spent / planned) if planned else f.DASH
    return (
        Table(
            (w["item"], w["planned"], w["committed"], w["spent"], w["source"]),
            tuple(rows),
            (False, True, True, True, False),
        ),
        Paragraph(
            w["budget_line"].format(
                spent=f.money(spent),
                planned=f.money(planned),
                committed=f.money(committed),
                share=share,
            )
        ),
    )


def figure(metric: str, value: float | None, lang: str = "vi") -> str:
    """A KPI's value (or target) as the metric reads: a count, a share, hours, a ratio."""
    if value is None:
        return f.DASH
    if metric in SHARES:
        return f.percent(value)
    if metric in COUNTS:
        return f.number(value)
    if metric == "alert_response_hours":
        return f"{f.number(value, 1)} {words(lang)['hours']}"
    return f.number(value, 2)


def _met(kpi: KpiRow, lang: str) -> str:
    w = words(lang)
    if kpi.met is None:
        why = note(kpi.note, lang)
        return w["unknown"] + (f" ({why})" if why else "")
    return w["yes"] if kpi.met else w["no"]


def _kpis(found: tuple[KpiRow, ...], lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not found:
        return (Paragraph(w["no_kpis"], emphasis="italic"),)
    rows = tuple(
        (
            k.name + (f" ({k.watch})" if k.watch else ""),
            name(k.metric, lang),
            f"{f.day(k.since)} – {f.day(k.until)}",
            figure(k.metric, k.target, lang),
            figure(k.metric, k.value, lang) + (f" ({k.source})" if k.source else ""),
            _met(k, lang) + (f" ({note(k.note, lang)})" if k.met is not None and k.note else ""),
        )
        for k in found
    )
    met = sum(k.met is True for k in found)
    blocks: list[Block] = [
        Table(
            (w["kpi"], w["measure"], w["period"], w["target"], w["measured"], w["met"]),
            rows,
            (False, False, False, True, True, False),
        ),
        Paragraph(w["met_line"].format(met=f.number(met), total=f.number(len(found)))),
    ]
    charts = [_trend_chart(k, lang) for k in found if _has_trend(k)]
    blocks += charts[:MAX_CHARTS]
    return tuple(blocks)


def _has_trend(kpi: KpiRow) -> bool:
    return len(kpi.trend) >= 2 and any(v is not None for _, v in kpi.trend)


def _trend_chart(kpi: KpiRow, lang: str) -> Chart:
    """The KPI's weekly values against its target (shares in percent)."""
    scale = 100.0 if kpi.metric in SHARES else 1.0
    values = tuple(None if v is None else round(v * scale, 2) for _, v in kpi.trend)
    w = words(lang)
    return Chart(
        title=w["trend"].format(name=kpi.name),
        labels=tuple(f.short_day(week) for week, _ in kpi.trend),
        series=(
            Series(w["value"], values),
            Series(w["target"], (round(kpi.target * scale, 2),) * len(values), "#7f8c8d", True),
        ),
        kind="line",
        y_label="%" if kpi.metric in SHARES else name(kpi.metric, lang),
    )


def _orders(found: tuple[OrderRow, ...], lang: str) -> tuple[Block, ...]:
    w = words(lang)
    if not found:
        return (Paragraph(w["no_orders"], emphasis="italic"),)
    rows = [
        (f"#{o.id}", o.outlet, f.number(o.value), f.number(o.ordered), f.number(o.delivered),
         f.number(o.accepted))
        for o in found
    ]  # fmt: skip
    rows.append(
        (
            w["total"],
            "",
            f.number(sum(o.value or 0 for o in found)),
            f.number(sum(o.ordered for o in found)),
            f.number(sum(o.delivered for o in found)),
            f.number(sum(o.accepted for o in found)),
        )
    )
    columns = (w["order"], w["outlet"], w["amount"], w["ordered"], w["delivered"], w["accepted"])
    return (Table(columns, tuple(rows), (False, False, True, True, True, True)),)
