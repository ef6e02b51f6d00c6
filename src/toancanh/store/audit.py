"""Reading the audit log; entries are written by ``Database.change`` (database.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from toancanh.domain.accounts import AuditEntry
from toancanh.store.database import Database
from toancanh.store.sql import audit as audit_sql


@dataclass
class AuditRepository:
    db: Database

    def entries(
        self,
        *,
        entity: str | None = None,
        entity_id: object = None,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Newest first; ``since`` inclusive, ``until`` exclusive, ``actor`` exact."""
        with self.db.read() as conn:
            return audit_sql.entries(
                conn,
                entity=entity,
                entity_id=entity_id,
                since=since,
                until=until,
                actor=actor,
                limit=limit,
                offset=offset,
            )

    def version(self) -> int:
        """Bumped by every change a user makes (the newest entry's id), e.g. for page caches."""
        with self.db.read() as conn:
            return audit_sql.latest_change(conn)
