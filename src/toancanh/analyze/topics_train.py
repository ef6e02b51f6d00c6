"""Training and evaluating the topic model of ``topics``.

A linear SVM and a multinomial naive Bayes, fitted on TF-IDF blocks and summed; the
features with the largest weights are kept and the model is fitted again on them alone
(``fit_topic_model``). Deterministic for a given file and seed. Rebuild the shipped model::

    python -m toancanh.analyze.topics_train --train FILE --out FILE [--test FILE]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from toancanh.analyze.document import make_document
from toancanh.analyze.metrics import ClassificationReport, classification_report
from toancanh.analyze.topics import (
    BLOCKS,
    FORMAT,
    TERM_BLOCKS,
    Features,
    TopicModel,
    topic_features,
)

KEEP_FEATURES = 300_000  # weights kept after selection: a 4.6 MB file (int8)
SVM_C = 0.3
NB_ALPHA = 0.01
NB_WEIGHT = 2.0  # naive Bayes against SVM, chosen on a held-out tenth of train

SparseMatrix = Any  # a scipy.sparse CSR matrix: scipy ships no type information


class TopicDataError(ValueError):
    """A training or test file that cannot be read: the message names file and line."""


def read_labelled(path: Path) -> Iterator[tuple[str, str]]:
    """(label, text) rows of a JSONL file (or .jsonl.gz) with "label" and "text" fields.

    Blank lines are skipped; anything else that is not such a row raises
    ``TopicDataError`` naming the file and line, rather than training on half a file.
    """
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield _row(line, path, number)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        raise TopicDataError(f"{path}: cannot read ({error})") from error


def _row(line: str, path: Path, number: int) -> tuple[str, str]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise TopicDataError(f"{path}:{number}: not JSON ({error.msg})") from error
    label, text = (row.get("label"), row.get("text")) if isinstance(row, dict) else (None, None)
    if not isinstance(label, str) or not label.strip() or not isinstance(text, str):
        raise TopicDataError(f'{path}:{number}: want an object with "label" and "text" strings')
    return label.strip(), text


def _model_from_arrays(
    labels: Sequence[str],
    vocab: Sequence[dict[str, int]],
    chars: np.ndarray,
    idf: np.ndarray,
    weights: np.ndarray,
    bias: np.ndarray,
    temperature: float,
) -> TopicModel:
    """Quantise the float weights to int8 and name the model by a hash of its content."""
    scale = float(np.abs(weights).max()) / 127 or 1.0
    quantised = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    digest = hashlib.sha256(quantised.tobytes())
    for block in vocab:
        digest.update("\n".join(sorted(block)).encode())
    digest.update(chars.astype(np.uint64).tobytes())
    return TopicModel(
        labels=tuple(labels),
        vocab=tuple(vocab),
        chars=chars.astype(np.uint64),
        idf=idf.astype(np.float32),
        weights=quantised,
        scale=scale,
        bias=bias.astype(np.float32),
        temperature=temperature,
        version=f"topics-{FORMAT}-{digest.hexdigest()[:10]}",
    )


def train_topic_model(
    train_path: Path,
    *,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> TopicModel:
    """Train on a labelled JSONL file (the TC201805 format: "label", "text" per line).

    Deterministic for a given file and seed. ``progress`` receives a line per step.
    """
    say = progress or (lambda _message: None)
    rows = list(read_labelled(train_path))
    if len({label for label, _ in rows}) < 2:
        raise TopicDataError(f"{train_path}: need at least two labels to train on")
    say(f"segmenting {len(rows)} texts")
    features = [topic_features(make_document(text)) for _label, text in rows]
    return fit_topic_model(features, [label for label, _ in rows], seed=seed, say=say)


def fit_topic_model(
    features: Sequence[Features],
    labels: Sequence[str],
    *,
    seed: int = 0,
    keep: int = KEEP_FEATURES,
    say: Callable[[str], None] = lambda _message: None,
) -> TopicModel:
    """Fit on all features, keep the ``keep`` strongest, fit again on those alone.

    A tenth of the rows is held out in the first fit to choose the softmax temperature
    (when every label has a few rows; otherwise the temperature stays 1).
    """
    from sklearn.model_selection import train_test_split

    y = np.asarray(labels)
    min_df = 2 if len(y) >= 1000 else 1  # a term seen once cannot generalise; tiny sets keep all
    x, terms, _ = _vectorize(features, None, min_df)
    say(f"{x.shape[1]} features; first fit")
    counts = Counter(labels)
    index = np.arange(len(y))
    held = np.empty(0, dtype=int)
    if len(y) >= 200 and min(counts.values()) >= 5:
        index, held = train_test_split(index, test_size=0.1, random_state=seed, stratify=y)
    weights, bias, names = _fit_linear(x[index], y[index], seed)
    temperature = _fit_temperature(x[held] @ weights.T + bias, y[held], names) if len(held) else 1.0
    strongest = np.sort(np.argsort(-np.abs(weights).max(axis=0), kind="stable")[:keep])
    kept = _split_by_block(strongest, terms)
    say(f"kept {len(strongest)} features; second fit on all {len(y)} rows")
    x, _, idf = _vectorize(features, kept, min_df)
    weights, bias, names = _fit_linear(x, y, seed)
    offsets = np.cumsum([0, *(len(block) for block in kept)])
    vocab = tuple({str(t): int(offsets[b]) + i for i, t in enumerate(kept[b])} for b in range(3))
    chars = np.asarray(kept[-1], dtype=np.uint64)
    return _model_from_arrays(names, vocab, chars, idf, weights.T, bias, temperature)


def _identity(terms: list[str]) -> list[str]:
    return terms


def _vectorize(
    features: Sequence[Features],
    vocabularies: Sequence[Sequence[object]] | None,
    min_df: int,
) -> tuple[SparseMatrix, list[list[object]], np.ndarray]:
    """TF-IDF of each block, L2-normalised per block; (matrix, terms per block, idf)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrices: list[SparseMatrix] = []
    terms: list[list[object]] = []  # str for word blocks, uint64 keys for characters
    idfs: list[np.ndarray] = []
    for b in range(len(TERM_BLOCKS)):
        column = [f[b] for f in features]
        fixed = vocabularies[b] if vocabularies is not None else None
        vectorizer = TfidfVectorizer(
            analyzer=_identity,
            sublinear_tf=True,
            min_df=min_df,
            vocabulary=fixed or None,
            dtype=np.float32,
        )
        try:
            matrices.append(vectorizer.fit_transform(column))
        except ValueError:  # an empty block (no term at all): it adds no column
            if fixed:
                raise
            matrices.append(csr_matrix((len(column), 0), dtype=np.float32))
            terms.append([])
            idfs.append(np.empty(0, dtype=np.float32))
            continue
        terms.append(list(vectorizer.get_feature_names_out()))
        idfs.append(vectorizer.idf_.astype(np.float32))
    fixed_chars = None if vocabularies is None else np.asarray(vocabularies[-1], dtype=np.uint64)
    chars, char_keys, char_idf = _char_tfidf([f[-1] for f in features], fixed_chars, min_df)
    matrices.append(chars)
    terms.append(list(char_keys))
    idfs.append(char_idf)
    matrix = hstack(matrices).tocsr() / math.sqrt(len(BLOCKS))
    return matrix, terms, np.concatenate(idfs)


