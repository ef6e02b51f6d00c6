"""The filter options of ``articles list`` and ``search``, resolved to canonical names.

Users type names as they know them: with or without diacritics, abbreviations
("Bộ TT&TT", "TP.HCM"), loose legal numbers ("nd 15/2020"). Each is resolved here to the
canonical value stored in the facets, or refused with the list of what is known.
"""

from __future__ import annotations

from typing import Annotated

import typer

from toancanh.analyze.entities import lookup_agency, lookup_place
from toancanh.analyze.legal_refs import canonical_number
from toancanh.analyze.topics import load_topic_model, topic_display_name
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.cli.context import parse_when
from toancanh.domain import ArticleFilters
from toancanh.store import Store
from toancanh.text.normalize import search_tokens

SinceOption = Annotated[
    str | None, typer.Option(help="From this date: 2026-10-01, 01/10/2026, 7d, 24h.")
]
UntilOption = Annotated[str | None, typer.Option(help="Published before this date.")]
OutletOption = Annotated[
    str | None,
    typer.Option(help="Only this outlet: its name, with or without diacritics, or part of it."),
]
TopicOption = Annotated[str | None, typer.Option(help="Only articles whose main topic is this.")]
SentimentOption = Annotated[
    str | None, typer.Option(help="Only articles with this tone: positive, neutral, negative.")
]
AgencyOption = Annotated[
    str | None,
    typer.Option(help="Naming this body (full name or abbreviation; old bodies count too)."),
]
PlaceOption = Annotated[
    str | None, typer.Option(help="Naming this province or city (old units count too).")
]
LegalRefOption = Annotated[
    str | None,
    typer.Option("--legal-ref", help="Citing this document: 15/2020/NĐ-CP, 'Luật Đất đai'."),
]


def _folded(text: str) -> str:
    return " ".join(search_tokens(text))


def outlet_names(store: Store, wanted: str | None) -> tuple[str, ...] | None:
    """The outlets ``--outlet`` names; an error listing the known ones if none."""
    if wanted is None:
        return None
    names = store.outlet_names_matching(wanted)
    if not names:
        known = ", ".join(o.name for o in store.list_outlets()) or "none yet"
        raise typer.BadParameter(
            f"no outlet matches {wanted!r}; known: {known}", param_hint="--outlet"
        )
    return tuple(names)


def topic_label(wanted: str | None) -> str | None:
    """A topic label from the label itself or its Vietnamese name ("Việc làm"), any case,
    diacritics optional."""
    if wanted is None:
        return None
    labels = load_topic_model().labels
    key = _folded(wanted)
    found = [
        label for label in labels if key in (_folded(label), _folded(topic_display_name(label)))
    ]
    if not found:
        raise typer.BadParameter(
            f"unknown topic {wanted!r}; topics: {', '.join(labels)}", param_hint="--topic"
        )
    return found[0]


def sentiment_label(wanted: str | None) -> str | None:
    if wanted is None:
        return None
    if wanted.lower() not in SENTIMENT_LABELS:
        raise typer.BadParameter(
            f"use one of {', '.join(SENTIMENT_LABELS)}", param_hint="--sentiment"
        )
    return wanted.lower()


def agency_names(wanted: str | None) -> tuple[str, ...] | None:
    if wanted is None:
        return None
    agency = lookup_agency(wanted)
    if agency is None:
        raise typer.BadParameter(
            f"no body called {wanted!r} is known; try its full name, e.g. 'Bộ Y tế'",
            param_hint="--agency",
        )
    return (agency.name,)


def place_names(wanted: str | None) -> tuple[str, ...] | None:
    if wanted is None:
        return None
    place = lookup_place(wanted)
    if place is None:
        raise typer.BadParameter(
            f"no province or city called {wanted!r} is known", param_hint="--place"
        )
    return (place.name,)


def legal_ref_keys(wanted: str | None) -> tuple[str, ...] | None:
    """A canonical number, or the title of a named law as written ("Luật Đất đai")."""
    if wanted is None:
        return None
    number = canonical_number(wanted)
    return (number,) if number else (" ".join(wanted.split()),)


def article_filters(
    store: Store,
    *,
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
        until=parse_when(until, "--until"),
        outlets=outlet_names(store, outlet),
        topic=topic_label(topic),
        sentiment=sentiment_label(sentiment),
        agencies=agency_names(agency),
        places=place_names(place),
        legal_refs=legal_ref_keys(legal_ref),
    )
