"""Matching a parsed query against one article's tokens, in Python.

The same semantics as the FTS5 and PostgreSQL compilations (``store.sql.fulltext``); a
property test holds the three together. Live watchlist matching uses this on each new
article; search uses ``positive_phrases`` to highlight what matched.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from toancanh.watch.query import FIELDS, And, FieldName, Near, Node, Not, Or, Query, Term


def _root(query: Query | Node) -> Node:
    return query.root if isinstance(query, Query) else query


class TokenIndex:
    """One field's tokens with the positions of each; build once to match many queries."""

    __slots__ = ("positions", "tokens")

    def __init__(self, tokens: Sequence[str]) -> None:
        self.tokens = tuple(tokens)
        self.positions: dict[str, list[int]] = {}
        for i, token in enumerate(self.tokens):
            self.positions.setdefault(token, []).append(i)

    def starts(self, term: Term) -> list[int]:
        """Sorted positions where ``term`` occurs (whole tokens; the last may be a prefix)."""
        want, last, toks = term.tokens, len(term.tokens) - 1, self.tokens
        if last == 0 and term.prefix:
            found = (ps for tok, ps in self.positions.items() if tok.startswith(want[0]))
            return sorted(i for ps in found for i in ps)
        return [
            i
            for i in self.positions.get(want[0], ())
            if i + last < len(toks)
            and toks[i + 1 : i + last] == want[1:last]
            and (
                toks[i + last].startswith(want[last])
                if term.prefix
                else toks[i + last] == want[last]
            )
        ]

    def near(self, node: Near) -> bool:
        # FTS5's rule: the later side starts at most distance tokens after the earlier one
        # ends (-(Lq + n) <= q - p <= Lp + n); the two may overlap.
        rights = self.starts(node.right)
        before = len(node.right.tokens) + node.distance
        after = len(node.left.tokens) + node.distance
        for p in self.starts(node.left) if rights else ():
            k = bisect.bisect_left(rights, p - before)
            if k < len(rights) and rights[k] <= p + after:
                return True
        return False


def _eval(node: Node, doc: dict[FieldName, TokenIndex]) -> bool:
    if isinstance(node, Term):
        fields = FIELDS if node.field is None else (node.field,)
        return any(doc[f].starts(node) for f in fields)
    if isinstance(node, Near):
        fields = FIELDS if node.left.field is None else (node.left.field,)
        return any(doc[f].near(node) for f in fields)
    if isinstance(node, Not):
        return not _eval(node.item, doc)
    if isinstance(node, And):
        return all(_eval(item, doc) for item in node.items)
    return any(_eval(item, doc) for item in node.items)


def evaluate(
    query: Query | Node,
    title_tokens: Sequence[str] | TokenIndex,
    body_tokens: Sequence[str] | TokenIndex,
) -> bool:
    """Whether an article with these ``search_tokens`` matches, exactly as FTS5 decides.

    To match one article against many queries, pass ``TokenIndex(tokens)`` for each field.
    """
    title, body = (
        t if isinstance(t, TokenIndex) else TokenIndex(t) for t in (title_tokens, body_tokens)
    )
    return _eval(_root(query), {"title": title, "text": body})


def positive_phrases(query: Query | Node) -> list[tuple[str, ...]]:
    """Token sequences worth highlighting (not under NOT), in order, without repeats.

    A prefix term ends with a token carrying a trailing ``*`` (``("chuyen", "doi*")``).
    """
    found: list[tuple[str, ...]] = []

    def walk(node: Node) -> None:
        if isinstance(node, Term):
            phrase = (*node.tokens[:-1], node.tokens[-1] + ("*" if node.prefix else ""))
            if phrase not in found:
                found.append(phrase)
        elif isinstance(node, Near):
            walk(node.left)
            walk(node.right)
        elif isinstance(node, And | Or):
            for item in node.items:
                walk(item)

    walk(_root(query))
    return found
