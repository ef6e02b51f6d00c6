"""The boolean search query language: its syntax, its AST, and printing it back.

One language serves the search box, saved watchlists and live matching of new articles.
``toancanh.watch.query_parser.parse_query`` turns text into a ``Query`` (an AST of frozen
dataclasses, defined here);
``toancanh.store.fulltext`` compiles it to SQLite FTS5 and PostgreSQL ``tsquery``, and
``toancanh.watch.matching.evaluate`` runs the same semantics in Python on an article's
tokens.

Syntax
------
``thuế xăng``                 both words (items written side by side are ANDed)
``thuế AND xăng``             the same, spelled out
``xăng OR dầu``               either word
``thuế NOT xăng``             ``thuế`` but not ``xăng``; ``thuế -xăng`` is the same (the
                              ``-`` touches the word; a lone ``-`` is punctuation)
``(xăng OR dầu) thuế``        parentheses group; precedence is NOT > AND > OR, so
                              ``a b OR c`` is ``(a b) OR c``
``"chính sách tiền tệ"``      a phrase: these words next to each other, in this order;
                              typographic quotes ``“…”`` work too
``62/2020/NĐ-CP``, ``COVID-19``   a word with inner punctuation is the phrase of its parts
                              ("62 2020 nd cp"), so it matches however it was punctuated
``chuyển*``, ``"chuyển đổi"*``   prefix: the last word may continue (chuyển, chuyên, ...)
``title:thuế``, ``title:"giá xăng"``, ``title:(xăng OR -dầu)``   only in the title
``text:thuế``                 only in the body; without a field: in the title or the body
``xăng NEAR/5 dầu``           both, in either order, in the same field, with at most 5
                              words between the end of one and the start of the other
                              (they may overlap); ``NEAR`` alone is ``NEAR/10``; each side
                              is one word, prefix or phrase
``title:(xăng NEAR dầu)``     a field applies to both sides of a NEAR

Operators are ``AND``, ``OR``, ``NOT`` and ``NEAR`` in capitals only: ``and`` is a word
(quote ``"AND"`` to search for the capital word). Fields are ``title:`` and ``text:``, any
case, written right before what they apply to; another ``name:`` directly followed by text
is an error (quote text such as a URL: ``"https://…"``). A phrase never spans the title
and the body.

Matching is insensitive to case and diacritics: words are folded like the index
(``search_tokens``: lowercase, no tone marks, đ → d). So ``chinh sach`` finds
"chính sách", and a query typed with diacritics also finds text written without them
(``chính`` finds "chinh") and words that differ only by marks (``dầu`` finds "dâu").
Words made only of punctuation are ignored.

A query, every parenthesised group and every OR branch needs at least one positive item:
``NOT xăng`` alone cannot run (FTS5 has no "everything but"); write ``thuế NOT xăng``.

``str(query)`` is the canonical form (folded words, explicit ``NOT`` and ``NEAR/n``); it
parses back to an equal query.

Limits: 4000 characters, 128 words, 16 nested parentheses, 32 words in a phrase,
500 characters in a word, NEAR distance 0..50 with at most 10 words on each side, and
for prefixes at least 3 letters before the ``*`` and at most 8 prefixes in a query.
The last two bound the cost: a prefix stands for every indexed word that starts with it,
and 128 one-letter prefixes made a search of 100,000 articles take 20 s
(``store.sql.search`` also stops any search after ``SEARCH_TIME_LIMIT`` seconds).

Errors are ``QuerySyntaxError`` with a 0-based character ``position``; ``render()`` shows
the query with a caret under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

FieldName = Literal["title", "text"]
FIELDS: tuple[FieldName, ...] = ("title", "text")
DEFAULT_NEAR = 10
MAX_NEAR = 50
MAX_NEAR_TOKENS = 10
MAX_QUERY_CHARS = 4000
MAX_TERMS = 128
MAX_DEPTH = 16
MAX_PHRASE_TOKENS = 32
MAX_TOKEN_CHARS = 500  # 4 bytes a character stays under PostgreSQL's 2047-byte lexemes
# A prefix is as costly as all the words it stands for: "t*" reads the postings of every
# indexed word starting with t (0.9 s on 30,000 articles, "tha*" 0.1 s; 16 three-letter
# prefixes 1 s). The limits keep a query's prefixes under about half a second there.
MIN_PREFIX_CHARS = 3  # folded letters before the *, in the last word of a prefix
MAX_PREFIX_TERMS = 8


class QuerySyntaxError(ValueError):
    """A query that cannot be parsed: what to fix, and where (0-based character offset)."""

    def __init__(self, message: str, position: int, query: str = "") -> None:
        super().__init__(message, position)
        self.message = message
        self.position = position
        self.query = query

    def __str__(self) -> str:
        return f"{self.message} (at character {self.position})"

    def render(self, context: int = 40) -> str:
        """The query on one line, a caret under the position, then the message."""
        line = re.sub(r"\s", " ", self.query)  # one char per char keeps the caret aligned
        start = max(0, self.position - context)
        end = min(len(line), self.position + context)
        head = "…" if start > 0 else ""
        shown = head + line[start:end] + ("…" if end < len(line) else "")
        caret = " " * (len(head) + self.position - start) + "^"
        return f"{shown}\n{caret}\n{self.message}"


@dataclass(frozen=True)
class Term:
    """A word or phrase (tokens in order); ``prefix``: the last token may continue."""

    tokens: tuple[str, ...]
    field: FieldName | None = None
    prefix: bool = False


@dataclass(frozen=True)
class Near:
    """Both terms (same field) with at most ``distance`` tokens between them, any order."""

    left: Term
    right: Term
    distance: int = DEFAULT_NEAR


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Term | Near | And | Or | Not


@dataclass(frozen=True)
class Query:
    """A parsed query; equal when the ASTs are equal, whatever the original spelling."""

    root: Node
    text: str = field(default="", compare=False)

    def __str__(self) -> str:
        return render(self.root)


# --- canonical rendering ---------------------------------------------------------------


def _render_term(term: Term) -> str:
    body = term.tokens[0] if len(term.tokens) == 1 else '"' + " ".join(term.tokens) + '"'
    return body + ("*" if term.prefix else "")


def render(node: Node) -> str:
    """Canonical text of a node: parses back to an equal node."""
    if isinstance(node, Term):
        return (f"{node.field}:" if node.field else "") + _render_term(node)
    if isinstance(node, Near):
        inner = f"{_render_term(node.left)} NEAR/{node.distance} {_render_term(node.right)}"
        return f"{node.left.field}:({inner})" if node.left.field else inner
    if isinstance(node, Not):
        wrap = isinstance(node.item, And | Or | Near)
        return "NOT " + (f"({render(node.item)})" if wrap else render(node.item))
    if isinstance(node, And):
        return " ".join(f"({render(i)})" if isinstance(i, Or) else render(i) for i in node.items)
    return " OR ".join(f"({render(i)})" if isinstance(i, And) else render(i) for i in node.items)
