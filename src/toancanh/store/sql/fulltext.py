"""Compile a parsed query to SQLite FTS5 and PostgreSQL full text, and build tsvectors.

Pure functions producing strings; ``store.sql.search`` runs them. Both engines index the same
tokens (``search_tokens``) and give the same answer as ``watch.query.evaluate``:

* SQLite: ``article_fts(title, body)`` with ``tokenize="unicode61 remove_diacritics 2"``,
  rows holding ``fts5_values(title, body)``; queries run as ``article_fts MATCH :q``.
* PostgreSQL: ``build_tsvector(title, body)``, a literal cast with ``CAST(:v AS tsvector)``:
  title tokens at positions 1..n with weight A, body tokens from n+2 with weight D (the
  empty position n+1 stops phrases crossing fields); queries run as
  ``tsv @@ CAST(:q AS tsquery)``.

Every token is quoted in both outputs, so no user input reaches either engine's syntax.

NEAR: FTS5's ``NEAR(P Q, n)`` holds when instances of P (at p, length Lp) and Q (at q,
length Lq) satisfy ``-(Lq + n) <= q - p <= Lp + n``, overlap included. PostgreSQL's
``X <k> Y`` means "Y starts exactly k positions after X ends", so each admissible offset
q - p becomes one fixed pattern: apart, a chain with a gap; overlapping, one merged phrase
(skipped when the overlap is impossible, e.g. two different words on one position). The
patterns are ORed. Without a field, a pattern with a gap is required to sit wholly in the
title (weight A) or wholly in the body (weight D), as FTS5 never measures across columns.
With the parser's limits (n <= 50, <= 10 tokens a side) that is at most 2 x 121 patterns.

Known differences, all outside the parser's limits or in pathological text: PostgreSQL
keeps positions up to 16383 and 256 positions per word (later occurrences of a word only
count for plain word matches, not phrases or NEAR); tokens longer than 2047 bytes are left
out of the tsvector; the tsvector keeps about 1 MB of lexemes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from toancanh.text.normalize import search_form, search_tokens
from toancanh.watch.query import And, FieldName, Near, Node, Not, Or, Query, Term

FTS5_TOKENIZE = "unicode61 remove_diacritics 2"
FTS5_COLUMNS: dict[FieldName, str] = {"title": "title", "text": "body"}
TSV_WEIGHTS: dict[FieldName, str] = {"title": "A", "text": "D"}
MAX_POSITION = 16383  # PostgreSQL clamps larger positions to this
MAX_POSITIONS_PER_LEXEME = 256  # PostgreSQL keeps no more
MAX_LEXEME_BYTES = 2047  # PostgreSQL rejects longer lexemes
MAX_TSVECTOR_BYTES = 1_000_000  # under PostgreSQL's 1 MB of lexemes and positions

Slot = tuple[str, bool]  # a token and whether it is a prefix


def _root(query: Query | Node) -> Node:
    """The AST, checked for what FTS5 can run (``parse_query`` guarantees it)."""
    root = query.root if isinstance(query, Query) else query
    _check(root, negated_ok=False)
    return root


def _check(node: Node, negated_ok: bool) -> None:
    if isinstance(node, Not):
        if not negated_ok:
            raise ValueError("NOT must be an item of an AND that also has a positive item")
        _check(node.item, negated_ok=False)
    elif isinstance(node, And | Or):
        if isinstance(node, And) and all(isinstance(i, Not) for i in node.items):
            raise ValueError("an AND made only of NOT items cannot run")
        for item in node.items:
            _check(item, negated_ok=isinstance(node, And))


def fts5_values(title: str, body: str) -> tuple[str, str]:
    """The (title, body) column values to insert into ``article_fts``."""
    return search_form(title), search_form(body)


# --- tsvector ----------------------------------------------------------------------------


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def build_tsvector(title: str, body: str) -> str:
    """A tsvector literal: title at 1..n weight A, a one-position gap, then the body."""
    positions: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    size = 0
    numbered = [(i + 1, t, "A") for i, t in enumerate(search_tokens(title))]
    start = len(numbered) + 2
    numbered += [(start + i, t, "") for i, t in enumerate(search_tokens(body))]
    for number, token, weight in numbered:
        pos = min(number, MAX_POSITION)
        seen = positions.get(token)
        if seen is None:
            cost = len(token.encode())
            if cost > MAX_LEXEME_BYTES or size + cost + 4 > MAX_TSVECTOR_BYTES:
                continue  # the token keeps its position, so phrases around it stay exact
            seen = positions[token] = []
            size += cost + 2
        elif last[token] == pos or len(seen) >= MAX_POSITIONS_PER_LEXEME:
            continue  # clamped duplicate (the first, title, weight wins) or over the cap
        seen.append(f"{pos}{weight}")
        last[token] = pos
        size += 2
    return " ".join(f"{_quote(lex)}:{','.join(ps)}" for lex, ps in positions.items())


# --- FTS5 --------------------------------------------------------------------------------


def _fts5_string(tokens: tuple[str, ...], prefix: bool) -> str:
    text = " ".join(tokens).replace('"', '""')
    return f'"{text}"' + ("*" if prefix else "")


def _fts5_filter(fld: FieldName | None) -> str:
    return "" if fld is None else "{" + FTS5_COLUMNS[fld] + "} : "


def _fts5(node: Node) -> str:
    if isinstance(node, Term):
        return _fts5_filter(node.field) + _fts5_string(node.tokens, node.prefix)
    if isinstance(node, Near):
        left = _fts5_string(node.left.tokens, node.left.prefix)
        right = _fts5_string(node.right.tokens, node.right.prefix)
        return _fts5_filter(node.left.field) + f"NEAR({left} {right}, {node.distance})"
    if isinstance(node, Or):
        return "(" + " OR ".join(_fts5(i) for i in node.items) + ")"
    assert isinstance(node, And)  # Not is handled inside And (see _check)
    positive = [_fts5(i) for i in node.items if not isinstance(i, Not)]
    negative = [_fts5(i.item) for i in node.items if isinstance(i, Not)]
    out = "(" + " AND ".join(positive) + ")"
    return f"({out} NOT ({' OR '.join(negative)}))" if negative else out


def to_fts5(query: Query | Node) -> str:
    """An FTS5 MATCH expression; NOT becomes FTS5's binary ``x NOT y``."""
    return _fts5(_root(query))


