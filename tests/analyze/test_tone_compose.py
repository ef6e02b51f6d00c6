"""Tone composition: what happened to what decides the tone, with the phrase that did."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toancanh.analyze.function_words import default_function_words, is_function_phrase
from toancanh.analyze.sentiment import load_sentiment_analyzer
from toancanh.analyze.sentiment_text import phrase_key
from toancanh.analyze.tone_compose import compose_text
from toancanh.analyze.tone_data import (
    COMPOSITION_FILE,
    INDICATORS_FILE,
    KINDS,
    ToneDataError,
    default_tone_data,
    parse_tone_data,
)

ROOT = Path(__file__).parents[2]
HARD_SET = ROOT / "eval" / "data" / "news_sentiment_hard.jsonl"
TRAIN_SET = ROOT / "eval" / "data" / "news_sentiment_compose_train.jsonl"
FLOORS = ROOT / "eval" / "floors.toml"


def shipped(name: str) -> str:
    return (resources.files("toancanh.data.lexicon") / name).read_text("utf-8")


def rows(name: str) -> list[tuple[str, str]]:
    found = []
    for line in shipped(name).splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, value = line.split("\t")
            found.append((phrase, value))
    return found


# --- the data files


def test_the_data_files_load_and_say_where_they_come_from() -> None:
    data = default_tone_data()
    kinds = {kind for kind, _ in data.entries.values()}
    assert kinds == {"indicator"} | KINDS  # every kind is used, no other
    for name in (INDICATORS_FILE, COMPOSITION_FILE):
        assert "written for the project" in shipped(name).lower()


def test_no_phrase_is_both_good_and_bad_or_listed_twice() -> None:
    indicators = rows(INDICATORS_FILE)
    composition = rows(COMPOSITION_FILE)
    keys = [phrase_key(p) for p, _ in indicators + composition]
    assert len(keys) == len(set(keys))
    assert {value for _, value in indicators} == {"good", "bad"}
    assert {kind for _, kind in composition} <= KINDS


def test_an_indicator_is_never_a_function_word() -> None:
    # An indicator can be shown as evidence: it must be a word that carries meaning.
    assert [p for p, _ in rows(INDICATORS_FILE) if is_function_phrase(p)] == []


def test_every_direction_word_has_a_known_direction() -> None:
    directions = {kind for _, kind in rows(COMPOSITION_FILE) if kind in ("up", "down")}
    assert directions == {"up", "down"}
    for word in ("tăng", "giảm", "gấp đôi", "gấp ba", "vượt", "mới đạt", "thấp hơn kế hoạch"):
        assert default_tone_data().entries[phrase_key(word)][0] in ("up", "down"), word


def test_a_broken_line_says_which_file_and_line() -> None:
    with pytest.raises(ToneDataError, match=r"tone_indicators.tsv:2: rise must be good or bad"):
        parse_tone_data("tai nạn\tbad\ndoanh thu\tgreat\n", "")
    with pytest.raises(ToneDataError, match=r"tone_composition.tsv:1: unknown kind"):
        parse_tone_data("", "tăng\tupward\n")
    with pytest.raises(ToneDataError, match=r"listed twice"):
        parse_tone_data("tai nạn\tbad\n", "tai nạn\tfailure\n")
    with pytest.raises(ToneDataError, match=r"expected phrase<TAB>value"):
        parse_tone_data("tai nạn bad\n", "")


# --- composition, as a table

CASES = [
    # the issue's five examples
    ("Số ca mắc tay chân miệng tăng gấp ba so với cùng kỳ.", "negative", "ca mắc"),
    ("Số vụ trộm cắp giảm 20% so với cùng kỳ.", "positive", "trộm cắp giảm"),
    ("Doanh thu du lịch mới chỉ đạt 40% kế hoạch năm.", "negative", "chỉ đạt"),
    ("Không còn hộ dân nào phải sống trong nhà tạm.", "positive", "nhà tạm"),
    ("Mới đưa vào sử dụng được nửa năm, tường rào trường học đã đổ sập.", "negative", "đổ sập"),
    # quantities with a direction
    ("Kim ngạch xuất khẩu tăng 12%.", "positive", "xuất khẩu tăng"),
    ("Tỷ lệ thất nghiệp tăng lên 6%.", "negative", "thất nghiệp tăng lên"),
    ("Chỉ số giá tiêu dùng chỉ tăng 3%, thấp hơn mục tiêu.", "positive", "thấp hơn"),
    ("Tỉnh đã kéo giảm tai nạn giao thông trên cả ba tiêu chí.", "positive", "kéo giảm"),
    ("Công trình về đích sớm hơn kế hoạch hai tháng.", "positive", "sớm hơn kế hoạch"),
    ("Dự án chậm tiến độ hai năm.", "negative", "chậm tiến độ"),
    # fixes and failures
    ("Sự cố vỡ ống nước đã được khắc phục xong.", "positive", "được khắc phục"),
    ("Điểm sạt lở đã được xử lý dứt điểm.", "positive", "xử lý dứt điểm"),
    ("Cây cầu vừa thông xe đã xuống cấp.", "negative", "xuống cấp"),
    # plans are not news of a change
    ("Tỉnh phấn đấu giảm 10% số vụ tai nạn.", "neutral", None),
]


@pytest.mark.parametrize(("text", "label", "reason"), CASES)
def test_composition_table(text: str, label: str, reason: str | None) -> None:
    tone = compose_text(text)
    assert tone is not None and tone.label == label, tone
    shown = " ".join(text[a:b] for a, b in tone.spans)
    if reason is None:
        assert tone.spans == ()
    else:
        assert reason.lower() in shown.lower(), shown


def test_a_sentence_without_indicator_or_outcome_composes_nothing() -> None:
    assert compose_text("Hội nghị diễn ra tại Hà Nội vào sáng nay.") is None
    assert compose_text("") is None


# --- negation and its scope


def test_a_negator_turns_the_change_it_reaches() -> None:
    assert compose_text("Giá điện tăng trong năm nay.").label == "negative"
    turned = compose_text("Giá điện không tăng trong năm nay.")
    assert turned.label == "positive" and turned.negated
    assert compose_text("Thu nhập của người lao động không tăng.").label == "negative"


def test_there_is_no_reaches_to_the_end_of_its_clause() -> None:
    far = compose_text("Năm nay không có học sinh nào ở các xã vùng cao phải bỏ học.")
    assert far.label == "positive"
    assert compose_text("Không doanh nghiệp nào nợ lương công nhân.").label == "positive"


def test_a_plain_negator_reaches_only_a_few_words() -> None:
    # "không" negates "thể đến" here, not the accident five words later.
    tone = compose_text("Xe cứu thương không thể đến ngay vì tai nạn giao thông tăng.")
    assert tone is None or tone.label == "negative"


def test_a_reason_or_time_clause_ends_the_scope() -> None:
    tone = compose_text("Tình trạng ngập úng đã không còn sau khi hệ thống cống hoàn thành.")
    assert tone is not None and tone.label == "positive"


def test_a_negated_good_thing_is_bad() -> None:
    assert compose_text("Dự án vẫn chưa được giải ngân.").label == "negative"
    assert compose_text("Công nhân không còn được hưởng phụ cấp.").label == "negative"


def test_look_alikes_are_not_negators() -> None:
    assert compose_text("Chất lượng không khí giảm mạnh trong tuần.") is None
    assert compose_text("Số vụ vi phạm không ngừng tăng.").label == "negative"


# --- contrast and concession


def test_the_clause_after_a_contrast_decides() -> None:
    bad = compose_text("Doanh thu tăng, nhưng lợi nhuận lại giảm mạnh.")
    assert bad.label == "negative" and bad.contrast
    good = compose_text("Số vụ tai nạn tăng trong tháng Tết, tuy nhiên cả năm vẫn giảm 9%.")
    assert good.label == "positive" and good.contrast


def test_a_conceded_clause_is_set_aside() -> None:
    tone = compose_text("Dù giá vật tư tăng, công trình vẫn hoàn thành đúng hẹn.")
    assert tone.label == "positive" and tone.contrast


def test_a_clause_without_tone_leaves_the_decision_to_the_other() -> None:
    tone = compose_text("Số ca mắc sởi tăng gấp đôi, nhưng Bộ sẽ họp vào thứ hai.")
    assert tone.label == "negative"


# --- the analyzer reads it, and shows it as evidence


@pytest.fixture(scope="module")
def analyzer():
    return load_sentiment_analyzer("model")


@pytest.mark.parametrize(("text", "label", "reason"), CASES[:5])
def test_the_issue_examples_in_the_shipped_analyzer(
    analyzer, text: str, label: str, reason: str
) -> None:
    result = analyzer.sentence(text)
    assert result.label == label
    assert result.evidence and reason.lower() in result.evidence[0].phrase.lower()


TONELESS = ("so", "vì", "đã", "nhờ", "sau khi")
KEEP_FIRST = {("không",), ("chưa",), ("chẳng",), ("chả",), ("không", "hề"), ("chưa", "hề")}
TONE_WORDS = {phrase_key(p) for p, _ in rows(INDICATORS_FILE) + rows(COMPOSITION_FILE)}
WORDS = (
    *TONELESS, "sau", "khi", "nhờ có", "so với", "được", "bị", "các", "những", "và", "nhiều",
    "không", "chưa", "không còn", "nào", "nhưng", "tuy nhiên", "dù", "chỉ", "mới",
    "số vụ tai nạn", "số ca mắc", "doanh thu", "giá điện", "thu nhập", "hộ nghèo",
    "tăng", "giảm", "gấp ba", "mới đạt", "vượt", "thấp hơn kế hoạch",
    "đã khắc phục xong", "đổ sập", "xuống cấp", "đưa vào sử dụng", "bức xúc", "hài lòng",
    "người dân", "dự án", "20%", "2026", ",", ".",
)  # fmt: skip


def _edge_ok(phrase: str, first: bool) -> bool:
    """An evidence edge is a content word, a negator that opens it, or the end of a
    composition phrase ("gấp ba", "mới đạt")."""
    forms = phrase_key(phrase)
    entries = default_function_words().entries
    for n in range(min(3, len(forms)), 0, -1):
        piece = forms[:n] if first else forms[-n:]
        if piece in entries:
            return (first and piece in KEEP_FIRST) or any(
                key[-n:] == piece if not first else key[:n] == piece for key in TONE_WORDS
            )
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=22))
def test_evidence_is_never_a_function_word(words: list[str]) -> None:
    text = " ".join(words)
    result = load_sentiment_analyzer("model").sentence(text)
    for evidence in result.evidence:
        assert not is_function_phrase(evidence.phrase), evidence
        assert evidence.phrase.lower() not in TONELESS
        assert _edge_ok(evidence.phrase, first=True), evidence
        assert _edge_ok(evidence.phrase, first=False), evidence


def test_no_evidence_without_a_readable_reason(analyzer) -> None:
    # Only function words: whatever the label, nothing in them is a reason.
    for text in ("Sau khi đã được như vậy.", "Vì vậy, nhờ đó, so với năm ngoái."):
        assert analyzer.sentence(text).evidence == ()


# --- the hard set and its floors


def test_the_hard_set_is_balanced_and_kept_apart_from_training() -> None:
    records = [json.loads(line) for line in HARD_SET.read_text("utf-8").splitlines()]
    assert len(records) >= 300
    counts = {label: sum(r["label"] == label for r in records) for label in
              ("positive", "neutral", "negative")}  # fmt: skip
    assert min(counts.values()) >= 0.9 * max(counts.values())
    kinds = {r["kind"] for r in records}
    assert {"quantity", "negation", "contrast", "fix", "announcement", "issue"} <= kinds
    training = {json.loads(line)["text"] for line in TRAIN_SET.read_text("utf-8").splitlines()}
    assert not training & {r["text"] for r in records}
    news_test = ROOT / "eval" / "data" / "news_sentiment_test.jsonl"
    assert not training & {json.loads(line)["text"] for line in news_test.open(encoding="utf-8")}


def test_eval_sentiment_hard_prints_each_kind_and_holds_its_floors(cli, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # the default data and floors paths are the checkout's
    result = cli("eval", "sentiment-hard", "--floors", str(FLOORS))
    for kind in ("quantity", "negation", "contrast", "fix", "announcement", "issue"):
        assert kind in result.output
    data = json.loads(cli("eval", "sentiment-hard", "--json").output)
    assert data["floor_section"] == "sentiment_hard" and data["floor_violations"] == []
    assert data["kinds"]["issue"]["total"] == 5
