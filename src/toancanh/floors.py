"""Quality floors pinned in ``eval/floors.toml``: ``toancanh eval`` fails below them."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

FLOORS_FILE = Path("eval/floors.toml")


def check_floors(figures: Mapping[str, float], section: str, floors_path: Path) -> list[str]:
    """Violations of the ``[section]`` floors by ``figures`` (empty when all are met)."""
    try:
        floors = tomllib.loads(floors_path.read_text(encoding="utf-8")).get(section)
    except (OSError, tomllib.TOMLDecodeError) as err:
        return [f"cannot read floors from {floors_path}: {err}"]
    if not isinstance(floors, dict):
        return [f"{floors_path} has no [{section}] section"]
    violations = []
    for key, floor in floors.items():
        if key not in figures:
            violations.append(f"unknown floor {key!r} (known: {', '.join(figures)})")
        elif not isinstance(floor, int | float):
            violations.append(f"floor {key!r} is not a number")
        elif figures[key] < floor:
            violations.append(f"{key} {figures[key]:.4f} is below the floor {floor}")
    return violations
