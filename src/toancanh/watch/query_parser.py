"""Parsing the query language (``toancanh.watch.query``): a lexer and a recursive-descent parser.

``parse_query`` either returns a ``Query`` or raises ``QuerySyntaxError`` with a message
that says what to fix (``_MESSAGES``) and the 0-based character position it applies to.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple, cast

from toancanh.text.normalize import search_tokens
from toancanh.watch.query import (
    DEFAULT_NEAR,
    FIELDS,
    MAX_DEPTH,
    MAX_NEAR,
    MAX_NEAR_TOKENS,
    MAX_PHRASE_TOKENS,
    MAX_PREFIX_TERMS,
    MAX_QUERY_CHARS,
    MAX_TERMS,
    MAX_TOKEN_CHARS,
    MIN_PREFIX_CHARS,
    And,
    FieldName,
    Near,
    Node,
    Not,
    Or,
    Query,
    QuerySyntaxError,
    Term,
)

_MESSAGES = {
    "empty": "empty query: type at least one word to search for",
    "too_long": "query too long: {n} characters, at most {max}",
    "too_many": "too many words: at most {max}",
    "too_deep": "too many nested parentheses: at most {max}",
    "phrase_long": "phrase too long: at most {max} words",
    "word_long": "word too long: at most {max} characters",
    # Whole sentences (the limits written in), so that the dashboard can translate them.
    "prefix_short": f"prefix too short: write at least {MIN_PREFIX_CHARS} letters before the *, "
    "e.g. chuyển*",
    "prefix_many": f"too many prefixes (words ending in *): at most {MAX_PREFIX_TERMS}; "
    "write whole words or fewer prefixes",
    "open": "unbalanced parenthesis: this ( is never closed; add a )",
    "close": "unbalanced parenthesis: this ) has no matching (",
    "empty_group": "empty parentheses: put words inside or remove them",
    "quote": 'unterminated quote: add a closing " to end the phrase',
    "or_before": "OR needs something to match before it, e.g. `xăng OR dầu`",
    "or_after": "OR needs something to match after it, e.g. `xăng OR dầu`",
    "and_before": "AND needs something to match before it, e.g. `thuế AND xăng`",
    "and_after": "AND needs something to match after it, e.g. `thuế AND xăng`",
    "not_after": "{op} needs a word, phrase or group after it, e.g. `thuế NOT xăng`",
    "not_only": "NOT only excludes, it matches nothing by itself: "
    "add a word to match, e.g. `thuế NOT xăng`",
    "not_twice": "double negation: remove one of the NOTs",
    "near_before": "NEAR needs a word or phrase before it, e.g. `xăng NEAR dầu`",
    "near_after": "NEAR needs a word or phrase after it, e.g. `xăng NEAR dầu`",
    "near_number": "write NEAR/ followed by a number of words, e.g. NEAR/5",
    "near_max": "NEAR distance must be at most {max}",
    "near_groups": "NEAR joins two words or phrases, not groups",
    "near_chain": "NEAR joins exactly two words or phrases; write (a NEAR b) (b NEAR c)",
    "near_field": "both sides of NEAR must be in the same field; write title:(a NEAR b)",
    "near_long": "each side of NEAR takes at most {max} words",
    "field_unknown": "unknown field `{name}:`; known fields: title:, text: "
    '(to search for the text itself, put it in quotes: "…")',
    "field_space": "write what `{name}:` applies to right after the colon, e.g. {name}:thuế",
    "field_twice": "{name}: inside {outer}:( … ): keep only one field",
    "field_operand": "{name}: needs a word, phrase or group right after it; "
    "to exclude, write -{name}:word",
}


def _fail(key: str, pos: int, **values: object) -> QuerySyntaxError:
    return QuerySyntaxError(_MESSAGES[key].format(**values), pos)


# --- lexer ---------------------------------------------------------------------------------


class _Lex(NamedTuple):
    kind: str  # word, field, and, or, not, near, (, ), end
    pos: int
    tokens: tuple[str, ...] = ()
    prefix: bool = False
    name: str = ""  # field name, or the operator as written
    distance: int = DEFAULT_NEAR


_FIELD_RE = re.compile(r"([A-Za-z]+):")
_NEAR_RE = re.compile(r"NEAR(?:/([0-9]{0,6}))?")
_QUOTES = {'"': '"', "“": '”"'}
_STOP = frozenset('()"“')


def _lex(text: str) -> list[_Lex]:
    out: list[_Lex] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(_Lex(ch, i))
            i += 1
        elif ch in _QUOTES:
            i = _lex_phrase(text, i, out)
        elif ch == "-" and i + 1 < n and (text[i + 1].isalnum() or text[i + 1] in '"“('):
            out.append(_Lex("not", i, name="-"))
            i += 1
        elif (m := _FIELD_RE.match(text, i)) is not None and _is_field(text, m):
            out.append(_Lex("field", i, name=m.group(1).lower()))
            i = m.end()
        else:
            i = _lex_word(text, i, out)
    out.append(_Lex("end", n))
    return out


def _is_field(text: str, m: re.Match[str]) -> bool:
    name, after = m.group(1), m.end()
    attached = after < len(text) and not text[after].isspace()
    if name.lower() not in FIELDS:
        if attached:  # "author:x" is a mistake; "Lưu ý: ..." or "Update: ..." is text
            raise _fail("field_unknown", m.start(), name=name)
        return False
    if not attached:
        raise _fail("field_space", m.start(), name=name)
    return True


def _lex_phrase(text: str, i: int, out: list[_Lex]) -> int:
    ends = (text.find(e, i + 1) for e in _QUOTES[text[i]])
    close = min((k for k in ends if k >= 0), default=-1)
    if close < 0:
        raise _fail("quote", i)
    j = close + 1
    while j < len(text) and text[j] == "*":
        j += 1
    _add_term(text[i + 1 : close], i, j > close + 1, out)
    return j


def _lex_word(text: str, i: int, out: list[_Lex]) -> int:
    j = i
    while j < len(text) and not text[j].isspace() and text[j] not in _STOP:
        j += 1
    word = text[i:j]
    if word in ("AND", "OR", "NOT"):
        out.append(_Lex(word.lower(), i, name=word))
    elif word == "NEAR" or word.startswith("NEAR/"):
        m = _NEAR_RE.fullmatch(word)
        if m is None or m.group(1) == "":
            raise _fail("near_number", i)
        distance = DEFAULT_NEAR if m.group(1) is None else int(m.group(1))
        if distance > MAX_NEAR:
            raise _fail("near_max", i, max=MAX_NEAR)
        out.append(_Lex("near", i, name=word, distance=distance))
    else:
        stem = word.rstrip("*")
        _add_term(stem, i, len(stem) < len(word), out)
    return j


def _add_term(raw: str, pos: int, prefix: bool, out: list[_Lex]) -> None:
    tokens = tuple(search_tokens(raw))
    joined = " ".join(tokens)
    while not unicodedata.is_normalized("NFC", joined):  # rare: NFC rejoins folded jamo
        tokens = tuple(search_tokens(joined))  # each round is shorter; stable once NFC
        joined = " ".join(tokens)
    if not tokens:
        return  # punctuation only: nothing to search for, as the index ignores it
    if len(tokens) > MAX_PHRASE_TOKENS:
        raise _fail("phrase_long", pos, max=MAX_PHRASE_TOKENS)
    if max(len(t) for t in tokens) > MAX_TOKEN_CHARS:
        raise _fail("word_long", pos, max=MAX_TOKEN_CHARS)
    if prefix and len(tokens[-1]) < MIN_PREFIX_CHARS:
        raise _fail("prefix_short", pos)
    out.append(_Lex("word", pos, tokens=tokens, prefix=prefix))


# --- parser --------------------------------------------------------------------------------


def parse_query(text: str) -> Query:
    """Parse ``text``; raises ``QuerySyntaxError`` saying what to fix and where."""
    try:
        if len(text) > MAX_QUERY_CHARS:
            raise _fail("too_long", MAX_QUERY_CHARS, n=len(text), max=MAX_QUERY_CHARS)
        return Query(_Parser(_lex(text)).parse(), text)
    except QuerySyntaxError as err:
        err.query = text
        raise


_ENDS_AND = ("end", ")", "or")


class _Parser:
    """Recursive descent: or := and (OR and)*; and := unary ([AND] unary)*;
    unary := (NOT | -) unary | near; near := primary [NEAR primary];
    primary := field: primary | ( or ) | word."""

    def __init__(self, lexemes: list[_Lex]) -> None:
        self.lex = lexemes  # ends with an "end" lexeme
        self.i = 0
        self.terms = 0
        self.prefixes = 0

    @property
    def next(self) -> _Lex:
        return self.lex[self.i]

    def take(self) -> _Lex:
        self.i += 1
        return self.lex[self.i - 1]

    def parse(self) -> Node:
        node = self.parse_or(None, 0, None)
        if self.next.kind == ")":
            raise _fail("close", self.next.pos)
        return node

    def parse_or(self, fld: FieldName | None, depth: int, opened: int | None) -> Node:
        branches: list[Node] = []
        or_pos: int | None = None
        while True:
            start = self.next.pos
            items = self.parse_and(fld, depth)
            if not items:
                raise self._missing(or_pos, opened)
            if all(isinstance(item, Not) for item in items):
                raise _fail("not_only", start)
            branches.append(items[0] if len(items) == 1 else And(_flat(And, items)))
            if self.next.kind != "or":
                return branches[0] if len(branches) == 1 else Or(_flat(Or, branches))
            or_pos = self.take().pos

    def _missing(self, or_pos: int | None, opened: int | None) -> QuerySyntaxError:
        nxt = self.next
        if or_pos is not None:
            return _fail("or_after", or_pos)
        if nxt.kind == "or":
            return _fail("or_before", nxt.pos)
        if opened is not None:
            return _fail("empty_group" if nxt.kind == ")" else "open", opened)
        return _fail("close", nxt.pos) if nxt.kind == ")" else _fail("empty", 0)

    def parse_and(self, fld: FieldName | None, depth: int) -> list[Node]:
        items: list[Node] = []
        while self.next.kind not in _ENDS_AND:
            if self.next.kind == "and":
                op = self.take()
                if not items:
                    raise _fail("and_before", op.pos)
                if self.next.kind in (*_ENDS_AND, "and"):
                    raise _fail("and_after", op.pos)
                continue
            items.append(self.parse_unary(fld, depth))
        return items

    def parse_unary(self, fld: FieldName | None, depth: int) -> Node:
        if self.next.kind != "not":
            return self.parse_near(fld, depth)
        op = self.take()
        if self.next.kind in (*_ENDS_AND, "and", "near"):
            raise _fail("not_after", op.pos, op=op.name)
        if self.next.kind == "not":
            raise _fail("not_twice", self.next.pos)
        return Not(self.parse_unary(fld, depth))

    def parse_near(self, fld: FieldName | None, depth: int) -> Node:
        left = self.parse_primary(fld, depth)
        if self.next.kind != "near":
            return left
        op = self.take()
        if self.next.kind not in ("word", "field", "("):
            raise _fail("near_after", op.pos)
        right = self.parse_primary(fld, depth)
        if self.next.kind == "near":
            raise _fail("near_chain", self.next.pos)
        if not isinstance(left, Term) or not isinstance(right, Term):
            raise _fail("near_groups", op.pos)
        if left.field != right.field:
            raise _fail("near_field", op.pos)
        if max(len(left.tokens), len(right.tokens)) > MAX_NEAR_TOKENS:
            raise _fail("near_long", op.pos, max=MAX_NEAR_TOKENS)
        return Near(left, right, op.distance)

    def parse_primary(self, fld: FieldName | None, depth: int) -> Node:
        lex = self.take()
        if lex.kind == "word":
            self.terms += 1
            if self.terms > MAX_TERMS:
                raise _fail("too_many", lex.pos, max=MAX_TERMS)
            self.prefixes += lex.prefix
            if self.prefixes > MAX_PREFIX_TERMS:
                raise _fail("prefix_many", lex.pos)
            return Term(lex.tokens, fld, lex.prefix)
        if lex.kind == "field":
            if fld is not None:
                raise _fail("field_twice", lex.pos, name=lex.name, outer=fld)
            if self.next.kind not in ("word", "(", "field"):
                raise _fail("field_operand", lex.pos, name=lex.name)
            return self.parse_primary(cast(FieldName, lex.name), depth)
        if lex.kind == "(":
            if depth >= MAX_DEPTH:
                raise _fail("too_deep", lex.pos, max=MAX_DEPTH)
            node = self.parse_or(fld, depth + 1, lex.pos)
            if self.take().kind != ")":
                raise _fail("open", lex.pos)
            return node
        raise _fail("near_before", lex.pos)  # the only other lexeme that can start an item


def _flat(kind: type[And] | type[Or], items: Sequence[Node]) -> tuple[Node, ...]:
    out: list[Node] = []
    for item in items:
        out.extend(item.items if isinstance(item, kind) else (item,))
    return tuple(out)
