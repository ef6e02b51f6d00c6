"""Word segmentation: pyvi's output exactly, faster; sentence spans."""

from __future__ import annotations

import gzip
import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st
from pyvi.ViTokenizer import ViTokenizer

from toancanh.text.segment import sentences, words


def pyvi_words(text: str) -> list[str]:
    return ViTokenizer.tokenize(text).split() if text.strip() else []


def test_same_words_as_pyvi_on_the_demo_corpus() -> None:
    corpus = resources.files("toancanh.data.demo").joinpath("articles.jsonl.gz")
    with gzip.open(corpus.open("rb"), "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(120), handle, strict=False)]
    for text in texts:
        assert words(text) == pyvi_words(text)


def test_multi_syllable_words_are_joined() -> None:
    found = words("Chính sách nhà ở xã hội được Quốc hội thông qua.")
    assert "Chính_sách" in found and "Quốc_hội" in found and found[-1] == "."


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Hà",
                "Nội",
                "nhà",
                "ở",
                "xã",
                "hội",
                "12.000",
                "TP.",
                "...",
                "->",
                "!",
                "A",
                "ĐÀ",
                "x@y.vn",
                "https://a.vn/b",
                "1/2",
                "\n",
                "Ông",
                "đã",
                "Bộ",
                "Y",
                "tế",
            ]
        )
        | st.text(max_size=6),
        max_size=30,
    ).map(" ".join)
)
def test_same_words_as_pyvi_on_any_text(text: str) -> None:
    assert words(text) == pyvi_words(text)


def test_sentence_spans_cover_the_sentences() -> None:
    text = "Câu một. Câu hai!\n\nĐoạn mới: số 1.200 tại TP.HCM. Hết"
    found = [text[s:e] for s, e in sentences(text)]
    assert found == ["Câu một.", "Câu hai!", "Đoạn mới: số 1.200 tại TP.HCM.", "Hết"]
