"""The policy lifecycle stage an article reports: planning, drafting, issued, implementing.

Cue phrases are data (``data/lexicon/stage_cues.json``): "dự thảo", "lấy ý kiến", "thẩm
định" → drafting; "ban hành", "vừa ký", "thông qua" → issued; "có hiệu lực", "triển khai",
"thực hiện" → implementing; "nghiên cứu", "đề xuất xây dựng" → planning. Rules:

* Each cue found adds its weight to its stage; the title (the first paragraph, as
  ``make_document`` puts it) counts ``title_weight`` times, a cue next to a legal reference
  ("ban hành Nghị định 168/2024/NĐ-CP") ``near_ref_weight`` times; one phrase counts at most
  ``max_repeats`` times, so a long article does not win on one word.
* A negation in front cancels a cue: "chưa ban hành", "không thực hiện", "trước khi ban
  hành" are not evidence of those stages.
* A future marker in front moves a cue back one stage: "sẽ có hiệu lực từ 1/1" and "dự
  kiến triển khai" mean the policy is issued but not yet in force (issued); "dự kiến ban
  hành" means it is still a draft (drafting). A cue in the present or past counts as is:
  "có hiệu lực từ ngày 1/7" without a marker is implementing, whatever the date (the
  article's own date is not known here).
* The stage with the highest score wins; on a tie the later stage wins (the story has
  moved on). No cue, or only weak ones (a best score under ``min_score``, e.g. a lone
  "kiến nghị"): None.

Text without diacritics is matched against folded cues; text with them is matched as
written, because folding would confuse "ký" (sign) with "kỳ" (term).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from toancanh.analyze.types import STAGES, LegalRef, Stage
from toancanh.text.normalize import fold, fold_letters

LEXICON_PACKAGE = "toancanh.data"
LEXICON_FILE = "lexicon/stage_cues.json"
_TITLE_MAX = 300  # a first paragraph longer than this is body text, not a title
_WINDOW = 48  # characters before a cue searched for a negation or a future marker
_REACH = 3  # words of context a marker or a required neighbour may span
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_CLAUSE_END = re.compile(r".*[.!?;:\n]", re.DOTALL)  # a marker before these is not this cue's
_VIETNAMESE_MARKS = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)


@dataclass(frozen=True)
class StageCue:
    """One piece of evidence: a cue phrase as written and the stage it counted for."""

    phrase: str
    stage: Stage  # after a future marker moved it back ("sẽ có hiệu lực" → issued)
    weight: float  # its weight in this text (title and nearby references included)
    start: int
    end: int


@dataclass(frozen=True)
class _Cue:
    stage: Stage
    weight: float
    before: frozenset[str]  # words one of which must come right before it (if any)
    after: frozenset[str]  # ... or right after it
    not_after: frozenset[str]  # words right after it that cancel it


@dataclass(frozen=True)
class _Mode:
    """Everything to scan one form of text: lowercase with diacritics, or folded."""

    cues: re.Pattern[str]  # runs on " " + the lowercase text
    table: dict[str, _Cue]  # key: the cue, single spaces, no commas
    negations: frozenset[str]
    future: frozenset[str]
    fillers: frozenset[str]  # words allowed between a marker and its cue ("chưa được")


@dataclass(frozen=True)
class _Lexicon:
    marked: _Mode
    folded: _Mode
    title_weight: float
    near_ref_weight: float
    near_ref_chars: int
    max_repeats: int
    min_score: float


def detect_stage(doc_text: str, legal_refs: Sequence[LegalRef] = ()) -> Stage | None:
    """The lifecycle stage ``doc_text`` (title paragraph, then body) reports, or None."""
    scores = dict.fromkeys(STAGES, 0.0)
    for cue in stage_evidence(doc_text, legal_refs):
        scores[cue.stage] += cue.weight
    best = max(scores.values())
    if best <= 0 or best < _lexicon().min_score:
        return None
    return [stage for stage in STAGES if scores[stage] == best][-1]  # a tie: the later stage


def stage_evidence(doc_text: str, legal_refs: Sequence[LegalRef] = ()) -> tuple[StageCue, ...]:
    """The cues that count, in text order, each with the stage and weight it counted for."""
    if not doc_text:
        return ()
    lex = _lexicon()
    marked = _VIETNAMESE_MARKS.search(doc_text) is not None
    mode = lex.marked if marked else lex.folded
    # Both forms keep one character per character (spans are the text's) and punctuation.
    text = _lowercase(doc_text) if marked else fold_letters(doc_text)
    title_end = _title_end(doc_text)
    counted: dict[str, int] = {}
    found: list[StageCue] = []
    for match in mode.cues.finditer(" " + text):
        start, end = match.start(1) - 1, match.end(1) - 1
        key = _key(match.group(1))
        cue = mode.table[key]
        before = _words_before(text, start)
        if not _in_context(text, end, before, cue) or _marker(before, mode.negations, mode):
            continue
        counted[key] = counted.get(key, 0) + 1
        if counted[key] > lex.max_repeats:
            continue
        stage = _earlier(cue.stage) if _marker(before, mode.future, mode) else cue.stage
        weight = cue.weight * (lex.title_weight if start < title_end else 1.0)
        if _near_ref(doc_text, start, end, legal_refs, lex.near_ref_chars):
            weight *= lex.near_ref_weight
        found.append(StageCue(doc_text[start:end], stage, weight, start, end))
    return tuple(found)


def _key(phrase: str) -> str:
    return " ".join(phrase.replace(",", " ").split())


def _lowercase(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # A few characters grow when lowercased ("İ"): keep those as they are.
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _title_end(text: str) -> int:
    end = text.find("\n\n")
    return end if 0 < end <= _TITLE_MAX else 0


def _words_before(text: str, start: int) -> list[str]:
    window = text[max(0, start - _WINDOW) : start]
    clause = _CLAUSE_END.match(window)
    return _WORD.findall(window[clause.end() :] if clause else window)[-2 * _REACH :]


def _marker(words: list[str], markers: frozenset[str], mode: _Mode) -> bool:
    """Whether the words before a cue end with a marker, fillers allowed in between."""
    end = len(words)
    while end > 0:
        if any(" ".join(words[end - n : end]) in markers for n in (1, 2) if end >= n):
            return True
        filler = next(
            (n for n in (2, 1) if " ".join(words[max(0, end - n) : end]) in mode.fillers), 0
        )
        if not filler:
            return False
        end -= filler
    return False


def _in_context(text: str, end: int, before: list[str], cue: _Cue) -> bool:
    if not (cue.before or cue.after or cue.not_after):
        return True
    after = _WORD.findall(text, end, end + 40)[:_REACH]
    heads = {" ".join(after[:n]) for n in range(1, len(after) + 1)}
    if heads & cue.not_after:
        return False
    if not (cue.before or cue.after):
        return True
    tails = {" ".join(before[-n:]) for n in range(1, _REACH + 1) if len(before) >= n}
    return bool(tails & cue.before or heads & cue.after)


def _near_ref(text: str, start: int, end: int, refs: Sequence[LegalRef], reach: int) -> bool:
    """A reference in the same sentence, up to ``reach`` characters after the cue or half
    that before it ("ban hành Nghị định ...", "Nghị định ... có hiệu lực")."""
    for ref in refs:
        if ref.start - reach <= end and start <= ref.end + reach // 2:
            gap = text[end : ref.start] if end <= ref.start else text[ref.end : start]
            if not _SENTENCE_END.search(gap):
                return True
    return False


def _earlier(stage: Stage) -> Stage:
    return STAGES[max(0, STAGES.index(stage) - 1)]


# --- the cue lexicon ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The shipped cues, read once per process (the file cannot change while we run)."""
    text = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return parse_cues(json.loads(text))


