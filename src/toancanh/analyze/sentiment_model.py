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
vocabulary and a JSON header (the feature options, so a model reproduces its own
features); scoring a sentence is a dictionary lookup per n-gram and one small sum, with
no scikit-learn at run time. How the weights were trained (multinomial logistic
regression, or NB-LR with the naive Bayes scaling folded into them) does not matter here.
The token range of an n-gram is worked out only for the few that explain a label.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

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
    negation_scope: int = NEGATION_SCOPE  # syllables after a negator that are marked
    negation_replace: bool = False  # True: "!tăng" replaces the unigram "tăng", not beside it


@dataclass(frozen=True)
class Featurized:
    """One sentence as model input; ``range_of(pos)`` is the token range of a gram.

    The grams are laid out as n-grams of order 1, 2, ... ``max_n`` over the sentence with
    its start and end marks (order 1 without the marks), then the one-token extras
    (folded syllables, negation marks) whose token is in ``extra_tokens``; ranges are
    worked out on demand, for the few grams that explain a label.
    """

    tokens: Tokens
    grams: tuple[str, ...]
    dense: tuple[float, ...]
    lexicon: LexiconScore
    max_n: int = 3
    extra_tokens: tuple[int, ...] = ()

    def range_of(self, pos: int) -> tuple[int, int]:
        """Token [i, j) of the gram at ``pos`` (empty for "<s>" alone)."""
        n = len(self.tokens)
        if pos < n:
            return (pos, pos + 1)
        pos -= n
        for order in range(2, self.max_n + 1):
            count = n + 3 - order
            if pos < count:
                return (max(0, pos - 1), min(n, pos - 1 + order))
            pos -= count
        i = self.extra_tokens[pos]
        return (i, i + 1)

    @property
    def ranges(self) -> tuple[tuple[int, int], ...]:
        return tuple(self.range_of(pos) for pos in range(len(self.grams)))


def _norm(form: str) -> str:
    return "<num>" if form.isdigit() else form


def featurize(
    tokens: Tokens, options: FeatureOptions, lexicon: Lexicon | None = None
) -> Featurized:
    """The features of one sentence's tokens."""
    forms = [("<num>" if f.isdigit() else f) for f in tokens.forms]  # as ``_norm``
    seq = ["<s>", *forms, "</s>"]
    grams = list(forms)
    if options.max_n >= 2:
        grams += [a + " " + b for a, b in pairwise(seq)]
    if options.max_n >= 3:
        grams += [a + " " + b + " " + c for a, b, c in zip(seq, seq[1:], seq[2:], strict=False)]
    for order in range(4, options.max_n + 1):
        grams += [" ".join(seq[i : i + order]) for i in range(len(seq) - order + 1)]
    extra: list[int] = []
    if options.folded:
        alpha = [i for i, form in enumerate(forms) if form.isalpha()]
        grams += ["~" + form for form in _fold_all([forms[i] for i in alpha])]
        extra += alpha
    if options.negation_marks and not NEGATORS.isdisjoint(forms):
        negated = _negated(forms, options.negation_scope)
        if options.negation_replace:  # the negated syllable's unigram becomes "!form"
            for j in negated:
                grams[j] = "!" + forms[j]
        else:
            grams += ["!" + forms[j] for j in negated]
            extra += negated
    score, dense = _lexicon_features(tokens, options, lexicon)
    return Featurized(tokens, tuple(grams), dense, score, options.max_n, tuple(extra))


def _lexicon_features(
    tokens: Tokens, options: FeatureOptions, lexicon: Lexicon | None
) -> tuple[LexiconScore, tuple[float, ...]]:
    if not options.lexicon:
        return LexiconScore(0.0, 0.0), ()
    score = score_tokens(tokens, lexicon)
    s = options.lexicon_scale
    return score, (
        s * math.log1p(score.positive),
        s * math.log1p(score.negative),
        s * math.tanh(score.positive - score.negative),
        s * float(score.negated > 0),
        s * float(score.contrast),
    )


def _fold_all(forms: list[str]) -> list[str]:
    """``fold`` of each form, in one call when no letter folds to a space."""
    folded = fold(" ".join(forms)).split(" ")
    return folded if len(folded) == len(forms) else [fold(form) for form in forms]


def _negated(forms: list[str], scope: int) -> list[int]:
    """Syllables after a negator, up to ``scope`` of them or a boundary, in order.

    A negator in the scope of another is itself negated and starts a scope of its own.
    """
    n = len(forms)
    negators = [i for i, form in enumerate(forms) if form in NEGATORS]
    found: list[int] = []
    for k, i in enumerate(negators):
        stop = min(n, i + 1 + scope)
        if k + 1 < len(negators):
            stop = min(stop, negators[k + 1] + 1)
        for j in range(i + 1, stop):
            if is_boundary(forms[j]):
                break
            found.append(j)
    return found


def _add_negation_marks(forms: list[str], grams: list[str], extra: list[int]) -> None:
    """``!form`` for each negated syllable (``NEGATION_SCOPE``), as extras."""
    negated = _negated(forms, NEGATION_SCOPE)
    grams += ["!" + forms[j] for j in negated]
    extra += negated


