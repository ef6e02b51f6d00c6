"""What every table module shares: the metadata, the UTC time type, the common columns."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, Table, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.schema import SchemaItem

metadata = MetaData()


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC in every engine; read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; attach a timezone first")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def key() -> Column[int]:
    """The integer primary key ``id``."""
    return Column("id", Integer, primary_key=True)


def ref(name: str, table: str, ondelete: str = "CASCADE", **options: Any) -> Column[int]:
    """An integer column referring to ``table.id`` (deleted with it unless ``ondelete``)."""
    return Column(name, Integer, ForeignKey(f"{table}.id", ondelete=ondelete), **options)


def table(name: str, *items: SchemaItem) -> Table:
    """A table of ``metadata`` whose first column is ``key()``."""
    return Table(name, metadata, key(), *items)


def keyless_table(name: str, *items: SchemaItem) -> Table:
    """A table of ``metadata`` with a key of its own (or none)."""
    return Table(name, metadata, *items)
