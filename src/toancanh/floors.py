"""Quality floors pinned in ``eval/floors.toml``: ``toancanh eval`` fails below them.

A key ``max_NAME`` is a ceiling instead: the figure ``NAME`` must not exceed it (for
figures that must stay low, such as false alarms per 1,000 days)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

FLOORS_FILE = Path("eval/floors.toml")
CEILING_PREFIX = "max_"


def check_floors(figures: Mapping[str, float], section: str, floors_path: Path) -> list[str]:
    """Violations of the ``[section]`` floors by ``figures`` (empty when all are met)."""
    try:
        floors = tomllib.loads(floors_path.read_text(encoding="utf-8")).get(section)
    except (OSError, tomllib.TOMLDecodeError) as err:
        return [f"cannot read floors from {floors_path}: {err}"]
    if not isinstance(floors, dict):
        return [f"{floors_path} has no [{section}] section"]
    violations = []
    for key, bound in floors.items():
        name = key.removeprefix(CEILING_PREFIX)
        if name not in figures:
            violations.append(f"unknown floor {key!r} (known: {', '.join(figures)})")
        elif not isinstance(bound, int | float) or isinstance(bound, bool):
            violations.append(f"floor {key!r} is not a number")
        elif key.startswith(CEILING_PREFIX) and figures[name] > bound:
            violations.append(f"{name} {figures[name]:.4f} is above the ceiling {bound}")
        elif not key.startswith(CEILING_PREFIX) and figures[name] < bound:
            violations.append(f"{name} {figures[name]:.4f} is below the floor {bound}")
    return violations
