"""Alert rules of a watchlist: ``/watchlists/{id}/rules`` and ``/rules/{id}``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from toancanh.shapes import rule_json
from toancanh.trends.alerts import DEFAULT_COOLDOWN_MINUTES, RULE_KINDS, check_rule
from toancanh.web.api.common import (
    READ_ERRORS,
    WRITE_ERRORS,
    AnalystDep,
    Limit,
    Offset,
    StoreDep,
    UserDep,
    WatchId,
    can_see_watch,
    id_path,
    not_found,
    page_of,
    visible_watch,
)
from toancanh.web.api.models import Page, Rule

router = APIRouter(tags=["alerts"], responses=READ_ERRORS)
RuleKind = Literal[RULE_KINDS]  # type: ignore[valid-type]


class RuleIn(BaseModel):
    kind: RuleKind = Field(description=", ".join(RULE_KINDS))
    severity: Literal["low", "medium", "high", "critical"] = "medium"
    params: dict[Annotated[str, Field(max_length=40)], Annotated[float, Field(ge=0, le=1e9)]] = (
        Field(
            default_factory=dict,
            max_length=10,
            description="threshold, min_count (spikes); outlets, hours (story rules); "
            "min_articles (official_contradicted); missing ones take their defaults.",
        )
    )
    cooldown_minutes: int = Field(
        default=DEFAULT_COOLDOWN_MINUTES,
        ge=0,
        le=525_600,
        description="Minutes during which a repeat updates the same alert.",
    )
    channels: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list,
        max_length=20,
        description="Channel names (admins add them with `toancanh alerts channel add`); "
        "none: the alerts are stored only.",
    )


@router.get(
    "/watchlists/{watch_id}/rules",
    summary="A watchlist's alert rules",
    response_model=Page[Rule],
    description="As `toancanh alerts rule list --watch NAME --json`.",
)
def list_rules(
    store: StoreDep, user: UserDep, watch_id: WatchId, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    watch = visible_watch(store, user, watch_id)
    return page_of(store.rules.list(watch.id), limit, offset, rule_json)


@router.post(
    "/watchlists/{watch_id}/rules",
    status_code=201,
    summary="Add an alert rule to a watchlist (analyst)",
    response_model=Rule,
    responses=WRITE_ERRORS,
)
def add_rule(store: StoreDep, user: AnalystDep, watch_id: WatchId, body: RuleIn) -> dict[str, Any]:
    watch = visible_watch(store, user, watch_id)
    params = check_rule(body.kind, body.severity, dict(body.params))  # RuleError: 400
    known = {c.name for c in store.channels.list()}
    missing = [name for name in body.channels if name not in known]
    if missing:
        raise ValueError(
            f"no channel {', '.join(missing)}; known: {', '.join(sorted(known)) or 'none yet'}"
        )
    rule = store.rules.add(
        watch_id=watch.id,
        kind=body.kind,
        severity=body.severity,
        params=params,
        cooldown_minutes=body.cooldown_minutes,
        channel_names=list(dict.fromkeys(body.channels)),
        actor=user.email,
    )
    return rule_json(rule)


@router.delete(
    "/rules/{rule_id}",
    status_code=204,
    summary="Remove an alert rule (analyst)",
    responses=WRITE_ERRORS,
    description="Its alerts stay.",
)
def remove_rule(
    store: StoreDep, user: AnalystDep, rule_id: Annotated[int, id_path("rule")]
) -> Response:
    rule = store.rules.get(rule_id)
    if rule is None:
        raise not_found("rule", rule_id)
    watch = store.watches.get(rule.watch_id)
    if watch is None or not can_see_watch(user, watch):  # another unit's private one
        raise not_found("rule", rule_id)
    store.rules.remove(rule.id, user.email)
    return Response(status_code=204)
