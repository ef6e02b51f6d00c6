"""Training the sentiment model (measuring one: ``sentiment_eval``).

The model is NB-LR by default: per label, a logistic regression on the TF-IDF features
scaled by their naive Bayes log-count ratio, plus a neutral bias picked by
cross-validation on the training data (``TrainOptions``). ``PRESETS`` holds the settings
measured per kind of text: ``news`` (the default), ``uit_vsfc`` (students' feedback),
``vlsp2016`` (product reviews) and ``plain`` (the earlier multinomial model); see
docs/experiments/sentiment.md for the figures.

Rebuild the shipped news model (deterministic; a few seconds)::

    python -m toancanh.analyze.sentiment_train train eval/data/news_sentiment_train.jsonl \\
        eval/data/news_sentiment_compose_train.jsonl \\
        --out src/toancanh/data/models/sentiment_news.npz

Measure a model on a labelled set (any format ``read_labelled`` reads)::

    python -m toancanh.analyze.sentiment_train eval eval/data/news_sentiment_test.jsonl
    python -m toancanh.analyze.sentiment_train eval ../shared/data/uit_vsfc/test \\
        --train ../shared/data/uit_vsfc/train --preset uit_vsfc
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix

from toancanh.analyze.sentiment_data import normalize_label, read_labelled
from toancanh.analyze.sentiment_eval import evaluate_sentiment
from toancanh.analyze.sentiment_model import (
    LEXICON_FEATURES,
    FeatureOptions,
    Featurized,
    SentimentModel,
    featurize_texts,
)
from toancanh.analyze.types import SENTIMENT_LABELS

CORRECTION_WEIGHT = 3.0  # an analyst's correction counts as three ordinary examples


# FeatureOptions() keeps the defaults of models saved before its newer fields existed
# (their headers lack them); new news models mark negation by replacing the unigram.
NEWS_FEATURES = FeatureOptions(negation_replace=True)


@dataclass(frozen=True)
class TrainOptions:
    """How a model is trained; ``PRESETS`` holds the measured settings per kind of text.

    ``nb_scaling`` > 0 trains NB-LR: one logistic regression per label (that label
    against the other two), each on the features scaled by the magnitude of their naive
    Bayes log-count ratio for the label, raised to this power (Wang & Manning 2012). The
    scaling is folded into the weights, so the saved model is scored like any other.
    ``neutral_bias`` is added to the neutral logit; ``tune_neutral_bias`` picks it by
    ``cv_folds``-fold cross-validation on the training data (the bias with the best
    out-of-fold macro-F1), for sets where neutral is a small class; ``calibrate`` then
    divides the weights by the temperature with the least out-of-fold log-loss (labels
    unchanged, probabilities no longer all but 0 or 1).
    """

    features: FeatureOptions = field(default_factory=lambda: NEWS_FEATURES)
    c: float = 100.0  # inverse regularisation of the logistic regression(s)
    balanced: bool = True  # weigh classes inversely to their frequency
    min_df: int = 1  # drop n-grams seen in fewer sentences (keeps big models small)
    correction_weight: float = CORRECTION_WEIGHT
    nb_scaling: float = 1.0  # 0: one multinomial logistic regression (no NB scaling)
    neutral_bias: float = 0.0
    tune_neutral_bias: bool = True
    calibrate: bool = True  # divide the weights by a temperature fitted out of fold
    cv_folds: int = 5


# Measured settings per kind of text (docs/experiments/sentiment.md); "news" is the default and
# builds the shipped model.
PRESETS: dict[str, TrainOptions] = {
    "news": TrainOptions(),
    "uit_vsfc": TrainOptions(
        features=FeatureOptions(negation_replace=True, negation_scope=5), c=10.0
    ),
    "vlsp2016": TrainOptions(features=FeatureOptions(lexicon=False), c=10.0, nb_scaling=0.5),
    # The model before NB scaling (multinomial logistic regression, C=10), for comparison.
    "plain": TrainOptions(
        features=FeatureOptions(),
        c=10.0,
        nb_scaling=0.0,
        tune_neutral_bias=False,
        calibrate=False,
    ),
}
_PRESET_HELP = (
    "training settings: news (default), uit_vsfc (students' feedback), vlsp2016 "
    "(product reviews), plain (the earlier multinomial model)"
)


def train_sentiment_model(
    train_files: Sequence[Path],
    *,
    corrections: Sequence[tuple[str, str]] = (),
    seed: int = 0,
    options: TrainOptions | None = None,
) -> SentimentModel:
    """Train a model on labelled files plus analysts' ``(text, label)`` corrections.

    Corrections weigh ``options.correction_weight`` times an ordinary example; a
    correction of a sentence also present in the files replaces its label there.
    """
    options = options or TrainOptions()
    fixed = {text.strip(): normalize_label(label) for text, label in corrections}
    pairs: list[tuple[str, str]] = []
    for path in train_files:
        pairs += [(t, fixed.get(t, label)) for t, label in read_labelled(Path(path))]
    weights = [1.0] * len(pairs)
    pairs += list(fixed.items())
    weights += [options.correction_weight] * len(fixed)
    if not pairs:
        raise ValueError("no training examples: give at least one labelled file or correction")
    model = fit(pairs, weights, options, seed=seed)
    model.meta.update(
        {
            "trained_on": [Path(p).name for p in train_files],
            "examples": len(pairs) - len(fixed),
            "corrections": len(fixed),
            "label_counts": dict(Counter(label for _, label in pairs)),
        }
    )
    return model


def fit(
    pairs: Sequence[tuple[str, str]],
    weights: Sequence[float],
    options: TrainOptions,
    *,
    seed: int = 0,
) -> SentimentModel:
    """Fit the linear model on ``(text, label)`` pairs."""
    feats = featurize_texts([text for text, _ in pairs], options.features)
    y = np.array([SENTIMENT_LABELS.index(label) for _, label in pairs])
    sample_weight = np.asarray(weights, dtype=np.float64)
    vocabulary, idf = _vocabulary(feats, options.min_df)
    coef, intercept = _fit_linear(_matrix(feats, vocabulary, idf), y, sample_weight, options, seed)
    bias, temperature = options.neutral_bias, 1.0
    if options.tune_neutral_bias or options.calibrate:
        logits = out_of_fold_logits(feats, y, sample_weight, options, seed=seed)
        if logits is not None:
            if options.tune_neutral_bias:
                bias = tune_neutral_bias(logits, y)
            if options.calibrate:
                temperature = fit_temperature(logits + np.array([0.0, bias, 0.0]), y)
    if intercept[1] > _NEVER:
        intercept[1] += bias
    coef /= temperature
    intercept[intercept > _NEVER] /= temperature
    model = SentimentModel(vocabulary, idf, coef, intercept, options.features)
    train_options = asdict(options)
    del train_options["features"]  # saved as the model's own options
    model.meta.update(
        {
            "train_options": train_options,
            "neutral_bias": round(bias, 4),
            "temperature": round(temperature, 4),
        }
    )
    return model


_NEVER = -30.0  # the intercept of a label never seen in training: it is never predicted
_BIAS_GRID = np.round(np.arange(-3.0, 3.0001, 0.1), 2)
_TEMPERATURE_GRID = np.round(np.geomspace(0.25, 32.0, 57), 4)


def _fit_linear(
    matrix: csr_matrix,
    y: np.ndarray,
    sample_weight: np.ndarray,
    options: TrainOptions,
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (columns x 3) and intercepts, in SENTIMENT_LABELS order."""
    present = sorted(set(y.tolist()))
    # Imported here: scikit-learn takes a second to import; only training needs it.
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((matrix.shape[1], 3))
    intercept = np.full(3, _NEVER)
    if len(present) == 1:
        intercept[present[0]] = 0.0
        return coef, intercept
    if options.nb_scaling > 0:
        n_dense = len(LEXICON_FEATURES) if options.features.lexicon else 0
        for label in present:
            target = (y == label).astype(int)
            scale = _nb_scale(matrix, target, sample_weight, options.nb_scaling, n_dense)
            clf = LogisticRegression(C=options.c, max_iter=3000, random_state=seed)
            weight = _balance(target, sample_weight) if options.balanced else sample_weight
            clf.fit(csr_matrix(matrix.multiply(scale)), target, sample_weight=weight)
            coef[:, label] = clf.coef_[0] * scale
            intercept[label] = clf.intercept_[0]
        return coef, intercept
    if options.balanced:
        sample_weight = _balance(y, sample_weight)
    clf = LogisticRegression(C=options.c, max_iter=3000, random_state=seed)
    clf.fit(matrix, y, sample_weight=sample_weight)
    rows_coef, rows_icpt = clf.coef_, clf.intercept_
    if len(present) == 2:  # one weight vector for classes_[1]; split it as a softmax
        rows_coef = np.vstack([-clf.coef_, clf.coef_]) / 2.0
        rows_icpt = np.array([-1.0, 1.0]) * clf.intercept_[0] / 2.0
    for row, label in enumerate(clf.classes_):
        coef[:, label] = rows_coef[row]
        intercept[label] = rows_icpt[row]
    return coef, intercept


