"""What every command gets: the settings and, on demand, the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import typer

from toancanh import resolve
from toancanh.config import Settings
from toancanh.store import Store


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
    try:
        return resolve.parse_when(value, option.lstrip("-").replace("-", "_"))
    except resolve.FilterError as error:
        raise typer.BadParameter(error.message, param_hint=option) from error
