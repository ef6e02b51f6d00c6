"""The store on both engines: identity, stories, sources, failures, search."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from toancanh.analyze.dedupe import fingerprint
from toancanh.domain.articles import ArticleFilters
from toancanh.domain.ingest import ArticleDraft, Failure
from toancanh.domain.sources import NewSource
from toancanh.ingest.pipeline import store_draft
from toancanh.store import Store
from toancanh.store.sources import SourceExistsError
from toancanh.store.sql.search import search_ids
from toancanh.watch.query_parser import parse_query

THRESHOLD = 0.5

HOUSING = (
    "Sáng 12/10, UBND TP.HCM tổ chức hội nghị triển khai chính sách hỗ trợ người lao động "
    "thuê nhà ở xã hội tại các khu công nghiệp. Thành phố sẽ khởi công thêm ba dự án với "
    "tổng cộng hơn 4.500 căn hộ trong năm nay.\n\nPhó Chủ tịch UBND thành phố cho biết "
    "nguồn vốn ưu đãi từ gói tín dụng 120.000 tỷ đồng đã được giải ngân cho các chủ đầu "
    "tư đủ điều kiện. Người lao động có thu nhập thấp được vay với lãi suất ưu đãi.\n\n"
    "Tuy nhiên, nhiều doanh nghiệp phản ánh thủ tục phê duyệt dự án còn kéo dài, có hồ sơ "
    "phải chờ hơn một năm. Sở Xây dựng cam kết rút ngắn thời gian thẩm định."
)
HOUSING_REWRITE = HOUSING.replace("Sáng 12/10, UBND", "Ngày 12/10, Ủy ban nhân dân").replace(
    "Tuy nhiên, nhiều doanh nghiệp", "Nhiều doanh nghiệp"
)
TRAFFIC = (
    "Nghị định 168/2024/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực giao thông "
    "đường bộ có hiệu lực từ ngày 1/1/2025. Mức phạt với hành vi vượt đèn đỏ tăng mạnh, "
    "người điều khiển ô tô có thể bị phạt tới 20 triệu đồng.\n\nCục Cảnh sát giao thông "
    "cho biết sau một tháng áp dụng, số vụ tai nạn giảm rõ rệt tại nhiều địa phương."
)


def draft(url: str, text: str, title: str = "Tin", **extra: object) -> ArticleDraft:
    values: dict[str, object] = {
        "url": url,
        "title": title,
        "text": text,
        "outlet": "Báo Thời Sự",
        "published_at": datetime(2026, 10, 12, 1, 30, tzinfo=UTC),
    }
    values.update(extra)
    return ArticleDraft(**values)  # type: ignore[arg-type]


def save(store: Store, d: ArticleDraft):
    return store_draft(store, d, THRESHOLD)


def test_an_article_is_found_by_any_of_its_urls(store: Store) -> None:
    first = save(store, draft("https://a.vn/1", HOUSING))
    save(store, draft("https://b.vn/copy", HOUSING))  # the same text: a second URL
    for url in ("https://a.vn/1", "https://b.vn/copy"):
        found = store.articles.find_by_url(url)
        assert found is not None and found.id == first.article_id
        assert found.published_at == datetime(2026, 10, 12, 1, 30, tzinfo=UTC)
    assert store.articles.find_by_url("https://a.vn/none") is None


def test_same_url_twice_is_unchanged(store: Store) -> None:
    first = save(store, draft("https://a.vn/1", HOUSING))
    again = save(store, draft("https://a.vn/1", HOUSING + " Cập nhật."))
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert again.article_id == first.article_id
    assert store.articles.count() == 1


def test_canonical_url_counts_as_the_same_page(store: Store) -> None:
    first = save(store, draft("https://a.vn/1?ref=home", HOUSING, canonical_url="https://a.vn/1"))
    again = save(store, draft("https://a.vn/1", HOUSING))
    assert again.outcome == "unchanged" and again.article_id == first.article_id


def test_identical_text_at_two_urls_is_one_article_with_two_urls(store: Store) -> None:
    first = save(store, draft("https://a.vn/1", HOUSING, outlet="Báo A"))
    copy = save(store, draft("https://b.vn/9", HOUSING, outlet="Báo B"))
    assert copy.outcome == "duplicate" and copy.article_id == first.article_id
    article = store.articles.get(first.article_id)
    assert article is not None
    assert set(article.urls) == {"https://a.vn/1", "https://b.vn/9"}
    assert store.articles.count() == 1


def test_near_duplicate_joins_the_story_and_unrelated_does_not(store: Store) -> None:
    first = save(store, draft("https://a.vn/1", HOUSING, title="Nhà ở xã hội"))
    rewrite = save(store, draft("https://b.vn/2", HOUSING_REWRITE, title="TP.HCM: nhà ở"))
    other = save(store, draft("https://c.vn/3", TRAFFIC, title="Mức phạt mới"))
    assert rewrite.outcome == "new" and rewrite.article_id != first.article_id
    assert rewrite.story_id == first.story_id == first.article_id
    assert other.story_id == other.article_id
    stories = store.articles.stories()
    assert [(s.story_id, s.size) for s in stories] == [(first.article_id, 2)]
    assert stories[0].title == "Nhà ở xã hội"
    assert set(stories[0].article_ids) == {first.article_id, rewrite.article_id}
    assert [s.size for s in store.articles.stories(min_size=1)] == [2, 1]


def test_times_come_back_in_utc(store: Store) -> None:
    local = datetime(2026, 10, 12, 8, 30, tzinfo=UTC) + timedelta(hours=0)
    result = save(store, draft("https://a.vn/1", HOUSING, published_at=local))
    article = store.articles.get(result.article_id)
    assert article is not None and article.published_at == local
    assert article.published_at.tzinfo is not None


def test_list_filters_and_order(store: Store) -> None:
    base = datetime(2026, 10, 1, tzinfo=UTC)
    for day, (text, outlet) in enumerate([(HOUSING, "Báo A"), (TRAFFIC, "Báo B")]):
        save(
            store,
            draft(
                f"https://x.vn/{day}", text, outlet=outlet, published_at=base + timedelta(days=day)
            ),
        )
    listed = store.articles.list(limit=10)
    assert [a.outlet for a in listed] == ["Báo B", "Báo A"]  # newest first
    later = ArticleFilters(since=base + timedelta(hours=12))
    assert [a.outlet for a in store.articles.list(later)] == ["Báo B"]
    assert [a.outlet for a in store.articles.list(ArticleFilters(outlets=("Báo A",)))] == ["Báo A"]
    assert store.sources.outlet_names_matching("bao a") == ["Báo A"]
    assert len(store.articles.list(limit=1)) == 1


def test_search_is_diacritic_insensitive_and_supports_operators(store: Store) -> None:
    housing = save(store, draft("https://a.vn/1", HOUSING, title="Nhà ở xã hội cho công nhân"))
    traffic = save(store, draft("https://b.vn/2", TRAFFIC, title="Mức phạt giao thông mới"))

    def ids(query: str) -> list[int]:
        return [h.id for h in store.articles.search(parse_query(query))]

    assert ids("nha o xa hoi") == [housing.article_id]
    assert ids('"nhà ở xã hội"') == [housing.article_id]
    assert ids("title:phat") == [traffic.article_id]
    assert ids("168/2024/ND-CP") == [traffic.article_id]
    assert set(ids("tai nan OR can ho")) == {housing.article_id, traffic.article_id}
    assert ids('chinh sach NOT "giao thong"') == [housing.article_id]
    assert ids("title:xa hoi AND title:giao") == []


def test_search_hit_has_a_snippet_around_the_match(store: Store) -> None:
    save(store, draft("https://b.vn/2", TRAFFIC, title="Mức phạt mới"))
    save(store, draft("https://a.vn/1", HOUSING, title="Nhà ở xã hội"))
    (hit,) = store.articles.search(parse_query("tai nan"))
    assert "tai nạn" in hit.snippet
    start, end = hit.highlights[0]
    assert hit.snippet[start:end].lower() in ("tai", "nạn", "tai nạn")
    assert hit.score > 0


def test_search_filters_by_date_and_outlet(store: Store) -> None:
    old = datetime(2026, 1, 1, tzinfo=UTC)
    save(store, draft("https://a.vn/1", HOUSING, outlet="Báo A", published_at=old))
    save(store, draft("https://b.vn/2", HOUSING_REWRITE + " Thêm.", outlet="Báo B"))
    query = parse_query("nha o")
    assert len(store.articles.search(query)) == 2
    assert (
        len(store.articles.search(query, ArticleFilters(since=datetime(2026, 6, 1, tzinfo=UTC))))
        == 1
    )
    assert [h.outlet for h in store.articles.search(query, ArticleFilters(outlets=("Báo A",)))] == [
        "Báo A"
    ]
    assert store.articles.search(query, ArticleFilters(outlets=())) == []


def test_sources_lifecycle_and_health(store: Store) -> None:
    source = store.sources.add(NewSource("https://a.vn/rss", outlet="Báo A", official=True))
    with pytest.raises(SourceExistsError):
        store.sources.add(NewSource("https://a.vn/rss"))
    store.sources.record_error(source.id, "http_503")
    store.sources.record_error(source.id, "timeout")
    failing = store.sources.get(source.id)
    assert failing is not None and (failing.error_streak, failing.last_error) == (2, "timeout")
    store.sources.record_success(source.id, '"etag-1"', None)
    healthy = store.sources.get(source.id)
    assert healthy is not None and healthy.error_streak == 0 and healthy.etag == '"etag-1"'
    assert healthy.last_error == "timeout"  # the last error stays visible
    assert [o.name for o in store.sources.list_outlets() if o.official] == ["Báo A"]
    assert store.sources.remove(source.id) and store.sources.list() == []


def test_removing_a_source_keeps_its_articles(store: Store) -> None:
    source = store.sources.add(NewSource("https://a.vn/rss"))
    save(store, draft("https://a.vn/1", HOUSING, source_id=source.id))
    store.sources.remove(source.id)
    assert store.articles.count() == 1


def test_due_sources_follow_their_interval(store: Store) -> None:
    quick = store.sources.add(NewSource("https://a.vn/rss", interval_seconds=60))
    store.sources.add(NewSource("https://b.vn/rss", interval_seconds=3600))
    assert len(store.sources.due(datetime.now(UTC), 900)) == 2
    for s in store.sources.list():
        store.sources.record_success(s.id, None, None)
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert [s.id for s in store.sources.due(later, 900)] == [quick.id]


def test_failures_are_listed_newest_first(store: Store) -> None:
    now = datetime.now(UTC)
    store.failures.record(Failure("fetch", "http_404", now - timedelta(days=2), url="https://a/1"))
    store.failures.record(Failure("import", "missing_text", now, file="x.csv", line=3))
    assert [f.reason for f in store.failures.list()] == ["missing_text", "http_404"]
    assert [f.line for f in store.failures.list(since=now - timedelta(hours=1))] == [3]
    assert [f.reason for f in store.failures.list(stage="fetch")] == ["http_404"]


def test_concurrent_saves_of_one_article_store_it_once(store: Store) -> None:
    drafts = [draft(f"https://mirror{i}.vn/1", HOUSING) for i in range(6)]
    results = []

    def worker(d: ArticleDraft) -> None:
        results.append(store.articles.save(d, fingerprint(d.text, THRESHOLD), THRESHOLD))

    threads = [threading.Thread(target=worker, args=(d,)) for d in drafts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.articles.count() == 1
    assert sorted(r.outcome for r in results) == ["duplicate"] * 5 + ["new"]
    article = store.articles.get(results[0].article_id)
    assert article is not None and len(article.urls) == 6


def test_outlets_are_found_by_name_without_diacritics_or_by_part(store: Store) -> None:
    for i, outlet in enumerate(["Đầu Tư & Thị Trường", "Báo Thời Sự Việt", "Thời Sự Tối"]):
        save(store, draft(f"https://o{i}.vn/1", f"{HOUSING} {i}", outlet=outlet))
    assert store.sources.outlet_names_matching("ĐẦU TƯ & THỊ TRƯỜNG") == ["Đầu Tư & Thị Trường"]
    assert store.sources.outlet_names_matching("dau tu") == ["Đầu Tư & Thị Trường"]
    assert sorted(store.sources.outlet_names_matching("thoi su")) == [
        "Báo Thời Sự Việt",
        "Thời Sự Tối",
    ]
    assert store.sources.outlet_names_matching("su viet bao") == []
    assert store.sources.outlet_names_matching("  ") == []


def test_relevance_is_ranked_among_the_newest_matches(store: Store) -> None:
    """A bounded window keeps search fast on big stores; older matches need --since."""
    best = save(store, draft("https://old.vn/1", "thuế thuế thuế thuế " + TRAFFIC, title="thuế"))
    others = [
        save(store, draft(f"https://new.vn/{i}", f"{HOUSING} thuế {i}")).article_id
        for i in range(4)
    ]
    query = parse_query("thue")
    with store.read() as conn:
        everything = search_ids(conn, query, window=100)
        newest = search_ids(conn, query, window=3)
        filtered = search_ids(conn, query, ArticleFilters(outlets=("Báo Thời Sự",)), window=2)
    assert everything[0].article_id == best.article_id and len(everything) == 5
    assert [r.score for r in newest] == sorted((r.score for r in newest), reverse=True)
    assert {r.article_id for r in newest} == set(others[-3:])
    assert {r.article_id for r in filtered} == set(others[-2:])
