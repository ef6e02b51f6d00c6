"""Where a claim and a statement disagree: an amount, a date, a negation.

The features compared are read by ``claims.match`` (``features_of``: the figures, the
legal references and names, and the reach of each negation after the synonyms); this
module only compares two of them, for the claim desk's suggestions and, figures only, for
a pickup's differences (``claims.pickup``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toancanh.claims.figures import Amount, DateMention, Figures, negation_spans


@dataclass(frozen=True)
class Difference:
    kind: str  # "amount", "date" or "negation"
    claim: str  # as written in the claim ("" when the claim has no negation)
    statement: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "claim": self.claim, "statement": self.statement}


@dataclass(frozen=True)
class Features:
    """What the differences of a claim and a statement are read from."""

    legal: frozenset[str]
    names: frozenset[str]
    values: frozenset[tuple[float, float, str]]
    figures: Figures
    negated: tuple[tuple[str, str], ...]  # (cue, the word it negates)
    scoped: frozenset[str]  # the words a few words after a negation
    positive: frozenset[str]  # the words outside any negation's reach


_WORD = re.compile(r"\w+")
_CLAUSE_END = re.compile(r"[.;:?!]")
# Words between a negation and what it negates: "không còn nộp", "không có thời hạn".
_FILLERS = frozenset({"còn", "có", "bị", "hề", "được", "phải", "cho", "thể", "cần", "đã"})
REACH = 5  # words after a negation taken to be negated


def negation_reach(
    form: str,
) -> tuple[tuple[tuple[str, str], ...], frozenset[str], frozenset[str]]:
    """The (cue, head word) negations of ``form``, the words within their reach, and the
    words found outside it."""
    negated: list[tuple[str, str]] = []
    reached: set[int] = set()  # word starts within a negation's reach
    for start, end in negation_spans(form):
        clause = _CLAUSE_END.search(form, end)
        words = [
            w
            for w in _WORD.finditer(form, end, clause.start() if clause else len(form))
            if w.group(0) not in _FILLERS
        ][:REACH]
        if words:
            negated.append((form[start:end], words[0].group(0)))
            reached.update(w.start() for w in words)
    spans = negation_spans(form)
    every = [w for w in _WORD.finditer(form) if not any(s <= w.start() < e for s, e in spans)]
    scoped = frozenset(w.group(0) for w in every if w.start() in reached)
    positive = frozenset(w.group(0) for w in every if w.start() not in reached)
    return tuple(negated), scoped, positive


def differences(mine: Features, theirs: Features) -> tuple[Difference, ...]:
    """Amounts, dates and negations of the claim that the statement states otherwise."""
    found = [d for a in mine.figures.amounts if (d := _amount_difference(a, theirs))]
    found += [d for m in mine.figures.dates if (d := _date_difference(m, theirs))]
    found += _negation_differences(mine, theirs)
    return tuple(found)


def _negation_differences(mine: Features, theirs: Features) -> list[Difference]:
    """A negation on one side of a word the other side states without one: "trẻ em không
    được ngồi" vs "trẻ em được ngồi". Not when the negating side also states the word
    plainly (both forms: no contradiction to show), nor for a word the other text does not
    use ("chưa tự chủ" says nothing about a claim on fees)."""
    found = []
    for cue, word in mine.negated:
        if word not in mine.positive and word in theirs.positive and word not in theirs.scoped:
            found.append(Difference("negation", f"{cue} {word}", word))
    for cue, word in theirs.negated:
        if word not in theirs.positive and word in mine.positive and word not in mine.scoped:
            found.append(Difference("negation", word, f"{cue} {word}"))
    return found


def money_unit(unit: str, value: float) -> str:
    """A bare "1.200.000" in a sentence about fines is money: compare it with "đồng"."""
    return "đồng" if unit == "" and value >= 1000 else unit


def _amount_difference(amount: Amount, theirs: Features) -> Difference | None:
    unit = money_unit(amount.unit, amount.low)
    same_unit = [a for a in theirs.figures.amounts if money_unit(a.unit, a.low) == unit]
    if not same_unit or any(_agrees(amount, a) for a in same_unit):
        return None
    nearest = min(same_unit, key=lambda a: abs(a.low - amount.low) + abs(a.high - amount.high))
    return Difference("amount", amount.text, nearest.text)


def _agrees(claimed: Amount, stated: Amount) -> bool:
    """The same amount, or a single value within a stated range ("5 triệu" in "4-6 triệu";
    "tối đa 1 triệu" in "800.000 đến 1 triệu")."""
    if (claimed.low, claimed.high) == (stated.low, stated.high):
        return True
    if (claimed.approx or stated.approx) and _near(claimed, stated):
        return True  # "hơn 23 triệu" does not contradict "khoảng 23,2 triệu"
    return claimed.low == claimed.high and stated.low <= claimed.low <= stated.high


APPROX_TOLERANCE = 0.05


def _near(claimed: Amount, stated: Amount) -> bool:
    """Within ``APPROX_TOLERANCE`` of each other, low to low and high to high."""
    pairs = ((claimed.low, stated.low), (claimed.high, stated.high))
    return all(abs(a - b) <= APPROX_TOLERANCE * max(abs(a), abs(b)) for a, b in pairs)


def _date_difference(date: DateMention, theirs: Features) -> Difference | None:
    dates = theirs.figures.dates
    if not dates or any(_compatible(date, other) for other in dates):
        return None
    related = [d for d in dates if d.relation == date.relation] or list(dates)
    return Difference("date", date.text, related[0].text)


def _compatible(a: DateMention, b: DateMention) -> bool:
    pairs = ((a.day, b.day), (a.month, b.month), (a.year, b.year), (a.quarter, b.quarter))
    shared = [(x, y) for x, y in pairs if x is not None and y is not None]
    return bool(shared) and all(x == y for x, y in shared)
