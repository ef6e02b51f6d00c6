"""Languages of the dashboard: Vietnamese by default, English switchable.

Templates are written with English message ids (``{{ _("Search") }}``); the Vietnamese
translations live in gettext catalogs, ``web/i18n/vi/*.po`` (one file per part of the
dashboard, merged when loaded, so that parts can be translated independently), read with
Babel and compiled in memory (no build step). English needs no catalog. Numbers and dates
are formatted per language: ``1.234,5`` and ``20/11/2026 14:05`` (Asia/Ho_Chi_Minh) in
Vietnamese.
"""

from __future__ import annotations

import gettext
import io
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern, format_percent, parse_pattern

from toancanh.errors import ToanCanhError
from toancanh.text.dates import to_local

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
LANGUAGE_COOKIE = "lang"
_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def catalog_files(language: str) -> list[Any]:
    folder = resources.files("toancanh.web") / "i18n" / language
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".po")), key=lambda f: f.name)


def merged_catalog(language: str) -> Catalog:
    """Every ``.po`` file of a language in one catalog (a later file wins on a clash)."""
    merged = Catalog(locale=_LOCALES[language])
    for file in catalog_files(language):
        with file.open("rb") as handle:
            for message in read_po(handle, locale=_LOCALES[language]):
                if message.id and message.string:
                    merged.add(message.id, message.string, context=message.context)
    return merged


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> gettext.NullTranslations:
    """The language's translations (English: the message ids themselves)."""
    if language == "en":
        return gettext.NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, merged_catalog(language))
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def pick_language(cookie: str | None) -> str:
    return cookie if cookie in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=8)
def _number_pattern(digits: int) -> NumberPattern:
    # Parsed once: babel's format_decimal parses its pattern on every call (7x slower,
    # and a page formats a hundred numbers).
    return parse_pattern("#,##0" + ("." + "0" * digits if digits else ""))


def number(value: float | int | None, language: str, digits: int = 0) -> str:
    if value is None:
        return "–"
    return _number_pattern(digits).apply(value, _LOCALES[language])


def percent(value: float | None, language: str) -> str:
    if value is None:
        return "–"
    return format_percent(value, format="#,##0%", locale=_LOCALES[language])


def local_time(value: datetime | None, with_time: bool = True) -> str:
    """A moment in Vietnam time: ``20/11/2026 14:05`` (the same in both languages)."""
    if value is None:
        return "–"
    return to_local(value).strftime("%d/%m/%Y %H:%M" if with_time else "%d/%m/%Y")


def error_text(error: Exception, language: str) -> str:
    """A refusal's message in the visitor's language (the template translated, then
    filled with the values, which stay as the user typed them)."""
    gettext = translations(language).gettext
    if isinstance(error, ToanCanhError):
        # A choice list and a rule's kind are the product's own words (statuses, kinds),
        # not typed values: shown in the visitor's language, as the forms' menus show them.
        params = dict(error.params)
        if "choices" in params:
            params["choices"] = ", ".join(gettext(c) for c in str(params["choices"]).split(", "))
        for name in ("kind", "status"):  # a record's status: "draft", "published" …
            if name in params:
                params[name] = gettext(str(params[name]))
        template = gettext(error.template)
        return template.format(**params) if params else template
    message = getattr(error, "message", None)  # a query's mistake
    return gettext(message) if isinstance(message, str) else str(error)
