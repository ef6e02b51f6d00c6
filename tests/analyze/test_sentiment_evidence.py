"""Sentiment evidence: content phrases a reader accepts as the reason, or none."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.analyze.document import make_document
from toancanh.analyze.function_words import (
    default_function_words,
    is_function_phrase,
    snap_to_words,
    word_spans,
)
from toancanh.analyze.sentiment import (
    Candidate,
    LexiconAnalyzer,
    SentimentAnalyzer,
    _evidence,
    load_sentiment_analyzer,
)
from toancanh.analyze.sentiment_lexicon import parse_lexicon
from toancanh.analyze.types import Sentiment
from toancanh.text.normalize import display_form
from toancanh.text.segment import words

NEWS_SET = Path(__file__).parents[2] / "eval" / "data" / "news_sentiment_test.jsonl"
# Words the issue found shown as "the reason" for a tone.
TONELESS = ("so", "vì", "đã", "sau khi", "nhờ", "khiến", "nhiều", "được", "một số")
SENTENCES = (
    "Nhờ chính sách mới, nhiều hộ dân đã được hỗ trợ kịp thời.",
    "Sau khi bão đổ bộ, một số tuyến đường bị ngập sâu khiến giao thông tê liệt.",
    "So với năm trước, số vụ tai nạn giao thông giảm mạnh.",
    "Người dân bức xúc vì dự án chậm bàn giao nhiều tháng.",
    "Thiếu thuốc khiến bệnh nhân phải tự mua ngoài.",
    "Một số phụ huynh phản ánh tình trạng lạm thu đầu năm học.",
    "Nhờ được đầu tư, nhiều trường đã khang trang hơn.",
    "Vì mưa lớn kéo dài, hàng trăm hộ dân đã phải sơ tán.",
    "Nhiều doanh nghiệp được hỗ trợ lãi suất sau khi gói tín dụng được giải ngân.",
    "Dự án khiến nhiều người dân mất nhà, một số hộ đã khiếu nại.",
)


@pytest.fixture(scope="module", params=["model", "lexicon"])
def analyzer(request: pytest.FixtureRequest) -> SentimentAnalyzer:
    return load_sentiment_analyzer(request.param)


def news_sentences() -> list[str]:
    with NEWS_SET.open(encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def phrases(result: Sentiment) -> list[str]:
    return [e.phrase for e in result.evidence]


def test_toneless_words_are_never_shown_as_the_reason(analyzer: SentimentAnalyzer) -> None:
    shown = []
    for text in (*SENTENCES, *news_sentences()):
        shown += phrases(analyzer.sentence(text))
        shown += phrases(analyzer.analyze(make_document(text, "")))
    assert shown, "the sentences do carry tone"
    lowered = {p.lower() for p in shown}
    assert not lowered & set(TONELESS)
    assert [p for p in shown if is_function_phrase(p)] == []


def test_an_article_gives_each_reason_once(analyzer: SentimentAnalyzer) -> None:
    doc = make_document(
        "Dự án chậm tiến độ. Người dân bức xúc vì dự án chậm tiến độ. "
        "Cử tri phản ánh dự án chậm tiến độ gây bức xúc.",
        "Dự án chậm tiến độ gây bức xúc",
    )
    found = [p.casefold() for p in phrases(analyzer.analyze(doc))]
    assert found and len(found) == len(set(found))


def test_a_clearly_toned_sentence_names_a_content_phrase(analyzer: SentimentAnalyzer) -> None:
    bad = analyzer.sentence(
        "Sau khi bão đổ bộ, nhiều tuyến đường bị ngập sâu khiến giao thông tê liệt."
    )
    assert bad.label == "negative"
    assert {"tê liệt", "ngập sâu"} & set(phrases(bad))
    good = analyzer.sentence("Nhờ chính sách mới, nhiều hộ dân đã được hỗ trợ kịp thời.")
    assert good.label == "positive"
    assert "kịp thời" in phrases(good)
    assert "Nhờ" not in phrases(good)


def test_evidence_never_stops_inside_a_word() -> None:
    text = "Một số phụ huynh phản ánh tình trạng lạm thu đầu năm học."
    start = text.index("phản")
    pool = [Candidate(2.0, start, start + len("phản"))]  # an n-gram "phản" alone
    found = _evidence(text, pool, 2, word_spans(text, words(text)))
    assert [e.phrase for e in found] == ["phản ánh"]


def test_word_spans_line_up_with_the_text_and_snap_cut_words() -> None:
    text = "Phụ huynh phản ánh (lạm thu) 1.200 đồng."
    spans = word_spans(text, words(text))
    assert spans is not None
    assert [text[a:b] for a, b in spans][:3] == ["Phụ huynh", "phản ánh", "("]
    start = text.index("phản")
    assert snap_to_words(spans, start, start + 4) == (start, start + len("phản ánh"))
    assert snap_to_words(spans, 0, len(text)) == (0, len(text))
    assert word_spans("abc", ["xyz"]) is None


def test_no_evidence_when_the_only_reason_is_a_function_word() -> None:
    # A lexicon that (wrongly) scores "khiến" negative leans the sentence negative, but
    # "khiến" is no reason a reader would accept: the label stays, the evidence is empty.
    lexicon = parse_lexicon("khiến\tnegative\t1.3\n", "")
    result = LexiconAnalyzer(lexicon).sentence("Cơn mưa chiều qua khiến nhiều người bất ngờ.")
    assert result.label == "negative"
    assert result.evidence == ()


def test_the_function_word_list_reads_whole_phrases() -> None:
    for phrase in ("sau khi", "Một số", "đã được", "hàng trăm", "trước.", "2026", ", hàng"):
        assert is_function_phrase(phrase), phrase
    for phrase in ("chậm tiến độ", "chưa được giải quyết", "bức xúc", "số vụ tai nạn"):
        assert not is_function_phrase(phrase), phrase


def test_the_shipped_list_is_clean_and_says_where_it_comes_from() -> None:
    text = (resources.files("toancanh.data.lexicon") / "function_words_vi.txt").read_text("utf-8")
    assert "written for the project" in text.lower()
    entries = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for entry in entries:
        assert entry == unicodedata.normalize("NFC", entry).lower().strip(), entry
    assert len(default_function_words().entries) == len(set(entries))
    for word in TONELESS:
        assert is_function_phrase(word), word


WORDS = (
    *TONELESS,
    "bị", "được", "cho", "các", "những", "và", "với", "của", "rất", "không", "chưa",
    "chậm tiến độ", "bức xúc", "hỗ trợ", "kịp thời", "ngập sâu", "tê liệt", "thiếu thuốc",
    "hoàn thành", "người dân", "dự án", "giảm mạnh", "tai nạn", "hài lòng", "khiếu nại",
    "1.200", "2026", ",", ".", "\"", "(", ")", "%",
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), st.booleans())
def test_evidence_phrases_always_occur_in_the_text(words: list[str], capital: bool) -> None:
    text = " ".join(words)
    text = text[:1].upper() + text[1:] if capital else text
    analyzer = load_sentiment_analyzer("model")
    doc = make_document(text, "")
    for result, source in (
        (analyzer.sentence(text), display_form(text)),
        (analyzer.analyze(doc), doc.text),
    ):
        for evidence in result.evidence:
            assert source[evidence.start : evidence.end] == evidence.phrase
            assert evidence.phrase in source
            assert evidence.phrase == evidence.phrase.strip(' ,."()%')
            assert not is_function_phrase(evidence.phrase)
