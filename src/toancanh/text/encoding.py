"""Bytes to text: the character encoding of pages and import files, and mojibake repair.

The order for an HTML page is the browser's (BOM, HTTP header, ``<meta>``, sniffing) with
two Vietnamese-specific corrections:

* Vietnamese cannot be written in a Western single-byte charset, so a body that is valid
  UTF-8 with multi-byte sequences wins over a declared latin-1/windows-1252 (a common
  server misconfiguration).
* windows-1258 writes tones as combining marks; the text is recomposed to NFC.

``DecodedText.encoding`` is always a Python codec name that decodes the whole body
(``utf-8-sig`` when a UTF-8 BOM is present), so callers may reopen a stream with it.
Nothing here raises on any input: unknown charset names are ignored and undecodable bytes
become U+FFFD.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from toancanh.text.normalize import display_form

DecodeSource = Literal["bom", "header", "meta", "sniffed", "fallback"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_WINDOW = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""", re.I)
# Codecs that are not text encodings a page can be in (transforms, escapes) or that
# browsers refuse for safety (utf-7).
_REFUSED_CODECS = frozenset(
    {"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined", "utf-7", "charmap"}
)
# Labels that browsers decode as windows-1252 (WHATWG Encoding Standard): pages labelled
# latin-1 use the 0x80-0x9F range for curly quotes and dashes.
_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii", "cp1252"})
# Vietnamese in windows-1258: the five tone marks (combining) and ă â đ ê ô ơ ư (both cases).
_CP1258_VIETNAMESE = b"\xcc\xec\xde\xd2\xf2\xc3\xe3\xc2\xe2\xd0\xf0\xca\xea\xd4\xf4\xd5\xf5\xdd\xfd"
_ASCII_BYTES = bytes(range(0x80))
_COMBINING = re.compile("[\u0300-\u036f]")


@dataclass(frozen=True)
class DecodedText:
    """Decoded text (NFC, see ``display_form``), the codec used and what decided it."""

    text: str
    encoding: str
    source: DecodeSource


def decode_html(body: bytes, declared_charset: str | None = None) -> DecodedText:
    """Decode an HTML (or XML) page; ``declared_charset`` is the HTTP header's charset."""
    return (
        _from_bom(body)
        or _from_label(body, declared_charset, "header")
        or _from_label(body, _meta_charset(body), "meta")
        or _sniff(body)
    )


def decode_text(body: bytes) -> DecodedText:
    """Decode a plain-text file (CSV, JSONL, TXT): BOM, UTF-8, UTF-16, windows-1258.

    ``body`` may be the first block of a larger file: a multi-byte character cut at its
    end does not make UTF-8 look invalid.
    """
    found = _from_bom(body)
    if found:
        return found
    utf16 = _utf16_without_bom(body)
    if utf16:
        return _decoded(body, utf16, "sniffed")
    return _sniff(body)


def _decoded(body: bytes, codec: str, source: DecodeSource) -> DecodedText:
    try:
        text = body.decode(codec, errors="replace")
    except (LookupError, ValueError, TypeError):  # a codec that cannot even replace
        return DecodedText(display_form(body.decode("utf-8", "replace")), "utf-8", "fallback")
    return DecodedText(display_form(text), codec, source)


def _from_bom(body: bytes) -> DecodedText | None:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return _decoded(body, codec, "bom")
    return None


def _from_label(body: bytes, label: str | None, source: DecodeSource) -> DecodedText | None:
    codec = _codec_for_label(label)
    return _trust_declared(body, codec, source) if codec else None


def _meta_charset(body: bytes) -> str | None:
    head = body[:_META_WINDOW]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