def _balance(y: np.ndarray, sample_weight: np.ndarray) -> np.ndarray:
    """Sample weights scaled so that each label present weighs the same in total."""
    counts = np.bincount(y, weights=sample_weight)
    present = np.count_nonzero(counts)
    share = counts.sum() / (present * np.maximum(counts, 1e-9))
    return sample_weight * share[y]


def _nb_scale(
    matrix: csr_matrix, target: np.ndarray, sample_weight: np.ndarray, power: float, n_dense: int
) -> np.ndarray:
    """|naive Bayes log-count ratio| ** power of each column for ``target`` (dense ones: 1)."""
    binary = csr_matrix(matrix, copy=True)
    binary.data = (binary.data != 0).astype(np.float64)
    inside = 1.0 + binary.T @ (sample_weight * (target == 1))
    outside = 1.0 + binary.T @ (sample_weight * (target == 0))
    ratio = np.log(inside / inside.sum()) - np.log(outside / outside.sum())
    scale = np.abs(ratio) ** power
    if n_dense:
        scale[-n_dense:] = 1.0
    return scale


def out_of_fold_logits(
    feats: list[Featurized],
    y: np.ndarray,
    sample_weight: np.ndarray,
    options: TrainOptions,
    *,
    seed: int = 0,
) -> np.ndarray | None:
    """Logits of each example from a model trained on the other folds (``cv_folds``).

    Each fold's vocabulary, idf and weights come from the other folds only. None when a
    label has too few examples to split.
    """
    counts = np.bincount(y, minlength=3)
    folds = min(options.cv_folds, int(counts[counts > 0].min()))
    if folds < 2:
        return None
    logits = np.zeros((len(y), 3))
    from sklearn.model_selection import StratifiedKFold

    splitter = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for inside, outside in splitter.split(np.zeros(len(y)), y):
        fold_feats = [feats[i] for i in inside]
        vocabulary, idf = _vocabulary(fold_feats, options.min_df)
        coef, intercept = _fit_linear(
            _matrix(fold_feats, vocabulary, idf), y[inside], sample_weight[inside], options, seed
        )
        logits[outside] = _matrix([feats[i] for i in outside], vocabulary, idf) @ coef + intercept
    return logits


