"""The linear sentiment model's internals: gram layout, fast scoring, NB-LR, presets."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.sentiment_model import (
    NEGATION_SCOPE,
    NEGATORS,
    FeatureOptions,
    SentimentModel,
    featurize,
    featurize_texts,
)
from toancanh.analyze.sentiment_text import Tokens, aligned_match_text, is_boundary, tokenize
from toancanh.analyze.sentiment_train import (
    PRESETS,
    TrainOptions,
    fit,
    out_of_fold_logits,
    train_sentiment_model,
    tune_neutral_bias,
)
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.text.normalize import fold

WORDS = ["không", "chưa", "tăng", "giảm", ",", ".", "tốt", "2024", "đường", "xấu", "hỏng"]


def _tokens(forms: list[str]) -> Tokens:
    starts, ends, at = [], [], 0
    for form in forms:
        starts.append(at)
        ends.append(at + len(form))
        at += len(form) + 1
    return Tokens(tuple(forms), tuple(starts), tuple(ends))


def _reference(
    forms: list[str], max_n: int, scope: int = NEGATION_SCOPE, replace: bool = False
) -> list[tuple[str, tuple[int, int]]]:
    """The gram layout as first written: a plain loop per order, then the extras."""
    norm = ["<num>" if f.isdigit() else f for f in forms]
    n = len(norm)
    seq = ["<s>", *norm, "</s>"]
    out = []
    for order in range(1, max_n + 1):
        for i in range(len(seq) - order + 1):
            if order == 1 and (i == 0 or i == n + 1):
                continue
            out.append((" ".join(seq[i : i + order]), (max(0, i - 1), min(n, i - 1 + order))))
    out += [("~" + fold(f), (i, i + 1)) for i, f in enumerate(norm) if f.isalpha()]
    left = 0
    for i, form in enumerate(norm):
        if is_boundary(form):
            left = 0
        elif left:
            if replace:  # unigrams come first, one per token
                out[i] = ("!" + form, (i, i + 1))
            else:
                out.append(("!" + form, (i, i + 1)))
            left -= 1
        if form in NEGATORS:
            left = scope
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=14),
    st.integers(1, 4),
    st.integers(1, 5),
    st.booleans(),
)
def test_grams_and_their_token_ranges_match_the_plain_layout(
    forms: list[str], max_n: int, scope: int, replace: bool
) -> None:
    options = FeatureOptions(
        max_n=max_n, lexicon=False, negation_scope=scope, negation_replace=replace
    )
    feats = featurize(_tokens(forms), options)
    expected = _reference(forms, max_n, scope, replace)
    assert list(feats.grams) == [g for g, _ in expected]
    assert list(feats.ranges) == [r for _, r in expected]


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


def _dense_logits(model: SentimentModel, text: str) -> np.ndarray:
    """Logits the slow way: the full feature vector times the weight matrix."""
    feats = featurize(tokenize(aligned_match_text(text)), model.options)
    x = np.zeros(len(model.vocabulary))
    for gram in set(feats.grams):
        if gram in model.vocabulary:
            x[model.vocabulary[gram]] = model.idf[model.vocabulary[gram]]
    x /= np.linalg.norm(x) or 1.0
    return np.concatenate([x, feats.dense]) @ model.coef + model.intercept


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_each_preset_trains_a_model_that_scores_like_its_weights(
    tmp_path: Path, preset: str
) -> None:
    model = fit(TINY, [1.0] * len(TINY), PRESETS[preset])
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = SentimentModel.load(path)
    assert loaded.options == PRESETS[preset].features  # the features travel with the model
    assert loaded.meta["train_options"]["nb_scaling"] == PRESETS[preset].nb_scaling
    for text, _ in [*TINY, ("Giá vé tàu được giữ nguyên trong dịp lễ.", "neutral")]:
        logits = _dense_logits(loaded, text)
        expected = np.exp(logits - logits.max())
        expected /= expected.sum()
        assert loaded.predict_proba(text) == pytest.approx(tuple(expected), abs=1e-5)


def test_contributions_add_up_to_the_ngram_part_of_the_margin() -> None:
    model = fit(TINY, [1.0] * len(TINY), TrainOptions(tune_neutral_bias=False, calibrate=False))
    text = "Người dân bức xúc vì cầu bị sập, không được sửa."
    scored = model.score(tokenize(aligned_match_text(text)))
    label = SENTIMENT_LABELS.index("negative")
    found = model.contributions(scored, label)
    assert found and all(m > 0 and 0 <= i < j <= len(scored.features.tokens) for m, (i, j) in found)
    rows = model._weighted[list(scored.ids)] / scored.norm
    margins = rows[:, label] - (rows.sum(axis=1) - rows[:, label]) / 2.0
    assert sum(m for m, _ in found) == pytest.approx(float(margins[margins > 0].sum()))


def test_the_neutral_bias_and_temperature_are_fitted_out_of_fold() -> None:
    rows = TINY * 3
    options = TrainOptions(tune_neutral_bias=False, calibrate=False)
    plain = fit(rows, [1.0] * len(rows), options)
    biased = fit(rows, [1.0] * len(rows), replace(options, neutral_bias=1.5))
    assert biased.intercept[1] == pytest.approx(plain.intercept[1] + 1.5)
    assert biased.meta["neutral_bias"] == 1.5

    feats = featurize_texts([t for t, _ in rows], options.features)
    y = np.array([SENTIMENT_LABELS.index(label) for _, label in rows])
    logits = out_of_fold_logits(feats, y, np.ones(len(y)), options)
    assert logits is not None and logits.shape == (len(rows), 3)
    bias = tune_neutral_bias(logits, y)
    assert -3.0 <= bias <= 3.0 and math.isclose(bias * 10, round(bias * 10))
    assert tune_neutral_bias(logits[y != 1], y[y != 1]) == 0.0
    assert out_of_fold_logits(feats[:4], y[:4], np.ones(4), options) is None  # too few

    # A temperature divides all the weights: the same labels, softer probabilities.
    calibrated = fit(rows, [1.0] * len(rows), replace(options, calibrate=True))
    temperature = calibrated.meta["temperature"]
    assert temperature > 0
    assert calibrated.coef * temperature == pytest.approx(plain.coef, rel=1e-3, abs=1e-4)
    for text, _ in TINY:
        assert calibrated.predict(text) == plain.predict(text)


def test_the_plain_preset_trains_and_reloads(tmp_path: Path) -> None:
    data = tmp_path / "tiny.jsonl"
    lines = [json.dumps({"text": t, "label": lab}, ensure_ascii=False) for t, lab in TINY]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model = train_sentiment_model([data], options=PRESETS["plain"])
    path = tmp_path / "m.npz"
    model.save(path)
    assert SentimentModel.load(path).predict("Cầu bị sập.") == model.predict("Cầu bị sập.")
