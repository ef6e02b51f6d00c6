"""``toancanh demo``: load the demo corpus that ships with the package."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from typing import Annotated, Any

import typer
from rich.console import Console

from toancanh.access import Actor
from toancanh.alerts.live import replay
from toancanh.alerts.rules import DEFAULT_COOLDOWN_MINUTES, check_rule
from toancanh.cli.context import app_context, parse_when
from toancanh.cli.ingest import print_import_report
from toancanh.cli.output import console, shown, table
from toancanh.domain.directory import PersonSpec, UnitSpec
from toancanh.domain.sources import Outlet
from toancanh.domain.statements import StatementSpec
from toancanh.domain.watches import WatchSpec
from toancanh.ingest.demo import DEMO_PACKAGE, DemoLayout, load_demo_corpus
from toancanh.services import accounts, claims, directory, directory_files, pickup, statements
from toancanh.services.accounts import NewUser
from toancanh.store import Store
from toancanh.text.dates import VIETNAM
from toancanh.trends.series import day_start, local_day
from toancanh.watch.watchlists import backfill, check_spec

DEMO_ACTOR = "demo"
STATEMENTS_FILE = "statements.jsonl"
# The demo database's administrator: a known password is fine for a demo on a laptop and
# wrong anywhere else (docs say so; `toancanh users password` changes it).
DEMO_USER = "demo@toancanh.local"
DEMO_PASSWORD = "toancanh-demo"
REPLAY_DAYS = 45  # the demo's rules are replayed over its last weeks
SPIKE_DAY = date(2026, 10, 15)  # the traffic decree's spike, as the corpus was written


def demo(
    ctx: typer.Context,
    today: Annotated[
        str | None,
        typer.Option(
            help="Lay the corpus out to end on this day (default: today in Vietnam, or "
            "yesterday before the hour of its last articles)."
        ),
    ] = None,
) -> None:
    """Create the database if needed and load the demo corpus, laid out to end today
    (idempotent: a second run adds nothing and keeps the first run's days)."""
    app = app_context(ctx)
    now = datetime.now(UTC)
    if today is not None:  # the end of that day: its articles have all been published
        now = day_start(local_day(parse_when(today, "--today") or now) + timedelta(days=1))
        now -= timedelta(seconds=1)
    store = app.store()
    out = console()
    files = resources.files(DEMO_PACKAGE)
    outlets = json.loads(files.joinpath("outlets.json").read_text(encoding="utf-8"))
    store.sources.ensure_outlets(
        [Outlet(o["name"], o.get("domain"), bool(o.get("official"))) for o in outlets]
    )
    with out.status("Loading the demo corpus…"):
        report, layout = load_demo_corpus(store, app.settings, now)
    print_import_report(out, report)
    print_layout(out, layout)
    total = store.articles.count()
    newest = store.articles.list(limit=1)
    official = sum(1 for o in store.sources.list_outlets() if o.official)
    out.print(
        f"Database {app.settings.database_url}: {total} articles from "
        f"{len(store.sources.list_outlets())} outlets ({official} official); newest "
        f"{shown(newest[0].published_at) if newest else '–'}.",
        markup=False,
    )
    analysed = store.analysis.count()
    if analysed:
        tones = store.analysis.sentiment_counts()
        areas = store.analysis.facet_counts("policy_area", limit=4)
        from toancanh.analyze.policy_areas import area_info  # here: the CLI starts light

        out.print(
            f"Analysed {analysed}: {tones.get('positive', 0)} positive, "
            f"{tones.get('neutral', 0)} neutral, {tones.get('negative', 0)} negative; "
            "main policy areas: "
            + ", ".join(f"{_area_name(area_info, label)} ({n})" for label, n in areas)
            + ".",
            markup=False,
        )
    added = add_demo_watches(store, files.joinpath("watches.json").read_text(encoding="utf-8"))
    watches = store.watches.list()
    alerts = store.alerts.list(limit=1000)
    out.print(
        f"Watchlists: {len(watches)} ({added} added now); alerts replayed over the corpus: "
        f"{len(alerts)} (toancanh alerts).",
        markup=False,
    )
    if store.accounts.find_user(DEMO_USER) is None:
        accounts.add_user(
            store,
            Actor.operator(DEMO_ACTOR),
            NewUser(DEMO_USER, "admin", "Vụ Truyền thông", DEMO_PASSWORD),
        )
    units, people = seed_demo_directory(store)
    out.print(
        f"Directory: {units} units added from the gazetteers, {people} demo people "
        "(toancanh directory units list; public: /public/spokespersons).",
        markup=False,
    )
    with out.status("Registering the demo statements, finding claims and pickup…"):
        desk = seed_demo_desk(store, layout)
    out.print(
        f"Official information: {desk.statements} statements added now "
        f"(toancanh statements list), picked up by {desk.pickups} articles; "
        f"claims found: {desk.claims}, "
        f"{desk.suggested} with a suggested statement (toancanh claims queue).",
        markup=False,
    )
    top = store.articles.stories(limit=5)
    rows = [(s.story_id, s.size, len(s.outlets), s.title) for s in top]
    out.print(table("Biggest stories", ("story", "articles", "outlets", "title"), rows))
    out.print(
        f"Dashboard: toancanh serve, then http://127.0.0.1:8000 — sign in as {DEMO_USER} / "
        f"{DEMO_PASSWORD} (a demo account: on a shared machine, change its password at /account).",
        markup=False,
    )
    out.print(
        "Try: toancanh search '\"nha o xa hoi\" AND cham'   ·   toancanh stories   ·   "
        "toancanh articles list --sentiment negative --place 'Da Nang'   ·   "
        "toancanh trends 'Lam Hà Riverside'   ·   "
        f"toancanh spikes --since {layout.moved(SPIKE_DAY) - timedelta(days=3):%Y-%m-%d}   ·   "
        "toancanh forecast 'Phạt nguội qua camera' --until "
        f"{layout.moved(SPIKE_DAY) + timedelta(days=1):%Y-%m-%d} --threshold 10   ·   "
        "toancanh emerging --hours 168   ·   toancanh alerts",
        markup=False,
    )


# The demo account's unit, with a made-up spokesperson (example.gov.vn: not a real contact).
DEMO_UNIT = "Vụ Truyền thông"
DEMO_SPOKESPERSON = PersonSpec(
    name="Nguyễn Văn Mẫu",
    unit=DEMO_UNIT,
    role="spokesperson",
    title="Vụ trưởng (dữ liệu mẫu)",
    phone="024 0000 0000",
    email="phatngon@example.gov.vn",
)


def seed_demo_directory(store: Store) -> tuple[int, int]:
    """The gazetteers' units, the demo account's unit and its made-up spokesperson, once;
    (units added, people added)."""
    actor = Actor.operator(DEMO_ACTOR)
    added = len(directory_files.seed(store, actor))
    if DEMO_UNIT not in store.directory.unit_names():
        directory.add_unit(store, actor, UnitSpec(DEMO_UNIT, "other"))
        added += 1
    unit = directory.find_unit(store, DEMO_UNIT)
    spec = DEMO_SPOKESPERSON
    if store.directory.find_person(unit.id, spec.name, spec.role) is not None:
        return added, 0
    directory.add_person(store, actor, spec)
    return added, 1


@dataclass(frozen=True)
class DemoDesk:
    statements: int  # added by this run
    pickups: int  # articles carrying a statement, found by this run
    claims: int  # claims found by this run
    suggested: int


def seed_demo_desk(store: Store, layout: DemoLayout) -> DemoDesk:
    """The shipped statements (published a few days before the corpus starts, so that the
    press picks them up), then the claims of the corpus and the statements' pickup, as the
    pipeline would have found them had the statements been there first. A second run
    adds no statement and finds nothing new."""
    actor = Actor.operator(DEMO_ACTOR)
    rows = resources.files(DEMO_PACKAGE).joinpath(STATEMENTS_FILE).read_text(encoding="utf-8")
    added = 0
    for line in rows.splitlines():
        row = json.loads(line)
        day = layout.moved(date.fromisoformat(row["day"]))
        spec = StatementSpec(
            title=row["title"],
            text=row["text"],
            issuer=row["issuer"],
            issued_at=datetime.combine(day, time(9, 0), tzinfo=VIETNAM),
            kind=row["kind"],
            spokesperson=row["spokesperson"],
        )
        if statements.duplicate_of(store, spec) is None:
            statements.add_statement(store, actor, spec, status="published", scan=False)
            added += 1
    carried = pickup.scan(store, actor) if added else None
    found = claims.scan(store, actor, rematch=bool(added))
    return DemoDesk(added, carried.pickups if carried else 0, found.found, found.suggested)


def print_layout(out: Console, layout: DemoLayout) -> None:
    """Which days the corpus covers, and why when they are not the last 90 days."""
    days = f"{layout.first_day:%d/%m/%Y} to {layout.last_day:%d/%m/%Y}"
    if layout.kept:
        out.print(
            f"The demo covers {days}, as laid out when it was first loaded; delete the "
            "database and run toancanh demo again to lay it out up to today.",
            markup=False,
        )
    else:
        out.print(f"The demo covers {days}.", markup=False)


def add_demo_watches(store: Store, document: str) -> int:
    """Add the demo's watchlists and rules once, then replay the rules over the corpus
    period so that its spike and its rising negative story show as alerts."""
    data = json.loads(document)
    added: list[int] = []
    for item in data["watches"]:
        if store.watches.find(item["name"]) is not None:
            continue
        spec = check_spec(
            WatchSpec(
                name=item["name"],
                query=item.get("query"),
                legal_refs=tuple(item.get("legal_refs", ())),
                description=item.get("description"),
            )
        )
        watch = store.watches.add(spec, DEMO_ACTOR)
        backfill(store, watch)
        for rule in item.get("rules", ()):
            store.rules.add(
                watch_id=watch.id,
                kind=rule["kind"],
                severity=rule["severity"],
                params=check_rule(rule["kind"], rule["severity"], rule.get("params", {})),
                cooldown_minutes=DEFAULT_COOLDOWN_MINUTES,
                channel_names=[],
                actor=DEMO_ACTOR,
            )
        added.append(watch.id)
    newest = store.articles.list(limit=1)
    if added and newest and newest[0].published_at:
        end = newest[0].published_at
        replay(store, since=end - timedelta(days=REPLAY_DAYS), until=end, watch_ids=added)
    return len(added)


def _area_name(area_info: Any, label: str) -> str:
    """A policy area as the dashboard names it ("Giao thông vận tải, xây dựng"), not its
    key ("construction_transport")."""
    try:
        return str(area_info(label).name_vi)
    except KeyError:
        return label
