"""``/watchlists``: the policies and topics a unit tracks, their trends and forecasts.

A unit's private watchlists exist only for that unit and the admins: anyone else gets a
404, as if there were none. Analysts change the watchlists they can see; only the owning
unit (or an admin) makes one private or shared.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel, Field

from toancanh.cli.output import summary_json
from toancanh.domain import User, Watch, WatchSpec
from toancanh.resolve import MAX_DAYS, FilterError, parse_when, period
from toancanh.shapes import rule_json, watch_json
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.trends.outlook import outlook, outlook_json
from toancanh.trends.series import local_day, report_json, trend_report
from toancanh.watch.watchlists import backfill, check_spec
from toancanh.web.api.common import (
    READ_ERRORS,
    SYNTAX_ERROR,
    WRITE_ERRORS,
    AnalystDep,
    Limit,
    Offset,
    Since,
    StoreDep,
    Until,
    UserDep,
    WatchId,
    can_see_watch,
    page,
    page_of,
    visible_watch,
)
from toancanh.web.api.models import ArticleSummary, Page, WatchDetail
from toancanh.web.api.models import Watch as WatchOut

router = APIRouter(prefix="/watchlists", tags=["watchlists"], responses=READ_ERRORS)
CHANGE_ERRORS = {**WRITE_ERRORS, **SYNTAX_ERROR}
NameField = Field(min_length=1, max_length=200, description="'Nhà ở xã hội', 'Chỉ thị 07'.")
QueryField = Field(
    default=None,
    max_length=2000,
    description='Boolean query (docs/search.md): \'"nha o xa hoi" AND (cham OR "khieu nai")\'.',
)
RefsField = Field(
    default_factory=list,
    max_length=50,
    description="Also match articles citing these documents: '81/2021/NĐ-CP', 'nd 15/2020'.",
)
AgenciesField = Field(
    default_factory=list,
    max_length=50,
    description="Also match articles naming these bodies (full name or abbreviation).",
)


class WatchIn(BaseModel):
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

    name: str | None = Field(default=None, min_length=1, max_length=200)
    query: str | None = QueryField
    legal_refs: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50
    )
    agencies: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50
    )
    description: str | None = Field(default=None, max_length=2000)
    shared: bool | None = None


def _refuse_taken_name(store: Store, name: str, watch_id: int | None = None) -> None:
    other = store.watches.find(name)
    if other is not None and other.id != watch_id:
        raise HTTPException(409, f"a watchlist called {name!r} exists already: choose another name")


def _detail(store: Store, watch: Watch) -> dict[str, Any]:
    return {**watch_json(watch), "rules": [rule_json(r) for r in store.rules.list(watch.id)]}


@router.get(
    "",
    summary="The watchlists you can see",
    response_model=Page[WatchOut],
    description="Shared watchlists and your unit's private ones (admins: all), by name, "
    "with their number of matched articles (as `toancanh watch list --json`).",
)
def list_watchlists(
    store: StoreDep, user: UserDep, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    visible = [w for w in store.watches.list() if can_see_watch(user, w)]
    return page_of(visible, limit, offset, watch_json)


@router.post(
    "",
    status_code=201,
    summary="Track a policy or topic (analyst)",
    response_model=WatchOut,
    responses=CHANGE_ERRORS,
    description="The watchlist belongs to your unit. Give a query, legal documents or "
    "agencies (at least one); they are checked and made canonical. Matches the stored "
    "history at once unless `backfill` is false.",
)
def create_watchlist(store: StoreDep, user: AnalystDep, body: WatchIn) -> dict[str, Any]:
    spec = check_spec(
        WatchSpec(
            name=body.name,
            query=body.query,
            legal_refs=tuple(body.legal_refs),
            agencies=tuple(body.agencies),
            description=body.description,
            unit=user.unit,
            shared=body.shared,
        )
    )
    _refuse_taken_name(store, spec.name)
    watch = store.watches.add(spec, user.email)
    if body.backfill:
        backfill(store, watch)
    return watch_json(store.watches.get(watch.id) or watch)


@router.get(
    "/{watch_id}",
    summary="One watchlist with its alert rules",
    response_model=WatchDetail,
    description="As `toancanh watch show --json`.",
)
def show_watchlist(store: StoreDep, user: UserDep, watch_id: WatchId) -> dict[str, Any]:
    return _detail(store, visible_watch(store, user, watch_id))


def _may_share(user: User, watch: Watch) -> bool:
    return user.role == "admin" or (watch.unit is not None and watch.unit == user.unit)


@router.patch(
    "/{watch_id}",
    summary="Change a watchlist (analyst)",
    response_model=WatchDetail,
    responses=CHANGE_ERRORS,
    description="Only the fields given change (lists replace the stored ones, null clears a "
    "query or description); the matches are recomputed over the whole history.",
)
def change_watchlist(
    store: StoreDep, user: AnalystDep, watch_id: WatchId, body: WatchPatch
) -> dict[str, Any]:
    current = visible_watch(store, user, watch_id)
    given = body.model_fields_set
    changes_sharing = "shared" in given and body.shared not in (None, current.shared)
    if changes_sharing and not _may_share(user, current):
        raise HTTPException(403, "only the owning unit or an admin can share or hide it")
    old = current.spec()
    changes: dict[str, Any] = {}
    if "name" in given and body.name is not None:
        changes["name"] = body.name
    for key in ("query", "description"):
        if key in given:
            changes[key] = getattr(body, key)
    for key in ("legal_refs", "agencies"):
        if key in given:
            changes[key] = tuple(getattr(body, key) or ())
    if "shared" in given and body.shared is not None:
        changes["shared"] = body.shared
    spec = check_spec(replace(old, **changes))
    _refuse_taken_name(store, spec.name, current.id)
    watch = store.watches.update(current.id, spec, user.email)
    backfill(store, watch)
    return _detail(store, store.watches.get(watch.id) or watch)


@router.delete(
    "/{watch_id}",
    status_code=204,
    summary="Stop tracking (analyst)",
    responses=WRITE_ERRORS,
    description="Its matches, rules and alerts go; the articles stay.",
)
def delete_watchlist(store: StoreDep, user: AnalystDep, watch_id: WatchId) -> Response:
    watch = visible_watch(store, user, watch_id)
    store.watches.remove(watch.id, user.email)
    return Response(status_code=204)


@router.get(
    "/{watch_id}/articles",
    summary="The articles a watchlist matched, newest first",
    response_model=Page[ArticleSummary],
)
def watchlist_articles(
    store: StoreDep, user: UserDep, watch_id: WatchId, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    watch = visible_watch(store, user, watch_id)
    found = store.watches.articles(watch.id, limit=limit + 1, offset=offset)
    return page(found, limit, offset, summary_json)


def watch_subject(watch: Watch) -> Subject:
    return Subject("watch", str(watch.id), watch.name)


@router.get(
    "/{watch_id}/trends",
    summary="A watchlist's trend",
    description="Volume, tone and net sentiment per day or hour, official share of voice, "
    "top outlets, top stories and rising terms (as `toancanh trends NAME --json`).",
)
def watchlist_trends(
    store: StoreDep,
    user: UserDep,
    watch_id: WatchId,
    by: Annotated[Literal["day", "hour"], Query(description="Bucket: day or hour.")] = "day",
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    watch = visible_watch(store, user, watch_id)
    start, end = period(since, until, 30, max_days=MAX_DAYS)
    return report_json(trend_report(store, watch_subject(watch), since=start, until=end, by=by))


@router.get(
    "/{watch_id}/forecast",
    summary="A watchlist's forecast",
    description="Expected articles a day and negative share for the next days, with 80% and "
    "95% intervals, and an early warning when the 95% bound reaches `threshold` (as "
    "`toancanh forecast NAME --json`).",
)
def watchlist_forecast(
    store: StoreDep,
    user: UserDep,
    watch_id: WatchId,
    days: Annotated[int, Query(ge=1, le=30, description="Days ahead.")] = 7,
    history: Annotated[
        int, Query(ge=7, le=3650, description="Days of history to learn from.")
    ] = 120,
    threshold: Annotated[
        float | None,
        Query(ge=0, le=1e9, description="Daily articles that would need action."),
    ] = None,
    until: Annotated[
        str | None, Query(description="Forecast as of this day (default: today).")
    ] = None,
) -> dict[str, Any]:
    watch = visible_watch(store, user, watch_id)
    today = local_day(parse_when(until, "until") or datetime.now(UTC))
    if today.year < 1900:
        raise FilterError("give a day after 1900", "until")
    found = outlook(
        store, watch_subject(watch), today=today, days=days, history=history, threshold=threshold
    )
    return outlook_json(found)
