"""Lexicon sentiment for Vietnamese news: phrases, negation, shifters, intensifiers, contrast.

The lexicon is data (``data/lexicon/sentiment_phrases.tsv`` and
``sentiment_modifiers.tsv``); this module matches it on a sentence's tokens (longest
phrase first, whole words, with diacritics) and works out each phrase's contribution:

* a negator shortly before a phrase flips it ("chưa được giải quyết" is negative,
  "không có thương vong" a relief);
* a shifter flips what it changes ("giảm ùn tắc" is good, "tăng trưởng giảm" bad); a
  repair verb flips a problem only ("khắc phục sự cố");
* an intensifier scales it ("rất hài lòng", "thiệt hại nặng nề");
* a contrast marker weighs the clause after it more than the one before ("tăng trưởng
  nhưng doanh nghiệp vẫn khó khăn" leans negative); a concession clause counts less.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate

from toancanh.analyze.sentiment_text import BOUNDARIES, Tokens, phrase_key
from toancanh.text.normalize import fold

POLARITIES = {"positive": 1, "negative": -1, "neutral": 0}
KINDS = frozenset(
    {"phrase", "negator", "pseudo", "shifter", "repair", "intensifier", "contrast", "concession"}
)
# A negated problem is a relief, but a weaker statement than the problem itself.
NEGATED_POSITIVE = -0.8
NEGATED_NEGATIVE = -0.5
# The lexicon backend's neutral zone: a sentence needs this much evidence to lean.
NEUTRAL_MARGIN = 0.45
SHARPNESS = 3.0


class LexiconError(ValueError):
    """A lexicon file has a malformed line."""


@dataclass(frozen=True)
class Entry:
    phrase: str
    kind: str = "phrase"
    polarity: int = 0  # used when the entry stands alone (a phrase, or a modifier unused)
    weight: float = 0.0
    factor: float = 1.0
    pre: int = -1  # a modifier before its phrase, at most this many words between
    post: int = -1  # a modifier after its phrase


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, ...], Entry]
    first: frozenset[str]  # first tokens of all entries: most tokens are ruled out at once
    longest: int
    # The same entries keyed without diacritics, for sentences typed without them
    # ("du an cham tien do"): phrases of two or more syllables and the modifiers, minus
    # keys that two entries of different meaning share once folded.
    folded: Lexicon | None = None


@dataclass(frozen=True)
class LexiconHit:
    start: int  # span in the text, modifiers included ("chưa được giải quyết")
    end: int
    value: float  # signed contribution: > 0 positive, < 0 negative


@dataclass(frozen=True)
class LexiconScore:
    positive: float  # sum of the positive contributions
    negative: float  # sum of the negative contributions, as a positive number
    hits: tuple[LexiconHit, ...] = ()
    negated: int = 0  # phrases a negator flipped
    contrast: bool = False

    def probabilities(self) -> tuple[float, float, float]:
        """(positive, neutral, negative) from the lexicon alone: a softmax with a margin."""
        logits = (self.positive, NEUTRAL_MARGIN, self.negative)
        top = max(logits)
        exps = [math.exp(SHARPNESS * (v - top)) for v in logits]
        total = sum(exps)
        return (exps[0] / total, exps[1] / total, exps[2] / total)


@dataclass(frozen=True)
class _Match:
    i: int  # token range [i, j)
    j: int
    entry: Entry


def _rows(text: str, source: str, width: int) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != width or not cells[0]:
            raise LexiconError(f"{source}:{number}: expected {width} tab-separated fields")
        rows.append((number, cells))
    return rows


def _scope(value: str, where: str) -> tuple[int, int]:
    if value == "-":
        return -1, -1
    side, _, count = value.partition(":")
    if side not in ("pre", "post", "both") or not count.isdigit():
        raise LexiconError(f"{where}: scope must be pre:N, post:N, both:N or -")
    n = int(count)
    return (n if side != "post" else -1), (n if side != "pre" else -1)


def parse_lexicon(phrases: str, modifiers: str) -> Lexicon:
    """Build a lexicon from the text of the two TSV files (see their header comments)."""
    standalone: dict[tuple[str, ...], Entry] = {}
    for number, (phrase, polarity, weight) in _rows(phrases, "phrases", 3):
        if polarity not in POLARITIES:
            raise LexiconError(f"phrases:{number}: polarity must be one of {list(POLARITIES)}")
        try:
            value = float(weight)
        except ValueError as exc:
            raise LexiconError(f"phrases:{number}: weight {weight!r} is not a number") from exc
        standalone[phrase_key(phrase)] = Entry(phrase, "phrase", POLARITIES[polarity], value)
    entries = dict(standalone)
    for number, (phrase, kind, factor, scope) in _rows(modifiers, "modifiers", 4):
        where = f"modifiers:{number}"
        if kind not in KINDS - {"phrase"}:
            raise LexiconError(f"{where}: unknown kind {kind!r}")
        try:
            value = float(factor)
        except ValueError as exc:
            raise LexiconError(f"{where}: factor {factor!r} is not a number") from exc
        pre, post = _scope(scope, where)
        key = phrase_key(phrase)
        alone = standalone.get(key)
        base_polarity, base_weight = (alone.polarity, alone.weight) if alone else (0, 0.0)
        entries[key] = Entry(phrase, kind, base_polarity, base_weight, value, pre, post)
    entries = {key: entry for key, entry in entries.items() if key}
    return Lexicon(
        entries,
        frozenset(key[0] for key in entries),
        max((len(key) for key in entries), default=1),
        _folded(entries),
    )


def _folded(entries: dict[tuple[str, ...], Entry]) -> Lexicon:
    """The entries keyed by their folded syllables, ambiguous ones left out."""
    found: dict[tuple[str, ...], Entry] = {}
    clashes: set[tuple[str, ...]] = set()
    for key, entry in entries.items():
        if entry.kind == "phrase" and len(key) < 2:
            continue  # one syllable without its marks is too often another word
        folded = tuple(fold(syllable) for syllable in key)
        other = found.get(folded)
        if other is not None and (other.kind, other.polarity) != (entry.kind, entry.polarity):
            clashes.add(folded)
        found.setdefault(folded, entry)
    kept = {key: entry for key, entry in found.items() if key not in clashes}
    return Lexicon(
        kept, frozenset(key[0] for key in kept), max((len(key) for key in kept), default=1)
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    folder = files("toancanh.data").joinpath("lexicon")
    return parse_lexicon(
        folder.joinpath("sentiment_phrases.tsv").read_text(encoding="utf-8"),
        folder.joinpath("sentiment_modifiers.tsv").read_text(encoding="utf-8"),
    )


def _matches(forms: tuple[str, ...], lexicon: Lexicon) -> list[_Match]:
    """Entries found in ``forms``, longest first at each position, not overlapping."""
    found: list[_Match] = []
    first, entries, n, longest = lexicon.first, lexicon.entries, len(forms), lexicon.longest
    done = 0  # tokens before this are inside a match already
    for i in [k for k, form in enumerate(forms) if form in first]:
        if i < done:
            continue
        for length in range(min(longest, n - i), 0, -1):
            entry = entries.get(forms[i : i + length])
            if entry is not None:
                found.append(_Match(i, i + length, entry))
                done = i + length
                break
    return found


class _Sentence:
    """Positions needed to decide what modifies what in one token sequence."""

    def __init__(self, tokens: Tokens, matches: list[_Match]) -> None:
        self.tokens = tokens
        # walls[k]: punctuation and contrast markers among the first k tokens; a modifier
        # reaches a phrase only when no wall stands between them.
        contrast_at = {m.i for m in matches if m.entry.kind == "contrast"}
        # BOUNDARIES holds single characters only: ``form in BOUNDARIES`` is is_boundary.
        walls = list(accumulate((form in BOUNDARIES for form in tokens.forms), initial=0))
        for k in contrast_at:
            if tokens.forms[k] not in BOUNDARIES:
                for after in range(k + 1, len(walls)):
                    walls[after] += 1
        self.walls = walls
        self.factors = _clause_factors(tokens, matches, walls)

    def clear(self, a: int, b: int) -> bool:
        return self.walls[b] == self.walls[a]


def _clause_factors(tokens: Tokens, matches: list[_Match], walls: list[int]) -> list[float]:
    factors = [1.0] * len(tokens)
    for m in matches:
        kind, f = m.entry.kind, m.entry.factor
        if kind == "contrast":
            for k in range(len(tokens)):
                factors[k] *= f if k < m.i else 2.0 - f
        elif kind == "concession":
            k = m.j
            while k < len(tokens) and walls[k + 1] == walls[m.j]:
                factors[k] *= f
                k += 1
    return [min(3.0, max(0.2, f)) for f in factors]


def _nearest(
    sent: _Sentence, lo: int, hi: int, candidates: list[_Match], value: float
) -> _Match | None:
    """The closest modifier that reaches the phrase at tokens [lo, hi)."""
    best: tuple[int, _Match] | None = None
    for m in candidates:
        e = m.entry
        if e.kind == "repair" and value > 0:
            continue  # repairing something good is not a thing: "giải quyết nhanh chóng"
        if e.pre >= 0 and m.j <= lo and lo - m.j <= e.pre and sent.clear(m.j, lo):
            gap = lo - m.j
        elif e.post >= 0 and hi <= m.i and m.i - hi <= e.post and sent.clear(hi, m.i):
            gap = m.i - hi
        else:
            continue
        if best is None or gap < best[0]:
            best = (gap, m)
    return best[1] if best else None


def _apply(
    sent: _Sentence, m: _Match, kinds: dict[str, list[_Match]], used: set[int]
) -> tuple[LexiconHit, bool]:
    """The contribution of one polar entry after its modifiers; marks modifiers used."""
    value = m.entry.polarity * m.entry.weight
    lo, hi = m.i, m.j
    shifter = _nearest(sent, lo, hi, kinds["shift"], value)
    if shifter is not None:
        value *= -shifter.entry.factor
        used.add(shifter.i)
        lo, hi = min(lo, shifter.i), max(hi, shifter.j)
    negator = _nearest(sent, lo, hi, kinds["negator"], value)
    if negator is not None:
        value *= NEGATED_POSITIVE if value > 0 else NEGATED_NEGATIVE
        lo = min(lo, negator.i)
    for side in ("pre", "post"):
        intensifier = _nearest(sent, lo, hi, kinds[side], value)
        if intensifier is not None:
            value *= intensifier.entry.factor
            used.add(intensifier.i)
            lo, hi = min(lo, intensifier.i), max(hi, intensifier.j)
    value *= sent.factors[m.i]
    tokens = sent.tokens
    return LexiconHit(tokens.starts[lo], tokens.ends[hi - 1], value), negator is not None


def _without_diacritics(forms: tuple[str, ...]) -> bool:
    """A sentence typed without marks: letters, all ASCII (a real sentence has some)."""
    letters = [form for form in forms if form.isalpha()]
    return len(letters) >= 3 and all(form.isascii() for form in letters)


def score_tokens(tokens: Tokens, lexicon: Lexicon | None = None) -> LexiconScore:
    """Score one sentence's tokens with the lexicon."""
    if not tokens.forms:
        return LexiconScore(0.0, 0.0)
    lexicon = lexicon or default_lexicon()
    if lexicon.folded is not None and _without_diacritics(tokens.forms):
        lexicon = lexicon.folded
    matches = _matches(tokens.forms, lexicon)
    if not matches:
        return LexiconScore(0.0, 0.0)
    if not any(m.entry.polarity for m in matches):  # modifiers alone, nothing to weigh
        return LexiconScore(0.0, 0.0, contrast=any(m.entry.kind == "contrast" for m in matches))
    sent = _Sentence(tokens, matches)
    kinds: dict[str, list[_Match]] = {"shift": [], "negator": [], "pre": [], "post": []}
    for m in matches:
        kind = m.entry.kind
        if kind in ("shifter", "repair"):
            kinds["shift"].append(m)
        elif kind == "negator":
            kinds["negator"].append(m)
        elif kind == "intensifier":
            if m.entry.pre >= 0:
                kinds["pre"].append(m)
            if m.entry.post >= 0:
                kinds["post"].append(m)
    used: set[int] = set()
    phrases = [m for m in matches if m.entry.kind == "phrase" and m.entry.polarity]
    results = [_apply(sent, m, kinds, used) for m in phrases]
    # A modifier that modified nothing may still say something on its own.
    alone = [m for m in matches if m.entry.kind != "phrase" and m.entry.polarity]
    alone_kinds = {**kinds, "shift": []}
    results += [_apply(sent, m, alone_kinds, used) for m in alone if m.i not in used]
    hits = tuple(sorted((hit for hit, _ in results if hit.value), key=lambda h: h.start))
    return LexiconScore(
        positive=sum(h.value for h in hits if h.value > 0),
        negative=-sum(h.value for h in hits if h.value < 0),
        hits=hits,
        negated=sum(negated for _, negated in results),
        contrast=any(m.entry.kind == "contrast" for m in matches),
    )
