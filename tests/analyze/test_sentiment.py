"""Sentiment for news: the lexicon layer, the trainable model, the article roll-up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.analyze.document import make_document
from toancanh.analyze.sentiment import (
    LexiconAnalyzer,
    SentimentBackendError,
    load_sentiment_analyzer,
)
from toancanh.analyze.sentiment_data import LabelledDataError, read_labelled
from toancanh.analyze.sentiment_eval import evaluate_sentiment
from toancanh.analyze.sentiment_model import ModelFormatError, SentimentModel
from toancanh.analyze.sentiment_train import train_sentiment_model
from toancanh.analyze.types import SENTIMENT_LABELS

NEWS_SET = Path(__file__).parents[2] / "eval" / "data" / "news_sentiment_test.jsonl"


@pytest.fixture(scope="module")
def lexicon() -> LexiconAnalyzer:
    return LexiconAnalyzer()


@pytest.fixture(scope="module")
def model():  # the shipped news model
    return load_sentiment_analyzer("model")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Dự án cao tốc hoàn thành đúng tiến độ, người dân rất phấn khởi.", "positive"),
        ("Dự án cao tốc chậm tiến độ gây bức xúc cho người dân.", "negative"),
        ("Hàng trăm hộ dân khiếu nại kéo dài về đền bù giải phóng mặt bằng.", "negative"),
        ("Bộ Y tế tổ chức hội nghị vào sáng 15/3 tại Hà Nội.", "neutral"),
        ("Công trình chưa được nghiệm thu do nhiều sai phạm.", "negative"),
    ],
)
def test_both_layers_read_plain_news_sentences(
    lexicon: LexiconAnalyzer, model, sentence: str, label: str
) -> None:
    assert lexicon.sentence(sentence).label == label
    assert model.sentence(sentence).label == label


@pytest.mark.parametrize("negator", ["không", "chưa", "chẳng", "chả"])
def test_a_negator_flips_the_phrase_it_governs(lexicon: LexiconAnalyzer, negator: str) -> None:
    plain = lexicon.sentence("Người dân hài lòng với dịch vụ công.")
    negated = lexicon.sentence(f"Người dân {negator} hài lòng với dịch vụ công.")
    assert plain.label == "positive"
    assert negated.label == "negative"
    assert negated.evidence[0].phrase == f"{negator} hài lòng"  # the negator is in the span


def test_a_negated_problem_is_no_longer_a_problem(lexicon: LexiconAnalyzer) -> None:
    assert lexicon.sentence("Dự án cao tốc chậm tiến độ.").label == "negative"
    assert lexicon.sentence("Dự án cao tốc không chậm tiến độ.").label != "negative"


def test_an_intensifier_strengthens_the_phrase(lexicon: LexiconAnalyzer) -> None:
    plain = lexicon.sentence("Người dân hài lòng.")
    strong = lexicon.sentence("Người dân rất hài lòng.")
    assert plain.label == strong.label == "positive"
    assert strong.score > plain.score
    assert strong.evidence[0].phrase == "rất hài lòng"


def test_the_clause_after_a_contrast_weighs_more(lexicon: LexiconAnalyzer) -> None:
    bad_last = "Xuất khẩu tăng trưởng khả quan nhưng doanh nghiệp vẫn gặp nhiều khó khăn."
    good_last = "Doanh nghiệp gặp khó khăn, tuy nhiên xuất khẩu vẫn tăng trưởng mạnh."
    assert lexicon.sentence(bad_last).label == "negative"
    assert lexicon.sentence(good_last).label == "positive"


def test_evidence_spans_point_at_the_words_in_the_text(model) -> None:
    doc = make_document(
        "Nhiều hộ dân bức xúc vì dự án nhà ở xã hội chậm tiến độ suốt ba năm. "
        "Chủ đầu tư cho biết sẽ hoàn thành trong quý tới.",
        "Dự án nhà ở xã hội chậm tiến độ, người dân khiếu nại",
    )
    result = model.analyze(doc)
    assert result.label == "negative"
    assert result.evidence, "a negative article says why"
    for evidence in result.evidence:
        assert doc.text[evidence.start : evidence.end] == evidence.phrase
        assert evidence.polarity == "negative"
    phrases = " | ".join(e.phrase for e in result.evidence)
    assert "chậm tiến độ" in phrases or "bức xúc" in phrases


def test_neutral_facts_around_the_news_do_not_hide_it(model) -> None:
    body = (
        "Sáng 12/5, đoàn công tác của tỉnh đến kiểm tra dự án. "
        "Dự án có tổng vốn đầu tư 2.000 tỷ đồng, khởi công năm 2022. "
        "Theo báo cáo, nhà thầu đã bỏ dở công trường nhiều tháng, gây thất thoát lớn. "
        "Đoàn sẽ làm việc với chủ đầu tư vào tuần sau."
    )
    title = "Dự án đường ven biển chậm tiến độ, gây lãng phí"
    assert model.analyze(make_document(body, title)).label == "negative"


def test_empty_text_is_neutral_not_an_error(lexicon: LexiconAnalyzer, model) -> None:
    for analyzer in (lexicon, model):
        assert analyzer.sentence("").label == "neutral"
        assert analyzer.analyze(make_document("", "")).label == "neutral"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_gives_a_valid_result_with_true_spans(text: str) -> None:
    analyzer = load_sentiment_analyzer("model")
    doc = make_document(text)
    result = analyzer.analyze(doc)
    assert result.label in SENTIMENT_LABELS
    assert 0.0 <= result.score <= 1.0
    for evidence in result.evidence:
        assert doc.text[evidence.start : evidence.end] == evidence.phrase


def test_the_shipped_model_meets_its_bar_on_the_news_set(model) -> None:
    report = evaluate_sentiment(model, NEWS_SET)
    assert report.size == 330
    assert report.macro_f1 >= 0.85  # the target; eval/floors.toml pins more


def write_jsonl(path: Path, rows: list[tuple[str, str]]) -> Path:
    path.write_text(
        "".join(
            json.dumps({"text": t, "label": lab}, ensure_ascii=False) + "\n" for t, lab in rows
        ),
        encoding="utf-8",
    )
    return path


TINY = [
    ("Người dân rất phấn khởi vì đường mới thông xe.", "positive"),
    ("Dự án về đích sớm, được người dân đánh giá cao.", "positive"),
    ("Năng suất lúa tăng mạnh, nông dân lãi lớn.", "positive"),
    ("Cầu bị sập khiến nhiều người thương vong.", "negative"),
    ("Doanh nghiệp nợ đọng bảo hiểm xã hội kéo dài.", "negative"),
    ("Người dân bức xúc vì ô nhiễm từ bãi rác.", "negative"),
    ("Hội nghị diễn ra vào sáng thứ Hai tại Hà Nội.", "neutral"),
    ("Thông tư quy định hồ sơ gồm đơn và bản sao giấy tờ.", "neutral"),
    ("Lịch thi được công bố trên cổng thông tin của Bộ.", "neutral"),
]


def test_train_save_load_and_learn_from_corrections(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "tiny.jsonl", TINY)
    sentence = "Giá vé tàu được giữ nguyên trong dịp lễ."
    model = train_sentiment_model([data])
    corrected = train_sentiment_model([data], corrections=[(sentence, "positive")] * 1)
    assert corrected.predict(sentence) == "positive"
    assert corrected.meta["corrections"] == 1
    assert corrected.version != model.version

    path = tmp_path / "m.npz"
    corrected.save(path)
    loaded = SentimentModel.load(path)
    assert loaded.version == corrected.version
    assert loaded.predict_proba(sentence) == pytest.approx(corrected.predict_proba(sentence))
    analyzer = load_sentiment_analyzer("auto", model_dir=path)
    # The analyzer's version names the model and the tone composition read over it.
    assert analyzer.backend == "model" and analyzer.version == corrected.version + "+tone"


def test_bad_training_files_say_which_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "tốt", "label": "positive"}\n{"text": "x", "label": "great"}\n')
    with pytest.raises(LabelledDataError, match=r"bad.jsonl:2: unknown label 'great'"):
        read_labelled(bad)
    with pytest.raises(LabelledDataError, match=r"needs sents\.txt"):
        read_labelled(tmp_path)  # a folder without sents.txt is not a UIT-VSFC set either
    not_a_model = tmp_path / "x.npz"
    not_a_model.write_bytes(b"not a model")
    with pytest.raises(ModelFormatError):
        SentimentModel.load(not_a_model)
    with pytest.raises(SentimentBackendError, match=r"config\.json"):
        load_sentiment_analyzer("transformer", model_dir=tmp_path)
    with pytest.raises(ValueError, match="unknown sentiment backend"):
        load_sentiment_analyzer("bert")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Du an cao toc cham tien do gay buc xuc cho nguoi dan.", "negative"),
        ("Nguoi dan rat hai long voi dich vu cong truc tuyen.", "positive"),
        ("Nguoi dan khong hai long voi dich vu.", "negative"),
        ("Bo Y te to chuc hoi nghi vao sang thu hai.", "neutral"),
    ],
)
def test_text_typed_without_diacritics_is_read_too(
    lexicon: LexiconAnalyzer, model, sentence: str, label: str
) -> None:
    assert lexicon.sentence(sentence).label == label
    assert model.sentence(sentence).label == label
