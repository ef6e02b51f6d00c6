"""Alert rules of a watchlist: ``/watchlists/{id}/rules`` and ``/rules/{id}``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Response
from pydantic import BaseModel, Field

from toancanh.alerts.rules import DEFAULT_COOLDOWN_MINUTES, RULE_KINDS
from toancanh.services import rules as service
from toancanh.services.rules import RuleInput
from toancanh.shapes import rule_json
from toancanh.web.api.common import ActorDep, AnalystActor, Router, StoreDep, WatchId, id_path
from toancanh.web.api.models import Page, Rule
from toancanh.web.api.paging import Limit, Offset, page_of

router = Router("alerts")
RuleId = Annotated[int, id_path("rule")]
RuleKind = Literal[RULE_KINDS]  # type: ignore[valid-type]


class RuleIn(BaseModel):
    kind: RuleKind = Field(description=", ".join(RULE_KINDS))
    severity: Literal["low", "medium", "high", "critical"] = "medium"
    params: dict[
        Annotated[str, Field(max_length=40)],
        Annotated[float, Field(ge=0, le=1e9)]
        | Annotated[list[Annotated[str, Field(max_length=20)]], Field(max_length=10)],
    ] = Field(
        default_factory=dict,
        max_length=10,
        description="threshold, min_count (spikes); outlets, hours (story rules); "
        "min_articles (official_contradicted); new_articles, verdicts (claim_repeat: a "
        "list of true, false, misleading, unproven); missing ones take their defaults.",
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


@router.read(
    "/watchlists/{watch_id}/rules",
    "A watchlist's alert rules",
    Page[Rule],
    description="As `toancanh alerts rule list --watch NAME --json`.",
)
def list_rules(
    store: StoreDep, actor: ActorDep, watch_id: WatchId, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    return page_of(service.list_rules(store, actor, watch_id), limit, offset, rule_json)


@router.write(
    "post",
    "/watchlists/{watch_id}/rules",
    "Add an alert rule to a watchlist (its unit's analysts, admins)",
    Rule,
    status_code=201,
)
def add_rule(
    store: StoreDep, actor: AnalystActor, watch_id: WatchId, body: RuleIn
) -> dict[str, Any]:
    rule = RuleInput(
        kind=body.kind,
        severity=body.severity,
        params=dict(body.params),
        cooldown_minutes=body.cooldown_minutes,
        channels=tuple(body.channels),
    )
    return rule_json(service.add_rule(store, actor, watch_id, rule))


@router.remove(
    "/rules/{rule_id}",
    "Remove an alert rule (its watchlist's unit's analysts, admins)",
    "Its alerts stay.",
)
def remove_rule(store: StoreDep, actor: AnalystActor, rule_id: RuleId) -> Response:
    service.remove_rule(store, actor, rule_id)
    return Response(status_code=204)
