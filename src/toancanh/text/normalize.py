"""Vietnamese text forms.

Three forms of every text (DESIGN.md, "Vietnamese text"):

* ``display_form``: NFC, as received, for showing. Decomposed input (combining tone marks,
  as windows-1258 pages and some Mac tools produce) is recomposed.
* ``match_form``: NFC, one tone-mark placement, lowercase, single spaces. Used for
  exact-duplicate hashing, shingles and (later) lexicon and watch matching.
* ``search_form``: ``match_form`` without diacritics, ``đ`` folded to ``d``, every
  character that is not a letter or digit replaced by a space. It has exactly one
  character per character of ``display_form``, so positions found in it point at the
  same place in the display text (used for snippets and highlighting).

Tone placement: the two conventions differ only on a syllable ending in ``oa``, ``oe``
or ``uy`` (not ``qu`` + ``y``). We unify to the traditional placement used by most
keyboards' defaults ("hòa", "khỏe", "thúy"); "hoà", "khoẻ", "thuý" map to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền sắc ngã hỏi nặng
# Syllable-final vowel pairs whose tone mark the two conventions place differently.
_MOVABLE_PAIRS = ("oa", "oe", "uy")
# Such a pair with the tone on its last letter, and a whole word ending in one: the only
# words ``_retone_syllable`` can change. Looking for them first spares a Python call per
# word of the text (that call was most of ``match_form``'s time on a news article).
_MOVABLE_END = re.compile("(?:[oO][àáãảạÀÁÃẢẠèéẽẻẹÈÉẼẺẸ]|[uU][ỳýỹỷỵỲÝỸỶỴ])(?![^\\W\\d_])")
_LETTER = re.compile(r"[^\W\d_]")  # a character of a word: a letter (digits split words)
# Line breaks written as CR, CR LF, vertical tab or form feed all become "\n" (an old Mac
# file would otherwise lose every line break, and words on either side would merge).
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85]")
# Other control (Cc), surrogate (Cs) and private-use (Co) characters, except \t and \n.
_BAD_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff"
    "\U000f0000-\U000ffffd\U00100000-\U0010fffd]"
)
# What ``_BAD_CHARS`` and the line breaks above match, split in two: scanning for the
# astral private-use planes costs as much as for all the rest, and is needed only when
# the text has an astral character at all (rare; cheap to rule out, see _needs_cleaning).
_NEEDS_CLEANING_BMP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")
_ASTRAL_PRIVATE = re.compile("[\U000f0000-\U000ffffd\U00100000-\U0010fffd]")

# Characters the NFD decomposition does not strip to a Latin base letter.
_SPECIAL_FOLDS = {"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "a", "œ": "o", "ß": "s"}


def display_form(text: str) -> str:
    """NFC; line breaks as ``\\n``; other control characters (except tabs) removed.

    Controls are removed before composing: a control between a letter and its combining
    mark would otherwise leave the pair uncomposed (and the result not idempotent).
    """
    if _needs_cleaning(text):
        text = _BAD_CHARS.sub("", _LINE_BREAKS.sub("\n", text))
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def _needs_cleaning(text: str) -> bool:
    if _NEEDS_CLEANING_BMP.search(text):
        return True
    # In UTF-16 only astral characters take four bytes (lone surrogates pass as two).
    has_astral = len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)
    return has_astral and _ASTRAL_PRIVATE.search(text) is not None


def _retone_syllable(word: str) -> str:
    """Move a tone mark from the second to the first vowel of a final oa/oe/uy.

    Only a word with exactly one tone mark, placed on its last letter, is touched: that is
    the one spelling the two conventions disagree on, and other words (foreign names with
    several accents) stay as written.
    """
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    if len(tones) != 1:
        return word
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    lower = bare.lower()
    if len(lower) < 2 or lower[-2:] not in _MOVABLE_PAIRS:
        return word
    if lower[-2:] == "uy" and lower[-3:-2] == "q":
        return word  # "quý": the u belongs to the consonant qu
    last = unicodedata.normalize("NFD", word[-1])
    if tones[0] not in last:
        return word  # already on the first vowel ("hòa"), or the word is not this case
    target = len(bare) - 2
    placed = bare[:target] + bare[target] + tones[0] + bare[target + 1 :]
    return unicodedata.normalize("NFC", placed)


def unify_tone_placement(text: str) -> str:
    """Rewrite every syllable to the traditional tone placement ("hoà" → "hòa")."""
    if text.isascii():
        return text
    pieces: list[str] = []
    done = 0
    for found in _MOVABLE_END.finditer(text):
        start, end = found.start(), found.end()
        while start > done and _LETTER.match(text, start - 1):
            start -= 1  # back to the start of the word
        pieces += (text[done:start], _retone_syllable(text[start:end]))
        done = end
    return "".join((*pieces, text[done:])) if pieces else text


def match_form(text: str) -> str:
    """NFC, unified tone placement, lowercase, whitespace collapsed and trimmed."""
    # Lowercase first: a few characters grow a combining mark when lowercased ("İ"), and
    # the words the tone rule sees must be the ones a second pass would see.
    text = unicodedata.normalize("NFC", display_form(text).lower())
    text = unicodedata.normalize("NFC", unify_tone_placement(text))
    return " ".join(text.split())  # the same whitespace as ``\s`` (both use str.isspace)


def _fold_char(ch: str) -> str:
    """One character of the search form: a lowercase base letter or digit, else a space."""
    if ch in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[ch]
    if not ch.isalnum():
        return " "
    base = unicodedata.normalize("NFD", ch.lower())
    kept = [c for c in base if not unicodedata.combining(c)]
    if not kept:
        return " "
    folded = _SPECIAL_FOLDS.get(kept[0], kept[0])
    return folded if folded.isalnum() else " "


def _fold_letter(ch: str) -> str:
    """Like ``_fold_char`` but a character that is not a letter or digit is kept."""
    folded = _fold_char(ch)
    return ch if folded == " " else folded


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table: each character of the common range computed once, when
    first met (filling all of it up front cost every command's start), those beyond it
    each time (hostile text could otherwise grow it without bound)."""

    def __init__(self, fold_one: Callable[[str], str], size: int = 0x3000) -> None:
        super().__init__()
        self._fold_one = fold_one
        self._size = size

    def __missing__(self, codepoint: int) -> str:
        folded = self._fold_one(chr(codepoint))
        if codepoint < self._size:
            self[codepoint] = folded
        return folded


_FOLD_TABLE = _FoldTable(_fold_char)
_LETTER_TABLE = _FoldTable(_fold_letter)


def fold(text: str) -> str:
    """Fold each character of already-NFC text; the result has the same length."""
    return text.translate(_FOLD_TABLE)


def fold_letters(text: str) -> str:
    """Lowercase letters without diacritics (``đ`` → ``d``), every other character kept.

    Same length as ``text`` (one character per character), so a match found in the result
    is at the same position in ``text``. Used by the date and language scanners, which
    need punctuation ("21/3", "GMT+7") that the search form blanks out.
    """
    return text.translate(_LETTER_TABLE)


def search_form(text: str) -> str:
    """Diacritic-free, lowercase, letters and digits only; aligned with ``display_form``."""
    return fold(display_form(text))


def search_tokens(text: str) -> list[str]:
    """The words of the search form: what full-text search indexes and matches."""
    return search_form(text).split()
