"""Tone composed from what happened to what: (indicator, direction, negation, contrast).

Policy news often carries no tone word: "Số ca mắc tay chân miệng tăng gấp ba" is bad
news because cases of a disease rose, "số vụ trộm cắp giảm 20%" good news because thefts
fell. This module reads such sentences with two data files written for the project:

* ``tone_indicators.tsv``: things whose rise is good (revenue, coverage) or bad
  (accidents, prices of essentials);
* ``tone_composition.tsv``: directions (up, down, "chỉ đạt"), limiters ("chỉ"),
  negators and their scope ("không", "không còn ... nào"), contrast and concession,
  outcomes good or bad alone (a fix, a finished work, a failure), plans and procedures
  that carry no tone, and entries that hide shorter ones.

``compose(tokens)`` returns the sentence's tone with the span that decided it, or None
when nothing in it composes. It is pure and cheap (one dictionary lookup per token start):
the sentiment analyzer runs it on every sentence (``sentiment.ModelAnalyzer``).

Rules, in order (docs/analysis.md, "How tone is labelled"):

1. a direction takes the nearest indicator before it in its comma-segment (within 10
   words), else the one just after it ("kéo giảm tai nạn"); tone = good/bad x up/down,
   turned by a limiter just before the direction and by a negator whose scope covers it;
2. an indicator in the scope of a negator, with no direction, is turned: "không còn nhà
   tạm" is good, "chưa được giải ngân" bad;
3. outcomes count alone (fix +1, done +0.5, failure -1; a done work just after "mới",
   "vừa" +0.25, so its failure is the news); a fix takes the problem after it as its
   object ("khắc phục sự cố" is one good finding);
4. in a clause, what follows a plan or a procedure word carries no tone;
5. a concession clause ("dù ...", to the next comma) counts only when nothing else does;
   so does a reason ("vì", "do", "nhờ" ...) after a negation: "không một học sinh nào
   phải bỏ học vì hoàn cảnh khó khăn" is good news; the last clause (split at "nhưng",
   "tuy nhiên" ...) with a tone decides;
6. in a clause, the findings are summed; a tie goes to the last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from toancanh.analyze.sentiment_text import Tokens, aligned_match_text, is_boundary
from toancanh.analyze.sentiment_text import tokenize as _tokenize
from toancanh.analyze.tone_data import ToneData, default_tone_data
from toancanh.analyze.tone_scope import (
    LIMITER_GAP,
    Match,
    carried,
    fix_objects,
    fresh,
    indicator_for,
    negator_for,
    take,
)

CARRY_REACH = 6  # a direction this near its clause's start may take an earlier subject
SEGMENT_CARRY = 3  # ... or this near its comma ("Học phí được giữ nguyên, không tăng")
_OUTCOME_VALUE = {"fix": 1.0, "done": 0.5, "failure": -1.0}
_FRESH_DONE = 0.25
SHOWN_GAP = 8  # a negator and what it turns, this near, are shown as one phrase
_HAPPENS = frozenset({"bị", "gây"})  # a bad indicator after these happened
_REASONS = frozenset({("vì",), ("do",), ("bởi",), ("bởi", "vì"), ("nhờ",)})


@dataclass(frozen=True)
class Finding:
    """One reason for a tone: token ranges of the phrases, signed value."""

    value: float
    parts: tuple[tuple[int, int], ...]  # token [i, j) of each phrase shown as evidence
    kind: str  # "pair", "negated", "outcome"
    indicator: str = ""
    direction: str = ""
    negated: bool = False
    at: int = 0  # the token of the indicator or outcome itself (plans silence from there)


@dataclass(frozen=True)
class Tone:
    """A composed tone: the label and what decided it (spans into the tokens' text)."""

    label: str  # positive | negative | neutral
    reason: str  # pair | negated | outcome | plan | topic
    spans: tuple[tuple[int, int], ...]  # character spans of the deciding phrases
    indicator: str = ""
    direction: str = ""
    negated: bool = False
    contrast: bool = False  # a contrast or concession set another clause aside
    overruled: bool = False  # ... and that clause had a tone of its own


def compose_text(text: str, data: ToneData | None = None) -> Tone | None:
    """``compose`` on a raw sentence (spans into ``text``)."""
    return compose(_tokenize(aligned_match_text(text)), data)


def compose(tokens: Tokens, data: ToneData | None = None) -> Tone | None:
    """The composed tone of one sentence's tokens, or None when nothing composes."""
    data = data or default_tone_data()
    forms = tokens.forms
    if data.first.isdisjoint(forms):
        return None
    matches = _matches(forms, data)
    if not any(m.kind in ("indicator", "fix", "done", "failure", "exists") for m in matches):
        return None
    clauses = _clauses(matches, len(forms))
    seg = _segments(forms)
    decided: tuple[list[Finding], bool] | None = None
    quiet: str = ""  # plan or topic, when a clause's findings were all set aside
    turned = False
    for start, end in clauses:
        found, conceded, silenced = _clause_findings(forms, matches, seg, start, end)
        quiet = quiet or silenced
        if found:
            if decided is not None:
                turned = True
            decided = (found, False)
        elif conceded and decided is None:
            decided = (conceded, True)
        if conceded and found:
            turned = True
    if decided is None:
        if quiet:
            return Tone("neutral", quiet, ())
        return None
    findings, conceded_only = decided
    total = sum(f.value for f in findings)
    sign = (1 if total > 0 else -1) if total else (1 if findings[-1].value > 0 else -1)
    best = [f for f in findings if f.value * sign > 0][-1]
    spans = tuple((tokens.starts[i], tokens.ends[j - 1]) for i, j in best.parts if j > i)
    return Tone(
        "positive" if sign > 0 else "negative",
        best.kind,
        spans,
        best.indicator,
        best.direction,
        best.negated,
        turned or conceded_only or len(clauses) > 1,
        turned,
    )


def _matches(forms: tuple[str, ...], data: ToneData) -> list[Match]:
    """Entries found, the longest at each position, not overlapping; blocks dropped."""
    found: list[Match] = []
    entries, first, n = data.entries, data.first, len(forms)
    done = 0
    for i, form in enumerate(forms):
        if i < done or form not in first:
            continue
        for length in range(min(data.longest, n - i), 0, -1):
            entry = entries.get(forms[i : i + length])
            if entry is not None:
                if entry[0] != "block":
                    found.append(Match(i, i + length, entry[0], entry[1]))
                done = i + length
                break
    return found


def _clauses(matches: list[Match], n: int) -> list[tuple[int, int]]:
    """Token ranges split at contrast markers (the marker starts the later clause)."""
    cuts = [m.i for m in matches if m.kind == "contrast" and m.i > 0]
    edges = [0, *cuts, n]
    return [(a, b) for a, b in pairwise(edges) if b > a]


def _clause_findings(
    forms: tuple[str, ...], matches: list[Match], seg: list[int], start: int, end: int
) -> tuple[list[Finding], list[Finding], str]:
    """(main findings, conceded findings, "plan"/"topic" if findings were set aside)."""
    inside = [m for m in matches if start <= m.i < end]
    conceded = _conceded(inside, seg, end)
    reasons = _reasons(forms, inside, seg, end)
    # A plan or procedure word silences the rest of its clause, or of its conceded part.
    quiet = [
        (m, next((b for a, b in conceded if a <= m.i < b), end))
        for m in inside
        if m.kind in ("plan", "topic")
    ]
    main: list[Finding] = []
    aside: list[Finding] = []
    # A procedure about a problem that is only named ("chất vấn về tình trạng ô nhiễm").
    silenced = next(
        (
            m.kind
            for m, stop in quiet
            if any(o.kind in ("indicator", "failure") and m.i < o.i < stop for o in inside)
        ),
        "",
    )
    for first, f in _findings(forms, inside, seg, matches, start):
        hush = next((m.kind for m, stop in quiet if m.i <= f.at < stop), "")
        if hush:
            silenced = hush
            continue
        (aside if any(a <= first < b for a, b in conceded) else main).append(f)
    # A reason ("vì hoàn cảnh khó khăn") explains what a negation says did not happen:
    # it is set aside like a concession.
    if any(f.negated for f in main) and reasons:
        aside += [f for f in main if any(a <= f.at < b for a, b in reasons)]
        main = [f for f in main if not any(a <= f.at < b for a, b in reasons)]
    return main, aside, silenced


def _reasons(
    forms: tuple[str, ...], inside: list[Match], seg: list[int], end: int
) -> list[tuple[int, int]]:
    """Token ranges opened by a reason ("vì", "do", "nhờ"), to the end of its segment."""
    ranges = []
    for m in inside:
        if m.kind == "stop" and forms[m.i : m.j] in _REASONS:
            stop = m.i
            while stop < end and seg[stop] == seg[m.i]:
                stop += 1
            ranges.append((m.i, stop))
    return ranges


def _segments(forms: tuple[str, ...]) -> list[int]:
    """The comma-segment number of each token (punctuation starts a new one)."""
    out, number = [], 0
    for form in forms:
        if is_boundary(form):
            number += 1
        out.append(number)
    return out


def _conceded(inside: list[Match], seg: list[int], end: int) -> list[tuple[int, int]]:
    """Token ranges opened by a concession marker, to the end of its comma-segment."""
    ranges = []
    for m in inside:
        if m.kind == "concession":
            stop = m.i
            while stop < end and seg[stop] == seg[m.i]:
                stop += 1
            ranges.append((m.i, stop))
    return ranges


def _findings(
    forms: tuple[str, ...], inside: list[Match], seg: list[int], carry: list[Match], start: int
) -> list[tuple[int, Finding]]:
    """Every finding of a clause with the token where it starts, in sentence order."""
    negators = [m for m in inside if m.kind in ("negator", "exists")]
    # indicators taken by a direction or a fix, or naming what the one before it is of
    # ("nợ đọng bảo hiểm xã hội" is a debt)
    used = {b.i for a, b in pairwise(inside) if a.kind == b.kind == "indicator" and b.i == a.j}
    spent: set[int] = set()  # a negator turns one thing: the first it reaches
    found = _pairs(forms, inside, seg, negators, used, carry, start, spent)
    consumed = fix_objects(inside, used, negators, seg, forms)
    for m in inside:
        if m.i in used or m.i in consumed:
            continue
        if m.kind == "indicator":
            negator = take(negator_for(m, negators, seg, forms, inside), spent)
            if negator is None:
                fixed = any(f.kind == "fix" and f.i > m.i for f in inside)
                occurs = m.i > 0 and forms[m.i - 1] in _HAPPENS  # "bị sạt lở", "gây quá tải"
                if occurs and m.rise < 0 and not fixed:
                    found.append((m.i - 1, Finding(-1.0, ((m.i - 1, m.j),), "outcome", at=m.i)))
                continue
            near = m.i - negator.j <= SHOWN_GAP  # shown whole: "không còn ... nhà tạm"
            parts = ((negator.i, m.j),) if near else ((negator.i, negator.j), (m.i, m.j))
            what = " ".join(forms[m.i : m.j])
            found.append(
                (negator.i, Finding(-float(m.rise), parts, "negated", what, "", True, m.i))
            )
        elif m.kind in _OUTCOME_VALUE:
            value = _OUTCOME_VALUE[m.kind]
            if m.kind in ("done", "fix") and fresh(m, inside):
                value = _FRESH_DONE
            negator = take(negator_for(m, negators, seg, forms, inside), spent)
            lead = m.i
            if negator is not None:
                value, lead = -value, negator.i
            outcome = Finding(value, ((lead, m.j),), "outcome", negated=negator is not None, at=m.i)
            found.append((lead, outcome))
    for neg in negators:
        relieved = any(lead >= neg.i and f.negated for lead, f in found)
        if neg.kind == "exists" and forms[neg.j - 1] in ("cảnh", "trạng") and not relieved:
            relief = Finding(1.0, ((neg.i, neg.j),), "negated", negated=True, at=neg.i)
            found.append((neg.i, relief))
    found.sort(key=lambda pair: pair[0])
    return found


def _pairs(
    forms: tuple[str, ...],
    inside: list[Match],
    seg: list[int],
    negators: list[Match],
    used: set[int],
    carry: list[Match],
    clause_start: int,
    spent: set[int],
) -> list[tuple[int, Finding]]:
    """(indicator, direction) findings, limiter and negation applied."""
    found = []
    for d in (m for m in inside if m.kind in ("up", "down")):
        ind = indicator_for(d, inside, seg, used)
        near = d.i - clause_start <= CARRY_REACH or d.i - seg.index(seg[d.i]) <= SEGMENT_CARRY
        if ind is None and near:
            ind = carried(d, carry)
        if ind is None:
            continue
        used.add(ind.i)
        value = float(ind.rise * (1 if d.kind == "up" else -1))
        lead = d.i
        limiter = next(
            (
                m
                for m in inside
                if m.kind == "limiter" and 0 <= d.i - m.j <= LIMITER_GAP and seg[m.i] == seg[d.i]
            ),
            None,
        )
        if limiter is not None:
            value, lead = -value, limiter.i
        negator = take(negator_for(d, negators, seg, forms, inside), spent)
        if negator is not None:
            value, lead = -value, min(lead, negator.i)
        if abs(ind.j - lead) <= 3 or abs(d.j - ind.i) <= 3:  # close: one phrase
            parts: tuple[tuple[int, int], ...] = ((min(ind.i, lead), max(ind.j, d.j)),)
        else:
            parts = ((ind.i, ind.j), (lead, d.j))
        if ind not in inside:  # carried over from an earlier clause: show the direction
            parts = ((lead, d.j),)
        what = " ".join(forms[ind.i : ind.j])
        how = " ".join(forms[lead : d.j])
        pair = Finding(value, parts, "pair", what, how, negator is not None, d.i)
        found.append((min(ind.i, lead), pair))
    return found