@dataclass(frozen=True)
class Scored:
    """A sentence scored by the model: probabilities and what is needed to explain them."""

    probabilities: tuple[float, float, float]  # in SENTIMENT_LABELS order
    features: Featurized
    ids: tuple[int, ...]  # vocabulary ids of the grams found, aligned with ``positions``
    positions: tuple[int, ...]  # position of each id in the gram layout (``range_of``)
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
        # Scoring reads one row per gram found: its three weights and its idf squared.
        self._packed = np.hstack([self._weighted, self._idf2[:, None]])
        self._intercept_list: list[float] = self._intercept.tolist()
        self._dense_columns: list[list[float]] = self._dense.T.tolist()
        # Syllables of the vocabulary's n-grams: a bigram is looked up only if both are.
        self._syllables = frozenset(
            syllable for gram in self.vocabulary if " " in gram for syllable in gram.split(" ")
        )
        digest = hashlib.sha256(np.ascontiguousarray(self.coef, dtype=np.float32).tobytes())
        digest.update("\n".join(sorted(self.vocabulary)).encode())
        self.version = f"sentiment-{FORMAT_VERSION}-{digest.hexdigest()[:10]}"

    @property
    def labels(self) -> tuple[str, ...]:
        return SENTIMENT_LABELS

    def score(self, tokens: Tokens, lexicon: Lexicon | None = None) -> Scored:
        """Score one sentence's tokens.

        The grams are looked up as ``featurize`` lays them out, but an n-gram is only
        built when it can be in the vocabulary: a bigram of two syllables the vocabulary
        knows, a longer n-gram whose two (n-1)-grams were found (a model's n-gram was
        seen with both, so it cannot be there otherwise). ``Scored.features.grams`` is
        therefore empty here; ``featurize`` gives them all.
        """
        options = self.options
        forms = [("<num>" if f.isdigit() else f) for f in tokens.forms]  # as ``_norm``
        n = len(forms)
        get = self.vocabulary.get
        # blocks of (ids, positions) in layout order; an id keeps its first position
        blocks: list[tuple[list[int | None], Sequence[int]]] = []
        negated: list[int] = []
        if options.negation_marks and not NEGATORS.isdisjoint(forms):
            negated = _negated(forms, options.negation_scope)
        unigrams = forms
        if negated and options.negation_replace:
            unigrams = list(forms)
            for j in negated:
                unigrams[j] = "!" + forms[j]
        blocks.append((list(map(get, unigrams)), range(n)))
        seq = ["<s>", *forms, "</s>"]
        known = self._syllables
        found = [i for i, form in enumerate(seq) if form in known]  # (order-1)-grams found
        offset = n
        for order in range(2, options.max_n + 1):
            at = set(found)
            starts = [i for i in found if i + 1 in at]
            if order == 2:
                grams = [seq[i] + " " + seq[i + 1] for i in starts]
            else:
                grams = [" ".join(seq[i : i + order]) for i in starts]
            ids = list(map(get, grams))
            blocks.append((ids, [offset + i for i in starts]))
            found = [i for i, index in zip(starts, ids, strict=True) if index is not None]
            offset += n + 3 - order
        extra: list[int] = []
        if options.folded:
            alpha = [i for i, form in enumerate(forms) if form.isalpha()]
            folded = ["~" + form for form in _fold_all([forms[i] for i in alpha])]
            blocks.append((list(map(get, folded)), range(offset, offset + len(alpha))))
            offset += len(alpha)
            extra += alpha
        if negated and not options.negation_replace:
            marks = ["!" + forms[j] for j in negated]
            blocks.append((list(map(get, marks)), range(offset, offset + len(marks))))
            extra += negated
        seen: dict[int | None, int] = {}
        for ids, positions in reversed(blocks):  # earlier blocks, earlier grams win
            seen.update(zip(reversed(ids), reversed(positions), strict=True))
        seen.pop(None, None)
        score, dense = _lexicon_features(tokens, options, lexicon)
        feats = Featurized(tokens, (), dense, score, options.max_n, tuple(extra))
        logits = self._intercept_list
        norm = 1.0
        if seen:
            rows = np.fromiter(seen, dtype=np.intp, count=len(seen))
            p, u, g, squares = self._packed[rows].sum(axis=0).tolist()
            norm = math.sqrt(squares) or 1.0
            logits = [logits[0] + p / norm, logits[1] + u / norm, logits[2] + g / norm]
        if dense:
            logits = [
                base + sum(x * w for x, w in zip(dense, column, strict=True))
                for base, column in zip(logits, self._dense_columns, strict=True)
            ]
        ids_found = cast("tuple[int, ...]", tuple(seen))
        return Scored(_softmax(logits), feats, ids_found, tuple(seen.values()), norm)

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
        range_of = scored.features.range_of
        found = []
        # In the order the grams occur in the sentence (ties in strength keep that order).
        for pos, m in sorted(zip(scored.positions, margin.tolist(), strict=True)):
            if m > 0:
                i, j = range_of(pos)
                if j > i:
                    found.append((m, (i, j)))
        return found

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
        try:
            options = FeatureOptions(**header.get("options", {}))
        except TypeError as exc:  # a newer model's feature option this version lacks
            raise ModelFormatError(f"model feature options unsupported: {exc}") from exc
        return cls(
            vocabulary={w: i for i, w in enumerate(words)},
            idf=arrays["idf"],
            coef=arrays["coef"],
            intercept=arrays["intercept"],
            options=options,
            meta=header.get("meta", {}),
        )


def _softmax(logits: Sequence[float]) -> tuple[float, float, float]:
    top = max(logits)
    a, b, c = (math.exp(v - top) for v in logits)
    total = a + b + c
    return (a / total, b / total, c / total)


def featurize_texts(
    texts: Sequence[str], options: FeatureOptions, lexicon: Lexicon | None = None
) -> list[Featurized]:
    """Features of many sentences (training)."""
    return [
        featurize(tokenize(aligned_match_text(display_form(t))), options, lexicon) for t in texts
    ]
