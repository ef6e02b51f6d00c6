"""Quality of ``find_legal_refs`` on a gold set: precision, recall, F1, misses, false hits.

The project's set is ``eval/data/legal_refs_test.jsonl`` (see ``eval/data/README.md``); its
floors are in ``eval/floors.toml`` under ``[legal_refs]``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.types import LegalRef


@dataclass(frozen=True)
class TypeCount:
    type: str
    gold: int
    found: int  # gold references of this type that were found
    false_hits: int  # predicted references of this type that match no gold one


@dataclass(frozen=True)
class RefError:
    id: str
    text: str
    mention: str
    type: str
    number: str | None
    title: str | None


@dataclass(frozen=True)
class LegalRefReport:
    dataset: str
    sentences: int
    gold: int
    predicted: int
    matched: int
    precision: float
    recall: float
    f1: float
    type_accuracy: float  # among matched references
    issuer_accuracy: float
    year_accuracy: float
    per_type: tuple[TypeCount, ...]
    misses: tuple[RefError, ...]
    false_hits: tuple[RefError, ...]

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        """A plain-text report: the figures, counts per type, then each miss and false hit."""
        lines = [
            f"{self.dataset}: {self.sentences} sentences, {self.gold} gold references, "
            f"{self.predicted} found, {self.matched} matched",
            f"precision {self.precision:.4f}  recall {self.recall:.4f}  F1 {self.f1:.4f}",
            f"on matched: type {self.type_accuracy:.4f}  issuer {self.issuer_accuracy:.4f}  "
            f"year {self.year_accuracy:.4f}",
            "",
            f"{'type':<24}{'gold':>6}{'found':>7}{'false':>7}",
        ]
        lines += [f"{c.type:<24}{c.gold:>6}{c.found:>7}{c.false_hits:>7}" for c in self.per_type]
        for heading, errors in (("missed", self.misses), ("false hits", self.false_hits)):
            if errors:
                lines += ["", f"{heading}:"]
                lines += [f"  {e.id}: {e.mention!r} ({e.number or e.title})" for e in errors]
        return "\n".join(lines)


def evaluate_legal_refs(path: Path) -> LegalRefReport:
    """Precision, recall and F1 of ``find_legal_refs`` on a gold JSONL file.

    Each line: ``{"id", "text", "refs": [{"start", "end", "type", "number", "issuer",
    "year", "title"?}]}``. A found reference matches a gold one when their spans overlap
    and the canonical numbers are equal (for a named law: the titles). Raises ValueError
    naming the line when the file cannot be read.
    """
    rows = _read_gold(Path(path))
    counts: dict[str, list[int]] = {}
    misses: list[RefError] = []
    false_hits: list[RefError] = []
    same = {"type": 0, "issuer": 0, "year": 0}
    matched = predicted_total = gold_total = 0
    for row_id, text, gold in rows:
        predicted = list(find_legal_refs(text))
        predicted_total += len(predicted)
        gold_total += len(gold)
        for ref in gold:
            counts.setdefault(ref.type, [0, 0, 0])[0] += 1
            hit = next((p for p in predicted if _same_ref(ref, p)), None)
            if hit is None:
                misses.append(_error(row_id, text, ref))
                continue
            predicted.remove(hit)
            matched += 1
            counts[ref.type][1] += 1
            same["type"] += hit.type == ref.type
            same["issuer"] += hit.issuer == ref.issuer
            same["year"] += hit.year == ref.year
        for ref in predicted:
            counts.setdefault(ref.type, [0, 0, 0])[2] += 1
            false_hits.append(_error(row_id, text, ref))
    precision = matched / predicted_total if predicted_total else 1.0
    recall = matched / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LegalRefReport(
        dataset=Path(path).name,
        sentences=len(rows),
        gold=gold_total,
        predicted=predicted_total,
        matched=matched,
        precision=precision,
        recall=recall,
        f1=f1,
        type_accuracy=same["type"] / matched if matched else 0.0,
        issuer_accuracy=same["issuer"] / matched if matched else 0.0,
        year_accuracy=same["year"] / matched if matched else 0.0,
        per_type=tuple(TypeCount(t, *c) for t, c in sorted(counts.items())),
        misses=tuple(misses),
        false_hits=tuple(false_hits),
    )


def _same_ref(gold: LegalRef, found: LegalRef) -> bool:
    if not (found.start < gold.end and gold.start < found.end):
        return False
    if gold.number is not None:
        return found.number == gold.number
    return found.number is None and found.title == gold.title


def _error(row_id: str, text: str, ref: LegalRef) -> RefError:
    mention = text[ref.start : ref.end]
    return RefError(row_id, text, mention, ref.type, ref.number, ref.title)


def _read_gold(path: Path) -> list[tuple[str, str, list[LegalRef]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read: {exc}") from exc
    rows: list[tuple[str, str, list[LegalRef]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text = row["text"]
            refs = [_gold_ref(text, ref) for ref in row.get("refs", [])]
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: not a gold row: {exc}") from exc
        rows.append((str(row.get("id", number)), text, refs))
    return rows


def _gold_ref(text: str, ref: dict[str, Any]) -> LegalRef:
    start, end = int(ref["start"]), int(ref["end"])
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} outside the text")
    year = ref.get("year")
    return LegalRef(
        mention=text[start:end],
        type=str(ref["type"]),
        number=ref.get("number"),
        issuer=ref.get("issuer"),
        year=int(year) if year is not None else None,
        title=ref.get("title"),
        start=start,
        end=end,
    )
