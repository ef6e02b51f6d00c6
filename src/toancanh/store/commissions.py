"""Press commissioning: orders to press agencies and the decisions on what they delivered,
each change audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from toancanh.domain.commissions import Commission, Deliverable, Delivery
from toancanh.errors import NotFound
from toancanh.store.database import Database
from toancanh.store.sql import commissions as sql


@dataclass
class CommissionRepository:
    db: Database

    def add(
        self,
        values: dict[str, Any],
        *,
        watch_ids: Sequence[int],
        deliverables: Sequence[Deliverable],
        actor: str,
    ) -> Commission:
        with self.db.change(actor, "create", "commission") as change:
            conn = change.conn
            commission_id = sql.add_commission(conn, values | {"created_by": actor}, change.now)
            sql.set_watches(conn, commission_id, watch_ids)
            sql.set_deliverables(conn, commission_id, deliverables)
            found = sql.get_commission(conn, commission_id)
            assert found is not None
            change.entity_id, change.after = commission_id, asdict(found)
        return found

    def change(
        self,
        commission_id: int,
        values: dict[str, Any],
        *,
        actor: str,
        watch_ids: Sequence[int] | None = None,
        deliverables: Sequence[Deliverable] | None = None,
    ) -> Commission:
        with self.db.change(actor, "update", "commission", commission_id) as change:
            conn = change.conn
            before = sql.get_commission(conn, commission_id)
            if before is None:
                raise NotFound("no order #{commission_id}", commission_id=commission_id)
            change.before = asdict(before)
            sql.update_commission(conn, commission_id, values | {"updated_at": change.now})
            if watch_ids is not None:
                sql.set_watches(conn, commission_id, watch_ids)
            if deliverables is not None:
                sql.set_deliverables(conn, commission_id, deliverables)
            after = sql.get_commission(conn, commission_id)
            assert after is not None
            change.after = asdict(after)
        return after

    def decide(
        self,
        commission_id: int,
        article_ids: Sequence[int],
        *,
        state: str,
        actor: str,
        note: str | None = None,
    ) -> None:
        """Accept or reject delivered articles (one audit entry for the lot)."""
        with self.db.change(
            actor, state.removesuffix("ed"), "commission_item", commission_id
        ) as change:
            sql.decide(
                change.conn,
                commission_id,
                article_ids,
                state=state,
                actor=actor,
                now=change.now,
                note=note,
            )
            change.after = {"articles": list(article_ids), "state": state, "note": note}

    def get(self, commission_id: int) -> Commission | None:
        with self.db.read() as conn:
            return sql.get_commission(conn, commission_id)

    def deliveries(self, commission: Commission) -> list[Delivery]:
        with self.db.read() as conn:
            return sql.deliveries(conn, commission)

    def waiting_count(self, unit: str) -> int:
        """Articles found for the unit's orders and not yet accepted or rejected."""
        with self.db.read() as conn:
            return sql.waiting_count(conn, unit)

    # Last: a method named ``list`` hides the builtin from the annotations below it.
    def list(
        self, *, plan_id: int | None = None, limit: int = 1000, offset: int = 0
    ) -> list[Commission]:
        with self.db.read() as conn:
            return sql.list_commissions(conn, plan_id=plan_id, limit=limit, offset=offset)