def _char_tfidf(
    keys: Sequence[np.ndarray], fixed: np.ndarray | None, min_df: int
) -> tuple[SparseMatrix, np.ndarray, np.ndarray]:
    """TfidfVectorizer's sums (smooth idf, sublinear tf, L2 rows) on character n-gram keys.

    With ``fixed`` (sorted keys) the columns are those keys, else every key in at least
    ``min_df`` rows, sorted. Returns (matrix, keys of the columns, idf).
    """
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    rows = np.repeat(np.arange(len(keys)), [len(k) for k in keys])
    flat = np.concatenate([*keys, np.empty(0, dtype=np.uint64)]).astype(np.uint64)
    if fixed is None:
        columns, where = np.unique(flat, return_inverse=True)
    else:
        columns = fixed
        where = np.minimum(np.searchsorted(fixed, flat), max(len(fixed) - 1, 0))
        found = fixed[where] == flat if len(fixed) else np.zeros(len(flat), dtype=bool)
        rows, where = rows[found], where[found]
    shape = (len(keys), len(columns))
    ones = np.ones(len(rows), dtype=np.float32)
    counts = csr_matrix((ones, (rows, where.ravel())), shape=shape)
    counts.sum_duplicates()
    del flat, rows, where, ones
    df = np.bincount(counts.indices, minlength=len(columns))
    if fixed is None:
        kept = np.flatnonzero(df >= min_df)
        counts, columns, df = counts[:, kept], columns[kept], df[kept]
    idf = (np.log((1 + len(keys)) / (1 + df)) + 1).astype(np.float32)
    counts.data = 1 + np.log(counts.data)
    return normalize(counts.multiply(idf).tocsr()).astype(np.float32), columns, idf


