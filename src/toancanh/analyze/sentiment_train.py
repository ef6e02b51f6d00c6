"""Training and evaluating the sentiment model.

Rebuild the shipped news model (deterministic; about a second)::

    python -m toancanh.analyze.sentiment_train train eval/data/news_sentiment_train.jsonl \\
        --out src/toancanh/data/models/sentiment_news.npz

Measure a model on a labelled set (any format ``read_labelled`` reads)::

    python -m toancanh.analyze.sentiment_train eval eval/data/news_sentiment_test.jsonl
    python -m toancanh.analyze.sentiment_train eval ../shared/data/uit_vsfc/test \\
        --train ../shared/data/uit_vsfc/train
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from toancanh.analyze.metrics import ClassificationReport, classification_report
from toancanh.analyze.sentiment_data import normalize_label, read_labelled
from toancanh.analyze.sentiment_model import (
    FeatureOptions,
    Featurized,
    SentimentModel,
    featurize_texts,
)
from toancanh.analyze.types import SENTIMENT_LABELS

CORRECTION_WEIGHT = 3.0  # an analyst's correction counts as three ordinary examples


@dataclass(frozen=True)
class TrainOptions:
    features: FeatureOptions = field(default_factory=FeatureOptions)
    c: float = 10.0  # inverse regularisation of the logistic regression
    balanced: bool = True  # weigh classes inversely to their frequency
    min_df: int = 1  # drop n-grams seen in fewer sentences (keeps big models small)
    correction_weight: float = CORRECTION_WEIGHT


class _Predictor(Protocol):
    def predict(self, text: str) -> str: ...


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
    vocabulary, idf = _vocabulary(feats, options.min_df)
    matrix = _matrix(feats, vocabulary, idf)
    y = np.array([SENTIMENT_LABELS.index(label) for _, label in pairs])
    sample_weight = np.asarray(weights, dtype=np.float64)
    present = sorted(set(y.tolist()))
    if options.balanced:
        counts = np.bincount(y, weights=sample_weight, minlength=3)
        share = counts.sum() / (len(present) * np.maximum(counts, 1e-9))
        sample_weight = sample_weight * share[y]
    n_columns = matrix.shape[1]
    coef = np.zeros((n_columns, 3))
    intercept = np.full(3, -30.0)  # a label never seen in training is never predicted
    if len(present) == 1:
        intercept[present[0]] = 0.0
    else:
        clf = LogisticRegression(C=options.c, max_iter=3000, random_state=seed)
        clf.fit(matrix, y, sample_weight=sample_weight)
        rows_coef, rows_icpt = clf.coef_, clf.intercept_
        if len(present) == 2:  # one weight vector for classes_[1]; split it as a softmax
            rows_coef = np.vstack([-clf.coef_, clf.coef_]) / 2.0
            rows_icpt = np.array([-1.0, 1.0]) * clf.intercept_[0] / 2.0
        for row, label in enumerate(clf.classes_):
            coef[:, label] = rows_coef[row]
            intercept[label] = rows_icpt[row]
    return SentimentModel(vocabulary, idf, coef, intercept, options.features)


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


def evaluate_sentiment(
    analyzer_or_model: _Predictor | object, test_path: Path
) -> ClassificationReport:
    """Accuracy, macro-F1, per class and confusion of a model or analyzer on a labelled set."""
    pairs = read_labelled(Path(test_path))
    predict = _predictor(analyzer_or_model)
    predicted = [predict(text) for text, _ in pairs]
    return classification_report(
        Path(test_path).name, [label for _, label in pairs], predicted, list(SENTIMENT_LABELS)
    )


def _predictor(obj: object):
    if isinstance(obj, SentimentModel):
        return obj.predict
    sentence = getattr(obj, "sentence", None)
    if callable(sentence):
        return lambda text: sentence(text).label
    raise TypeError(f"cannot evaluate a {type(obj).__name__}: need a model or an analyzer")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m toancanh.analyze.sentiment_train")
    commands = parser.add_subparsers(dest="command", required=True)
    train = commands.add_parser("train", help="train a model and save it")
    train.add_argument("files", nargs="+", type=Path)
    train.add_argument("--out", type=Path, required=True)
    train.add_argument("--seed", type=int, default=0)
    evaluate = commands.add_parser("eval", help="measure a model on a labelled set")
    evaluate.add_argument("test", type=Path)
    evaluate.add_argument("--train", type=Path, nargs="*", help="train on these first")
    evaluate.add_argument("--model", type=Path, help="a saved model (default: shipped one)")
    evaluate.add_argument("--backend", default="model", help="lexicon | model | transformer")
    args = parser.parse_args(argv)
    if args.command == "train":
        model = train_sentiment_model(args.files, seed=args.seed)
        model.save(args.out)
        print(f"saved {args.out} ({args.out.stat().st_size:,} bytes, {model.meta})")
        return 0
    if args.train:
        subject: object = train_sentiment_model(args.train)
    elif args.model:
        subject = SentimentModel.load(args.model)
    else:
        from toancanh.analyze.sentiment import load_sentiment_analyzer

        subject = load_sentiment_analyzer(args.backend)
    print(evaluate_sentiment(subject, args.test).format())
    return 0


if __name__ == "__main__":
    sys.exit(main())