def tune_neutral_bias(logits: np.ndarray, y: np.ndarray) -> float:
    """The neutral bias with the best macro-F1 on out-of-fold ``logits``.

    Ties go to the bias nearest zero; without neutral examples the bias is 0.
    """
    from sklearn.metrics import f1_score

    if not (y == 1).any():
        return 0.0
    best, best_score = 0.0, -1.0
    for bias in sorted(_BIAS_GRID.tolist(), key=abs):
        shifted = logits + np.array([0.0, bias, 0.0])
        score = f1_score(y, shifted.argmax(axis=1), average="macro", labels=[0, 1, 2])
        if score > best_score + 1e-12:
            best, best_score = bias, score
    return float(best)


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature T with the least log-loss of softmax(logits / T) (a grid search).

    NB-LR's one-vs-rest logits are not calibrated (a sentence comes out 0.999 sure);
    dividing the weights by T keeps every label and evidence ranking and makes the
    probabilities, which the article roll-up averages, mean what they say.
    """
    best, best_loss = 1.0, math.inf
    for t in _TEMPERATURE_GRID.tolist():
        scaled = logits / t
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_p = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        loss = -float(log_p[np.arange(len(y)), y].mean())
        if loss < best_loss - 1e-12:
            best, best_loss = t, loss
    return float(best)


def _vocabulary(feats: list[Featurized], min_df: int) -> tuple[dict[str, int], np.ndarray]:
    df: Counter[str] = Counter()
    for f in feats:
        df.update(set(f.grams))
    words = sorted(w for w, count in df.items() if count >= min_df)
    n = len(feats)
    idf = np.array([math.log((1 + n) / (1 + df[w])) + 1.0 for w in words], dtype=np.float64)
    return {w: i for i, w in enumerate(words)}, idf


def _matrix(feats: list[Featurized], vocabulary: dict[str, int], idf: np.ndarray) -> csr_matrix:
    """Rows as the model scores them: idf-weighted binary n-grams, L2-normalised, + dense."""
    n_vocab = len(vocabulary)
    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for f in feats:
        ids = sorted({vocabulary[g] for g in f.grams if g in vocabulary})
        values = idf[ids] if ids else np.zeros(0)
        norm = float(np.sqrt((values**2).sum())) or 1.0
        data += (values / norm).tolist()
        indices += ids
        data += list(f.dense)
        indices += range(n_vocab, n_vocab + len(f.dense))
        indptr.append(len(indices))
    width = n_vocab + (len(feats[0].dense) if feats else 0)
    return csr_matrix((data, indices, indptr), shape=(len(feats), width))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toancanh.analyze.sentiment_train")
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a model and save it")
    train.add_argument("files", nargs="+", type=Path)
    train.add_argument("--out", type=Path, required=True)
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--preset", choices=sorted(PRESETS), default="news", help=_PRESET_HELP)
    evaluate = commands.add_parser("eval", help="measure a model on a labelled set")
    evaluate.add_argument("test", type=Path)
    evaluate.add_argument("--train", type=Path, nargs="*", help="train on these first")
    evaluate.add_argument("--preset", choices=sorted(PRESETS), default="news", help=_PRESET_HELP)
    evaluate.add_argument("--model", type=Path, help="a saved model (default: shipped one)")
    evaluate.add_argument("--backend", default="model", help="lexicon | model | transformer")
    args = parser.parse_args(argv)
    if args.command == "train":
        options = PRESETS[args.preset]
        model = train_sentiment_model(args.files, seed=args.seed, options=options)
        model.save(args.out)
        print(f"saved {args.out} ({args.out.stat().st_size:,} bytes, {model.meta})")
        return 0
    if args.train:
        subject: object = train_sentiment_model(args.train, options=PRESETS[args.preset])
    elif args.model:
        subject = SentimentModel.load(args.model)
    else:
        from toancanh.analyze.sentiment import load_sentiment_analyzer

        subject = load_sentiment_analyzer(args.backend)
    print(evaluate_sentiment(subject, args.test).format())
    return 0


if __name__ == "__main__":
    sys.exit(main())