# --- tsquery -----------------------------------------------------------------------------


def _lexeme(slot: Slot, weight: str) -> str:
    token, prefix = slot
    flags = ("*" if prefix else "") + weight
    return _quote(token) + (f":{flags}" if flags else "")


def _chain(slots: list[tuple[int, Slot]], weight: str) -> str:
    """``'a' <-> 'b' <3> 'c'``: each slot at its offset; gaps are unconstrained tokens."""
    out = _lexeme(slots[0][1], weight)
    for (prev, _), (offset, slot) in itertools.pairwise(slots):
        gap = offset - prev
        out += (" <-> " if gap == 1 else f" <{gap}> ") + _lexeme(slot, weight)
    return out


def _term_slots(term: Term) -> list[Slot]:
    return [(t, term.prefix and i == len(term.tokens) - 1) for i, t in enumerate(term.tokens)]


def _merge(a: Slot | None, b: Slot) -> Slot | None:
    """One document token satisfying both slots, or None when none can."""
    if a is None:
        return b
    if not a[1] and not b[1]:
        return a if a == b else None
    if a[1] and b[1]:
        short, long = sorted((a, b), key=lambda s: len(s[0]))
        return long if long[0].startswith(short[0]) else None
    exact, pre = (b, a) if a[1] else (a, b)
    return exact if exact[0].startswith(pre[0]) else None


def _place(left: list[Slot], right: list[Slot], offset: int) -> dict[int, Slot] | None:
    """Slots with ``right`` starting ``offset`` tokens after ``left``; None if impossible."""
    slots = dict(enumerate(left))
    for j, slot in enumerate(right):
        merged = _merge(slots.get(offset + j), slot)
        if merged is None:
            return None
        slots[offset + j] = merged
    return slots


def near_patterns(node: Near) -> Iterator[list[tuple[int, Slot]]]:
    """Each way FTS5's NEAR can place the two sides, as slots at offsets from 0."""
    left, right = _term_slots(node.left), _term_slots(node.right)
    seen: set[tuple[tuple[int, Slot], ...]] = set()
    for d in range(-(len(right) + node.distance), len(left) + node.distance + 1):
        slots = _place(left, right, d)
        if slots is None:
            continue
        base = min(slots)
        pattern = tuple(sorted((k - base, s) for k, s in slots.items()))
        if pattern not in seen:
            seen.add(pattern)
            yield list(pattern)


def _tsq_near(node: Near) -> str:
    fld = node.left.field
    alternatives = []
    for pattern in near_patterns(node):
        contiguous = pattern[-1][0] == len(pattern) - 1  # cannot span the empty gap
        if fld is not None:
            alternatives.append(_chain(pattern, TSV_WEIGHTS[fld]))
        elif contiguous:
            alternatives.append(_chain(pattern, ""))
        else:
            alternatives += [_chain(pattern, "A"), _chain(pattern, "D")]
    return "(" + " | ".join(f"({a})" for a in alternatives) + ")"


def _tsq(node: Node) -> str:
    if isinstance(node, Term):
        weight = TSV_WEIGHTS[node.field] if node.field else ""
        return "(" + _chain(list(enumerate(_term_slots(node))), weight) + ")"
    if isinstance(node, Near):
        return _tsq_near(node)
    if isinstance(node, Not):
        return "!" + _tsq(node.item)
    joiner = " | " if isinstance(node, Or) else " & "
    return "(" + joiner.join(_tsq(i) for i in node.items) + ")"


def to_tsquery(query: Query | Node) -> str:
    """A tsquery literal: title: → weight A, text: → weight D, phrases with <->, prefix :*.

    Raises ``ValueError`` for an AST FTS5 could not run either (a NOT outside an AND, an
    AND of only NOTs), so both engines accept the same queries.
    """
    return _tsq(_root(query))
