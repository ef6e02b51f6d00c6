"""Communication plans' repository: every change audited (``plan``, ``plan_policy``,
``plan_activity``, ``plan_budget``, ``plan_kpi`` in the audit log)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from toancanh.domain.plans import MISSING, Activity, BudgetLine, DayCounts, Kpi, Plan, Policy, Stage
from toancanh.errors import NotFound
from toancanh.store.database import Database
from toancanh.store.sql import plans as sql

ENTITIES = {
    "plan": "plan",
    "policy": "plan_policy",
    "activity": "plan_activity",
    "budget": "plan_budget",
    "kpi": "plan_kpi",
}


def _audit(record: object) -> dict[str, Any]:
    data = asdict(record)  # type: ignore[call-overload]
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()}


@dataclass
class PlanRepository:
    db: Database

    def _getter(self, kind: str) -> Callable[[Any, int], Any]:
        return {
            "plan": sql.get_plan,
            "activity": sql.get_activity,
            "budget": sql.get_budget,
            "kpi": sql.get_kpi,
            "policy": sql.get_policy,
        }[kind]

    def add(
        self, kind: str, values: dict[str, Any], *, actor: str, stages: Sequence[Stage] = ()
    ) -> Any:
        """A new plan, policy, activity, budget line or KPI; ``stages``: a policy's."""
        with self.db.change(actor, "create", ENTITIES[kind]) as change:
            if kind in ("plan", "activity"):
                values = values | {"created_at": change.now, "updated_at": change.now}
            if kind == "plan":
                values = values | {"created_by": actor}
            row_id = sql.add(change.conn, kind, values)
            if kind == "policy":
                sql.set_stages(change.conn, row_id, stages)
            record = self._getter(kind)(change.conn, row_id)
            change.entity_id, change.after = row_id, _audit(record)
        return record

    def change(
        self,
        kind: str,
        row_id: int,
        values: dict[str, Any],
        *,
        actor: str,
        stages: Sequence[Stage] | None = None,
    ) -> Any:
        with self.db.change(actor, "update", ENTITIES[kind], row_id) as change:
            before = self._getter(kind)(change.conn, row_id)
            if before is None:
                raise NotFound(MISSING[kind], row_id=row_id)
            if kind in ("plan", "activity"):
                values = values | {"updated_at": change.now}
            if values:
                sql.change(change.conn, kind, row_id, values)
            if stages is not None:
                sql.set_stages(change.conn, row_id, stages)
            after = self._getter(kind)(change.conn, row_id)
            change.before, change.after = _audit(before), _audit(after)
        return after

    def get(self, kind: str, row_id: int) -> Any:
        with self.db.read() as conn:
            return self._getter(kind)(conn, row_id)

    def list_plans(
        self, *, unit_id: int | None = None, year: int | None = None, limit: int = 1000
    ) -> list[Plan]:
        with self.db.read() as conn:
            return sql.list_plans(conn, unit_id=unit_id, year=year, limit=limit)

    def policies(self, plan_id: int) -> list[Policy]:
        with self.db.read() as conn:
            return sql.policies(conn, plan_id)

    def activities(
        self, plan_ids: Sequence[int], since: date | None = None, until: date | None = None
    ) -> list[Activity]:
        if not plan_ids:
            return []
        with self.db.read() as conn:
            return sql.activities(conn, plan_ids=plan_ids, since=since, until=until)

    def budget(self, plan_id: int) -> list[BudgetLine]:
        with self.db.read() as conn:
            return sql.budget(conn, plan_id)

    def kpis(self, plan_id: int) -> list[Kpi]:
        with self.db.read() as conn:
            return sql.kpis(conn, plan_id)

    def day_counts(
        self, watch_ids: Sequence[int], since: date, until: date
    ) -> dict[int, list[DayCounts]]:
        if not watch_ids:
            return {}
        with self.db.read() as conn:
            return sql.day_counts(conn, watch_ids, since, until)

    def pickup_days(
        self, watch_ids: Sequence[int], since: datetime, until: datetime
    ) -> dict[int, dict[int, int]]:
        if not watch_ids:
            return {}
        with self.db.read() as conn:
            return sql.pickup_days(conn, watch_ids, since, until)
