"""Named entities of policy news: agencies, provincial units and officials with a title.

The finders live in ``agencies.py``, ``places.py`` and ``people.py``; this module gathers
them and measures them against a gold set (``eval/data/entities_test.jsonl``, one JSON
object a line: ``id``, ``text`` and ``mentions``, each with ``type`` (agency, place or
person), ``start``, ``end``, ``text``, ``name`` and ``current``; see eval/data/README.md).

A found mention counts for *span* when its type, start and end equal a gold mention's, and
for *link* when its name and current are also the gold ones (for a person: the name).
Floors (``eval/floors.toml``, section ``[entities]``) pin the minimum figures.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from toancanh import floors
from toancanh.analyze.agencies import Agency, find_agencies, lookup_agency
from toancanh.analyze.people import find_people
from toancanh.analyze.places import Place, find_places, lookup_place
from toancanh.analyze.types import AgencyMention, PersonMention, PlaceMention

__all__ = [
    "Agency",
    "EntityReport",
    "Place",
    "check_entity_floors",
    "evaluate_entities",
    "find_agencies",
    "find_people",
    "find_places",
    "lookup_agency",
    "lookup_place",
]

TYPES = ("agency", "place", "person")
Key = tuple[str, int, int]  # type, start, end
Mention = AgencyMention | PlaceMention | PersonMention


@dataclass(frozen=True)
class TypeScore:
    type: str
    gold: int
    found: int
    span_correct: int  # type and span right
    link_correct: int  # ... and name (and current) right

    @property
    def precision(self) -> float:
        return _ratio(self.span_correct, self.found)

    @property
    def recall(self) -> float:
        return _ratio(self.span_correct, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def link_precision(self) -> float:
        return _ratio(self.link_correct, self.found)

    @property
    def link_recall(self) -> float:
        return _ratio(self.link_correct, self.gold)


@dataclass(frozen=True)
class Problem:
    id: str
    kind: str  # "miss", "false hit" or "wrong link"
    type: str
    text: str  # the mention as written
    detail: str  # the gold name for a miss, what was found otherwise


@dataclass(frozen=True)
class EntityReport:
    dataset: str
    texts: int
    chars: int
    seconds: float  # the three finders over the whole set
    scores: tuple[TypeScore, ...]  # one per type, then "all"
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    def score(self, type_: str) -> TypeScore:
        return next(s for s in self.scores if s.type == type_)

    def figures(self) -> dict[str, float]:
        """The figures floors can pin: ``<type>_precision``, ``_recall``, ``_f1``,
        ``_link_precision``, ``_link_recall`` for each type and ``all``."""
        out: dict[str, float] = {}
        for s in self.scores:
            for metric in ("precision", "recall", "f1", "link_precision", "link_recall"):
                out[f"{s.type}_{metric}"] = round(getattr(s, metric), 4)
        return out

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["figures"] = self.figures()
        data["ms_per_1000_chars"] = round(self.seconds * 1e6 / max(self.chars, 1), 4)
        return data

    def format(self) -> str:
        """A plain-text report: figures per type, speed, then every miss and false hit."""
        lines = [
            f"{self.dataset}: {self.texts} texts, {self.chars} characters",
            f"{'type':<8}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}"
            f"{'link P':>8}{'link R':>8}",
        ]
        lines += [
            f"{s.type:<8}{s.gold:>6}{s.found:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            f"{s.link_precision:>8.3f}{s.link_recall:>8.3f}"
            for s in self.scores
        ]
        per_text = self.seconds * 1000 / max(self.texts, 1)
        per_k = self.seconds * 1e6 / max(self.chars, 1)
        lines.append(
            f"speed (three finders): {per_text:.3f} ms per text, {per_k:.3f} ms per 1,000"
            " characters (short texts: mostly fixed cost per call)"
        )
        if self.problems:
            lines.append("")
        lines += [f"{p.id}  {p.kind:<10} {p.type:<6} {p.text!r}: {p.detail}" for p in self.problems]
        return "\n".join(lines)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


Finder = Callable[[str], Sequence[Mention]]
FINDERS: dict[str, Finder] = {"agency": find_agencies, "place": find_places, "person": find_people}


def evaluate_entities(path: Path, dataset: str | None = None) -> EntityReport:
    """Precision, recall and linking of the three finders on a gold JSONL file.

    Raises ``ValueError`` naming the line when the file is not a valid gold set (bad
    JSON, an unknown type, or a span whose text is not the mention's text).
    """
    examples = _load_gold(path)
    counts = {t: [0, 0, 0, 0] for t in TYPES}  # gold, found, span, link
    problems: list[Problem] = []
    seconds = 0.0
    for ex_id, text, gold in examples:
        started = time.perf_counter()
        found = {t: FINDERS[t](text) for t in TYPES}
        seconds += time.perf_counter() - started
        for type_ in TYPES:
            _score(ex_id, type_, gold, found[type_], counts[type_], problems)
    scores = [TypeScore(t, *counts[t]) for t in TYPES]
    total = [sum(c[k] for c in counts.values()) for k in range(4)]
    scores.append(TypeScore("all", *total))
    return EntityReport(
        dataset=dataset or path.name,
        texts=len(examples),
        chars=sum(len(text) for _, text, _ in examples),
        seconds=seconds,
        scores=tuple(scores),
        problems=tuple(problems),
    )


def _score(
    ex_id: str,
    type_: str,
    gold: dict[Key, dict[str, Any]],
    found: Sequence[Mention],
    count: list[int],
    problems: list[Problem],
) -> None:
    expected = {key: g for key, g in gold.items() if key[0] == type_}
    count[0] += len(expected)
    count[1] += len(found)
    seen: set[Key] = set()
    for mention in found:
        key = (type_, mention.start, mention.end)
        seen.add(key)
        got = _linked(mention)
        if key not in expected:
            problems.append(Problem(ex_id, "false hit", type_, mention.mention, got))
            continue
        count[2] += 1
        want = expected[key]
        wanted = want["name"] if type_ == "person" else f"{want['name']} -> {want['current']}"
        if got == wanted:
            count[3] += 1
        else:
            detail = f"{got} (gold {wanted})"
            problems.append(Problem(ex_id, "wrong link", type_, mention.mention, detail))
    for key, want in expected.items():
        if key not in seen:
            problems.append(Problem(ex_id, "miss", type_, want["text"], want["name"]))


def _linked(mention: Mention) -> str:
    if isinstance(mention, PersonMention):
        return mention.name
    return f"{mention.name} -> {mention.current}"


def _load_gold(path: Path) -> list[tuple[str, str, dict[Key, dict[str, Any]]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ValueError(f"cannot read gold set {path}: {err}") from err
    examples = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            examples.append(_parse_example(json.loads(line), number))
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise ValueError(f"{path}:{number}: not a gold example: {err}") from err
    return examples


def _parse_example(data: dict[str, Any], number: int) -> tuple[str, str, dict[Key, dict[str, Any]]]:
    text, gold = data["text"], {}
    for m in data["mentions"]:
        if m["type"] not in TYPES:
            raise ValueError(f"line {number}: unknown type {m['type']!r}")
        if text[m["start"] : m["end"]] != m["text"]:
            raise ValueError(f"line {number}: span {m['start']}:{m['end']} is not {m['text']!r}")
        gold[(m["type"], m["start"], m["end"])] = m
    return str(data.get("id", number)), text, gold


def check_entity_floors(report: EntityReport, floors_path: Path) -> list[str]:
    """Violations of the ``[entities]`` floors (an empty list when all are met)."""
    return floors.check_floors(report.figures(), "entities", floors_path)
