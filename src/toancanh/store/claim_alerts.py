"""What the repeat alert reads: claims that repeat one already given a verdict.

Its own small repository (not ``store.claims``, the claim desk's writes): the alert rules
only read, and only through the watchlist's matched articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from toancanh.domain.alerts import ClaimRepeat
from toancanh.store.database import Database
from toancanh.store.sql import claim_alerts as sql


@dataclass
class ClaimAlertRepository:
    db: Database

    def repeats(
        self, watch_id: int, *, since: datetime, until: datetime, verdicts: Sequence[str]
    ) -> list[ClaimRepeat]:
        """The repeats found in ``[since, until)`` in the watch's articles whose original
        claim has one of ``verdicts``."""
        with self.db.read() as conn:
            return sql.repeated_claims(conn, watch_id, since=since, until=until, verdicts=verdicts)
