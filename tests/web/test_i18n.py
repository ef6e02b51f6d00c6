"""Every text of the dashboard has its Vietnamese translation; formats follow the language."""

from __future__ import annotations

import ast
import re
from datetime import UTC, datetime
from importlib import resources

from babel.messages.extract import extract

from toancanh.web.i18n import local_time, merged_catalog, number, percent, translations

GETTEXT_NAMES = {"_", "gettext", "ngettext"}


def template_messages() -> set[str]:
    """Message ids of every template (Babel's Jinja2 extractor)."""
    found: set[str] = set()
    folder = resources.files("toancanh.web") / "templates"
    for template in folder.iterdir():
        if not template.name.endswith(".html"):
            continue
        with template.open("rb") as handle:
            for _, message, _, _ in extract(
                "jinja2.ext:babel_extract", handle, options={"extensions": "jinja2.ext.i18n"}
            ):
                ids = (message,) if isinstance(message, str) else tuple(message or ())
                found.update(m for m in ids[:1] if isinstance(m, str) and m)
    return found


def python_messages() -> set[str]:
    """Literal message ids passed to gettext in the web package's Python code."""
    found: set[str] = set()
    package = resources.files("toancanh.web")
    files = [f for f in package.iterdir() if f.name.endswith(".py")]
    files += [f for f in (package / "pages").iterdir() if f.name.endswith(".py")]
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name | ast.Attribute)
                and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
                in GETTEXT_NAMES
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


REFUSALS = {"Invalid", "NotFound", "Forbidden", "Conflict"}


def refusal_messages() -> set[str]:
    """Message templates of the refusals (``errors.py``) the services, the access policy
    and the web's adapters raise: the dashboard shows them translated."""
    package = resources.files("toancanh")
    files = []
    for folder in ("access", "services", "web/pages", "web/api"):
        files += [f for f in package.joinpath(folder).iterdir() if f.name.endswith(".py")]
    found: set[str] = set()
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in REFUSALS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_refusal_of_a_service_has_a_vietnamese_translation() -> None:
    catalog = merged_catalog("vi")
    translated = {m.id: m.string for m in catalog if m.id and m.string}
    messages = refusal_messages()
    assert "you cannot disable or demote your own account" in messages  # the scan works
    missing = sorted(messages - set(translated))
    assert missing == [], f"add these to a web/i18n/vi/errors*.po file: {missing}"
    placeholders = re.compile(r"\{[^}]*\}")
    lost = [
        m
        for m in messages
        if set(placeholders.findall(m)) != set(placeholders.findall(translated[m]))
    ]
    assert lost == [], f"keep every {{placeholder}} in the translation: {lost}"


def test_every_message_has_a_vietnamese_translation() -> None:
    catalog = merged_catalog("vi")
    # A plural message's id is (singular, plural): the templates' extraction gives the singular.
    translated = {
        m.id[0] if isinstance(m.id, tuple) else m.id for m in catalog if m.id and m.string
    }
    found = template_messages()
    assert {"Statements", "Incidents"} <= found, "the templates' scan works"
    missing = sorted((found | python_messages()) - translated)
    assert missing == [], f"add these to a web/i18n/vi/*.po file: {missing}"


def test_vietnamese_formats() -> None:
    assert number(1234567, "vi") == "1.234.567" and number(1234567, "en") == "1,234,567"
    assert number(0.5, "vi", 2) == "0,50"
    assert percent(0.255, "vi").replace("\xa0", " ") in ("26%", "26 %")
    assert local_time(datetime(2026, 11, 20, 7, 5, tzinfo=UTC)) == "20/11/2026 14:05"
    assert translations("vi").gettext("Overview") == "Tổng quan"
    assert translations("en").gettext("Overview") == "Overview"


def test_the_catalogs_agree_where_they_share_a_message() -> None:
    from babel.messages.pofile import read_po

    from toancanh.web.i18n import catalog_files

    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for file in catalog_files("vi"):
        with file.open("rb") as handle:
            for message in read_po(handle):
                if not message.id:
                    continue
                earlier = seen.setdefault(message.id, (file.name, message.string))
                if earlier[1] != message.string:
                    clashes.append((message.id, earlier, (file.name, message.string)))
    assert clashes == [], "one message, one translation: keep it in one .po file"


# The modules whose refusals (toancanh.errors) are checked here; an area moved to the
# service template adds its modules.
ERROR_MODULES = (
    "access/*.py",
    "services/claim_export.py",  # the claim desk's review
    "services/claim_review.py",
    "alerts/status.py",
    "alerts/channels/*.py",
    "incidents/workflow.py",
    "services/alerts.py",
    "services/channels.py",
    "services/directory.py",
    "services/directory_fields.py",
    "services/directory_files.py",
    "services/incidents.py",
    "web/pages/directory.py",
    "web/pages/incidents.py",
)
# What raises a refusal, and the position of its message template among the arguments.
TEMPLATE_ARGUMENT = {
    **dict.fromkeys(("Invalid", "NotFound", "Forbidden", "Conflict", "ChannelConfigError"), 0),
    "check_choice": 2,
    "require_change": 2,
}


def error_templates() -> dict[str, str]:
    """The literal message templates raised in ``ERROR_MODULES``, with where they are."""
    root = resources.files("toancanh")
    found: dict[str, str] = {}
    for pattern in ERROR_MODULES:
        folder, _, name = pattern.rpartition("/")
        base = root.joinpath(*folder.split("/")) if folder else root
        for file in base.iterdir():
            if not (file.name == name or (name == "*.py" and file.name.endswith(".py"))):
                continue
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in TEMPLATE_ARGUMENT
                ):
                    continue
                index = TEMPLATE_ARGUMENT[node.func.id]
                template = node.args[index] if len(node.args) > index else None
                if isinstance(template, ast.Constant) and isinstance(template.value, str):
                    where = "/".join(filter(None, (folder, file.name)))
                    found[template.value] = f"{where}:{node.lineno}"
    return found


def test_every_refusal_has_a_vietnamese_translation_with_its_placeholders() -> None:
    import string

    catalog = merged_catalog("vi")
    templates = error_templates()
    assert len(templates) > 40, "the scan found the services' messages"

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    missing = sorted(f"{where}: {t}" for t, where in templates.items() if not catalog.get(t))
    assert missing == [], f"add these to a web/i18n/vi/*.po file: {missing}"
    wrong = sorted(
        t
        for t in templates
        if fields(t) != fields(catalog.get(t).string)  # type: ignore[union-attr]
    )
    assert wrong == [], f"keep every {{placeholder}} in the translation: {wrong}"


def test_a_translation_with_quotes_stays_whole_inside_an_html_attribute() -> None:
    """The search box's example holds quotes; it used to end the ``placeholder`` early
    (the user saw "ví dụ:"): translated text is escaped like any other text."""
    from html.parser import HTMLParser

    from toancanh.web.templating import environment

    class Placeholders(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.found += [value or "" for name, value in attrs if name == "placeholder"]

    message = 'e.g. "học phí" AND (tăng OR giảm)'
    template = '<input placeholder="{{ _(\'e.g. \\"học phí\\" AND (tăng OR giảm)\') }}" '
    template += "title=\"{{ _('Delete “%(name)s”?', name=who) }}\">"
    for lang in ("vi", "en"):
        wanted = translations(lang).gettext(message)
        assert '"' in wanted, "the example is quoted in both languages"
        parser = Placeholders()
        html = environment(lang).from_string(template).render(who='"><script>x</script>')
        parser.feed(html)
        assert parser.found == [wanted]
        assert "<script>" not in html
