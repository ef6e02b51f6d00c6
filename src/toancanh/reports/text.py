"""Text shared by the renderers: scraped text made safe for a document, and the Decree 30
lines (number, place and date) and labels every format prints the same way.

Scraped titles and paragraphs carry anything: NUL bytes and other control characters that
XML (Word) refuses, lone surrogates that cannot be encoded, bidirectional overrides that
reorder what a reader sees, decomposed Vietnamese letters (e + combining marks) that some
fonts and every text search treat differently from the composed ones.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from toancanh.reports.model import Signature

# C0 controls except tab and newline, DEL and C1 controls, lone surrogates, the two
# non-characters XML forbids, and the bidirectional embeddings/overrides/isolates.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)

# The same words as the Word file's tone mark: "(tiêu cực)" in italics after the text.
TONE_LABELS = {
    "vi": {"positive": "tích cực", "neutral": "trung tính", "negative": "tiêu cực"},
    "en": {"positive": "positive", "neutral": "neutral", "negative": "negative"},
}
TONE_COLORS = {"positive": "#1a7f37", "neutral": "#57606a", "negative": "#c62828"}
RECIPIENTS_LABEL = "Nơi nhận:"  # a Decree 30 element: Vietnamese in English reports too


def clean_text(text: str) -> str:
    """``text`` in NFC with tabs as spaces, line ends as ``\\n`` and the characters that XML,
    PDF or a reader's eye cannot take (controls, surrogates, bidi overrides) removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # Normalise after stripping: a control between a letter and its mark hides a composition.
    return unicodedata.normalize("NFC", _UNSAFE.sub("", text))


def safe_link(url: str | None) -> str | None:
    """``url`` when a reader may follow it (http, https, mailto, or a dashboard path such as
    "/articles/5"); None for anything else ("javascript:", "data:"), which is then shown as
    plain text."""
    if not url:
        return None
    url = clean_text(url).strip()
    lowered = url.lower()
    if lowered.startswith(("http://", "https://", "mailto:")) or (
        url.startswith("/") and not url.startswith("//")
    ):
        return url if not any(c.isspace() for c in url) else None
    return None


def date_line(place: str, issued: date) -> str:
    """ "Hà Nội, ngày 07 tháng 12 năm 2026": Decree 30 (Appendix I, II.4.b) pads days below 10
    and the months 1 and 2 with a zero, and no other month ("ngày 29 tháng 6 năm 2019")."""
    month = f"{issued.month:02d}" if issued.month <= 2 else str(issued.month)
    return f"{clean_text(place)}, ngày {issued.day:02d} tháng {month} năm {issued.year}"


def number_line(number: str | None, symbol: str) -> str:
    """ "Số: 05/BC-VTT", or "Số:      /BC-VTT" with the number left for the clerk (as in the
    Word file). Numbers below 10 take a leading zero (Decree 30, Appendix I, II.3.c)."""
    shown = clean_text(number or "").strip()
    if shown.isdigit() and int(shown) < 10:
        shown = f"{int(shown):02d}"
    symbol = clean_text(symbol).strip().upper()
    return f"Số: {shown}/{symbol}" if shown else f"Số:      /{symbol}"


def tone_label(tone: str, lang: str) -> str:
    """The readable mark after a paragraph: colour alone is lost on paper and to screen readers."""
    return TONE_LABELS.get(lang, TONE_LABELS["vi"])[tone]


def signature_lines(signature: Signature) -> list[str]:
    """The bold upper-case lines above the signature: "KT. VỤ TRƯỞNG" / "PHÓ VỤ TRƯỞNG".
    A bare prefix ("KT.", "TL.", "Q.", "TUQ.") goes in front of the title on its line."""
    title = clean_text(signature.title).upper()
    authority = clean_text(signature.authority or "").strip().upper()
    if not authority:
        return [title]
    if " " not in authority and authority.endswith("."):
        return [f"{authority} {title}"]
    return [authority, title]