def parse_cues(data: dict[str, Any]) -> _Lexicon:
    """Build the scanners from cue data (the shape of ``stage_cues.json``)."""
    entries = [(entry, stage) for stage in STAGES for entry in data["stages"].get(stage, [])]
    return _Lexicon(
        marked=_mode(entries, data, folded=False),
        folded=_mode(entries, data, folded=True),
        title_weight=float(data["title_weight"]),
        near_ref_weight=float(data["near_ref_weight"]),
        near_ref_chars=int(data["near_ref_chars"]),
        max_repeats=int(data["max_repeats"]),
        min_score=float(data.get("min_score", 0.0)),
    )


def _mode(
    entries: list[tuple[dict[str, Any], Stage]], data: dict[str, Any], *, folded: bool
) -> _Mode:
    def form(phrase: str) -> str:
        return _key(fold(phrase) if folded else phrase.lower())

    def forms(phrases: list[str]) -> frozenset[str]:
        return frozenset(form(p) for p in phrases)

    table = {
        form(entry["cue"]): _Cue(
            stage,
            float(entry["weight"]),
            forms(entry.get("before", [])),
            forms(entry.get("after", [])),
            forms(entry.get("not_after", [])),
        )
        for entry, stage in entries
    }
    return _Mode(
        cues=re.compile(_cue_pattern(list(table))),
        table=table,
        negations=forms(data["negations"]),
        future=forms(data["future"]),
        fillers=forms(data["fillers"]),
    )


def _cue_pattern(phrases: list[str]) -> str:
    """One pattern for all cues, on " " + lowercase text; group 1 is the cue.

    Python's regex engine scans fast for a leading class of a few characters (spaces and
    punctuation: only word starts are tried), then skips an alternative in one step when
    its first character differs. Grouped by first letter, longest phrase first.
    """

    def pattern(phrase: str) -> str:
        return r",?\s+".join(map(re.escape, phrase.split()))

    groups: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(phrase)
    branches = "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(pattern(p)[len(re.escape(first)) :] for p in group)
        + ")"
        for first, group in groups.items()
    )
    return rf"[\s(“\"'‘\-–—:;,.!?/\[]({branches})(?!\w)"
