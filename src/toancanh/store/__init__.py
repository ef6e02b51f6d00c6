"""The database: all SQL of the project lives in this package.

``Store`` is the engine, its schema and one repository per area: code above the store
reaches an area through its repository (``store.watches.get(id)``,
``store.articles.search(query)``). The repositories run the SQL of ``store/sql/`` in
transactions (``database.py``), which also write the audit log.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from sqlalchemy import Connection, Engine

from toancanh.store.accounts import AccountRepository
from toancanh.store.alerts import AlertRepository
from toancanh.store.analysis import AnalysisRepository
from toancanh.store.articles import ArticleRepository
from toancanh.store.audit import AuditRepository
from toancanh.store.channels import ChannelRepository
from toancanh.store.claim_alerts import ClaimAlertRepository
from toancanh.store.claims import ClaimRepository
from toancanh.store.commissions import CommissionRepository
from toancanh.store.database import Database
from toancanh.store.directory import DirectoryRepository
from toancanh.store.engine import make_engine
from toancanh.store.failures import FailureRepository
from toancanh.store.incidents import IncidentRepository
from toancanh.store.migrate import current_revision, head_revision, upgrade
from toancanh.store.pickups import PickupRepository
from toancanh.store.plans import PlanRepository
from toancanh.store.report_schedules import ReportScheduleRepository
from toancanh.store.rules import RuleRepository
from toancanh.store.sources import SourceRepository
from toancanh.store.statements import StatementRepository
from toancanh.store.task_forces import TaskForceRepository
from toancanh.store.trends import TrendRepository
from toancanh.store.watches import WatchRepository
from toancanh.store.work import WorkRepository

__all__ = ["Store", "StoreNotReadyError"]


class StoreNotReadyError(RuntimeError):
    """The database has no schema yet, or an older one."""


class Store:
    """One database and its repositories; open it with ``Store.open(url)``."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.db = Database(engine)
        self.sources = SourceRepository(self.db)
        self.articles = ArticleRepository(self.db)
        self.analysis = AnalysisRepository(self.db)
        self.failures = FailureRepository(self.db)
        self.watches = WatchRepository(self.db)
        self.trends = TrendRepository(self.db)
        self.channels = ChannelRepository(self.db)
        self.rules = RuleRepository(self.db)
        self.alerts = AlertRepository(self.db)
        self.incidents = IncidentRepository(self.db)
        self.statements = StatementRepository(self.db)
        self.claims = ClaimRepository(self.db)
        self.claim_alerts = ClaimAlertRepository(self.db)
        self.directory = DirectoryRepository(self.db)
        self.commissions = CommissionRepository(self.db)
        self.pickups = PickupRepository(self.db)
        self.task_forces = TaskForceRepository(self.db)
        self.plans = PlanRepository(self.db)
        self.report_schedules = ReportScheduleRepository(self.db)
        self.accounts = AccountRepository(self.db)
        self.audit = AuditRepository(self.db)
        self.work = WorkRepository(self.db)

    @classmethod
    def open(cls, database_url: str, *, migrate: bool = True) -> Store:
        """Open a store; create or upgrade its schema unless ``migrate`` is False."""
        store = cls(make_engine(database_url))
        if migrate:
            store.upgrade()
        return store

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def upgrade(self) -> None:
        upgrade(self.engine)

    def schema_revision(self) -> tuple[str | None, str | None]:
        """(current, head) revisions of the schema."""
        return current_revision(self.engine), head_revision()

    def close(self) -> None:
        self.engine.dispose()

    def write(self) -> AbstractContextManager[Connection]:
        """One transaction (tests and tools that need raw SQL)."""
        return self.db.write()

    def read(self) -> AbstractContextManager[Connection]:
        return self.db.read()
