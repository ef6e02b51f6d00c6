"""The trainable sentiment model: syllable n-grams and lexicon scores into a linear model.

Features of one sentence (all from ``sentiment_text.tokenize``, so a ``Document`` is never
segmented again):

* syllable n-grams (1 to 3) with sentence-start and -end marks, numbers as ``<num>``,
  binary, weighted by idf and L2-normalised (a TF-IDF vector);
* the same syllables without diacritics (``~mat``), so text typed without accents still
  meets what was learnt from accented text;
* syllables in the scope of a negator marked (``!tăng`` in "không tăng");
* five lexicon figures (positive and negative mass after negation and contrast, their
  balance, whether a negator fired, whether the sentence turns on a contrast).

Weights are a plain matrix (features x 3 labels), saved as a compressed ``.npz`` with the
vocabulary and a JSON header; scoring a sentence is a dictionary lookup per n-gram and one
small sum, with no scikit-learn at run time.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from toancanh.analyze.sentiment_lexicon import Lexicon, LexiconScore, score_tokens
from toancanh.analyze.sentiment_text import Tokens, aligned_match_text, is_boundary, tokenize
from toancanh.analyze.types import SENTIMENT_LABELS
from toancanh.text.normalize import display_form, fold

FORMAT_VERSION = 1
NEGATORS = frozenset({"không", "chưa", "chẳng", "chả", "đừng", "chớ"})
NEGATION_SCOPE = 3  # syllables after a negator that get a "!" twin
LEXICON_FEATURES = ("lex_pos", "lex_neg", "lex_balance", "lex_negated", "lex_contrast")


class ModelFormatError(ValueError):
    """A model file is not a sentiment model this version can read."""


@dataclass(frozen=True)
class FeatureOptions:
    max_n: int = 3
    folded: bool = True
    negation_marks: bool = True
    lexicon: bool = True
    lexicon_scale: float = 1.0  # the n-gram vector has norm 1; lexicon figures sit beside it


@dataclass(frozen=True)
class Featurized:
    """One sentence as model input, with the token range each n-gram came from."""

    tokens: Tokens
    grams: tuple[str, ...]
    ranges: tuple[tuple[int, int], ...]  # token [i, j) of each gram (empty for "<s>" alone)
    dense: tuple[float, ...]
    lexicon: LexiconScore


def _norm(form: str) -> str:
    return "<num>" if form.isdigit() else form


def featurize(
    tokens: Tokens, options: FeatureOptions, lexicon: Lexicon | None = None
) -> Featurized:
    """The features of one sentence's tokens."""
    forms = [_norm(f) for f in tokens.forms]
    n = len(forms)
    seq = ["<s>", *forms, "</s>"]
    grams: list[str] = []
    ranges: list[tuple[int, int]] = []
    for order in range(1, options.max_n + 1):
        for i in range(len(seq) - order + 1):
            if order == 1 and (i == 0 or i == n + 1):
                continue
            grams.append(" ".join(seq[i : i + order]))
            ranges.append((max(0, i - 1), min(n, i - 1 + order)))
    if options.folded:
        for i, form in enumerate(forms):
            if form.isalpha():
                grams.append("~" + fold(form))
                ranges.append((i, i + 1))
    if options.negation_marks:
        _add_negation_marks(forms, grams, ranges)
    score = score_tokens(tokens, lexicon) if options.lexicon else LexiconScore(0.0, 0.0)
    dense: tuple[float, ...] = ()
    if options.lexicon:
        s = options.lexicon_scale
        dense = (
            s * math.log1p(score.positive),
            s * math.log1p(score.negative),
            s * math.tanh(score.positive - score.negative),
            s * float(score.negated > 0),
            s * float(score.contrast),
        )
    return Featurized(tokens, tuple(grams), tuple(ranges), dense, score)


def _add_negation_marks(forms: list[str], grams: list[str], ranges: list[tuple[int, int]]) -> None:
    left = 0
    for i, form in enumerate(forms):
        if is_boundary(form):
            left = 0
        elif left:
            grams.append("!" + form)
            ranges.append((i, i + 1))
            left -= 1
        if form in NEGATORS:
            left = NEGATION_SCOPE


@dataclass(frozen=True)
class Scored:
    """A sentence scored by the model: probabilities and what is needed to explain them."""

    probabilities: tuple[float, float, float]  # in SENTIMENT_LABELS order
    features: Featurized
    ids: tuple[int, ...]  # vocabulary ids of the grams found, aligned with ``positions``
    positions: tuple[int, ...]  # index into features.grams of each id
    norm: float


