"""``/watchlists``: the policies and topics a unit tracks, their trends and forecasts.

A unit's private watchlists exist only for that unit and the admins: anyone else gets a
404, as if there were none. Analysts change the watchlists they can see; only the owning
unit (or an admin) makes one private or shared.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import Query, Response
from pydantic import BaseModel, ConfigDict, Field

from toancanh.access import Actor
from toancanh.domain.watches import Watch, WatchSpec
from toancanh.resolve import MAX_DAYS, FilterError, parse_when, period
from toancanh.services import rules as rule_service
from toancanh.services import watchlists as service
from toancanh.shapes import rule_json, summary_json, watch_json
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.outlook import outlook, outlook_json
from toancanh.trends.series import local_day, report_json, trend_report
from toancanh.web.api.common import (
    SYNTAX_ERROR,
    WRITE_ERRORS,
    ActorDep,
    AnalystActor,
    Router,
    StoreDep,
    WatchId,
)
from toancanh.web.api.filters import Since, Until, when_query
from toancanh.web.api.models import ArticleSummary, Outlook, Page, TrendReport, WatchDetail
from toancanh.web.api.models import Watch as WatchOut
from toancanh.web.api.paging import Limit, Offset, page, page_of

router = Router("watchlists", "/watchlists")
CHANGE_ERRORS = {**WRITE_ERRORS, **SYNTAX_ERROR}
NameField = Field(
    min_length=1,
    max_length=200,
    description="'Nhà ở xã hội', 'Chỉ thị 07'.",
    json_schema_extra={"pattern": r"\S"},  # a blank one: the service says what to give
)
QueryField = Field(
    default=None,
    max_length=2000,
    description='Boolean query (docs/search.md): \'"nha o xa hoi" AND (cham OR "khieu nai")\'.',
)
RefsField: list[str] = Field(
    default_factory=list,
    max_length=50,
    description="Also match articles citing these documents: '81/2021/NĐ-CP', 'nd 15/2020'.",
)
AgenciesField: list[str] = Field(
    default_factory=list,
    max_length=50,
    description="Also match articles naming these bodies (full name or abbreviation).",
)


class WatchIn(BaseModel):
    """A name and something to match by: a query, legal documents or agencies. Whether a
    query parses, a document is one and an agency is known, the server decides (400 with
    the input in ``field``)."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": ["query"], "properties": {"query": {"type": "string"}}},
                {"required": ["legal_refs"], "properties": {"legal_refs": {"minItems": 1}}},
                {"required": ["agencies"], "properties": {"agencies": {"minItems": 1}}},
            ]
        }
    )

    name: str = NameField
    query: str | None = QueryField
    legal_refs: list[Annotated[str, Field(max_length=200)]] = RefsField
    agencies: list[Annotated[str, Field(max_length=200)]] = AgenciesField
    description: str | None = Field(default=None, max_length=2000)
    shared: bool = Field(default=True, description="False: visible to your unit only.")
    backfill: bool = Field(
        default=True, description="Match the stored history now (else new articles only)."
    )


class WatchPatch(BaseModel):
    """Only the fields given change; lists replace the stored ones; null clears."""

    name: str | None = Field(
        default=None, min_length=1, max_length=200, json_schema_extra={"pattern": r"\S"}
    )
    query: str | None = QueryField
    legal_refs: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50
    )
    agencies: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50
    )
    description: str | None = Field(default=None, max_length=2000)
    shared: bool | None = None


def _detail(store: Store, actor: Actor, watch: Watch) -> dict[str, Any]:
    rules = rule_service.list_rules(store, actor, watch.id)
    return {**watch_json(watch), "rules": [rule_json(r) for r in rules]}


