"""Legacy Vietnamese font encodings (VNI-Windows, TCVN3/ABC) that arrive as text.

Before Unicode, Vietnamese documents were typed in 8-bit fonts: the bytes are Western
(windows-1252) characters that the font draws as Vietnamese letters. Such a text, read
as windows-1252, looks like "Vieät Nam" (VNI) or "ViÖt Nam" (TCVN3). ``convert_legacy``
turns it into Unicode, and only when it is clearly legacy text: every changed word must
become a well-formed Vietnamese syllable, and the result must read as Vietnamese.

TCVN3 has no capital letters with tone marks (a separate capitals font reused the
lowercase codes), so an all-capitals word is upper-cased after conversion.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable

from toancanh.text.language import detect_language, is_vietnamese_syllable

# Tones in the order of the VNI marks below: none, sắc, huyền, hỏi, ngã, nặng.
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# VNI writes a vowel as a base letter plus one mark character (lowercase, uppercase).
_VNI_TONE = ("ùøûõï", "ÙØÛÕÏ")
_VNI_CIRCUMFLEX = ("âáàåãä", "ÂÁÀÅÃÄ")  # with the tone: none, sắc, huyền, hỏi, ngã, nặng
_VNI_BREVE = ("êéèúüë", "ÊÉÈÚÜË")
_VNI_HORN = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}  # ơ ư are one character each
_VNI_I = ("iíìæóò", "IÍÌÆÓÒ")
_VNI_Y_DOT = ("î", "Î")

# TCVN3 (TCVN 5712 VN3) bytes 0xA1-0xFF, as windows-1252 shows them, to Unicode.
_TCVN3_UPPER_HALF = (
    "\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
    "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"
    "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"
    "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9"
    "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0"
)
_TCVN3_TO_UNICODE = {0xA1 + i: char for i, char in enumerate(_TCVN3_UPPER_HALF)}
_EDGE_PUNCTUATION = string.punctuation + "“”‘’…–—•"
# Letters of Unicode Vietnamese that no windows-1252 text contains: seeing one means the
# text is already Unicode.
_UNICODE_ONLY = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")


def _compose(base: str, modifier: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + modifier + tone)


def _vni_spelling(base: str, modifier: str, tone_index: int, upper_marks: bool) -> str:
    case = 1 if upper_marks else 0
    if base in "iI":
        return _VNI_I[1 if base.isupper() else 0][tone_index]
    if base in "yY" and tone_index == 5:
        return _VNI_Y_DOT[1 if base.isupper() else 0]
    tone_mark = _VNI_TONE[case][tone_index - 1] if tone_index else ""
    if modifier == _HORN:
        return _VNI_HORN[base] + tone_mark
    if modifier == _CIRCUMFLEX:
        return base + _VNI_CIRCUMFLEX[case][tone_index]
    if modifier == _BREVE:
        return base + _VNI_BREVE[case][tone_index]
    return base + tone_mark


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(VNI spelling → Unicode letter, Unicode letter → VNI spelling)."""
    modifiers = {
        "a": ("", _CIRCUMFLEX, _BREVE),
        "e": ("", _CIRCUMFLEX),
        "o": ("", _CIRCUMFLEX, _HORN),
        "u": ("", _HORN),
        "i": ("",),
        "y": ("",),
    }
    decode: dict[str, str] = {"ñ": "đ", "Ñ": "Đ"}
    encode: dict[str, str] = {"đ": "ñ", "Đ": "Ñ"}
    for lower_base, mods in modifiers.items():
        for base in (lower_base, lower_base.upper()):
            for modifier in mods:
                for tone_index, tone in enumerate(_TONES):
                    letter = _compose(base, modifier, tone)
                    spelling = _vni_spelling(base, modifier, tone_index, base.isupper())
                    encode[letter] = spelling
                    if spelling != letter:
                        decode[spelling] = letter
                    # A capitalised word may carry lowercase marks after its capital.
                    loose = _vni_spelling(base, modifier, tone_index, False)
                    if base.isupper() and loose != letter:
                        decode.setdefault(loose, letter)
    return decode, encode


_VNI_DECODE, _VNI_ENCODE = _vni_tables()
_VNI_SEQUENCE = re.compile(
    "|".join(re.escape(key) for key in sorted(_VNI_DECODE, key=len, reverse=True))
)
# Encoding follows the ABC fonts: lowercase codes only, plus the seven plain capitals.
_TCVN3_ENCODE = {
    letter: chr(code)
    for code, letter in _TCVN3_TO_UNICODE.items()
    if letter.islower() or letter in "ĂÂÊÔƠƯĐ"
}
_WORD = re.compile(r"\S+")


def from_vni(text: str) -> str:
    """Read VNI-Windows text (as windows-1252 shows it) as Unicode, without any check."""
    return unicodedata.normalize("NFC", _VNI_SEQUENCE.sub(lambda m: _VNI_DECODE[m[0]], text))


def from_tcvn3(text: str) -> str:
    """Read TCVN3 (ABC) text (as windows-1252 shows it) as Unicode, without any check."""
    converted = unicodedata.normalize("NFC", text.translate(_TCVN3_TO_UNICODE))
    return _WORD.sub(_restore_capitals, converted)


def _restore_capitals(match: re.Match[str]) -> str:
    word = match[0]
    letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return word.upper()
    return word


def to_vni(text: str) -> str:
    """Unicode to VNI-Windows (as windows-1252 shows it); used to make test passages."""
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def to_tcvn3(text: str) -> str:
    """Unicode to TCVN3 (as windows-1252 shows it); capitals with marks lose their case."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_TCVN3_ENCODE.get(ch) or _TCVN3_ENCODE.get(ch.lower(), ch))
    return "".join(out)


def convert_legacy(text: str) -> str | None:
    """Unicode for a VNI or TCVN3 text; None when the text is not clearly such legacy text."""
    if text.isascii() or _UNICODE_ONLY.search(text) or not _fits_windows_1252(text):
        return None
    best: tuple[float, str] | None = None
    for convert in (from_vni, from_tcvn3):
        gain = _gain(text, convert)
        if gain is not None and (best is None or gain > best[0]):
            converted = convert(text)
            # The word shapes decide; language only vetoes (a short text is "unknown").
            if detect_language(converted).code in ("vi", "unknown"):
                best = (gain, converted)
    return best[1] if best else None


def _fits_windows_1252(text: str) -> bool:
    """Legacy text read as windows-1252 has no character outside that charset."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _gain(text: str, convert: Callable[[str], str]) -> float | None:
    """How much more syllable-like the changed words become, or None if not clearly.

    At least three words must change; nearly all must become syllables and at most 40%
    may have been syllables already. A word can be valid in both readings ("Thuû" is VNI
    "Thủ" and TCVN3 "Thuỷ"), and Unicode "chính" reads as TCVN3 "chớnh": only a clear
    majority decides.
    """
    changed = valid_before = valid_after = 0
    for token in text.split():
        word = token.strip(_EDGE_PUNCTUATION)
        if not word or word.isascii() or any(ch.isdigit() for ch in word):
            continue
        converted = convert(word)
        if converted == word:
            continue
        changed += 1
        valid_before += is_vietnamese_syllable(word)
        valid_after += is_vietnamese_syllable(converted)
    if changed < 3 or valid_after < 0.9 * changed or valid_before > 0.4 * changed:
        return None
    return (valid_after - valid_before) / changed
