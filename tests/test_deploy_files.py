"""The deployment files name commands and options that exist (they cannot run here:
no Docker daemon, no systemd), so a renamed option breaks this test, not a deployment."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer
import yaml
from typer.main import get_command

from toancanh.cli import app
from toancanh.workers.routes import QUEUES

DEPLOY = Path(__file__).parent.parent / "deploy"


def check_command(words: list[str]) -> None:
    """``toancanh SUB [--option value]...``: the subcommand and each option exist."""
    assert words[0].endswith("toancanh"), words
    root = get_command(app)
    command = root.get_command(typer.Context(root), words[1])  # type: ignore[attr-defined]
    assert command is not None, f"no command {words[1]!r}"
    if hasattr(command, "commands"):  # a group: db upgrade, users add, ...
        command = command.commands[words[2]]
    options = {name for param in command.params for name in param.opts}
    for word in words[2:]:
        if word.startswith("--"):
            assert word in options, f"{words[1]} has no option {word}"
    if "--queues" in words:
        queues = words[words.index("--queues") + 1]
        if not queues.startswith("%"):
            assert set(queues.split(",")) <= set(QUEUES), queues


def test_compose_services_run_real_commands() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    commands = [
        service["command"]
        for service in compose["services"].values()
        if isinstance(service.get("command"), list) and service["command"][0] == "toancanh"
    ]
    assert len(commands) >= 5  # migrate, workers, scheduler, web
    for words in commands:
        check_command(words)
    assert any("worker" in words and "analyze" in " ".join(words) for words in commands)


@pytest.mark.parametrize("unit", sorted(p.name for p in (DEPLOY / "systemd").glob("*.service")))
def test_systemd_units_run_real_commands(unit: str) -> None:
    text = (DEPLOY / "systemd" / unit).read_text()
    (exec_start,) = re.findall(r"^ExecStart=(.+)$", text, flags=re.MULTILINE)
    check_command(shlex.split(exec_start))
    assert re.search(r"^User=toancanh$", text, flags=re.MULTILINE)
    assert "EnvironmentFile=/etc/toancanh/env" in text
