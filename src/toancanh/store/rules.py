"""Alert rules: what to check on a watch, how severe it is, and where to send it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.alerts import AlertRule
from toancanh.store.database import Database
from toancanh.store.sql import alerts as alert_sql


@dataclass
class RuleRepository:
    db: Database

    def add(
        self,
        *,
        watch_id: int,
        kind: str,
        severity: str,
        params: dict[str, Any],
        cooldown_minutes: int,
        channel_names: Sequence[str],
        actor: str,
    ) -> AlertRule:
        with self.db.change(actor, "create", "alert_rule") as change:
            rule_id = alert_sql.add_rule(
                change.conn,
                watch_id=watch_id,
                kind=kind,
                severity=severity,
                params=params,
                cooldown_minutes=cooldown_minutes,
                channel_names=channel_names,
                now=change.now,
            )
            rule = alert_sql.get_rule(change.conn, rule_id)
            assert rule is not None
            change.entity_id, change.after = rule_id, asdict(rule)
        return rule

    def get(self, rule_id: int) -> AlertRule | None:
        with self.db.read() as conn:
            return alert_sql.get_rule(conn, rule_id)

    def remove(self, rule_id: int, actor: str) -> bool:
        with self.db.change(actor, "delete", "alert_rule", rule_id) as change:
            rule = alert_sql.get_rule(change.conn, rule_id)
            if rule is None:
                change.skip()
                return False
            change.before = asdict(rule)
            alert_sql.remove_rule(change.conn, rule_id)
        return True

    def set_enabled(self, rule_id: int, enabled: bool, actor: str) -> bool:
        action = "enable" if enabled else "disable"
        with self.db.change(actor, action, "alert_rule", rule_id) as change:
            rule = alert_sql.get_rule(change.conn, rule_id)
            if rule is None:
                change.skip()
                return False
            alert_sql.set_rule_enabled(change.conn, rule_id, enabled)
            change.before, change.after = {"enabled": rule.enabled}, {"enabled": enabled}
        return True

    def list(self, watch_id: int | None = None) -> list[AlertRule]:
        with self.db.read() as conn:
            return alert_sql.list_rules(conn, watch_id)
