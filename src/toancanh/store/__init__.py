"""The database: all SQL of the project lives in this package."""

from toancanh.store.repo import Store, StoreNotReadyError

__all__ = ["Store", "StoreNotReadyError"]
