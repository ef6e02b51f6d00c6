"""The filter options of ``articles list`` and ``search``, resolved to canonical names.

Users type names as they know them: with or without diacritics, abbreviations
("Bộ TT&TT", "TP.HCM"), loose legal numbers ("nd 15/2020"). ``toancanh.resolve`` (shared
with the HTTP API) turns each into the canonical value stored in the facets, or refuses it
with the list of what is known; here a refusal becomes a bad ``--option``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, ParamSpec, TypeVar

import typer

from toancanh import resolve

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


P = ParamSpec("P")
T = TypeVar("T")


@contextmanager
def bad_parameter() -> Iterator[None]:
    """A ``resolve.FilterError`` as a bad ``--option`` (``legal_ref`` → ``--legal-ref``)."""
    try:
        yield
    except resolve.FilterError as error:
        hint = "--" + error.param.replace("_", "-")
        raise typer.BadParameter(error.message, param_hint=hint) from error


def _cli(function: Callable[P, T]) -> Callable[P, T]:
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        with bad_parameter():
            return function(*args, **kwargs)

    run.__doc__ = function.__doc__
    return run


outlet_names = _cli(resolve.outlet_names)
topic_label = _cli(resolve.topic_label)
sentiment_label = _cli(resolve.sentiment_label)
agency_names = _cli(resolve.agency_names)
place_names = _cli(resolve.place_names)
legal_ref_keys = _cli(resolve.legal_ref_keys)

article_filters = _cli(resolve.article_filters)