@dataclass
class SentimentModel:
    """A linear model over sentence features; ``save``/``load`` to a ``.npz`` file."""

    vocabulary: dict[str, int]
    idf: np.ndarray  # (n_features,)
    coef: np.ndarray  # (n_features + n_dense, 3), columns in SENTIMENT_LABELS order
    intercept: np.ndarray  # (3,)
    options: FeatureOptions = field(default_factory=FeatureOptions)
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.vocabulary)
        # idf folded into the weights once: scoring is then a sum of rows.
        self._weighted = (self.coef[:n] * self.idf[:, None]).astype(np.float64)
        self._idf2 = (self.idf.astype(np.float64)) ** 2
        self._dense = self.coef[n:].astype(np.float64)
        self._intercept = self.intercept.astype(np.float64)
        digest = hashlib.sha256(np.ascontiguousarray(self.coef, dtype=np.float32).tobytes())
        digest.update("\n".join(sorted(self.vocabulary)).encode())
        self.version = f"sentiment-{FORMAT_VERSION}-{digest.hexdigest()[:10]}"

    @property
    def labels(self) -> tuple[str, ...]:
        return SENTIMENT_LABELS

    def score(self, tokens: Tokens, lexicon: Lexicon | None = None) -> Scored:
        """Score one sentence's tokens."""
        feats = featurize(tokens, self.options, lexicon)
        seen: dict[int, int] = {}
        vocab = self.vocabulary
        for pos, gram in enumerate(feats.grams):
            index = vocab.get(gram)
            if index is not None and index not in seen:
                seen[index] = pos
        ids = tuple(seen)
        logits = self._intercept.copy()
        norm = 1.0
        if ids:
            rows = list(ids)
            norm = math.sqrt(float(self._idf2[rows].sum())) or 1.0
            logits += self._weighted[rows].sum(axis=0) / norm
        if feats.dense:
            logits += np.asarray(feats.dense) @ self._dense
        return Scored(_softmax(logits), feats, ids, tuple(seen.values()), norm)

    def predict_proba(self, text: str) -> tuple[float, float, float]:
        """(positive, neutral, negative) probabilities of one sentence."""
        return self.score(tokenize(aligned_match_text(display_form(text)))).probabilities

    def predict(self, text: str) -> str:
        probabilities = self.predict_proba(text)
        return SENTIMENT_LABELS[probabilities.index(max(probabilities))]

    def contributions(self, scored: Scored, label: int) -> list[tuple[float, tuple[int, int]]]:
        """How much each n-gram pushed ``label`` over the other two, with its token range."""
        if not scored.ids:
            return []
        rows = self._weighted[list(scored.ids)] / scored.norm
        margin = rows[:, label] - (rows.sum(axis=1) - rows[:, label]) / 2.0
        ranges = scored.features.ranges
        return [
            (float(m), ranges[pos])
            for m, pos in zip(margin, scored.positions, strict=True)
            if m > 0 and ranges[pos][1] > ranges[pos][0]
        ]

    def lexicon_push(self, scored: Scored, label: int) -> float:
        """How much the lexicon figures pushed ``label`` over the other two."""
        if not scored.features.dense:
            return 0.0
        push = np.asarray(scored.features.dense) @ self._dense
        return float(push[label] - (push.sum() - push[label]) / 2.0)

    def save(self, path: Path) -> None:
        """Write the model as one compressed ``.npz`` (vocabulary, weights, JSON header)."""
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        header = {
            "format_version": FORMAT_VERSION,
            "labels": list(SENTIMENT_LABELS),
            "options": asdict(self.options),
            "meta": self.meta,
        }
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            vocabulary=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            header=np.frombuffer(json.dumps(header, ensure_ascii=False).encode(), dtype=np.uint8),
        )
        Path(path).write_bytes(buffer.getvalue())

    @classmethod
    def load(cls, source: Path | bytes) -> SentimentModel:
        """Read a model written by ``save`` (a path, or the file's bytes)."""
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                arrays = {key: npz[key] for key in npz.files}
            header = json.loads(arrays["header"].tobytes().decode("utf-8"))
            text = arrays["vocabulary"].tobytes().decode("utf-8")
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            raise ModelFormatError(f"not a sentiment model file: {exc}") from exc
        if header.get("format_version") != FORMAT_VERSION:
            raise ModelFormatError(f"model format {header.get('format_version')} unsupported")
        if tuple(header.get("labels", ())) != SENTIMENT_LABELS:
            raise ModelFormatError(f"model labels {header.get('labels')} unsupported")
        words = text.split("\n") if text else []
        return cls(
            vocabulary={w: i for i, w in enumerate(words)},
            idf=arrays["idf"],
            coef=arrays["coef"],
            intercept=arrays["intercept"],
            options=FeatureOptions(**header.get("options", {})),
            meta=header.get("meta", {}),
        )


def _softmax(logits: np.ndarray) -> tuple[float, float, float]:
    shifted = np.exp(logits - logits.max())
    p = shifted / shifted.sum()
    return (float(p[0]), float(p[1]), float(p[2]))


def featurize_texts(
    texts: Sequence[str], options: FeatureOptions, lexicon: Lexicon | None = None
) -> list[Featurized]:
    """Features of many sentences (training)."""
    return [
        featurize(tokenize(aligned_match_text(display_form(t))), options, lexicon) for t in texts
    ]
