"""Negation and contrast, second round: the rules fixed on the dev set
eval/data/news_tone_dev.jsonl (written for the project, apart from every test set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toancanh.analyze.sentiment import load_sentiment_analyzer
from toancanh.analyze.tone_compose import compose_text

DATA = Path(__file__).parents[2] / "eval" / "data"
DEV_SET = DATA / "news_tone_dev.jsonl"


def records(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# (sentence, composed label, a phrase the evidence shows)
CASES = [
    # a reason after a negation explains what did not happen
    ("Không một học sinh nào phải bỏ học vì hoàn cảnh khó khăn.", "positive", "bỏ học"),
    # "không những không giảm mà còn tăng": the inner negation turns the change
    ("Giá thịt lợn không những không giảm mà còn tăng thêm 10%.", "negative", "không giảm"),
    # "chưa có ... nào" reaches a finished work; "cầu vượt" is a bridge, not "vượt"
    ("Ở xã vùng cao này, chưa có điểm trường nào được kiên cố hóa.", "negative", "chưa có"),
    ("Dự án cầu vượt vẫn chưa được giải ngân đồng vốn nào.", "negative", "giải ngân"),
    # little is left of a good thing; much is left of a bad one
    ("Doanh thu du lịch của huyện chẳng còn bao nhiêu sau đợt dịch.", "negative", "doanh thu"),
    ("Số vụ vi phạm giảm, song vẫn còn nhiều tài xế cố tình vi phạm.", "negative", "còn nhiều"),
    # "không ai" names who did not act: it does not turn the damage before it
    ("Thang máy hư hỏng không ai sửa.", "negative", "hư hỏng"),
    # a commitment is a plan: the conceded delay is the news
    ("Mặc dù dự án chậm tiến độ, chủ đầu tư cam kết hoàn thành trong năm nay.", "negative", "chậm"),
    ("Dù không tăng, giá điện vẫn là gánh nặng với nhiều hộ.", "negative", "gánh nặng"),
    ("Dù nguồn cung dồi dào, giá rau xanh vẫn tăng cao.", "negative", "giá rau"),
]


@pytest.mark.parametrize(("text", "label", "shown"), CASES)
def test_composition_of_negation_and_contrast(text: str, label: str, shown: str) -> None:
    tone = compose_text(text)
    assert tone is not None and tone.label == label, tone
    phrases = " ".join(text[a:b] for a, b in tone.spans).lower()
    assert shown.lower() in phrases, phrases


def test_a_won_contrast_is_marked_overruled() -> None:
    fixed = compose_text("Cây cầu bị hư hỏng nặng sau lũ, nhưng đã được sửa chữa xong.")
    assert fixed is not None and fixed.label == "positive" and fixed.overruled
    alone = compose_text("Giải ngân vốn còn chậm, nhưng tốc độ đã cải thiện rõ.")
    assert alone is not None and not alone.overruled  # the later clause had no tone


@pytest.fixture(scope="module")
def analyzer():
    return load_sentiment_analyzer("model")


@pytest.mark.parametrize("record", records("news_tone_dev.jsonl"), ids=lambda r: r["text"][:40])
def test_the_dev_set_in_the_shipped_analyzer(analyzer, record: dict[str, str]) -> None:
    assert analyzer.sentence(record["text"]).label == record["label"]


def test_the_dev_set_is_apart_from_every_other_set() -> None:
    dev = {r["text"] for r in records("news_tone_dev.jsonl")}
    assert len(dev) >= 80 and {r["kind"] for r in records("news_tone_dev.jsonl")} == {
        "negation",
        "contrast",
    }
    for name in (
        "news_sentiment_hard.jsonl",
        "news_sentiment_test.jsonl",
        "news_sentiment_train.jsonl",
        "news_sentiment_compose_train.jsonl",
    ):
        assert not dev & {r["text"] for r in records(name)}, name
