"""The topic model: the shipped model on hand-written news, training, saving, evaluating."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.analyze.document import Document, make_document
from toancanh.analyze.topics import (
    TopicModel,
    doc_features,
    load_topic_model,
    read_topic_model,
    topic_display_name,
)
from toancanh.analyze.topics_train import TopicDataError, evaluate_topic_model, train_topic_model

NEWS = {
    "chinh tri va phap luat": (
        "Khởi tố vụ án lừa đảo chiếm đoạt tài sản tại Hà Nội",
        "Cơ quan Cảnh sát điều tra Công an thành phố đã khởi tố vụ án, khởi tố bị can và bắt "
        "tạm giam hai đối tượng về hành vi lừa đảo chiếm đoạt hơn 20 tỷ đồng của người dân. "
        "Viện kiểm sát đã phê chuẩn quyết định khởi tố.",
    ),
    "the thao - the thao dong doi - bong da": (
        "Đội tuyển Việt Nam thắng Indonesia 2-0 ở vòng loại World Cup",
        "Tiền đạo Tiến Linh ghi bàn ở phút 30, sau đó tiền vệ Hoàng Đức nâng tỷ số trong hiệp "
        "hai giúp đội tuyển Việt Nam giành ba điểm. Huấn luyện viên hài lòng với các cầu thủ.",
    ),
    "giao duc va viec lam - giao duc": (
        "Bộ GD&ĐT công bố lịch thi tốt nghiệp THPT năm 2025",
        "Thí sinh làm thủ tục dự thi vào ngày 25/6. Năm nay học sinh thi bốn môn, trong đó "
        "Toán và Ngữ văn bắt buộc. Các trường đại học dùng điểm thi để xét tuyển sinh.",
    ),
    "suc khoe": (
        "Bác sĩ cảnh báo bệnh sốt xuất huyết tăng mạnh",
        "Bệnh viện Bệnh Nhiệt đới tiếp nhận nhiều bệnh nhân sốt cao, giảm tiểu cầu. Bác sĩ "
        "khuyên người bệnh không tự ý dùng thuốc hạ sốt, cần đến cơ sở y tế để được điều trị.",
    ),
}
# The dataset has close pairs (finance vs. investment); either one is a sensible answer.
FINANCE = {"tai chinh", "tai chinh - dau tu - co phieu va trai phieu"}
MARKET = (
    "VN-Index tăng điểm, cổ phiếu ngân hàng dẫn dắt thị trường",
    "Phiên giao dịch hôm nay, thanh khoản trên sàn HOSE đạt hơn 20.000 tỷ đồng. Nhà đầu tư "
    "nước ngoài mua ròng cổ phiếu, chỉ số VN-Index tăng 12 điểm. Trái phiếu chính phủ cũng "
    "được quan tâm.",
)


@pytest.fixture(scope="module")
def model() -> TopicModel:
    return load_topic_model()


def test_shipped_model_loads_with_the_29_dataset_labels(model: TopicModel) -> None:
    assert len(model.labels) == 29
    assert "chinh tri va phap luat" in model.labels
    assert model.version.startswith("topics-")
    assert load_topic_model() is model  # loaded once per process
    assert topic_display_name("suc khoe") == "Sức khỏe"
    assert topic_display_name("not a label") == "not a label"


@pytest.mark.parametrize("label", sorted(NEWS))
def test_shipped_model_finds_the_topic_of_hand_written_news(model: TopicModel, label: str) -> None:
    title, body = NEWS[label]
    topics = model.predict(make_document(body, title))
    assert topics[0].label == label


def test_stock_market_news_is_finance(model: TopicModel) -> None:
    topics = model.predict(make_document(MARKET[1], MARKET[0]))
    assert topics[0].label in FINANCE


def test_scores_are_sorted_probabilities(model: TopicModel) -> None:
    title, body = NEWS["suc khoe"]
    topics = model.predict(make_document(body, title), top=5)
    scores = [t.score for t in topics]
    assert len(topics) == 5
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert sum(scores) <= 1.0 + 1e-3
    assert scores[0] > 0.5  # a clear health article is not a coin toss
    assert len(model.predict(make_document(body, title))) == 3
    assert model.predict(make_document(body, title), top=0) == ()


@pytest.mark.parametrize("text", ["", "   \n ", "🙂🎉🔥", "!!! ??? ..."])
def test_text_without_words_has_no_topic(model: TopicModel, text: str) -> None:
    assert model.predict(make_document(text)) == ()


def test_english_text_does_not_crash(model: TopicModel) -> None:
    topics = model.predict(make_document("The central bank raised interest rates again today."))
    assert all(0.0 <= t.score <= 1.0 for t in topics)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_gives_valid_scores(model: TopicModel, text: str) -> None:
    doc = Document(text, tuple(text.split()), ())
    topics = model.predict(doc)
    assert len(topics) <= 3
    assert all(t.label in model.labels and 0.0 <= t.score <= 1.0 for t in topics)


def test_features_fold_case_and_tone_placement_and_mark_the_title() -> None:
    upper = doc_features(["Hoà_bình", "Khoẻ"], "Hoà bình khoẻ\nthân bài")
    lower = doc_features(["hòa_bình", "khỏe"], "hòa bình khỏe\nthân bài")
    assert upper == lower
    words, bigrams, title = upper
    assert words == ["hòa_bình", "khỏe"]
    assert bigrams == ["hòa bình", "bình khỏe"]
    assert "thân" not in title and "hòa bình" in title


# A tiny generated corpus: three topics, each with its own words.
_VOCAB = {
    "bong da": ["cầu thủ", "bàn thắng", "trận đấu", "huấn luyện viên", "đội tuyển"],
    "y te": ["bác sĩ", "bệnh viện", "bệnh nhân", "điều trị", "vắc xin"],
    "giao duc": ["học sinh", "giáo viên", "kỳ thi", "trường học", "học phí"],
}
_COMMON = ["hôm nay", "người dân", "cho biết", "thành phố", "năm nay"]


def _write_corpus(path: Path, per_label: int, seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for label, words in _VOCAB.items():
        for _ in range(per_label):
            text = " ".join(rng.choice(words + _COMMON) for _ in range(12))
            rows.append({"id": str(len(rows)), "label": label, "text": text.capitalize() + "."})
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def test_train_save_load_evaluate_round_trip(tmp_path: Path) -> None:
    train, test = tmp_path / "train.jsonl.gz", tmp_path / "test.jsonl.gz"
    _write_corpus(train, 20, seed=1)
    _write_corpus(test, 5, seed=2)
    model = train_topic_model(train, seed=0)
    assert model.labels == ("bong da", "giao duc", "y te")
    doc = make_document("Bác sĩ bệnh viện điều trị cho bệnh nhân.")
    assert model.predict(doc)[0].label == "y te"

    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    model.save(first)
    train_topic_model(train, seed=0).save(second)
    assert first.read_bytes() == second.read_bytes()  # a deterministic rebuild
    loaded = read_topic_model(first)
    assert loaded.version == model.version
    assert loaded.predict(doc) == model.predict(doc)

    report = evaluate_topic_model(loaded, test)
    assert report.size == 15
    assert report.accuracy >= 0.9
    assert report.labels == model.labels
    assert sum(map(sum, report.confusion)) == 15
    assert sum(report.confusion[i][i] for i in range(3)) == round(report.accuracy * 15)


def test_bad_training_files_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"label": "a", "text": "x"}\n\n{"label": "b", "text":\n', encoding="utf-8")
    with pytest.raises(TopicDataError, match=r"bad.jsonl:3: not JSON"):
        train_topic_model(bad)
    bad.write_text('{"label": "a", "text": 5}\n', encoding="utf-8")
    with pytest.raises(TopicDataError, match=r":1: want an object"):
        train_topic_model(bad)
    bad.write_text('{"label": "a", "text": "một"}\n{"label": "a", "text": "hai"}\n')
    with pytest.raises(TopicDataError, match="two labels"):
        train_topic_model(bad)
    with pytest.raises(TopicDataError, match="cannot read"):
        train_topic_model(tmp_path / "missing.jsonl")


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a topic model"):
        read_topic_model(junk)
