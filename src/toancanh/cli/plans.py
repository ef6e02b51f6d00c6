"""``toancanh plans ...``: communication plans, their policies, activities, budget and
KPIs, and what a plan delivers (``plans status``)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from toancanh.cli.context import ByOption, app_context, operator
from toancanh.cli.output import JsonOption, console, print_json, print_records, report
from toancanh.domain.plans import ACTIVITY_KINDS, ACTIVITY_STATUSES, METRICS, STAGES, Stage
from toancanh.errors import Invalid
from toancanh.services import plan_files, plan_status, plans
from toancanh.services.directory_files import parse_day
from toancanh.services.plans import ActivitySpec, BudgetSpec, KpiSpec, PlanEdit

app = typer.Typer(help="Communication plans: a unit's plan for a year, measured from the press.")
policy_app = typer.Typer(help="The policies a plan covers and their lifecycle stages.")
activity_app = typer.Typer(help="A plan's activities: press conferences, statements, events ...")
budget_app = typer.Typer(help="A plan's budget lines (whole đồng).")
kpi_app = typer.Typer(help="A plan's KPIs, measured from monitoring or entered by hand.")
app.add_typer(policy_app, name="policy")
app.add_typer(activity_app, name="activity")
app.add_typer(budget_app, name="budget")
app.add_typer(kpi_app, name="kpi")

PlanId = Annotated[int, typer.Argument(help="The plan's id.")]
DayOption = Annotated[str | None, typer.Option(help="2026-03-05 or 05/03/2026.")]


def _day(value: str | None, option: str) -> date | None:
    try:
        return parse_day(value)
    except Invalid as error:
        raise typer.BadParameter(error.message, param_hint=option) from None


def _json(record: Any) -> dict[str, Any]:
    return {
        k: v.isoformat() if isinstance(v, date) else v
        for k, v in asdict(record).items()
        if k not in ("stages",)
    } | ({"stages": [_json(s) for s in record.stages]} if hasattr(record, "stages") else {})


def _plan_line(plan: Any) -> str:
    return f"Plan #{plan.id}: {plan.title} ({plan.unit}, {plan.year})."


@app.command("add")
def add(
    ctx: typer.Context,
    unit: Annotated[str, typer.Option(help="The directory unit's name or alias.")],
    year: Annotated[int, typer.Option(help="The plan's year.")],
    title: Annotated[str, typer.Option(help="The plan's title.")],
    objectives: Annotated[str, typer.Option(help="What the plan sets out to do.")] = "",
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a plan of a unit for a year."""
    plan = plans.add_plan(app_context(ctx).store(), operator(by), unit, year, title, objectives)
    report(as_json, plan_status.plan_json(plan), _plan_line(plan))


