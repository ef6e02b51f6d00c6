"""The layers of DESIGN.md hold: a module imports only its own layer and those below.

    text, domain, errors, config  →  analyze  →  watch  →  store
        →  ingest, trends, alerts, incidents, pipeline  →  services, access, resolve, shapes
        →  workers  →  cli, web

The front-ends sit side by side: the web never imports the CLI, and the CLI imports the
web only in the command that starts the server. Imports are read from the source with
``ast`` (a function-level import counts like any other), so a new package must be given
its layer here before it can land.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import toancanh

PACKAGE = Path(toancanh.__file__).parent
LAYERS: dict[str, int] = {
    "__init__": 0,
    "errors": 0,
    "config": 0,
    "domain": 0,
    "text": 0,
    "floors": 0,
    "data": 0,
    "analyze": 1,
    "claims": 1,  # the claims core: pure functions over text (figures, detection, matching)
    "watch": 2,
    "store": 3,
    "ingest": 4,
    "trends": 4,
    "alerts": 4,
    "incidents": 4,
    "reports": 4,  # composing and rendering reports: pure functions over gathered data
    "pipeline": 4,
    "access": 5,
    "services": 5,
    "resolve": 5,
    "shapes": 5,
    "workers": 6,
    "cli": 7,
    "web": 7,
    "__main__": 8,
}
# The one place a front-end may reach into the other: `toancanh serve` starts the web.
ALLOWED_ACROSS = {
    ("cli/serve.py", "web"),
    # An import's report in the user's language reads the dashboard's catalogs
    # (web/i18n.py: babel and the .po files, nothing of the web app).
    ("cli/directory.py", "web"),
}


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def top_of(name: str) -> str | None:
    """``toancanh.store.sql`` → ``store``; None for a module outside the package."""
    parts = name.split(".")
    return parts[1] if parts[0] == "toancanh" and len(parts) > 1 else None


def imported_tops(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "toancanh":
                names = [f"toancanh.{alias.name}" for alias in node.names]
        found.update(t for t in map(top_of, names) if t is not None)
    return found


def layer_of(path: Path) -> tuple[str, int]:
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0].removesuffix(".py")
    assert top in LAYERS, f"{relative}: give the package {top!r} its layer in LAYERS"
    return top, LAYERS[top]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_its_layer_and_those_below(path: Path) -> None:
    top, level = layer_of(path)
    relative = path.relative_to(PACKAGE).as_posix()
    for other in imported_tops(path):
        assert other in LAYERS, f"{relative} imports toancanh.{other}, which has no layer"
        if other == top or (relative, other) in ALLOWED_ACROSS:
            continue
        assert LAYERS[other] <= level, (
            f"{relative} (layer {level}) imports toancanh.{other} (layer {LAYERS[other]})"
        )
        assert not (LAYERS[other] == level == LAYERS["cli"]), (
            f"{relative}: the front-ends stay apart; {top} imports {other}"
        )


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    """The import reader finds imports in every form the layer test relies on."""
    module = tmp_path / "sample.py"
    module.write_text(
        "import toancanh.web.app\n"
        "from toancanh.cli import output\n"
        "from toancanh import services\n"
        "def later():\n    from toancanh.store.sql import articles\n",
        encoding="utf-8",
    )
    assert imported_tops(module) == {"web", "cli", "services", "store"}
