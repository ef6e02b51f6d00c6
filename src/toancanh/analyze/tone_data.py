"""The data of tone composition: indicators and composition words (``tone_compose``).

Two files written for the project, in ``data/lexicon``: ``tone_indicators.tsv`` (what
rises, good or bad) and ``tone_composition.tsv`` (directions, limiters, negators,
contrast, outcomes, plans, procedures, stops, blocks); their header comments say what
each kind means. A phrase has one meaning across both files (an error otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from toancanh.analyze.sentiment_text import phrase_key

INDICATORS_FILE = "tone_indicators.tsv"
COMPOSITION_FILE = "tone_composition.tsv"
RISES = {"good": 1, "bad": -1}
KINDS = frozenset(
    {
        "up",
        "down",
        "limiter",
        "negator",
        "exists",
        "fix",
        "done",
        "failure",
        "fresh",
        "contrast",
        "concession",
        "plan",
        "topic",
        "stop",
        "block",
    }
)


class ToneDataError(ValueError):
    """A tone data file has a malformed or inconsistent line."""


@dataclass(frozen=True)
class ToneData:
    """Both files, keyed by the token forms of each phrase."""

    entries: dict[tuple[str, ...], tuple[str, int]]  # kind ("indicator" or a KIND), rise
    first: frozenset[str]
    longest: int


def parse_tone_data(indicators: str, composition: str) -> ToneData:
    """Both files' text into one table; an error names the line to fix."""
    entries: dict[tuple[str, ...], tuple[str, int]] = {}
    for number, (phrase, value) in _rows(indicators, INDICATORS_FILE):
        if value not in RISES:
            raise ToneDataError(f"{INDICATORS_FILE}:{number}: rise must be good or bad")
        _add(entries, phrase, ("indicator", RISES[value]), f"{INDICATORS_FILE}:{number}")
    for number, (phrase, kind) in _rows(composition, COMPOSITION_FILE):
        if kind not in KINDS:
            raise ToneDataError(f"{COMPOSITION_FILE}:{number}: unknown kind {kind!r}")
        _add(entries, phrase, (kind, 0), f"{COMPOSITION_FILE}:{number}")
    return ToneData(
        entries,
        frozenset(key[0] for key in entries),
        max((len(key) for key in entries), default=1),
    )


def _rows(text: str, source: str) -> list[tuple[int, tuple[str, str]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != 2 or not cells[0]:
            raise ToneDataError(f"{source}:{number}: expected phrase<TAB>value")
        rows.append((number, (cells[0], cells[1])))
    return rows


def _add(
    entries: dict[tuple[str, ...], tuple[str, int]],
    phrase: str,
    value: tuple[str, int],
    where: str,
) -> None:
    key = phrase_key(phrase)
    if not key:
        raise ToneDataError(f"{where}: {phrase!r} has no words")
    if key in entries:
        raise ToneDataError(f"{where}: {phrase!r} is listed twice (one meaning per phrase)")
    entries[key] = value


@lru_cache(maxsize=1)
def default_tone_data() -> ToneData:
    """The shipped files, read once per process."""
    folder = files("toancanh.data").joinpath("lexicon")
    return parse_tone_data(
        folder.joinpath(INDICATORS_FILE).read_text(encoding="utf-8"),
        folder.joinpath(COMPOSITION_FILE).read_text(encoding="utf-8"),
    )