@lru_cache(maxsize=256)
def _codec_for_label(label: str | None) -> str | None:
    """A usable Python codec for a charset label, or None when it is unknown or refused."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in ("x-user-defined", "unicode", "none", ""):
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    if info.name in _AS_WINDOWS_1252:
        return "windows-1252"
    return _codec_label(info.name)


def _codec_label(name: str) -> str:
    """Readable codec names: ``cp1258`` → ``windows-1258``, ``iso8859-1`` → ``iso-8859-1``."""
    if re.fullmatch(r"cp125\d", name):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-" + name[3:]
    return name


@lru_cache(maxsize=256)
def _is_single_byte(codec: str) -> bool:
    if codec.startswith("utf"):
        return False
    try:
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256
    except (LookupError, ValueError, TypeError):
        return False


def _trust_declared(body: bytes, codec: str, source: DecodeSource) -> DecodedText | None:
    """Decode with a declared codec unless the body shows that the label is wrong."""
    if codec.startswith(("utf-16", "utf-32")):
        # Without a BOM, a page labelled UTF-16 is almost always ASCII-compatible.
        utf16 = _utf16_without_bom(body)
        return _decoded(body, utf16, source) if utf16 else None
    if codec == "utf-8":
        if _utf8_errors(body) <= max(2, len(body) // 2000):
            return _decoded(body, codec, source)
        return None  # mostly not UTF-8: look at the other evidence
    if _is_single_byte(codec) and _is_multibyte_utf8(body):
        return _decoded(body, "utf-8", "sniffed")
    return _decoded(body, codec, source)


def _utf8_errors(body: bytes, *, partial: bool = False) -> int:
    """How many invalid UTF-8 sequences ``body`` has (a cut final character not counted)."""
    try:
        body.decode("utf-8")
        return 0
    except UnicodeDecodeError:
        pass
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = decoder.decode(body, final=not partial)
    return text.count("\ufffd") - body.count(b"\xef\xbf\xbd")


def _is_multibyte_utf8(body: bytes, *, partial: bool = False) -> bool:
    return not body.isascii() and _utf8_errors(body, partial=partial) == 0


def _utf16_without_bom(body: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes fall on one side of most byte pairs."""
    sample = body[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    zeros_even = sample[0 : pairs * 2 : 2].count(0)
    zeros_odd = sample[1 : pairs * 2 : 2].count(0)
    if zeros_odd >= pairs * 0.3 and zeros_even <= pairs * 0.05:
        return "utf-16-le"
    if zeros_even >= pairs * 0.3 and zeros_odd <= pairs * 0.05:
        return "utf-16-be"
    return None


def _sniff(body: bytes) -> DecodedText:
    """No usable label: UTF-8 if valid, then windows-1258 Vietnamese, then a statistical guess."""
    if body.isascii() or _is_multibyte_utf8(body, partial=True):
        return _decoded(body, "utf-8", "sniffed")
    if _looks_like_cp1258_vietnamese(body):
        return _decoded(body, "windows-1258", "sniffed")
    if _utf8_errors(body, partial=True) <= len(body) // 5000:
        return _decoded(body, "utf-8", "sniffed")  # UTF-8 with a few broken bytes
    guess = _charset_normalizer_guess(body)
    if guess:
        return _decoded(body, guess, "sniffed")
    return _decoded(body, "utf-8", "fallback")


def _looks_like_cp1258_vietnamese(body: bytes) -> bool:
    """Most high bytes are Vietnamese letters or tone marks and the marks sit on vowels."""
    sample = body[:65536]
    high = sample.translate(None, _ASCII_BYTES)  # bytes() ops run in C, unlike a loop
    if len(high) < 3:
        return False
    specific = len(high) - len(high.translate(None, _CP1258_VIETNAMESE))
    if specific < 2 or specific < len(high) * 0.3:
        return False
    recomposed = display_form(sample.decode("cp1258", errors="replace"))
    stray = len(_COMBINING.findall(recomposed))
    return stray <= specific * 0.1 and "\ufffd" not in recomposed


def _charset_normalizer_guess(body: bytes) -> str | None:
    """charset_normalizer's best guess, as a usable codec name, or None."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:32768]).best()
    except Exception:  # a third-party detector must never stop a fetch
        return None
    if best is None:
        return None
    return _codec_for_label(best.encoding)


# --- mojibake: UTF-8 bytes that were decoded as windows-1252 (or latin-1) -----------------

# Each byte 0x80-0xFF as windows-1252 shows it; the five bytes windows-1252 leaves
# undefined show as the latin-1 control character of the same value.
_CP1252_SHOWN = {
    byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
    for byte in range(0x80, 0x100)
}
_BYTE_OF = {shown: byte for byte, shown in _CP1252_SHOWN.items()}
_CONT = "".join(re.escape(_CP1252_SHOWN[b]) for b in range(0x80, 0xC0))
_LEAD2 = "".join(re.escape(_CP1252_SHOWN[b]) for b in range(0xC2, 0xE0))
_LEAD3 = "".join(re.escape(_CP1252_SHOWN[b]) for b in range(0xE0, 0xF0))
_LEAD4 = "".join(re.escape(_CP1252_SHOWN[b]) for b in range(0xF0, 0xF5))
_MOJIBAKE = re.compile(
    f"[{_LEAD2}][{_CONT}]|[{_LEAD3}][{_CONT}]{{2}}|[{_LEAD4}][{_CONT}]{{3}}"
    # A final A0 byte (no-break space: "à" is C3 A0) often became a plain space on the
    # way, and was then sometimes merged with the space after it: "vÃ  thế", "vÃ thế".
    f"|[{_LEAD2}] (?=\\s)|[{_LEAD2}](?= )|[{_LEAD3}][{_CONT}] (?=\\s)|[{_LEAD3}][{_CONT}](?= )"
    # "Đ" is C4 90, and 0x90 shows as a control character that cleaning often removed.
    f"|\u00c4(?![{_CONT}])"
)
# Letters that exist in Vietnamese but in no Western single-byte charset.
_VIETNAMESE_ONLY = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9]")
# What a repaired sequence may become: a Latin letter, typographic punctuation, a symbol.
_PLAUSIBLE = re.compile(
    "[\u00a0-\u024f\u1e00-\u1eff\u2010-\u206f\u20ac\u2122\U0001f000-\U0001faff]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as windows-1252 ("Viá»‡t Nam" → "Việt Nam"), only when clearly Vietnamese.

    A sequence is repaired only when its bytes are one valid UTF-8 letter or typographic
    sign, and the text only when at least a tenth of the repairs are letters that exist
    in Vietnamese and in no Western charset (ệ, ư, đ ...). Otherwise the text comes back
    unchanged: a French "cafÃ©" is not ours to guess about. One pass over the original, so
    a repaired character is never repaired again.
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    exact: list[str] = []  # evidence: whole byte sequences; guesses about lost bytes are not

    def fix(match: re.Match[str]) -> str:
        found = _unmangle(match[0])
        if found is None:
            return match[0]
        char, guessed = found
        if not guessed:
            exact.append(char)
        return char

    candidate = _MOJIBAKE.sub(fix, text)
    vietnamese_only = sum(1 for ch in exact if _VIETNAMESE_ONLY.match(ch))
    if vietnamese_only == 0 or vietnamese_only * 10 < len(exact):
        return text
    return display_form(candidate)


def _unmangle(shown: str) -> tuple[str, bool] | None:
    """(character, guessed) whose UTF-8 bytes windows-1252 showed as ``shown``, if plausible."""
    if shown == "\u00c4":
        return "Đ", True
    raw = shown.rstrip(" ")
    data = bytes(_BYTE_OF[c] for c in raw)
    lost_a0 = len(raw) < len(shown) or len(data) < (2 if data[0] < 0xE0 else 3)
    if lost_a0:
        data += b"\xa0"
    try:
        char = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if lost_a0 and not char.isalpha():
        return None  # only a letter is worth a guess about a lost byte
    if not _PLAUSIBLE.match(char):
        return None  # "Ô“" in genuine text would become Cyrillic
    return char, lost_a0
