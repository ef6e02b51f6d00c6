"""Watchlists: specs checked, live matching and backfill agree, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitoring_fixtures import Spec, store_specs
from toancanh.domain.watches import WatchSpec
from toancanh.store import Store
from toancanh.watch.query import QuerySyntaxError
from toancanh.watch.watchlists import (
    WatchSpecError,
    backfill,
    check_spec,
    match_new_articles,
)

DAY = datetime(2026, 11, 10, 3, tzinfo=UTC)
MOST = "Bộ Thông tin và Truyền thông"
MOST_NOW = "Bộ Khoa học và Công nghệ"


def test_a_spec_is_made_canonical() -> None:
    spec = check_spec(
        WatchSpec(
            "  Nhà ở   xã hội ",
            query=' "nha o xa hoi" ',
            legal_refs=("nd 100/2024/nd-cp", "Luật Nhà ở", "Luật Nhà ở"),
            agencies=("Bộ TT&TT",),
        )
    )
    assert spec.name == "Nhà ở xã hội"
    assert spec.query == '"nha o xa hoi"'
    assert spec.legal_refs == ("100/2024/NĐ-CP", "Luật Nhà ở")
    assert spec.agencies == (MOST,)


def test_a_bad_spec_says_what_to_fix() -> None:
    with pytest.raises(WatchSpecError, match="give a query"):
        check_spec(WatchSpec("Trống"))
    with pytest.raises(WatchSpecError, match="no body called"):
        check_spec(WatchSpec("X", agencies=("Bộ Không Tồn Tại",)))
    with pytest.raises(QuerySyntaxError) as error:
        check_spec(WatchSpec("X", query='"nha o xa hoi'))
    assert error.value.position == 0


def seed_articles(store: Store) -> list[int]:
    specs = [
        Spec(DAY, "Khởi công dự án nhà ở xã hội", body="Dự án nhà ở xã hội khởi công."),
        Spec(DAY, "Nha o xa hoi: nguoi mua phan doi", body="nguoi mua nha o xa hoi gui don"),
        Spec(DAY, "Giá xăng giảm", body="Giá xăng giảm từ chiều nay."),
        Spec(DAY, "Hướng dẫn nghị định", legal_refs=("100/2024/NĐ-CP",)),
        Spec(DAY, "Chuyển đổi số", agencies=((MOST, MOST_NOW),)),
        Spec(DAY, "Học phí", body="Học phí năm học mới.", sentiment="negative"),
    ]
    return store_specs(store, specs).ids


def test_live_matching_and_backfill_agree(store: Store) -> None:
    ids = seed_articles(store)
    housing = store.watches.add(
        check_spec(
            WatchSpec("Nhà ở xã hội", query='"nhà ở xã hội"', legal_refs=("100/2024/NĐ-CP",))
        ),
        "tester",
    )
    digital = store.watches.add(
        check_spec(WatchSpec("Khoa học công nghệ", agencies=(MOST_NOW,))), "tester"
    )
    live = match_new_articles(store, ids)
    assert sorted(live[housing.id]) == [ids[0], ids[1], ids[3]]  # diacritics optional
    assert live[digital.id] == [ids[4]]  # the old ministry counts for its successor
    assert backfill(store, housing) == 3
    assert store.watches.matched_article_ids(housing.id) == set(live[housing.id])
    assert store.watches.get(housing.id).matches == 3  # type: ignore[union-attr]
    match_new_articles(store, ids)  # again: nothing is counted twice
    assert store.watches.get(housing.id).matches == 3  # type: ignore[union-attr]


def test_editing_a_watch_rematches_the_history(store: Store) -> None:
    ids = seed_articles(store)
    watch = store.watches.add(check_spec(WatchSpec("Xăng", query="xang")), "tester")
    backfill(store, watch)
    assert store.watches.matched_article_ids(watch.id) == {ids[2]}
    changed = store.watches.update(
        watch.id, check_spec(WatchSpec("Học phí", query="hoc phi")), "editor"
    )
    backfill(store, changed)
    assert store.watches.matched_article_ids(watch.id) == {ids[5]}
    entries = store.audit.entries(entity="watch", entity_id=watch.id)
    assert [e.action for e in entries] == ["update", "create"]
    assert entries[0].actor == "editor"
    assert entries[0].before["query"] == "xang" and entries[0].after["query"] == "hoc phi"  # type: ignore[index]
    assert store.watches.remove(watch.id, "editor")
    assert store.watches.find("Học phí") is None
    assert store.articles.get(ids[5]) is not None  # articles stay


def test_a_correction_moves_the_watch_trend(store: Store) -> None:
    ids = seed_articles(store)
    watch = store.watches.add(check_spec(WatchSpec("Học phí", query="hoc phi")), "tester")
    backfill(store, watch)
    from toancanh.store.trends import Subject

    subject = Subject("watch", str(watch.id), watch.name)
    window = {"since": DAY - timedelta(days=1), "until": DAY + timedelta(days=1)}
    before = store.trends.counts(subject, **window)
    assert [(c.sentiment, c.count) for c in before] == [("negative", 1)]
    store.analysis.correct(ids[5], "sentiment", "positive", "analyst")
    after = store.trends.counts(subject, **window)
    assert [(c.sentiment, c.count) for c in after] == [("positive", 1)]
