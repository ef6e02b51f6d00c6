"""Commands imported when they run, not when the CLI starts.

Each area's command module pulls in what its commands use (trafilatura for ingest, scipy
for training, numpy for trends...), which took the start of every command to seconds.
The root group names its commands with a one-line summary each and imports a command's
module only when that command runs (or its own ``--help`` is asked for): ``toancanh
articles list`` imports ``cli/read.py`` and what it needs, nothing else. ``toancanh
--help`` lists the summaries without importing any command module; a test holds each
summary to the first paragraph of its command's own help.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command_from_info, get_group_from_info
from typer.models import CommandInfo, TyperInfo

if TYPE_CHECKING:  # Typer carries its own copy of click; these are its types
    from typer._click import Command, Context, HelpFormatter


@dataclass(frozen=True)
class Lazy:
    """A command of the root group: its name, where it lives, and what ``--help`` says."""

    name: str
    target: str  # "module:attribute", a Typer sub-app or a command function
    summary: str

    def load(self, group: TyperGroup) -> Command:
        module, _, attribute = self.target.partition(":")
        found = getattr(importlib.import_module(module), attribute)
        if isinstance(found, typer.Typer):
            return get_group_from_info(
                TyperInfo(found, name=self.name),
                pretty_exceptions_short=True,  # Typer's default; the root app keeps it
                suggest_commands=group.suggest_commands,
                rich_markup_mode=group.rich_markup_mode,
            )
        return get_command_from_info(
            CommandInfo(name=self.name, callback=found),
            pretty_exceptions_short=True,
            rich_markup_mode=group.rich_markup_mode,
        )

    def placeholder(self) -> Command:
        """What the list of commands shows; never run."""
        return TyperCommand(self.name, help=self.summary)


class LazyGroup(TyperGroup):
    """A Typer group whose ``entries`` are loaded on first use."""

    entries: ClassVar[Sequence[Lazy]] = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self._listing = False

    def list_commands(self, ctx: Context) -> list[str]:
        named = [entry.name for entry in self.entries]
        return [*named, *(name for name in self.commands if name not in named)]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = next((e for e in self.entries if e.name == cmd_name), None)
        if entry is None:
            return None
        if self._listing:
            return entry.placeholder()
        command = self.commands[cmd_name] = entry.load(self)
        return command

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        with self._summaries():
            super().format_help(ctx, formatter)

    @contextmanager
    def _summaries(self) -> Iterator[None]:
        self._listing = True
        try:
            yield
        finally:
            self._listing = False
