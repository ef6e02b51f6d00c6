"""A search is stopped past its time limit, on both engines, with what to change.

A viewer's query of 128 one-letter prefixes held a web worker for 20 s on 100,000
articles. The query language now refuses such prefixes (tests/watch/test_query.py); the
time limit bounds whatever cost is left, and says what to change.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from toancanh.domain.ingest import ArticleDraft
from toancanh.errors import Invalid
from toancanh.ingest.pipeline import store_draft
from toancanh.store import Store
from toancanh.store.sql import search
from toancanh.store.sql.search import time_limited
from toancanh.watch.query_parser import parse_query


def make_articles(store: Store, count: int) -> None:
    for n in range(count):
        text_ = f"Học phí năm {2000 + n} tăng, thuế {n} giảm theo đề xuất của Bộ Tài chính."
        store_draft(store, ArticleDraft(url=f"https://a.example/{n}", title=f"Tin {n}",
                                        text=text_ * 3), 0.5)  # fmt: skip


def test_a_search_past_its_time_limit_is_refused_with_what_to_fix(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_articles(store, 30)
    query = parse_query("hoc OR phi OR thue")
    assert store.articles.search(query)  # within the limit: results
    monkeypatch.setattr(search, "SEARCH_TIME_LIMIT", 0.0)
    monkeypatch.setattr(search, "_SQLITE_STEPS", 1)  # SQLite: look at the clock every step
    if store.dialect == "postgresql":  # statement_timeout is in whole milliseconds
        monkeypatch.setattr(search, "_search_ids", _slow_search_ids)
    with pytest.raises(Invalid) as info:
        store.articles.search(query)
    assert info.value.field == "q"
    assert "took more than 0 seconds and was stopped" in info.value.message
    assert "fewer words joined by OR" in info.value.message
    monkeypatch.undo()
    assert store.articles.search(query)  # the connection is usable again, no limit left


def _slow_search_ids(conn, *args, **kwargs):  # type: ignore[no-untyped-def]
    conn.execute(text("SELECT pg_sleep(0.5)"))
    return []


def test_the_limit_is_lifted_after_the_block(store: Store) -> None:
    with store.db.read() as conn:
        with time_limited(conn, 0.05):
            pass
        if store.dialect == "postgresql":
            conn.execute(text("SELECT pg_sleep(0.2)"))  # the session's default again
        else:
            count = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            conn.execute(text(count + "WHERE i < 200000) SELECT count(*) FROM n")).scalar()
