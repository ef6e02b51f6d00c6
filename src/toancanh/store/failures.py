"""The failure log: every item that could not be fetched, extracted or stored, and why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toancanh.domain.ingest import Failure
from toancanh.store.database import Database
from toancanh.store.sql import failures as failure_sql


@dataclass
class FailureRepository:
    db: Database

    def record(self, failure: Failure) -> None:
        with self.db.write() as conn:
            failure_sql.record_failure(conn, failure)

    def permanently_failed(self, urls: Sequence[str], since: datetime) -> set[str]:
        """The URLs among these that failed for good since ``since`` (not worth retrying)."""
        with self.db.read() as conn:
            return failure_sql.permanently_failed(conn, urls, since)

    def list(
        self, *, since: datetime | None = None, stage: str | None = None, limit: int = 100
    ) -> list[Failure]:
        with self.db.read() as conn:
            return failure_sql.list_failures(conn, since=since, stage=stage, limit=limit)
