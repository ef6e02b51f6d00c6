"""Tokens for sentiment: match-form syllables and punctuation, with spans in the text.

Sentiment works on syllables rather than pyvi words: the lexicon and the model both see
the same token stream for a sentence typed by an analyst and for a sentence of a
``Document``, and nothing is segmented twice. Tokens are in the match form (lowercase,
NFC, one tone placement: "hoà" and "hòa" are the same token) but keep their diacritics,
so "bão" (storm) and "báo" (newspaper) never meet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from toancanh.text.normalize import unify_tone_placement

# A word of letters and digits, or one punctuation character. "_" is not a letter here.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|_")
# Punctuation that ends the scope of a negator or an intensifier.
BOUNDARIES = frozenset(',;:.!?()[]{}…"“”‘’«»–—-|•*')


@dataclass(frozen=True)
class Tokens:
    """The tokens of one stretch of text: forms with their (start, end) in the text."""

    forms: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.forms)


def aligned_match_text(text: str) -> str:
    """Lowercase with one tone placement, one character per character of ``text``.

    ``match_form`` also collapses whitespace, which would move every span; this keeps
    positions. The few characters whose lowercase is longer ("İ") are left as they are.
    """
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    unified = unify_tone_placement(low)
    return unified if len(unified) == len(low) else low


def tokenize(aligned: str, start: int = 0, end: int | None = None) -> Tokens:
    """Tokens of ``aligned[start:end]`` (an ``aligned_match_text``), spans into it."""
    found = list(_TOKEN.finditer(aligned, start, len(aligned) if end is None else end))
    return Tokens(
        tuple([m.group() for m in found]),
        tuple([m.start() for m in found]),
        tuple([m.end() for m in found]),
    )


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The token forms of a lexicon phrase, as a text's tokens would be."""
    return tokenize(aligned_match_text(unicodedata.normalize("NFC", phrase))).forms


def is_boundary(form: str) -> bool:
    return len(form) == 1 and form in BOUNDARIES