@router.read(
    "",
    "The watchlists you can see",
    Page[WatchOut],
    description="Shared watchlists and your unit's private ones (admins: all), by name, "
    "with their number of matched articles (as `toancanh watch list --json`).",
)
def list_watchlists(
    store: StoreDep, actor: ActorDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(service.list_watches(store, actor), limit, offset, watch_json)


@router.write(
    "post",
    "",
    "Track a policy or topic (analyst)",
    WatchOut,
    status_code=201,
    responses=CHANGE_ERRORS,
    description="The watchlist belongs to your unit. Give a query, legal documents or "
    "agencies (at least one); they are checked and made canonical. Matches the stored "
    "history at once unless `backfill` is false. A private one (`shared: false`) needs "
    "your account to belong to a unit.",
)
def create_watchlist(store: StoreDep, actor: AnalystActor, body: WatchIn) -> dict[str, Any]:
    spec = WatchSpec(
        name=body.name,
        query=body.query,
        legal_refs=tuple(body.legal_refs),
        agencies=tuple(body.agencies),
        description=body.description,
        unit=actor.unit,
        shared=body.shared,
    )
    return watch_json(service.add_watch(store, actor, spec, match_history=body.backfill))


@router.read(
    "/{watch_id}",
    "One watchlist with its alert rules",
    WatchDetail,
    description="As `toancanh watch show --json`.",
)
def show_watchlist(store: StoreDep, actor: ActorDep, watch_id: WatchId) -> dict[str, Any]:
    return _detail(store, actor, service.get_watch(store, actor, watch_id))


@router.write(
    "patch",
    "/{watch_id}",
    "Change a watchlist (its unit's analysts, admins)",
    WatchDetail,
    responses=CHANGE_ERRORS,
    description="Only the fields given change (lists replace the stored ones, null clears a "
    "query or description); the matches are recomputed over the whole history. Only the "
    "owning unit or an admin shares or hides it.",
)
def change_watchlist(
    store: StoreDep, actor: AnalystActor, watch_id: WatchId, body: WatchPatch
) -> dict[str, Any]:
    changes = {key: getattr(body, key) for key in body.model_fields_set}
    watch = service.change_watch(store, actor, watch_id, **changes)
    return _detail(store, actor, watch)


@router.remove(
    "/{watch_id}",
    "Stop tracking (its unit's analysts, admins)",
    "Its matches, rules and alerts go; the articles stay.",
)
def delete_watchlist(store: StoreDep, actor: AnalystActor, watch_id: WatchId) -> Response:
    service.remove_watch(store, actor, watch_id)
    return Response(status_code=204)


@router.read(
    "/{watch_id}/articles", "The articles a watchlist matched, newest first", Page[ArticleSummary]
)
def watchlist_articles(
    store: StoreDep, actor: ActorDep, watch_id: WatchId, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    found = service.watch_articles(store, actor, watch_id, limit=limit + 1, offset=offset)
    return page(found, limit, offset, summary_json)


def watch_subject(watch: Watch) -> Subject:
    return Subject("watch", str(watch.id), watch.name)


@router.read(
    "/{watch_id}/trends",
    "A watchlist's trend",
    TrendReport,
    description="Volume, tone and net sentiment per day or hour, official share of voice, "
    "top outlets, top stories and rising terms (as `toancanh trends NAME --json`).",
)
def watchlist_trends(
    store: StoreDep,
    actor: ActorDep,
    watch_id: WatchId,
    by: Annotated[Literal["day", "hour"], Query(description="Bucket: day or hour.")] = "day",
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    watch = service.get_watch(store, actor, watch_id, counted=False)
    start, end = period(since, until, 30, max_days=MAX_DAYS)
    return report_json(trend_report(store, watch_subject(watch), since=start, until=end, by=by))


@router.read(
    "/{watch_id}/forecast",
    "A watchlist's forecast",
    Outlook,
    description="Expected articles a day and negative share for the next days, with 80% and "
    "95% intervals, and an early warning when the 95% bound reaches `threshold` (as "
    "`toancanh forecast NAME --json`).",
)
def watchlist_forecast(
    store: StoreDep,
    actor: ActorDep,
    watch_id: WatchId,
    days: Annotated[int, Query(ge=1, le=30, description="Days ahead.")] = 7,
    history: Annotated[
        int, Query(ge=7, le=3650, description="Days of history to learn from.")
    ] = 120,
    threshold: Annotated[
        float | None,
        Query(ge=0, le=1e9, description="Daily articles that would need action."),
    ] = None,
    until: Annotated[str | None, when_query("Forecast as of this day (default: today).")] = None,
) -> dict[str, Any]:
    watch = service.get_watch(store, actor, watch_id, counted=False)
    today = local_day(parse_when(until, "until") or datetime.now(UTC))
    if today.year < 1900:
        raise FilterError("give a day after 1900", "until")
    found = outlook(
        store, watch_subject(watch), today=today, days=days, history=history, threshold=threshold
    )
    return outlook_json(found)