@app.command("edit")
def edit(
    ctx: typer.Context,
    plan_id: PlanId,
    title: Annotated[str | None, typer.Option()] = None,
    objectives: Annotated[str | None, typer.Option()] = None,
    year: Annotated[int | None, typer.Option()] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a plan's title, objectives or year."""
    edit = PlanEdit(title=title, objectives=objectives, year=year)
    plan = plans.edit_plan(app_context(ctx).store(), operator(by), plan_id, edit)
    report(as_json, plan_status.plan_json(plan), _plan_line(plan))


@app.command("list")
def list_plans(
    ctx: typer.Context,
    unit: Annotated[str | None, typer.Option(help="Only this unit's plans.")] = None,
    year: Annotated[int | None, typer.Option(help="Only this year's plans.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Plans by year, then unit."""
    found = plans.list_plans(app_context(ctx).store(), operator(), unit=unit, year=year)
    print_records(
        as_json,
        found,
        plan_status.plan_json,
        "Plans",
        ("id", "year", "unit", "title"),
        lambda p: (p.id, p.year, p.unit, p.title),
    )


@app.command("show")
def show(ctx: typer.Context, plan_id: PlanId, as_json: JsonOption = False) -> None:
    """One plan: its policies and stages, activities, budget lines and KPIs."""
    store = app_context(ctx).store()
    plan = plans.get_plan(store, operator(), plan_id)
    data = plan_status.plan_json(plan) | {
        "policies": [_json(p) for p in store.plans.policies(plan.id)],
        "activities": [_json(a) for a in store.plans.activities([plan.id])],
        "budget": [_json(b) for b in store.plans.budget(plan.id)],
        "kpis": [_json(k) for k in store.plans.kpis(plan.id)],
    }
    if as_json:
        print_json(data)
        return
    out = console()
    out.print(_plan_line(plan), markup=False)
    if plan.objectives:
        out.print(plan.objectives, markup=False)
    for p in data["policies"]:
        stages = ", ".join(f"{s['stage']} {s['starts_on'] or ''}" for s in p["stages"])
        out.print(f"  policy #{p['id']} {p['name']} [{p['watch'] or '-'}] {stages}", markup=False)
    for a in data["activities"]:
        out.print(
            f"  activity #{a['id']} {a['on_date'] or '-'} {a['kind']}: {a['title']}"
            f" ({a['status']})",
            markup=False,
        )
    for b in data["budget"]:
        out.print(
            f"  budget #{b['id']} {b['item']}: {b['planned']}/{b['committed']}/{b['spent']} đ",
            markup=False,
        )
    for k in data["kpis"]:
        out.print(
            f"  kpi #{k['id']} {k['name']} ({k['metric']}) target {k['target']}", markup=False
        )


@app.command("status")
def status(ctx: typer.Context, plan_id: PlanId, as_json: JsonOption = False) -> None:
    """What a plan delivers: KPIs (value, target, trend), budget, activities by status."""
    data = plan_status.status(app_context(ctx).store(), operator(), plan_id)
    if as_json:
        print_json(data)
        return
    out = console()
    plan, budget = data["plan"], data["budget"]
    out.print(f"Plan #{plan['id']}: {plan['title']} ({plan['unit']}, {plan['year']})", markup=False)
    for k in data["kpis"]:
        value = "–" if k["value"] is None else k["value"]
        note = f" ({k['note']})" if k["note"] else ""
        out.print(f"  {k['name']}: {value} / {k['target']}{note}", markup=False)
    out.print(
        f"  budget: planned {budget['planned']:,} đ, committed {budget['committed']:,} đ, "
        f"spent {budget['spent']:,} đ",
        markup=False,
    )
    counts = ", ".join(f"{s} {len(v)}" for s, v in data["activities"].items())
    out.print(f"  activities: {counts}", markup=False)


@app.command("import")
def import_file(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="XLSX or CSV.")],
    plan: Annotated[int | None, typer.Option(help="Put every row into this plan.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Import plans from a spreadsheet (XLSX or CSV, laid out as `plans template`)."""
    done = plan_files.import_plans(app_context(ctx).store(), operator(by), file, plan_id=plan)
    rejected = [{"line": r.line, "reason": r.reason} for r in done.rejected]
    if as_json:
        print_json(
            {
                "imported": len(done.imported),
                "plans": sorted(set(done.imported)),
                "rejected": rejected,
            }
        )
        return
    out = console()
    out.print(f"{len(done.imported)} rows imported, {len(rejected)} rejected.", markup=False)
    for r in rejected:
        out.print(f"  line {r['line']}: {r['reason']}", markup=False)


@app.command("template")
def template(
    out: Annotated[Path, typer.Option("--out", help="The file: .xlsx or .csv.")],
) -> None:
    """Write the spreadsheet template of `plans import` (XLSX or CSV)."""
    plan_files.write_template(out)
    console().print(f"Template written to {out}.", markup=False)


# -- policies ------------------------------------------------------------------------


@policy_app.command("add")
def add_policy(
    ctx: typer.Context,
    plan_id: PlanId,
    name: Annotated[str, typer.Option(help="The policy's name.")],
    watch: Annotated[str | None, typer.Option(help="Its watchlist.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a policy the plan covers, linked to a watchlist."""
    policy = plans.add_policy(app_context(ctx).store(), operator(by), plan_id, name, watch=watch)
    report(as_json, _json(policy), f"Policy #{policy.id}: {policy.name}.")


@policy_app.command("stage")
def set_stage(
    ctx: typer.Context,
    policy_id: Annotated[int, typer.Argument(help="The policy's id.")],
    stage: Annotated[str, typer.Option(help=", ".join(STAGES))],
    start: DayOption = None,
    end: DayOption = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Set the dates of one lifecycle stage of a policy."""
    spec = Stage(stage, _day(start, "--start"), _day(end, "--end"))
    policy = plans.set_stage(app_context(ctx).store(), operator(by), policy_id, spec)
    report(as_json, _json(policy), f"Policy #{policy.id}: {len(policy.stages)} stages.")


# -- activities ----------------------------------------------------------------------

KindOption = Annotated[str | None, typer.Option(help=", ".join(ACTIVITY_KINDS))]
StatusOption = Annotated[str | None, typer.Option(help=", ".join(ACTIVITY_STATUSES))]
PersonOption = Annotated[int | None, typer.Option(help="The directory person's id.")]


def _activity_line(a: Any) -> str:
    return f"Activity #{a.id}: {a.kind} {a.title} ({a.status})."


@activity_app.command("add")
def add_activity(
    ctx: typer.Context,
    plan_id: PlanId,
    kind: KindOption = None,
    title: Annotated[str | None, typer.Option()] = None,
    on: DayOption = None,
    channel: Annotated[str | None, typer.Option()] = None,
    person: PersonOption = None,
    status: StatusOption = None,
    policy: Annotated[str | None, typer.Option(help="One of the plan's policies.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add an activity to a plan."""
    spec = ActivitySpec(kind, title, _day(on, "--on"), channel, person, status, policy)
    found = plans.add_activity(app_context(ctx).store(), operator(by), plan_id, spec)
    report(as_json, _json(found), _activity_line(found))


@activity_app.command("edit")
def edit_activity(
    ctx: typer.Context,
    activity_id: Annotated[int, typer.Argument(help="The activity's id.")],
    kind: KindOption = None,
    title: Annotated[str | None, typer.Option()] = None,
    on: DayOption = None,
    channel: Annotated[str | None, typer.Option()] = None,
    person: PersonOption = None,
    status: StatusOption = None,
    policy: Annotated[str | None, typer.Option(help="One of the plan's policies.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change an activity."""
    spec = ActivitySpec(kind, title, _day(on, "--on"), channel, person, status, policy)
    found = plans.edit_activity(app_context(ctx).store(), operator(by), activity_id, spec)
    report(as_json, _json(found), _activity_line(found))


@activity_app.command("done")
def done_activity(
    ctx: typer.Context,
    activity_id: Annotated[int, typer.Argument(help="The activity's id.")],
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Mark an activity done."""
    found = plans.done_activity(app_context(ctx).store(), operator(by), activity_id)
    report(as_json, _json(found), _activity_line(found))


# -- budget and KPIs -----------------------------------------------------------------

Amount = Annotated[int | None, typer.Option(help="Whole đồng.")]


@budget_app.command("add")
def add_budget(
    ctx: typer.Context,
    plan_id: PlanId,
    item: Annotated[str, typer.Option()],
    planned: Annotated[int, typer.Option(help="Whole đồng.")],
    committed: Amount = None,
    spent: Amount = None,
    source: Annotated[str | None, typer.Option(help="The source of funds.")] = None,
    activity: Annotated[int | None, typer.Option(help="The activity it funds.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a budget line to a plan."""
    spec = BudgetSpec(item, planned, committed, spent, source, activity)
    line = plans.add_budget(app_context(ctx).store(), operator(by), plan_id, spec)
    report(as_json, _json(line), f"Budget line #{line.id}: {line.item} {line.planned:,} đ.")


@budget_app.command("edit")
def edit_budget(
    ctx: typer.Context,
    line_id: Annotated[int, typer.Argument(help="The budget line's id.")],
    item: Annotated[str | None, typer.Option()] = None,
    planned: Amount = None,
    committed: Amount = None,
    spent: Amount = None,
    source: Annotated[str | None, typer.Option(help="The source of funds.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a budget line."""
    spec = BudgetSpec(item, planned, committed, spent, source)
    line = plans.edit_budget(app_context(ctx).store(), operator(by), line_id, spec)
    report(as_json, _json(line), f"Budget line #{line.id}: {line.item} {line.planned:,} đ.")


@kpi_app.command("add")
def add_kpi(
    ctx: typer.Context,
    plan_id: PlanId,
    name: Annotated[str, typer.Option()],
    metric: Annotated[str, typer.Option(help=", ".join(METRICS))],
    target: Annotated[float, typer.Option()],
    since: Annotated[str, typer.Option(help="2026-01-01 or 01/01/2026.")],
    until: Annotated[str, typer.Option(help="2026-12-31 or 31/12/2026.")],
    watch: Annotated[str | None, typer.Option(help="The watchlist it is measured on.")] = None,
    value: Annotated[float | None, typer.Option(help="manual: the value.")] = None,
    source: Annotated[str | None, typer.Option(help="manual: where it comes from.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Add a KPI to a plan."""
    spec = KpiSpec(
        name, metric, watch, target, _day(since, "--since"), _day(until, "--until"), value, source
    )
    kpi = plans.add_kpi(app_context(ctx).store(), operator(by), plan_id, spec)
    report(as_json, _json(kpi), f"KPI #{kpi.id}: {kpi.name} ({kpi.metric}), target {kpi.target}.")


@kpi_app.command("edit")
def edit_kpi(
    ctx: typer.Context,
    kpi_id: Annotated[int, typer.Argument(help="The KPI's id.")],
    name: Annotated[str | None, typer.Option()] = None,
    target: Annotated[float | None, typer.Option()] = None,
    since: DayOption = None,
    until: DayOption = None,
    watch: Annotated[str | None, typer.Option()] = None,
    value: Annotated[float | None, typer.Option(help="manual: the value.")] = None,
    source: Annotated[str | None, typer.Option(help="manual: where it comes from.")] = None,
    by: ByOption = "",
    as_json: JsonOption = False,
) -> None:
    """Change a KPI (its target, period, or a manual KPI's value and source)."""
    spec = KpiSpec(
        name, None, watch, target, _day(since, "--since"), _day(until, "--until"), value, source
    )
    kpi = plans.edit_kpi(app_context(ctx).store(), operator(by), kpi_id, spec)
    report(as_json, _json(kpi), f"KPI #{kpi.id}: {kpi.name} ({kpi.metric}), target {kpi.target}.")
