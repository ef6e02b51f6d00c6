"""Measuring a sentiment model or analyzer on a labelled set.

``python -m toancanh.analyze.sentiment_train eval`` and ``toancanh evaluate sentiment``
print what ``evaluate_sentiment`` returns: accuracy, macro-F1, per class and confusion;
``toancanh eval sentiment-hard`` adds the accuracy per kind of sentence
(``evaluate_by_kind``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from toancanh.analyze.metrics import ClassificationReport, classification_report
from toancanh.analyze.sentiment_data import LabelledDataError, read_labelled
from toancanh.analyze.sentiment_model import SentimentModel
from toancanh.analyze.types import SENTIMENT_LABELS


class _Predictor(Protocol):
    def predict(self, text: str) -> str: ...


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


def _predictor(obj: object) -> Callable[[str], str]:
    if isinstance(obj, SentimentModel):
        return obj.predict
    sentence = getattr(obj, "sentence", None)
    if callable(sentence):
        return lambda text: sentence(text).label
    raise TypeError(f"cannot evaluate a {type(obj).__name__}: need a model or an analyzer")


@dataclass(frozen=True)
class KindAccuracy:
    kind: str
    right: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass(frozen=True)
class HardReport:
    """A labelled set whose sentences carry a ``kind`` (negation, contrast ...): the usual
    report plus the accuracy of each kind, so a weak kind is not hidden in the mean."""

    report: ClassificationReport
    kinds: tuple[KindAccuracy, ...]

    def figures(self) -> dict[str, float]:
        return {"accuracy": self.report.accuracy, "macro_f1": self.report.macro_f1}

    def as_json(self) -> dict[str, object]:
        kinds = {k.kind: {"accuracy": k.accuracy, "right": k.right, "total": k.total}
                 for k in self.kinds}  # fmt: skip
        return {**self.report.as_json(), "kinds": kinds}

    def format(self) -> str:
        lines = [self.report.format(), "", f"{'kind':<28} {'accuracy':>9} {'right':>7}"]
        lines += [f"{k.kind:<28} {k.accuracy:>9.3f} {k.right:>3}/{k.total:<3}" for k in self.kinds]
        return "\n".join(lines)


def evaluate_by_kind(analyzer_or_model: _Predictor | object, test_path: Path) -> HardReport:
    """``evaluate_sentiment`` plus the accuracy per ``kind`` (a JSONL field; "-" if absent)."""
    path = Path(test_path)
    pairs = read_labelled(path)
    found = [_kind(line) for line in path.read_text(encoding="utf-8-sig").splitlines()]
    kinds = [k for k in found if k is not None]
    if len(kinds) != len(pairs):
        raise LabelledDataError(f"{path}: expected one JSON object per labelled sentence")
    predict = _predictor(analyzer_or_model)
    predicted = [predict(text) for text, _ in pairs]
    gold = [label for _, label in pairs]
    report = classification_report(path.name, gold, predicted, list(SENTIMENT_LABELS))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for kind, g, p in zip(kinds, gold, predicted, strict=True):
        total[kind] += 1
        right[kind] += g == p
    by_kind = tuple(KindAccuracy(k, right[k], total[k]) for k in sorted(total))
    return HardReport(report, by_kind)


def _kind(line: str) -> str | None:
    """The ``kind`` of one JSONL line, "-" when it has none, None for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return "-"
    kind = record.get("kind") if isinstance(record, dict) else None
    return str(kind) if kind else "-"
