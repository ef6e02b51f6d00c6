"""What every command gets: the settings and, on demand, the store."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Annotated

import typer

from toancanh import resolve
from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.services.claims import MatchCache
from toancanh.store import Store

# Who makes a change, as the audit log records it (default: the login).
ByOption = Annotated[str, typer.Option(help="Who makes the change (default: your login).")]


@dataclass
class AppContext:
    settings: Settings
    _store: Store | None = field(default=None, repr=False)
    # The registry's index for `claims match`, built once per run (services/claims.py).
    match_cache: MatchCache = field(default_factory=MatchCache, repr=False)

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


def operator(by: str = "") -> Actor:
    """Who runs the command: the operator at the server's console (every right), named
    by ``--by`` or the login, as the audit log records it."""
    return Actor.operator(by or os.environ.get("USER") or "unknown")


def actor(by: str = "") -> str:
    """The operator's name, for the commands whose area has no service yet."""
    return operator(by).name
