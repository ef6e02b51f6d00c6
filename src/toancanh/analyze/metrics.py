"""Classification quality: accuracy, macro-F1, per-class figures, confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class ClassReport:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class ClassificationReport:
    dataset: str
    size: int
    accuracy: float
    macro_f1: float
    labels: tuple[str, ...]
    per_class: tuple[ClassReport, ...]
    confusion: tuple[tuple[int, ...], ...]  # rows: gold label, columns: predicted

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        """A plain-text report: the figures, each class, the confusion matrix."""
        lines = [
            f"{self.dataset}: {self.size} examples",
            f"accuracy  {self.accuracy:.4f}",
            f"macro-F1  {self.macro_f1:.4f}",
            "",
            f"{'label':<28}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}",
        ]
        lines += [
            f"{c.label[:27]:<28}{c.precision:>10.3f}{c.recall:>10.3f}{c.f1:>10.3f}{c.support:>9}"
            for c in self.per_class
        ]
        width = max(5, *(len(str(v)) for row in self.confusion for v in row)) + 1
        short = [label[: width - 1] for label in self.labels]
        lines += ["", "confusion (rows: gold, columns: predicted)"]
        lines.append(" " * 28 + "".join(f"{s:>{width}}" for s in short))
        for label, row in zip(self.labels, self.confusion, strict=True):
            lines.append(f"{label[:27]:<28}" + "".join(f"{v:>{width}}" for v in row))
        return "\n".join(lines)


def classification_report(
    dataset: str, gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None
) -> ClassificationReport:
    # Imported here: scikit-learn takes a second to import; only evaluation needs it.
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    names = list(labels) if labels else sorted(set(gold) | set(predicted))
    precision, recall, f1, support = precision_recall_fscore_support(
        gold, predicted, labels=names, zero_division=0
    )
    return ClassificationReport(
        dataset=dataset,
        size=len(gold),
        accuracy=float(accuracy_score(gold, predicted)) if gold else 0.0,
        macro_f1=float(f1_score(gold, predicted, labels=names, average="macro", zero_division=0)),
        labels=tuple(names),
        per_class=tuple(
            ClassReport(n, float(p), float(r), float(f), int(s))
            for n, p, r, f, s in zip(names, precision, recall, f1, support, strict=True)
        ),
        confusion=tuple(
            tuple(int(v) for v in row) for row in confusion_matrix(gold, predicted, labels=names)
        ),
    )
