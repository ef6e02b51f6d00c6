"""Statement pickup: the articles that carry a published statement (``statement_pickups``).

Recording a pickup is the pipeline's work, like watch matching: not a user's change, so
not audited; the statement it belongs to is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toancanh.domain.claims import Pickup
from toancanh.domain.pickups import Carried, PickupArticle, PickupStatement
from toancanh.store.database import Database
from toancanh.store.sql import pickups as pickup_sql
from toancanh.store.sql import statements as statement_sql
from toancanh.store.sql.trends import Bucket


@dataclass
class PickupRepository:
    db: Database

    def stamp(self) -> tuple[int, int, str]:
        """A value that changes with any statement added or changed."""
        with self.db.read() as conn:
            return statement_sql.registry_stamp(conn)

    def statements(self) -> list[PickupStatement]:
        """The published and corrected statements."""
        with self.db.read() as conn:
            return pickup_sql.carried_statements(conn)

    def articles(self, article_ids: Sequence[int]) -> list[PickupArticle]:
        with self.db.read() as conn:
            return pickup_sql.pickup_articles(conn, article_ids)

    def articles_since(
        self,
        since: datetime,
        *,
        until: datetime | None = None,
        after_id: int = 0,
        limit: int = 500,
    ) -> list[PickupArticle]:
        with self.db.read() as conn:
            return pickup_sql.articles_since(
                conn, since, until=until, after_id=after_id, limit=limit
            )

    def record(
        self,
        article: PickupArticle,
        found: Sequence[Carried],
        *,
        statement_ids: Sequence[int] | None = None,
    ) -> int:
        """Replace what ``article`` was recorded to carry (of ``statement_ids`` only, when
        given) with ``found``; the rows written."""
        with self.db.write() as conn:
            return pickup_sql.replace_pickups(conn, article, found, statement_ids=statement_ids)

    def figures(self, statement_id: int) -> tuple[int, int, datetime | None]:
        """(articles, outlets, first publication) of a statement's pickups."""
        with self.db.read() as conn:
            return pickup_sql.pickup_figures(conn, statement_id)

    def outlets(self, statement_id: int, limit: int = 20) -> list[tuple[str, int]]:
        with self.db.read() as conn:
            return pickup_sql.outlet_counts(conn, statement_id, limit)

    def differing(self, statement_id: int, limit: int = 50) -> list[tuple[Pickup, str, str]]:
        """(pickup, article title, article URL) of the pickups whose figures differ."""
        with self.db.read() as conn:
            return pickup_sql.differing(conn, statement_id, limit)

    def of_statement(self, statement_id: int, limit: int = 50) -> list[tuple[Pickup, str, str]]:
        """(pickup, article title, article URL), earliest first."""
        with self.db.read() as conn:
            return pickup_sql.pickups_of(conn, statement_id, limit)

    def carried_by_bucket(
        self, watch_id: int, *, since: datetime, until: datetime, by: Bucket = "day"
    ) -> dict[str, int]:
        """Per local day (or hour): the watch's articles that carry a statement."""
        with self.db.read() as conn:
            return pickup_sql.carried_by_bucket(conn, watch_id, since=since, until=until, by=by)
