"""Jinja2 templates: one environment per language, autoescaped, with the common context.

Every page extends ``base.html``, which gets the signed-in user, the CSRF token (sent by
htmx on every request and put in every form), the language and the formatting filters.
Scraped text is only ever inserted with autoescaping on; chart data goes into
``<script type="application/json">`` through ``tojson`` (which escapes ``<``, ``>``,
``&``), never into JavaScript source.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from toancanh.text.dates import to_local
from toancanh.web.deps import language, visitor
from toancanh.web.i18n import error_text, local_time, number, percent, translations


@lru_cache(maxsize=2)
def environment(lang: str) -> Environment:
    env = Environment(
        loader=PackageLoader("toancanh.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # The i18n extension adds this method at run time; Environment's types do not know it.
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.filters["num"] = lambda value, digits=0: number(value, lang, digits)
    env.filters["pct"] = lambda value: percent(value, lang)
    env.filters["when"] = local_time
    env.filters["day"] = lambda value: local_time(value, with_time=False)
    # For <input type="date">: the Vietnam day, not the UTC one (00:00 there is 17:00 UTC).
    env.filters["isoday"] = lambda value: to_local(value).date().isoformat() if value else ""
    env.filters["errtext"] = lambda error: error_text(error, lang)
    env.globals["lang"] = lang
    return env


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page in the visitor's language."""
    lang = language(request)
    who = visitor(request)
    page = environment(lang).get_template(template)
    html = page.render(
        request=request,
        user=who.user,
        csrf_token=who.csrf_token,
        path=request.url.path,
        query=str(request.url.query),
        **context,
    )
    return HTMLResponse(html, status_code=status_code)
