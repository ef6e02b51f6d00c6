"""Every refusal's template has its Vietnamese translation, with the same placeholders.

A service's message is translated on the dashboard (``web/i18n.py``: template first, then
the values), so a template missing from ``web/i18n/vi/*.po`` would reach a Vietnamese
user in English, and a placeholder lost in translation would fail to fill.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import toancanh
from toancanh.web.i18n import merged_catalog

SOURCE = Path(toancanh.__file__).parent
# The errors of toancanh.errors and the lower layers' subclasses of them.
REFUSALS = {
    "Invalid",
    "NotFound",
    "Forbidden",
    "Conflict",
    "FilterError",
    "UnknownOutlet",
    "RuleError",
}


def refusal_templates() -> dict[str, str]:
    """Literal templates of every refusal raised in the source, with where they are."""
    found: dict[str, str] = {}
    for file in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in REFUSALS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{file.relative_to(SOURCE)}:{node.lineno}")
    return found


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_refusal_has_a_vietnamese_translation() -> None:
    catalog = {m.id: m.string for m in merged_catalog("vi") if m.id and m.string}
    templates = refusal_templates()
    assert len(templates) > 30
    missing = sorted(f"{where}: {t}" for t, where in templates.items() if t not in catalog)
    assert missing == [], "add these to a web/i18n/vi/errors*.po file"
    changed = sorted(
        f"{where}: {t}"
        for t, where in templates.items()
        if _placeholders(t) != _placeholders(str(catalog[t]))
    )
    assert changed == [], "keep every {placeholder} in the translation"
