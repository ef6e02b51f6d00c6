"""What users type, resolved to the canonical values the store holds; shared by the CLI,
the HTTP API and the dashboard's forms.

Users type names as they know them: dates as ``2026-10-01``, ``01/10/2026`` or ``7d``;
outlets, topics, bodies and places with or without diacritics, abbreviations ("Bộ TT&TT",
"TP.HCM"); loose legal numbers ("nd 15/2020"). Each is resolved here, or refused with a
``FilterError`` that names the parameter and says what to type instead (the CLI shows it
as a bad ``--option``, the API as a 400 answer, a form next to its field).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.domain.articles import ArticleFilters
from toancanh.errors import Invalid
from toancanh.store import Store
from toancanh.store.trends import Subject
from toancanh.text.dates import parse_datetime
from toancanh.text.normalize import search_tokens
from toancanh.trends.series import day_start, local_day

_RELATIVE = re.compile(r"^\s*(\d+)\s*([hdw])\s*$", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}
# The kinds of subject a trend can be asked for besides a watch.
SUBJECT_KINDS = ("topic", "agency", "place", "outlet", "legal_ref")
MAX_DAYS = 3660  # the longest period the API charts (ten years)


class FilterError(Invalid):
    """A value that cannot be resolved; ``param`` is the parameter's name (``outlet``)."""

    def __init__(self, template: str, param: str, **params: object) -> None:
        super().__init__(template, field=param, **params)
        self.param = param

    def __str__(self) -> str:
        return f"{self.param}: {self.message}"


def parse_when(value: str | None, param: str = "since") -> datetime | None:
    """``2026-10-01``, ``01/10/2026``, ISO 8601, or relative ``24h`` / ``7d`` / ``2w``."""
    if value is None:
        return None
    relative = _RELATIVE.match(value)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        try:
            return datetime.now(UTC) - timedelta(**{_UNITS[unit]: amount})
        except OverflowError:
            raise FilterError("“{value}” reaches too far back", param, value=value) from None
    parsed = parse_datetime(value)
    if parsed is None:
        raise FilterError(
            "“{value}” is not a date: use 2026-10-01, 01/10/2026, or 7d / 24h", param, value=value
        )
    return parsed


def period(
    since: str | None, until: str | None, default_days: int, max_days: int | None = None
) -> tuple[datetime, datetime]:
    """[since, until): ``until`` defaults to now, ``since`` to ``default_days`` whole days
    (Vietnam time) before it; at most ``max_days`` long if given."""
    end = parse_when(until, "until") or datetime.now(UTC)
    try:
        start = parse_when(since) or day_start(local_day(end) - timedelta(days=default_days - 1))
    except OverflowError:
        raise FilterError("give a later until", "until") from None
    if start >= end:
        raise FilterError("since must be before until", "since")
    if max_days is not None and end - start > timedelta(days=max_days):
        raise FilterError("a period is at most {max_days} days long", "since", max_days=max_days)
    return start, end


def _folded(text: str) -> str:
    return " ".join(search_tokens(text))


def outlet_names(store: Store, wanted: str | None) -> tuple[str, ...] | None:
    """The outlets ``wanted`` names (part of a name, diacritics optional)."""
    if wanted is None:
        return None
    names = store.sources.outlet_names_matching(wanted)
    if not names:
        known = ", ".join(o.name for o in store.sources.list_outlets()) or "–"
        raise FilterError(
            "no outlet matches “{wanted}”; known: {known}", "outlet", wanted=wanted, known=known
        )
    return tuple(names)


def topic_label(wanted: str | None) -> str | None:
    """A topic label from the label itself or its Vietnamese name ("Việc làm"), any case,
    diacritics optional."""
    if wanted is None:
        return None
    # The topic model needs numpy: loaded for a topic filter, not for every command.
    from toancanh.analyze.topics import load_topic_model, topic_display_name

    labels = load_topic_model().labels
    key = _folded(wanted)
    found = [
        label for label in labels if key in (_folded(label), _folded(topic_display_name(label)))
    ]
    if not found:
        raise FilterError(
            "unknown topic “{wanted}”; topics: {known}",
            "topic",
            wanted=wanted,
            known=", ".join(labels),
        )
    return found[0]


def sentiment_label(wanted: str | None) -> str | None:
    if wanted is None:
        return None
    if wanted.lower() not in SENTIMENT_LABELS:
        raise FilterError("use one of {known}", "sentiment", known=", ".join(SENTIMENT_LABELS))
    return wanted.lower()


def agency_names(wanted: str | None) -> tuple[str, ...] | None:
    if wanted is None:
        return None
    from toancanh.analyze.entities import lookup_agency  # the gazetteers: on first use

    agency = lookup_agency(wanted)
    if agency is None:
        raise FilterError(
            "no body called “{typed}” is known; give its full name, e.g. Bộ Y tế",
            "agency",
            typed=wanted,
        )
    return (agency.name,)


def place_names(wanted: str | None) -> tuple[str, ...] | None:
    if wanted is None:
        return None
    from toancanh.analyze.entities import lookup_place

    place = lookup_place(wanted)
    if place is None:
        raise FilterError("no province or city called “{wanted}” is known", "place", wanted=wanted)
    return (place.name,)


def legal_ref_keys(wanted: str | None) -> tuple[str, ...] | None:
    """A canonical number, or the title of a named law as written ("Luật Đất đai")."""
    if wanted is None:
        return None
    from toancanh.analyze.legal_refs import canonical_number

    number = canonical_number(wanted)
    return (number,) if number else (" ".join(wanted.split()),)


def article_filters(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    topic: str | None = None,
    sentiment: str | None = None,
    agency: str | None = None,
    place: str | None = None,
    legal_ref: str | None = None,
) -> ArticleFilters:
    return ArticleFilters(
        since=parse_when(since),
        until=parse_when(until, "until"),
        outlets=outlet_names(store, outlet),
        topic=topic_label(topic),
        sentiment=sentiment_label(sentiment),
        agencies=agency_names(agency),
        places=place_names(place),
        legal_refs=legal_ref_keys(legal_ref),
    )


def facet_subject(store: Store, kind: str, value: str) -> Subject:
    """The trend subject of a topic, agency, place, outlet or legal document."""
    if kind not in SUBJECT_KINDS:
        raise FilterError(
            "unknown kind “{kind}”; use {known}", "kind", kind=kind, known=", ".join(SUBJECT_KINDS)
        )
    if not value.strip():
        raise FilterError("give the {kind} to follow", kind, kind=kind)
    if kind == "topic":
        label = topic_label(value) or value
        return Subject("topic", label, label)
    if kind == "agency":
        (name,) = agency_names(value) or (value,)
        return Subject("agency", name, name)
    if kind == "place":
        (name,) = place_names(value) or (value,)
        return Subject("place", name, name)
    if kind == "legal_ref":
        (key,) = legal_ref_keys(value) or (value,)
        return Subject("legal_ref", key, key)
    names = outlet_names(store, value) or ()
    if len(names) != 1:
        raise FilterError(
            "“{value}” names {count} outlets: {names}",
            "outlet",
            value=value,
            count=len(names),
            names=", ".join(names),
        )
    return Subject("outlet", names[0], names[0])
