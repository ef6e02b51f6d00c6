"""FTS5, PostgreSQL and ``evaluate`` must agree on which articles a query matches."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.store.sql.fulltext import (
    FTS5_TOKENIZE,
    build_tsvector,
    fts5_values,
    near_patterns,
    to_fts5,
    to_tsquery,
)
from toancanh.text.normalize import search_tokens
from toancanh.watch.matching import evaluate
from toancanh.watch.query import (
    MAX_NEAR,
    MAX_NEAR_TOKENS,
    MAX_PREFIX_TERMS,
    MAX_TERMS,
    MIN_PREFIX_CHARS,
    And,
    Near,
    Node,
    Not,
    Or,
    Query,
    Term,
)
from toancanh.watch.query_parser import parse_query

PG_URL = os.environ.get("TOANCANH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
Doc = tuple[str, str]

# Display words: with and without diacritics, folding together (dầu/dâu/dau), prefixes of
# each other (thu/thue, nghi/nghia), and multi-token words (NĐ-CP).
WORDS = (
    "chính", "sách", "chinh", "Sach", "thuế", "thue", "Thu", "thu", "xăng", "xang", "dầu",
    "dâu", "dau", "giá", "gia", "tăng", "nghị", "nghi", "nghĩa", "nghia", "NĐ-CP", "nd",
)  # fmt: skip
FOLDED = sorted({t for w in WORDS for t in search_tokens(w)})
PREFIXES = sorted({t[:k] for t in FOLDED for k in range(1, len(t) + 1)})
SEPARATORS = (" ", " ", " ", ", ", ". ", " - ", "; ", "\n")


def _text(code: bytes) -> str:
    """One byte a word: cheap to generate, and shrinks towards short texts."""
    n = len(WORDS)
    return "".join(WORDS[b % n] + SEPARATORS[b // n % len(SEPARATORS)] for b in code).strip()


texts = st.binary(max_size=20).map(_text)
docs = st.lists(st.tuples(texts, texts), min_size=3, max_size=8)
fields = st.sampled_from([None, "title", "text"])


@st.composite
def terms(draw: st.DrawFn, field: str | None = None, max_tokens: int = 3) -> Term:
    size = draw(st.sampled_from([1, 1, 1, 2, 2, 3][: 2 * max_tokens]))
    tokens = draw(st.lists(st.sampled_from(FOLDED), min_size=size, max_size=size))
    prefix = draw(st.booleans())
    if prefix:
        tokens[-1] = draw(st.sampled_from([p for p in PREFIXES if tokens[-1].startswith(p)]))
    return Term(tuple(tokens), field, prefix)


@st.composite
def nears(draw: st.DrawFn) -> Near:
    field = draw(fields)
    left, right = draw(terms(field)), draw(terms(field))
    return Near(left, right, draw(st.integers(0, 6)))


def _ands(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    def build(parts: tuple[list[Node], list[Node]]) -> Node:
        items: list[Node] = []
        for item in parts[0]:
            items.extend(item.items if isinstance(item, And) else [item])
        return And((*items, *(Not(n) for n in parts[1])))

    both = st.tuples(st.lists(children, min_size=1, max_size=3), st.lists(children, max_size=2))
    return both.filter(lambda p: len(p[0]) + len(p[1]) > 1).map(build)


def _ors(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    def build(items: list[Node]) -> Node:
        flat: list[Node] = []
        for item in items:
            flat.extend(item.items if isinstance(item, Or) else [item])
        return Or(tuple(flat))

    return st.lists(children, min_size=2, max_size=3).map(build)


# Valid canonical ASTs: every And has a positive item, Not only inside And, no nesting of
# And in And or Or in Or (the parser flattens those).
queries = st.recursive(
    st.one_of(fields.flatmap(lambda f: terms(f)), nears()),
    lambda children: st.one_of(_ands(children), _ors(children)),
    max_leaves=6,
)


def _sqlite_ids(docs: list[Doc], expression: str) -> set[int]:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE VIRTUAL TABLE article_fts USING fts5("
            f"title, body, content='', tokenize=\"{FTS5_TOKENIZE}\")"
        )
        db.executemany(
            "INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)",
            [(i, *fts5_values(t, b)) for i, (t, b) in enumerate(docs)],
        )
        rows = db.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?", (expression,))
        return {r[0] for r in rows}
    finally:
        db.close()


@pytest.fixture(scope="module")
def pg() -> Iterator[psycopg.Connection]:
    try:
        conn = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except psycopg.Error as error:
        reason = f"PostgreSQL not reachable at {PG_URL}: {str(error).splitlines()[0]}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI. {reason}")
        pytest.skip(reason)
    conn.execute("CREATE TEMP TABLE fts_docs (id int PRIMARY KEY, tsv tsvector NOT NULL)")
    yield conn
    conn.close()


def _pg_ids(pg: psycopg.Connection, docs: list[Doc], tsquery: str) -> set[int]:
    with pg.cursor() as cur:
        cur.execute("DELETE FROM fts_docs")
        cur.executemany(
            "INSERT INTO fts_docs VALUES (%s, CAST(%s AS tsvector))",
            [(i, build_tsvector(t, b)) for i, (t, b) in enumerate(docs)],
        )
        cur.execute("SELECT id FROM fts_docs WHERE tsv @@ CAST(%s AS tsquery)", (tsquery,))
        return {r[0] for r in cur.fetchall()}


def _eval_ids(docs: list[Doc], query: Query | Node) -> set[int]:
    return {
        i for i, (t, b) in enumerate(docs) if evaluate(query, search_tokens(t), search_tokens(b))
    }


Engine = Callable[[list[Doc], Query | Node], set[int]]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest) -> Engine:
    """Matching ids from one database engine; PostgreSQL skips (fails in CI) if absent."""
    if request.param == "sqlite":
        return lambda docs, query: _sqlite_ids(docs, to_fts5(query))
    conn = request.getfixturevalue("pg")
    return lambda docs, query: _pg_ids(conn, docs, to_tsquery(query))


def _agree(engine: Engine, docs: list[Doc], query: Query | Node) -> set[int]:
    """The ids ``evaluate`` matches, after checking the engine matches the same."""
    expected = _eval_ids(docs, query)
    got = engine(docs, query)
    assert got == expected, f"{to_fts5(query)}\n{to_tsquery(query)}"
    return expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=docs, root=queries)
def test_engines_and_evaluate_agree(engine: Engine, docs, root) -> None:
    _agree(engine, docs, root)


@settings(max_examples=80, deadline=None)
@given(docs=docs, near=nears())
def test_near_agrees_across_engines(engine: Engine, docs, near) -> None:
    _agree(engine, docs, near)


def _within_prefix_limits(root: Node) -> Node:
    """The query with the prefixes the language refuses (too short, too many) made whole
    words: the engines run any AST, the parser bounds what users may type."""
    count = 0

    def term(t: Term) -> Term:
        nonlocal count
        if not t.prefix:
            return t
        count += 1
        keep = len(t.tokens[-1]) >= MIN_PREFIX_CHARS and count <= MAX_PREFIX_TERMS
        return t if keep else Term(t.tokens, t.field, False)

    def walk(node: Node) -> Node:
        if isinstance(node, Term):
            return term(node)
        if isinstance(node, Near):
            return Near(term(node.left), term(node.right), node.distance)
        if isinstance(node, Not):
            return Not(walk(node.item))
        return type(node)(tuple(walk(item) for item in node.items))

    return walk(root)


@settings(max_examples=60)
@given(root=queries.map(_within_prefix_limits))
def test_generated_queries_round_trip(root: Node) -> None:
    assert parse_query(str(Query(root))).root == root


DOCS = [
    ("Chính sách thuế xăng dầu", "Bộ Tài chính đề xuất giảm thuế bảo vệ môi trường."),
    ("Giá điện tăng", "Theo Nghị định 62/2020/NĐ-CP, giá xăng và giá dầu đều tăng mạnh."),
    ("Hà Nội", "COVID-19: chuyển đổi số trong y tế, chuyên gia nói về chính sách."),
    ("chinh sach moi", "khong dau: thue xang"),
]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("chinh sach", {0, 2, 3}),  # no diacritics in the query, any in the text
        ("chính sách", {0, 2, 3}),  # diacritics in the query match unaccented text too
        ("title:(chinh sach)", {0, 3}),
        ('title:"chinh sach"', {0, 3}),
        ('text:"chinh sach"', {2}),
        ("thuế NOT xăng", set()),
        ("thuế -title:xăng", {3}),
        ("62/2020/NĐ-CP", {1}),
        ('"nd cp"', {1}),
        ("covid-19", {2}),
        ("chuyen*", {2}),  # chuyển and chuyên
        ('"chuyen doi"*', {2}),
        ("xăng NEAR/1 dầu", {0, 3}),  # not 1: "xăng và giá dầu" has 2 words between
        ("xăng NEAR/2 dầu", {0, 1, 3}),
        ("giá NEAR/0 dầu", {1}),
        ("dầu NEAR/3 tăng", {1}),
        ("title:(thuế NEAR/0 xăng)", {0}),
        ("thuế OR điện", {0, 1, 3}),
        ("(thuế OR điện) NOT text:xăng", {0}),
    ],
)
def test_examples_on_real_sentences(engine: Engine, query: str, ids: set[int]) -> None:
    assert _agree(engine, DOCS, parse_query(query)) == ids


def test_near_follows_the_fts5_documentation(engine: Engine) -> None:
    docs = [("", "A B C D x x x E F x")]
    cases = {
        "e NEAR/4 d": True,
        "e NEAR/3 d": True,
        "e NEAR/2 d": False,
        '"c d" NEAR/3 "e f"': True,
        'c NEAR/3 "e f"': False,
    }
    for text, hit in cases.items():
        assert _agree(engine, docs, parse_query(text)) == ({0} if hit else set()), text


def test_phrases_and_near_never_cross_title_and_body(engine: Engine) -> None:
    docs = [("giá xăng", "tăng mạnh")]
    for text in ('"xang tang"', "xang NEAR/0 tang", "gia NEAR/5 manh", "title:xang tang"):
        expected = {0} if text == "title:xang tang" else set()
        assert _agree(engine, docs, parse_query(text)) == expected, text


def test_near_with_overlapping_sides(engine: Engine) -> None:
    docs = [("", "a b c"), ("", "a b x b c"), ("", "abc c")]
    cases = {
        '"a b c" NEAR/0 b': {0},  # one side inside the other
        '"a b" NEAR/0 "b c"': {0},  # sharing a token
        '"a b" NEAR/1 "b c"': {0, 1},  # or apart with 1 token between (b x b)
        "abc* NEAR/0 abc": {2},  # the same token satisfies both
        "a NEAR/0 a": {0, 1},
    }
    for text, ids in cases.items():
        assert _agree(engine, docs, parse_query(text)) == ids, text


def test_near_patterns_skip_impossible_overlaps() -> None:
    near = parse_query("a NEAR/0 b").root
    assert isinstance(near, Near)
    patterns = [[slot[0] for _, slot in p] for p in near_patterns(near)]
    assert patterns == [["b", "a"], ["a", "b"]]  # "a" and "b" cannot share a position


def test_user_text_cannot_inject_engine_syntax(engine: Engine) -> None:
    weird = Term(('a"b', "o'neil", "x\\y", "{body}", "NEAR"), None, True)
    assert '"a""b' in to_fts5(weird)
    assert "'o''neil'" in to_tsquery(weird)
    assert engine([("", "o neil")], weird) == set()
    text = 'title:"a" OR {body} : NEAR("x" ) \' & !'
    assert _agree(engine, [("a", "body near x"), ("", "")], parse_query(text)) == {0}


def test_largest_queries_run_on_both_engines(engine: Engine) -> None:
    words = " OR ".join(f"w{i}" for i in range(MAX_TERMS - 1)) + " OR dau"
    assert _agree(engine, DOCS, parse_query(words)) == {0, 1, 3}
    side = " ".join(["gia"] * MAX_NEAR_TOKENS)
    near = parse_query(f'"{side}" NEAR/{MAX_NEAR} "{side}"')
    assert _agree(engine, DOCS, near) == set()
    nested = "(" * 16 + "thue" + ")" * 16
    assert _agree(engine, DOCS, parse_query(nested)) == {0, 3}


def test_tsvector_layout() -> None:
    assert build_tsvector("Giá xăng", "xăng tăng") == "'gia':1A 'xang':2A,4 'tang':5"
    assert build_tsvector("", "") == ""
    assert build_tsvector("", "a") == "'a':2"


def test_tsvector_limits_are_respected(pg: psycopg.Connection) -> None:
    long_token = "x" * 3000
    body = " ".join(["a"] * 300 + [long_token] + ["b"] * 20000)
    vector = build_tsvector("tiêu đề", body)
    assert long_token not in vector
    assert vector.count(",") < 2 * 256  # a has 256 positions, b a few under 16383
    row = pg.execute("SELECT length(CAST(%s AS tsvector))", (vector,)).fetchone()
    assert row == (4,)  # tieu, de, a, b
    hit = pg.execute(
        "SELECT CAST(%s AS tsvector) @@ CAST(%s AS tsquery)", (vector, "'b':D <-> 'b':D")
    ).fetchone()
    assert hit == (True,)


def test_tsvector_keeps_under_postgres_size_limit(pg: psycopg.Connection) -> None:
    body = " ".join(f"{i:0>1500}" for i in range(1000))  # 1.5 MB of distinct lexemes
    vector = build_tsvector("", body)
    assert len(vector.encode()) < 1_100_000
    assert pg.execute("SELECT length(CAST(%s AS tsvector)) > 500", (vector,)).fetchone() == (True,)


@pytest.mark.parametrize(
    "root",
    [
        Not(Term(("a",))),
        Or((Term(("a",)), Not(Term(("b",))))),
        And((Not(Term(("a",))), Not(Term(("b",))))),
        And((Term(("a",)), Not(Not(Term(("b",)))))),
    ],
)
def test_compilers_refuse_what_fts5_cannot_run(root: Node) -> None:
    with pytest.raises(ValueError, match="NOT"):
        to_fts5(root)
    with pytest.raises(ValueError, match="NOT"):
        to_tsquery(root)


def test_fts5_binary_not_and_columns() -> None:
    query = parse_query("(xăng OR dầu) title:thuế -text:điện")
    assert to_fts5(query) == '((("xang" OR "dau") AND {title} : "thue") NOT ({body} : "dien"))'
    assert to_tsquery(query) == "((('xang') | ('dau')) & ('thue':A) & !('dien':D))"
