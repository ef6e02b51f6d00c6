"""Records from rows: a dataclass takes the row's columns of its fields' names."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")


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