def _split_by_block(columns: np.ndarray, terms: list[list[object]]) -> list[list[object]]:
    """The terms of the chosen columns, block by block (columns of the stacked matrix)."""
    kept: list[list[object]] = []
    start = 0
    for block in terms:
        chosen = columns[(columns >= start) & (columns < start + len(block))] - start
        kept.append([block[i] for i in chosen])
        start += len(block)
    return kept


def _fit_linear(
    x: SparseMatrix, y: np.ndarray, seed: int
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """An SVM and a naive Bayes summed into one (labels, features) matrix and a bias.

    Each is divided by the mean spread of its scores over labels, so both count alike;
    naive Bayes log-probabilities are centred per feature (a shift common to all labels
    changes no ranking) so that they stay small.
    """
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.naive_bayes import MultinomialNB
    from sklearn.svm import LinearSVC

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        svm = LinearSVC(C=SVM_C, random_state=seed, max_iter=2000).fit(x, y)
    bayes = MultinomialNB(alpha=NB_ALPHA).fit(x, y)
    names = [str(label) for label in svm.classes_]
    svm_w = svm.coef_.astype(np.float32)
    svm_b = svm.intercept_.astype(np.float32)
    if len(names) == 2:  # a binary SVM has one row: the second label's score
        svm_w = np.vstack([-svm_w, svm_w]) / 2
        svm_b = np.concatenate([-svm_b, svm_b]) / 2
    nb_w = bayes.feature_log_prob_.astype(np.float32)
    nb_w -= nb_w.mean(axis=0, keepdims=True)
    nb_b = (bayes.class_log_prior_ - bayes.class_log_prior_.mean()).astype(np.float32)
    svm_spread = float(np.asarray(x @ svm_w.T + svm_b).std(axis=1).mean()) or 1.0
    nb_spread = float(np.asarray(x @ nb_w.T + nb_b).std(axis=1).mean()) or 1.0
    weights = svm_w / svm_spread + NB_WEIGHT * nb_w / nb_spread
    return weights, svm_b / svm_spread + NB_WEIGHT * nb_b / nb_spread, names


def _fit_temperature(scores: np.ndarray, gold: np.ndarray, names: list[str]) -> float:
    """The softmax temperature with the least log-loss on held-out rows (a grid search)."""
    truth = np.searchsorted(np.asarray(names), gold)
    best, best_loss = 1.0, math.inf
    for temperature in np.geomspace(0.1, 20, 80):
        z = temperature * (scores - scores.max(axis=1, keepdims=True))
        log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -float(log_probs[np.arange(len(truth)), truth].mean())
        if loss < best_loss:
            best, best_loss = float(temperature), loss
    return best


def evaluate_topic_model(model: TopicModel, test_path: Path) -> ClassificationReport:
    """Accuracy, macro-F1, per-topic figures and confusion of the best topic per text."""
    gold: list[str] = []
    predicted: list[str] = []
    for label, text in read_labelled(test_path):
        best = model.predict(make_document(text), top=1)
        gold.append(label)
        predicted.append(best[0].label if best else "(none)")
    return classification_report(test_path.name, gold, predicted, labels=model.labels)


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m toancanh.analyze.topics_train --train FILE --out FILE [--test FILE]``."""
    parser = argparse.ArgumentParser(description="Train (and evaluate) the topic model.")
    parser.add_argument("--train", type=Path, required=True, help="labelled JSONL(.gz)")
    parser.add_argument("--out", type=Path, required=True, help="model file to write (.npz)")
    parser.add_argument("--test", type=Path, help="labelled JSONL(.gz) to evaluate on")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    model = train_topic_model(args.train, seed=args.seed, progress=print)
    model.save(args.out)
    size = args.out.stat().st_size / 1e6
    print(f"{model.version}: {size:.2f} MB, trained in {time.perf_counter() - started:.0f} s")
    if args.test:
        print(evaluate_topic_model(model, args.test).format())


if __name__ == "__main__":
    main()
