"""services.labels: analysts correct an article's sentiment or topic, with one check."""

from __future__ import annotations

import pytest

from toancanh.access import Actor
from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import Analysis, Sentiment, TopicScore
from toancanh.domain.ingest import ArticleDraft
from toancanh.errors import Forbidden, Invalid, NotFound
from toancanh.resolve import FilterError, topic_label
from toancanh.services import labels
from toancanh.store import Store

ANALYST = Actor("analyst@bo.gov.vn", "analyst", "Vụ Truyền thông")
OTHER = Actor("other@so.gov.vn", "analyst", "Sở Văn hóa")
VIEWER = Actor("viewer@bo.gov.vn", "viewer")


def _article(store: Store) -> int:
    draft = ArticleDraft(
        url="https://a.vn/hoc-phi",
        title="Học phí tăng",
        text="Nhiều phụ huynh phản ánh học phí năm học mới tăng cao so với năm trước.",
        outlet="Báo 1",
    )
    saved = store.articles.save(draft, fingerprint(draft.text, 0.5), 0.5)
    assert saved.article_id is not None
    analysis = Analysis(
        language="vi",
        topics=(TopicScore("Suc khoe", 0.8),),
        sentiment=Sentiment("positive", 0.9),
        model_version="test",
    )
    store.analysis.save_many([(saved.article_id, analysis)])
    return saved.article_id


def test_any_analyst_corrects_and_the_log_keeps_every_step(sqlite_store: Store) -> None:
    article = _article(sqlite_store)
    first = labels.correct_label(sqlite_store, ANALYST, article, "sentiment", " Negative ")
    assert (first.value, first.previous, first.author) == ("negative", "positive", ANALYST.name)
    second = labels.correct_label(sqlite_store, OTHER, article, "sentiment", "neutral")
    assert second.previous == "negative"
    topic = labels.correct_label(sqlite_store, ANALYST, article, "topic", "giao duc")
    assert topic.value == topic_label("giao duc")
    log = labels.correction_log(sqlite_store, VIEWER, article)
    assert [(c.task, c.value, c.author) for c in log] == [
        ("sentiment", "negative", ANALYST.name),
        ("sentiment", "neutral", OTHER.name),
        ("topic", topic.value, ANALYST.name),
    ]
    latest = labels.latest_corrections(log)
    assert latest["sentiment"].value == "neutral" and latest["sentiment"].at is not None


def test_a_bad_correction_changes_nothing(sqlite_store: Store) -> None:
    article = _article(sqlite_store)
    with pytest.raises(FilterError) as tone:
        labels.correct_label(sqlite_store, ANALYST, article, "sentiment", "great")
    assert tone.value.field == "sentiment" and "positive" in tone.value.message
    with pytest.raises(FilterError):
        labels.correct_label(sqlite_store, ANALYST, article, "topic", "không có chủ đề này")
    with pytest.raises(Invalid):
        labels.correct_label(sqlite_store, ANALYST, article, "stage", "issued")
    with pytest.raises(NotFound):
        labels.correct_label(sqlite_store, ANALYST, 999, "sentiment", "negative")
    with pytest.raises(Forbidden):
        labels.correct_label(sqlite_store, VIEWER, article, "sentiment", "negative")
    assert labels.correction_log(sqlite_store, ANALYST, article) == []
    assert sqlite_store.audit.entries(entity="article", limit=10) == []
    assert not labels.can_correct(VIEWER) and labels.can_correct(OTHER)
