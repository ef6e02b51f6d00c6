"""Measuring a sentiment model or analyzer on a labelled set.

``python -m toancanh.analyze.sentiment_train eval`` and ``toancanh evaluate sentiment``
print what ``evaluate_sentiment`` returns: accuracy, macro-F1, per class and confusion.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from toancanh.analyze.metrics import ClassificationReport, classification_report
from toancanh.analyze.sentiment_data import read_labelled
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
