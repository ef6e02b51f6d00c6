"""Quality of claim matching on labelled (claim, statement or none) pairs.

The project's sets are ``eval/data/claims_pairs.jsonl`` and the statements they point to,
``eval/data/claims_statements.jsonl`` (see ``eval/data/README.md``); floors are in
``eval/floors.toml`` under ``[claims]``. At the threshold, for each claim the best
suggestion (or none) is compared with the gold statement (or none):

* precision: of the claims given a suggestion, the share whose best one is the gold;
* recall: of the claims that have a gold statement, the share whose best suggestion is it;
* top-1 accuracy: of all claims, the share whose best suggestion (or none) is the gold;
* difference accuracy: of claims rightly matched whose pair lists the kinds of
  difference expected (``differs``), the share where the kinds found are those.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from toancanh.claims.match import SUGGEST, StatementIndex, Suggestion, build_index, rank


class ClaimsDataError(ValueError):
    """The labelled file cannot be read."""


@dataclass(frozen=True)
class Miss:
    id: str
    claim: str
    gold: str | None
    found: str | None
    score: float


@dataclass(frozen=True)
class ClaimsReport:
    dataset: str
    pairs: int
    statements: int
    threshold: float
    precision: float
    recall: float
    top1_accuracy: float
    difference_accuracy: float
    misses: tuple[Miss, ...]

    def figures(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "top1_accuracy": self.top1_accuracy,
            "difference_accuracy": self.difference_accuracy,
        }

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def format(self) -> str:
        lines = [
            f"{self.dataset}: {self.pairs} pairs, {self.statements} statements, "
            f"threshold {self.threshold:.2f}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"top-1 accuracy {self.top1_accuracy:.3f}  "
            f"difference accuracy {self.difference_accuracy:.3f}",
        ]
        lines += [
            f"  {m.id}: gold {m.gold or '-'}, found {m.found or '-'} ({m.score:.2f}): {m.claim}"
            for m in self.misses
        ]
        return "\n".join(lines)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ClaimsDataError(f"{path}: {error.strerror}") from error
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ClaimsDataError(f"{path}:{number}: not JSON ({error.msg})") from error
    return rows


def statements_for(pairs: Path) -> Path:
    """The statements file that goes with a pairs file: ``claims_statements.jsonl`` beside."""
    return pairs.with_name(pairs.name.replace("pairs", "statements"))


def evaluate_claims(
    pairs_path: Path, statements_path: Path | None = None, threshold: float = SUGGEST
) -> ClaimsReport:
    statements_path = statements_path or statements_for(pairs_path)
    statements = read_jsonl(statements_path)
    pairs = read_jsonl(pairs_path)
    try:
        index = build_index([(str(s["id"]), str(s["text"])) for s in statements])
        best = [_best(str(p["claim"]), index) for p in pairs]
    except KeyError as error:
        raise ClaimsDataError(f"a row has no {error.args[0]!r}") from error
    return _report(pairs_path.name, pairs, len(statements), best, threshold)


def _best(claim: str, index: StatementIndex) -> Suggestion | None:
    ranked = rank(claim, index, limit=1)
    return ranked[0] if ranked else None


def _report(
    name: str,
    pairs: list[dict[str, Any]],
    statements: int,
    best: list[Suggestion | None],
    threshold: float,
) -> ClaimsReport:
    suggested = [b if b and b.score >= threshold else None for b in best]
    gold = [p.get("statement") for p in pairs]
    found = [s.statement_id if s else None for s in suggested]
    right = [f == g for f, g in zip(found, gold, strict=True)]
    given = [r for r, f in zip(right, found, strict=True) if f is not None]
    with_gold = [r for r, g in zip(right, gold, strict=True) if g is not None]
    checked = [
        {d.kind for d in s.differences} == set(p["differs"])
        for p, s, r in zip(pairs, suggested, right, strict=True)
        if r and s is not None and "differs" in p
    ]
    misses = tuple(
        Miss(str(p.get("id", "")), str(p["claim"]), g, f, b.score if b else 0.0)
        for p, g, f, b, r in zip(pairs, gold, found, best, right, strict=True)
        if not r
    )
    return ClaimsReport(
        dataset=name,
        pairs=len(pairs),
        statements=statements,
        threshold=threshold,
        precision=_share(given),
        recall=_share(with_gold),
        top1_accuracy=_share(right),
        difference_accuracy=_share(checked),
        misses=misses,
    )


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def sweep(pairs_path: Path, thresholds: list[float]) -> list[tuple[float, ClaimsReport]]:
    """The report at each threshold (ranking once): how ``SUGGEST`` was chosen."""
    statements = read_jsonl(statements_for(pairs_path))
    pairs = read_jsonl(pairs_path)
    index = build_index([(str(s["id"]), str(s["text"])) for s in statements])
    best = [_best(str(p["claim"]), index) for p in pairs]
    return [(t, _report(pairs_path.name, pairs, len(statements), best, t)) for t in thresholds]
