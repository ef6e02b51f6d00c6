"""Trends of a subject: days in Vietnam time, tones, share of voice, outlets, stories, terms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitoring_fixtures import Spec, store_specs
from toancanh.domain.watches import WatchSpec
from toancanh.store import Store
from toancanh.store.trends import BucketCount, Subject
from toancanh.trends.series import bucket_keys, build_points, trend_report
from toancanh.trends.terms import log_likelihood, rising_terms, title_terms
from toancanh.watch.watchlists import backfill, check_spec

START = datetime(2026, 11, 1, tzinfo=UTC)


def test_days_are_vietnam_days() -> None:
    # 17:00 UTC on 31/10 is 00:00 on 1/11 in Hà Nội.
    since = datetime(2026, 10, 31, 17, tzinfo=UTC)
    until = datetime(2026, 11, 3, 17, tzinfo=UTC)
    assert bucket_keys(since, until, "day") == ["2026-11-01", "2026-11-02", "2026-11-03"]
    hours = bucket_keys(since, since + timedelta(hours=3), "hour")
    assert hours == ["2026-11-01 00", "2026-11-01 01", "2026-11-01 02"]


def test_points_fill_empty_days_and_count_tones() -> None:
    counts = [
        BucketCount("2026-11-01", "positive", True, 2),
        BucketCount("2026-11-01", "negative", False, 1),
        BucketCount("2026-11-03", None, False, 4),
    ]
    points, totals = build_points(counts, ["2026-11-01", "2026-11-02", "2026-11-03"])
    assert [p.total for p in points] == [3, 0, 4]
    assert points[0].net_sentiment == pytest.approx(1 / 3, abs=1e-3)
    assert points[1].net_sentiment is None and points[2].unknown == 4
    assert (totals.total, totals.official, totals.other) == (7, 2, 5)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from(["positive", "neutral", "negative", None]),
            st.booleans(),
            st.integers(1, 50),
        ),
        max_size=30,
    )
)
def test_totals_always_add_up(rows: list[tuple[int, str | None, bool, int]]) -> None:
    keys = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"]
    counts = [BucketCount(keys[d], tone, official, n) for d, tone, official, n in rows]
    points, totals = build_points(counts, keys)
    assert totals.total == sum(n for *_, n in rows) == sum(p.total for p in points)
    assert totals.official + totals.other == totals.total
    for p in points:
        assert p.positive + p.neutral + p.negative + p.unknown == p.total
        assert p.net_sentiment is None or -1 <= p.net_sentiment <= 1


def test_the_trend_of_a_watch(store: Store) -> None:
    specs = [
        Spec(
            START + timedelta(days=d, hours=2),
            f"Nhà ở xã hội tin {d}-{k}",
            body="nhà ở xã hội",
            outlet=outlet,
            sentiment=tone,
        )
        for d, k, outlet, tone in [
            (0, 0, "Cổng Chính Phủ", "positive"),
            (0, 1, "Báo A", "neutral"),
            (2, 0, "Báo A", "negative"),
            (2, 1, "Báo B", "negative"),
        ]
    ]
    specs.append(Spec(START, "Giá xăng", body="giá xăng"))
    specs.append(
        Spec(
            START + timedelta(days=2, hours=5),
            "Nhà ở xã hội tin 2-1 (lại)",
            outlet="Báo C",
            copy_of=3,
            sentiment="negative",
        )
    )
    built = store_specs(store, specs, official=("Cổng Chính Phủ",))
    watch = store.watches.add(check_spec(WatchSpec("NOXH", query='"nha o xa hoi"')), "t")
    assert backfill(store, watch) == 5
    report = trend_report(
        store,
        Subject("watch", str(watch.id), watch.name),
        since=START - timedelta(hours=7),
        until=START + timedelta(days=3) - timedelta(hours=7),
    )
    assert [p.total for p in report.points] == [2, 0, 3]
    assert report.totals.negative == 3 and report.totals.positive == 1
    assert report.share_of_voice == {"official": 0.2, "other": 0.8}
    assert report.top_outlets[0] == {
        "outlet": "Báo A",
        "count": 2,
        "negative": 1,
        "official": False,
    }
    story = report.top_stories[0]
    assert story["story_id"] == built.story_ids[3] and story["size"] == 2 and story["outlets"] == 2
    other = trend_report(
        store,
        Subject("outlet", "Báo A", "Báo A"),
        since=START - timedelta(hours=7),
        until=START + timedelta(days=3),
    )
    assert other.totals.total == 2


def test_terms_are_headline_bigrams_and_trigrams() -> None:
    terms = title_terms("Người mua nhà ở xã hội Lam Hà Riverside phản đối tăng giá 15%")
    assert "nhà ở xã" in terms and "lam hà riverside" in terms
    assert not any(t.split()[0] in ("và", "người") for t in terms)


def test_a_new_story_rises_and_old_news_does_not() -> None:
    before = [f"Giá xăng giảm kỳ {i}" for i in range(40)] + [
        f"Học phí năm học {i}" for i in range(40)
    ]
    recent = [
        "Lam Hà Riverside chậm bàn giao căn hộ",
        "Người mua Lam Hà Riverside gửi đơn",
        "Lam Hà Riverside: thanh tra vào cuộc",
        "Giá xăng giảm kỳ 41",
    ]
    found = rising_terms(recent, before)
    assert found[0].term == "lam hà riverside" and found[0].recent == 3 and found[0].before == 0
    assert all("xăng" not in t.term for t in found)


def test_log_likelihood_is_dunnings_g2() -> None:
    # 10 of 100 against 1 of 1000: expected 1 and 10, so
    # G² = 2 (10 ln 10 + 1 ln 0.1 + 90 ln(90/99) + 999 ln(999/990)) = 42.37.
    assert log_likelihood(10, 1, 100, 1000) == pytest.approx(42.37, abs=0.01)
    assert log_likelihood(5, 50, 100, 1000) == pytest.approx(0.0, abs=1e-9)
