"""What every command gets: the settings and, on demand, the store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import typer

from toancanh.config import Settings
from toancanh.store import Store
from toancanh.text.dates import parse_datetime

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


@dataclass
class AppContext:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)

    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings.database_url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def app_context(ctx: typer.Context) -> AppContext:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppContext), "the root callback sets the context"
    return obj


def parse_when(value: str | None, option: str = "--since") -> datetime | None:
    """``2026-10-01``, ``01/10/2026``, ISO 8601, or relative ``24h`` / ``7d`` / ``2w``."""
    if value is None:
        return None
    relative = _RELATIVE.match(value)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        return datetime.now(UTC) - timedelta(**{_UNITS[unit]: amount})
    parsed = parse_datetime(value)
    if parsed is None:
        raise typer.BadParameter(
            f"{value!r} is not a date: use 2026-10-01, 01/10/2026, or 7d / 24h", param_hint=option
        )
    return parsed
