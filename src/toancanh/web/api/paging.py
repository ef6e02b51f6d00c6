"""Paging of the API's lists.

Paging: every list takes ``limit`` (1-200) and ``offset`` and answers with the ``Page``
envelope. A route asks the store for ``limit + 1`` rows: the extra one only tells whether
a next page exists (no count of the whole result, which costs a scan on a big store).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Query

T = TypeVar("T")

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT}).")]
Offset = Annotated[
    int,
    Query(ge=0, le=MAX_OFFSET, description="Items to skip: the `next_offset` of the last page."),
]


def page(
    rows: Sequence[T], limit: int, offset: int, shape: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    """The envelope of ``rows``, fetched with ``limit + 1``: the extra row means more."""
    more = len(rows) > limit
    return {
        "items": [shape(r) for r in rows[:limit]],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }


def page_of(
    rows: Sequence[T], limit: int, offset: int, shape: Callable[[T], dict[str, Any]]
) -> dict[str, Any]:
    """The envelope of one page of a list held whole in memory."""
    return page(rows[offset : offset + limit + 1], limit, offset, shape)
