"""The optional transformer backend, on a tiny randomly initialised model built here.

Nothing is downloaded: the model and its tokenizer are written to a temporary folder and
loaded from there, with the Hugging Face hub switched off.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from toancanh.analyze.document import make_document
from toancanh.analyze.sentiment import SentimentBackendError, load_sentiment_analyzer
from toancanh.analyze.sentiment_transformer import label_order

if importlib.util.find_spec("transformers") is None or importlib.util.find_spec("torch") is None:
    if os.environ.get("CI"):
        pytest.fail("CI installs the dev extra, which has torch and transformers")
    pytest.skip(
        "torch/transformers not installed (pip install -e '.[dev]')", allow_module_level=True
    )

VOCAB = [
    "[PAD]",
    "[UNK]",
    "[CLS]",
    "[SEP]",
    "[MASK]",
    *["dự", "án", "chậm", "tiến", "độ", "người", "dân"],
]


def tiny_model(folder: Path, id2label: dict[int, str], winner: int) -> Path:
    """A one-layer BERT classifier whose output always favours ``winner`` (by its bias)."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(VOCAB) + "\n", encoding="utf-8")
    BertTokenizerFast(vocab_file=str(folder / "vocab.txt")).save_pretrained(folder)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(VOCAB),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(id2label),
        id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        model.classifier.bias[winner] = 5.0
    model.save_pretrained(folder)
    return folder


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def test_named_labels_are_mapped_to_ours(tmp_path: Path) -> None:
    # The model's index 2 is "negative": the analyzer must say negative, not positive.
    folder = tiny_model(tmp_path / "m", {0: "positive", 1: "neutral", 2: "negative"}, winner=2)
    analyzer = load_sentiment_analyzer("auto", model_dir=folder)
    assert analyzer.backend == "transformer"
    result = analyzer.sentence("Dự án chậm tiến độ khiến người dân bức xúc.")
    assert result.label == "negative"
    assert result.score > 0.9
    # Evidence comes from the lexicon phrases that agree with the model.
    assert {e.phrase for e in result.evidence} >= {"chậm tiến độ"}


def test_generic_labels_follow_the_usual_vietnamese_order(tmp_path: Path) -> None:
    # LABEL_0..2 are taken as negative, neutral, positive (UIT-VSFC, VLSP order).
    folder = tiny_model(tmp_path / "g", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, winner=2)
    analyzer = load_sentiment_analyzer("transformer", model_dir=folder)
    doc = make_document("Người dân phấn khởi vì dự án về đích sớm.", "Dự án về đích")
    assert analyzer.analyze(doc).label == "positive"
    assert [s.label for s in analyzer.sentences(doc)] == ["positive", "positive"]


def test_label_names_that_cannot_be_mapped_are_refused() -> None:
    assert label_order({0: "NEG", 1: "POS"}) == (2, 0)
    with pytest.raises(SentimentBackendError, match="id2label"):
        label_order({0: "happy", 1: "sad", 2: "meh"})


def test_a_folder_without_a_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SentimentBackendError, match=r"config\.json"):
        load_sentiment_analyzer("transformer", model_dir=tmp_path)
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(SentimentBackendError, match="cannot load"):
        load_sentiment_analyzer("transformer", model_dir=tmp_path)
