"""The search form: what the user typed, resolved into a query and article filters.

The names users type are resolved exactly as the CLI and the API resolve them
(``toancanh.resolve``: outlets, topics, tones, agencies and documents with or without
diacritics); a name that resolves to nothing is an error shown next to its field, in the
user's language, never a server error. Dates are whole Vietnam days, both ends included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from toancanh import resolve as canonical
from toancanh.analyze.topics import load_topic_model, topic_display_name
from toancanh.domain.articles import ArticleFilters
from toancanh.store import Store
from toancanh.text.dates import parse_datetime
from toancanh.text.normalize import search_tokens
from toancanh.trends.series import day_start, local_day
from toancanh.watch.query import Query, QuerySyntaxError
from toancanh.watch.query_parser import parse_query

FILTER_FIELDS = ("since", "until", "outlet", "topic", "sentiment", "agency", "legal_ref")


@dataclass(frozen=True)
class SearchForm:
    """The search form's fields as typed (strings; empty when not given)."""

    q: str = ""
    since: str = ""
    until: str = ""
    outlet: str = ""
    topic: str = ""
    sentiment: str = ""
    agency: str = ""
    legal_ref: str = ""
    page: int = 1

    def cleaned(self) -> SearchForm:
        values: dict[str, Any] = {
            k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(self).items()
        }
        values["page"] = max(1, min(int(values["page"] or 1), 10_000))
        return SearchForm(**values)

    def params(self, **changes: object) -> str:
        """The form as a query string (empty fields left out), with ``changes``."""
        values = {**asdict(self), **changes}
        if values.get("page") == 1:
            values.pop("page")
        return urlencode({k: v for k, v in values.items() if v not in ("", None)})

    @property
    def has_filters(self) -> bool:
        return any(getattr(self, name) for name in FILTER_FIELDS)


@dataclass
class Resolved:
    query: Query | None = None
    query_error: QuerySyntaxError | None = None
    filters: ArticleFilters = field(default_factory=ArticleFilters)
    errors: dict[str, str] = field(default_factory=dict)  # field name -> message

    @property
    def ok(self) -> bool:
        return self.query is not None and self.query_error is None and not self.errors


def _day(value: str) -> datetime | None:
    parsed = parse_datetime(value)
    return day_start(local_day(parsed)) if parsed else None


def resolve(store: Store, form: SearchForm, gettext: Callable[[str], str]) -> Resolved:
    """The parsed query and the filters, or the errors (each next to its field)."""
    found = Resolved()
    if form.q:
        try:
            found.query = parse_query(form.q)
        except QuerySyntaxError as error:
            found.query_error = error
    errors = found.errors
    since = until = None
    if form.since:
        since = _day(form.since)
        if since is None:
            errors["since"] = gettext("“%(value)s” is not a date: use 20/11/2026.") % {
                "value": form.since
            }
    if form.until:
        last = _day(form.until)
        if last is None:
            errors["until"] = gettext("“%(value)s” is not a date: use 20/11/2026.") % {
                "value": form.until
            }
        else:
            until = last + timedelta(days=1)  # the whole last day
    if since and until and since >= until:
        errors["until"] = gettext("The end date is before the start date.")
    resolved: dict[str, Any] = {}  # each filter's canonical value: a name or a tuple of them
    attempts: list[tuple[str, Callable[[], object], str]] = [
        (
            "outlet",
            lambda: canonical.outlet_names(store, form.outlet),
            "No outlet matches “%(value)s”.",
        ),
        ("topic", lambda: canonical.topic_label(form.topic), "Unknown topic “%(value)s”."),
        (
            "sentiment",
            lambda: canonical.sentiment_label(form.sentiment),
            "Unknown tone “%(value)s”.",
        ),
        (
            "agency",
            lambda: canonical.agency_names(form.agency),
            "No agency called “%(value)s” is known.",
        ),
        (
            "legal_ref",
            lambda: canonical.legal_ref_keys(form.legal_ref),
            "“%(value)s” is not a document.",
        ),
    ]
    for name, attempt, message in attempts:
        if not getattr(form, name):
            continue
        try:
            resolved[name] = attempt()
        except canonical.FilterError:
            errors[name] = gettext(message) % {"value": getattr(form, name)}
            if name == "outlet":
                names = sorted(o.name for o in store.sources.list_outlets())[:12]
                if names:
                    errors[name] += " " + gettext("Known outlets: %(names)s.") % {
                        "names": ", ".join(names)
                    }
    found.filters = ArticleFilters(
        since=since,
        until=until,
        outlets=resolved.get("outlet"),
        topic=resolved.get("topic"),
        sentiment=resolved.get("sentiment"),
        agencies=resolved.get("agency"),
        legal_refs=resolved.get("legal_ref"),
    )
    return found


def topic_choices() -> list[tuple[str, str]]:
    """(label, Vietnamese name) of every topic, by name."""
    labels = load_topic_model().labels
    return sorted(
        ((label, topic_display_name(label)) for label in labels),
        key=lambda pair: search_tokens(pair[1]),
    )


def form_from(params: dict[str, str]) -> SearchForm:
    """A form from request parameters (unknown ones ignored; a bad page number is 1)."""
    page = params.get("page", "1")
    values: dict[str, Any] = {name: params.get(name, "") for name in ("q", *FILTER_FIELDS)}
    return replace(SearchForm(**values), page=int(page) if page.isdigit() else 1).cleaned()
