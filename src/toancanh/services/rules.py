"""Alert rules of a watchlist: whoever may change the watchlist sets its rules.

A rule names the channels its alerts go to; a channel must exist when the rule is saved
(the admins add channels), else the alerts would silently go nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from toancanh import access
from toancanh.access import Actor
from toancanh.alerts.rules import DEFAULT_COOLDOWN_MINUTES, check_rule
from toancanh.domain.alerts import AlertRule
from toancanh.errors import Invalid, NotFound
from toancanh.store import Store


@dataclass(frozen=True)
class RuleInput:
    """A rule as a user gives it; missing parameters take the kind's defaults."""

    kind: str
    severity: str = "medium"
    params: dict[str, Any] = field(default_factory=dict)
    cooldown_minutes: int = DEFAULT_COOLDOWN_MINUTES
    channels: Sequence[str] = ()


def list_rules(store: Store, actor: Actor, watch_id: int | None = None) -> list[AlertRule]:
    """The rules of one watchlist, or of every watchlist the actor sees."""
    if watch_id is not None:
        watch = access.visible_watch(actor, store.watches.get(watch_id, counted=False), watch_id)
        return store.rules.list(watch.id)
    visible = {w.id: w for w in store.watches.list(with_counts=False)}
    return [
        r
        for r in store.rules.list()
        if r.watch_id in visible and access.can_see_watch(actor, visible[r.watch_id])
    ]


def add_rule(store: Store, actor: Actor, watch_id: int, rule: RuleInput) -> AlertRule:
    watch = access.changeable_watch(actor, store.watches.get(watch_id, counted=False), watch_id)
    params = check_rule(rule.kind, rule.severity, dict(rule.params))
    if rule.cooldown_minutes < 0:
        raise Invalid("the cool-down is a number of minutes, 0 or more", field="cooldown")
    chosen = list(dict.fromkeys(c for c in rule.channels if c))
    known = {c.name for c in store.channels.list()}
    missing = [name for name in chosen if name not in known]
    if missing:
        raise Invalid(
            "no channel {missing}; channels: {known} (an admin adds them with "
            "`toancanh alerts channel add`)",
            field="channels",
            missing=", ".join(missing),
            known=", ".join(sorted(known)) or "–",
        )
    return store.rules.add(
        watch_id=watch.id,
        kind=rule.kind,
        severity=rule.severity,
        params=params,
        cooldown_minutes=rule.cooldown_minutes,
        channel_names=chosen,
        actor=actor.name,
    )


def _changeable_rule(
    store: Store, actor: Actor, rule_id: int, watch_id: int | None = None
) -> AlertRule:
    """The rule, if the actor may change its watchlist (and it is ``watch_id``'s)."""
    rule = store.rules.get(rule_id)
    watch = store.watches.get(rule.watch_id, counted=False) if rule else None
    if (
        rule is None
        or watch is None
        or not access.can_see_watch(actor, watch)
        or (watch_id is not None and rule.watch_id != watch_id)
    ):
        raise NotFound("no alert rule #{rule_id}", rule_id=rule_id)
    access.changeable_watch(actor, watch, watch.id)
    return rule


def remove_rule(store: Store, actor: Actor, rule_id: int, *, watch_id: int | None = None) -> None:
    """Remove a rule; the alerts it raised stay."""
    rule = _changeable_rule(store, actor, rule_id, watch_id)
    store.rules.remove(rule.id, actor.name)


def set_rule_enabled(
    store: Store, actor: Actor, rule_id: int, enabled: bool, *, watch_id: int | None = None
) -> None:
    rule = _changeable_rule(store, actor, rule_id, watch_id)
    store.rules.set_enabled(rule.id, enabled, actor.name)
