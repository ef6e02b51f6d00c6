"""Records from rows: a dataclass takes the row's columns of its fields' names."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from toancanh.store.schema import articles

T = TypeVar("T")

# What an ArticleSummary is read from (the lists of articles, a watch's matches).
SUMMARY_COLUMNS = (
    articles.c.id,
    articles.c.url,
    articles.c.title,
    articles.c.outlet,
    articles.c.published_at,
    articles.c.story_id,
)


def from_row(cls: type[T], row: Any, **computed: Any) -> T:
    """A ``cls`` from ``row``: each field its column of the same name, or ``computed``'s.

    A mapper then says only what is not a plain copy (JSON, booleans, renamed columns);
    a field with neither a column nor a computed value keeps its default.
    """
    columns = row._mapping
    copied = {
        f.name: columns[f.name]
        for f in fields(cls)  # type: ignore[arg-type]
        if f.name not in computed and f.name in columns
    }
    return cls(**copied, **computed)
