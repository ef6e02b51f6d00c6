"""Analyses in the store, on both engines: saved with the article, filtered on, corrected."""

from __future__ import annotations

from datetime import UTC, datetime

from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import (
    AgencyMention,
    Analysis,
    LegalRef,
    PlaceMention,
    Sentiment,
    TopicScore,
)
from toancanh.domain.articles import ArticleFilters
from toancanh.domain.ingest import ArticleDraft
from toancanh.store import Store
from toancanh.watch.query_parser import parse_query

THRESHOLD = 0.5

HEALTH = (
    "Bộ Thông tin và Truyền thông phối hợp với Sở Y tế tỉnh Bình Dương triển khai Nghị định "
    "15/2020/NĐ-CP về xử phạt vi phạm trên không gian mạng; nhiều bệnh viện vẫn thiếu thuốc "
    "và người bệnh phải tự mua vật tư y tế, gây bức xúc kéo dài trong nhiều tháng qua."
)
SCHOOL = (
    "Bộ Giáo dục và Đào tạo công bố lịch thi tốt nghiệp trung học phổ thông năm 2027; thí "
    "sinh tại Hà Nội đăng ký dự thi trực tuyến từ ngày 1/4 đến ngày 20/4 trên hệ thống chung."
)


def analysis(sentiment: str, topic: str, **mentions: object) -> Analysis:
    return Analysis(
        language="vi",
        topics=(TopicScore(topic, 0.8),),
        sentiment=Sentiment(sentiment, 0.9),  # type: ignore[arg-type]
        model_version="test",
        **mentions,  # type: ignore[arg-type]
    )


def store_two(store: Store) -> tuple[int, int]:
    health = analysis(
        "negative",
        "Suc khoe",
        agencies=(
            AgencyMention(
                "Bộ Thông tin và Truyền thông",
                "Bộ Thông tin và Truyền thông",
                "Bộ Khoa học và Công nghệ",
            ),
        ),
        places=(
            PlaceMention("Bình Dương", "Tỉnh Bình Dương", "Thành phố Hồ Chí Minh", "province"),
        ),
        legal_refs=(LegalRef("Nghị định 15/2020/NĐ-CP", "Nghị định", "15/2020/NĐ-CP", "CP", 2020),),
    )
    school = analysis(
        "neutral",
        "Giao duc",
        places=(PlaceMention("Hà Nội", "Thành phố Hà Nội", "Thành phố Hà Nội", "city"),),
    )
    drafts = [
        ArticleDraft(
            url=f"https://a.vn/{i}",
            title=title,
            text=text,
            published_at=datetime(2026, 10, 1 + i, tzinfo=UTC),
        )
        for i, (title, text) in enumerate([("Thiếu thuốc", HEALTH), ("Lịch thi", SCHOOL)])
    ]
    results = store.articles.save_many(
        [(d, fingerprint(d.text, THRESHOLD)) for d in drafts], THRESHOLD, [health, school]
    )
    return results[0].article_id, results[1].article_id


def ids(found: list) -> set[int]:
    return {item.id for item in found}


def test_analysis_is_stored_with_the_new_article(store: Store) -> None:
    health_id, _ = store_two(store)
    stored = store.analysis.get(health_id)
    assert stored is not None
    assert stored["sentiment"]["label"] == "negative"
    assert stored["legal_refs"][0]["number"] == "15/2020/NĐ-CP"
    assert store.analysis.count() == 2


def test_filters_on_list_and_search(store: Store) -> None:
    health_id, school_id = store_two(store)

    def listed(**filters: object) -> set[int]:
        return ids(store.articles.list(ArticleFilters(**filters)))  # type: ignore[arg-type]

    assert listed(sentiment="negative") == {health_id}
    assert listed(topic="Giao duc") == {school_id}
    # An old body counts under its own name and under its successor.
    assert listed(agencies=("Bộ Thông tin và Truyền thông",)) == {health_id}
    assert listed(agencies=("Bộ Khoa học và Công nghệ",)) == {health_id}
    assert listed(places=("Thành phố Hồ Chí Minh",)) == {health_id}
    assert listed(places=("Thành phố Hà Nội",)) == {school_id}
    assert listed(legal_refs=("15/2020/NĐ-CP",)) == {health_id}
    assert listed(legal_refs=("99/2020/NĐ-CP",)) == set()
    assert listed(sentiment="neutral", places=("Thành phố Hồ Chí Minh",)) == set()

    query = parse_query("bo")
    assert ids(store.articles.search(query)) == {health_id, school_id}
    assert ids(store.articles.search(query, ArticleFilters(sentiment="negative"))) == {health_id}
    on_place = ArticleFilters(places=("Thành phố Hà Nội",))
    assert ids(store.articles.search(query, on_place)) == {school_id}


def test_an_analyst_correction_changes_the_label_and_feeds_training(store: Store) -> None:
    health_id, _ = store_two(store)
    previous = store.analysis.correct(health_id, "sentiment", "neutral", "chuyenvien@bo.gov.vn")
    assert previous == "negative"
    assert ids(store.articles.list(ArticleFilters(sentiment="neutral"))) >= {health_id}
    stored = store.analysis.get(health_id)
    assert stored is not None and stored["corrected"] == {"sentiment": "neutral"}
    assert store.analysis.correct(health_id, "sentiment", "negative", "a") == "neutral"
    ((text, label),) = store.analysis.corrections("sentiment")
    assert label == "negative" and "Thiếu thuốc" in text and "bệnh viện" in text

    store.analysis.correct(health_id, "topic", "Chinh tri Xa hoi", "a")
    assert ids(store.articles.list(ArticleFilters(topic="Chinh tri Xa hoi"))) == {health_id}
    assert ids(store.articles.list(ArticleFilters(topic="Suc khoe"))) == set()


def test_reanalysis_replaces_the_previous_analysis(store: Store) -> None:
    health_id, _ = store_two(store)
    assert store.analysis.ids_to_analyze(missing_only=True) == []
    assert sorted(store.analysis.ids_to_analyze(missing_only=False)) == sorted(
        [health_id, health_id + 1]
    )
    store.analysis.save_many([(health_id, analysis("positive", "Suc khoe"))])
    assert ids(store.articles.list(ArticleFilters(sentiment="positive"))) == {health_id}
    assert ids(store.articles.list(ArticleFilters(legal_refs=("15/2020/NĐ-CP",)))) == set()
    assert store.analysis.ids_to_analyze(missing_only=True, model_version="other") != []
