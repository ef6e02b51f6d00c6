"""Legal references in Vietnamese text: numbered documents, named laws, well-known names.

What is recognised (the grammar of numbers is in ``legal_types``):

* a full number, with or without the type in words before it: "Nghị định số 100/2019/NĐ-CP",
  "57-NQ/TW", "Công văn 3456/BYT-KHTC", typed without diacritics, in lower case, with odd
  spaces ("nghi dinh 15/2020/nd-cp", "100 / 2019 / NĐ - CP") or "&" ("TT-BGD&ĐT");
* "Nghị định N/YYYY" without its code: decrees are only issued by the Government, so the
  number is completed to "N/YYYY/NĐ-CP" (no other type is completed);
* a named law or code, with or without its year or number: "Luật Đất đai 2024", "Bộ luật
  Hình sự", "Luật Nhà ở (sửa đổi)", "Luật Đất đai số 31/2024/QH15" (one reference), "Hiến
  pháp năm 2013"; an unknown law title is taken only when its year follows ("Luật Thủ đô
  2024"), a known one when it is capitalised or has a year;
* a few documents the press names by number alone ("Nghị quyết 57", "Đề án 06"), listed in
  the lexicon.

Not recognised: a bare number whose type is named in words ("Quyết định 1234 của Thủ
tướng"): without its code it cannot be told apart from other documents of that number.
Numbers inside a URL are skipped. A number without a year takes the year of a date that
follows it ("07/CT-TTg ngày 14/5/2024" → 2024).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from toancanh.analyze.legal_numbers import ParsedNumber, parse_number, tokens
from toancanh.analyze.legal_types import (
    DISPATCH_TYPE,
    GENERIC_TYPE,
    LAW_TAIL,
    LAW_YEAR,
    YEAR,
    lexicon,
    patterns,
    title_key,
)
from toancanh.analyze.types import LegalRef
from toancanh.text.normalize import display_form, fold_letters

if TYPE_CHECKING:  # the evaluation imports this module: no import cycle at run time
    from toancanh.analyze.legal_eval import LegalRefReport

# A number: digits, then tokens joined by / or - (spaces allowed around them); on the
# original text, so a code is any run of letters ("NĐ", "nd").
_CANDIDATE = re.compile(
    r"[0-9](?<![\w/.\-–‑&][0-9])[0-9]{0,4}"  # the lookbehind second: legal_types.word_start
    r"(?:[ \t]*[/\-–‑][ \t]*(?:[0-9]+|[^\W\d_]+(?:&[^\W\d_]+)*[0-9]*))+"
)
_LETTER = re.compile(r"[^\W\d_]")
_SHORT = re.compile(r"[0-9]+[ \t]*/[ \t]*[0-9]{4}")
_DATE_AFTER = re.compile(
    rf"""[ \t]*,?[ \t]*\(?[ \t]*(?:ban\s+hanh\s+)?
    (?:ngay\s+[0-9]{{1,2}}\s*(?:[/.\-]\s*[0-9]{{1,2}}\s*[/.\-]|thang\s+[0-9]{{1,2}}\s*,?\s*nam)
    |nam)\s*(?P<y>{YEAR})(?![0-9])""",
    re.VERBOSE,
)
_GAP_TO_NUMBER = re.compile(r"[\s,(]*(?:so\b)?[\s:.]*")  # "Luật Đất đai số 31/2024/QH15"
_URL = re.compile(r"(?:https?://|www\.|\w\.(?:vn|com|net|org|gov|edu|info)/)", re.IGNORECASE)
# Words that end a guessed law title: a verb or a link word, not part of a name.
_TITLE_STOPS = (
    "có được đã sẽ từ vào là cho khi này đó để thì mà năm đang vừa mới ngày tháng với do bị "
    "theo trong trước sau nhưng luật duoc se vao nhung ngay thang"
)
_NOT_IN_TITLE = frozenset(_TITLE_STOPS.split())

# "các luật", "ba luật": a list of titles follows, each without "Luật" before it.
_PLURAL = re.compile(r"(?<!\w)(?:cac|nhung|hai|ba|bon|nam|sau|bay|tam|chin|muoi|[0-9]+)\s+\Z")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;]|va(?!\w))")
_CODE_BEFORE = re.compile(r"(?<!\w)bo\s+\Z")
# "Luật" as a field of study or part of a firm's or school's name.
_NOT_A_LAW_BEFORE = re.compile(
    r"(?<!\w)(?:dai\s+hoc|truong|khoa|nganh|thac\s+si|tien\s+si|cu\s+nhan|cong\s+ty"
    r"|van\s+phong|doan|hang|hoc|mon)\s+\Z"
)


def find_legal_refs(text: str) -> tuple[LegalRef, ...]:
    """The legal references in ``text`` (NFC, as ``Document.text``), in order, not overlapping.

    Spans are offsets into ``text``; ``mention`` is ``text[start:end]``, the type words and
    "số" included ("Nghị định số 100/2019/NĐ-CP").
    """
    return _find(text, standalone=False)


def canonical_number(raw: str) -> str | None:
    """The canonical number of the first numbered reference in ``raw``, or None.

    For what users type in a filter: "nghi dinh 15/2020/nd-cp" → "15/2020/NĐ-CP",
    "57/nq-tw" → "57-NQ/TW", "Nghị quyết 57" → "57-NQ/TW". A canonical number maps to
    itself. A number alone needs no type word here ("43/CP").
    """
    refs = _find(display_form(raw[:2000]), standalone=True)
    return next((ref.number for ref in refs if ref.number), None)


def _find(text: str, *, standalone: bool) -> tuple[LegalRef, ...]:
    # Folding a whole article costs more than all the scans: the scans run on the original
    # text (patterns match letters with or without diacritics), and only the few windows
    # around what they find are folded, in place, into a copy of the same length.
    pats = patterns()
    numbers = [m for m in _CANDIDATE.finditer(text) if _worth_parsing(m.group())]
    laws = list(pats.law_start.finditer(text))
    known = list(pats.well_known.finditer(text))
    aliases = list(pats.code_alias.finditer(text)) if "BL" in text else []
    if not (numbers or laws or known or aliases):
        return ()
    windows = [(m.start() - 40, m.end() + 60) for m in numbers]
    windows += [(m.start() - 20, m.end() + 400) for m in laws]
    windows += [(m.start(), m.end() + 40) for m in (*known, *aliases)]
    folded = _fold_windows(text, windows)
    found = _numbered(text, folded, numbers, standalone)
    found += _named(text, folded, laws, aliases) + _well_known(text, folded, known)
    found = [ref for ref in found if not _in_url(text, ref)]
    return _merge(text, folded, sorted(found, key=lambda r: (r.start, r.start - r.end)))


def _worth_parsing(candidate: str) -> bool:
    """A number with a code, or "N/YYYY" (a decree's short form); not a date or a ratio."""
    return _LETTER.search(candidate) is not None or _SHORT.fullmatch(candidate) is not None


def _fold_windows(text: str, windows: list[tuple[int, int]]) -> str:
    pieces: list[str] = []
    done = 0
    for start, end in sorted(windows):
        start, end = max(start, done), min(end, len(text))
        if end > start:
            pieces += (text[done:start], fold_letters(text[start:end]))
            done = end
    return "".join((*pieces, text[done:]))


def _in_url(text: str, ref: LegalRef) -> bool:
    """Whether the reference sits inside a URL (the run of non-space text around it)."""
    start, end = ref.start, ref.end
    while start > 0 and not text[start - 1].isspace() and ref.start - start < 300:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - ref.end < 300:
        end += 1
    return _URL.search(text, start, end) is not None


def _numbered(
    text: str, folded: str, numbers: list[re.Match[str]], standalone: bool
) -> list[LegalRef]:
    refs: list[LegalRef] = []
    for match in numbers:
        parsed = parse_number(tokens(folded, text, match.start(), match.end()))
        if parsed is None:
            continue
        window = max(0, match.start() - 40)
        word = patterns().type_word.search(folded, window, match.start())
        start = word.start() if word else match.start()
        ref = _numbered_ref(parsed, word.group("w") if word else None, standalone)
        if ref is None:
            continue
        year = ref.year or _year_after(folded, parsed.end) or _known_year(ref.number)
        refs.append(_at(ref, text, start, parsed.end, year=year))
    return refs


def _numbered_ref(parsed: ParsedNumber, word: str | None, standalone: bool) -> LegalRef | None:
    named = lexicon().type_by_word(word) if word else None
    number, type_name, issuer = parsed.number, parsed.type, parsed.issuer
    if parsed.form == "short":
        if named is None or named.name != "Nghị định":
            return None
        number, type_name, issuer = f"{parsed.number}/NĐ-CP", "Nghị định", "CP"
    elif parsed.form == "dispatch":
        if "-" not in number and named is None and not standalone:
            return None  # "43/CP" is a number only when a type is named before it
        type_name = named.name if named and named.name != GENERIC_TYPE else DISPATCH_TYPE
    elif parsed.form == "assembly":
        type_name = named.name if named else GENERIC_TYPE
    elif named and parsed.type_code in named.accepts:
        type_name = named.name  # "Quy định 144-QĐ/TW": the Party's QĐ is also a regulation
    return LegalRef("", type_name or GENERIC_TYPE, number, issuer, parsed.year)


def _known_year(number: str | None) -> int | None:
    # A Party number has no year, but the lexicon knows the year of the famous ones.
    return next((w.year for w in lexicon().well_known if w.number == number), None)


def _year_after(folded: str, end: int) -> int | None:
    match = _DATE_AFTER.match(folded, end)
    return int(match.group("y")) if match else None


def _named(
    text: str, folded: str, laws: list[re.Match[str]], aliases: list[re.Match[str]]
) -> list[LegalRef]:
    pats = patterns()
    refs: list[LegalRef] = []
    for keyword in laws:
        ref = _named_at(text, folded, keyword)
        if ref is not None:
            refs.append(ref)
            if ref.type == "Luật" and _PLURAL.search(folded, max(0, ref.start - 12), ref.start):
                refs += _law_list(text, folded, ref.end)
    for alias in aliases:
        ref = LegalRef("", "Bộ luật", None, None, None, pats.code_aliases[alias.group("t")])
        year = LAW_YEAR.match(folded, alias.end())
        end = year.end() if year else alias.end()
        refs.append(_at(ref, text, alias.start(), end, year=_law_year(year)))
    return refs


def _law_list(text: str, folded: str, end: int) -> list[LegalRef]:
    """The other titles of "các luật Đất đai, Nhà ở và Kinh doanh bất động sản"."""
    pats, refs = patterns(), []
    while (sep := _LIST_SEPARATOR.match(folded, end)) and (
        title := pats.law_title.match(folded, sep.end())
    ):
        if not text[title.start("t")].isupper():
            break
        name = pats.law_names[title_key(title.group("t"))]
        tail = LAW_TAIL.match(folded, title.end())
        end = tail.end() if tail else title.end()
        ref = LegalRef("", "Luật", None, None, None, f"Luật {name}")
        refs.append(_at(ref, text, title.start("t"), end, year=_law_year(tail)))
    return refs


def _named_at(text: str, folded: str, keyword: re.Match[str]) -> LegalRef | None:
    pats = patterns()
    begin, after = keyword.start(), keyword.end()
    kind = " ".join(folded[begin:after].split())
    code = _CODE_BEFORE.search(folded, max(0, begin - 8), begin)
    if kind == "luat" and code and text[code.start() : code.start() + 2].lower() in ("bộ", "bo"):
        kind, begin = "bo luat", code.start()  # "Bộ luật"; not "công bố Luật"
    if kind == "hien phap":
        year = LAW_YEAR.match(folded, after)
        if not (text[begin].isupper() or year):
            return None
        end = year.end() if year else after
        ref = LegalRef("", "Hiến pháp", None, None, None, "Hiến pháp")
        return _at(ref, text, begin, end, year=_law_year(year))
    table = pats.code_names if kind == "bo luat" else pats.law_names
    title = (pats.code_title if kind == "bo luat" else pats.law_title).match(folded, after)
    if title is not None:
        tail = LAW_TAIL.match(folded, title.end())
        year = tail if tail and (tail.group("y") or tail.group("py")) else None
        capitalised = text[title.start("t")].isupper()
        if not (capitalised or year or kind == "bo luat"):
            return None
        name = table[title_key(title.group("t"))]
        full = name if kind == "bo luat" else f"Luật {name}"
        ref = LegalRef("", "Bộ luật" if kind == "bo luat" else "Luật", None, None, None, full)
        end = tail.end() if tail else title.end()
        return _at(ref, text, begin, end, year=_law_year(year))
    return _guessed_law(text, folded, begin, after, kind)


def _guessed_law(text: str, folded: str, begin: int, after: int, kind: str) -> LegalRef | None:
    """A law missing from the lexicon, taken only when capitalised and followed by a year."""
    match = patterns().guessed_title.match(folded, after)
    if match is None or not text[match.start("t")].isupper():
        return None
    if _NOT_A_LAW_BEFORE.search(folded, max(0, begin - 20), begin):
        return None  # "Đại học Luật Hà Nội", "thạc sĩ Luật Kinh tế năm 2015"
    written = text[match.start("t") : match.end("t")]
    words = [w.strip(",").lower() for w in written.split()]
    if any(w in _NOT_IN_TITLE or w.isdigit() for w in words):
        return None
    type_name = "Bộ luật" if kind == "bo luat" else "Luật"
    title = f"{type_name} {' '.join(written.split())}"
    ref = LegalRef("", type_name, None, None, None, title)
    return _at(ref, text, begin, match.end(), year=_law_year(match))


def _law_year(match: re.Match[str] | None) -> int | None:
    if match is None:
        return None
    value = match.group("y") or match.group("py")
    return int(value) if value else None


def _well_known(text: str, folded: str, known: list[re.Match[str]]) -> list[LegalRef]:
    pats = patterns()
    refs: list[LegalRef] = []
    for match in known:
        key = title_key(re.sub(r"(?<!\w)so\s+", "", folded[match.start() : match.end()]))
        index = pats.well_known_keys.get(key)
        if index is None:
            continue  # "Nghị định 57": a name and a number, but not a known pair
        entry = lexicon().well_known[index]
        ref = LegalRef("", entry.type, entry.number, entry.issuer, entry.year, entry.title)
        refs.append(_at(ref, text, match.start(), match.end()))
    return refs


def _at(ref: LegalRef, text: str, start: int, end: int, *, year: int | None = None) -> LegalRef:
    return LegalRef(
        mention=text[start:end],
        type=ref.type,
        number=ref.number,
        issuer=ref.issuer,
        year=year if year is not None else ref.year,
        title=ref.title,
        start=start,
        end=end,
    )


def _merge(text: str, folded: str, refs: list[LegalRef]) -> tuple[LegalRef, ...]:
    """Join a named law with the number that follows it; drop overlaps (first, longest wins)."""
    kept: list[LegalRef] = []
    for ref in refs:
        if kept and _law_then_number(folded, kept[-1], ref):
            law = kept.pop()
            ref = LegalRef(
                text[law.start : ref.end],
                law.type,
                ref.number,
                ref.issuer,
                ref.year,
                law.title,
                law.start,
                ref.end,
            )
        if not kept or ref.start >= kept[-1].end:
            kept.append(ref)
    return tuple(kept)


def _law_then_number(folded: str, law: LegalRef, ref: LegalRef) -> bool:
    if law.number is not None or law.type not in ("Luật", "Bộ luật") or ref.number is None:
        return False
    if not (ref.issuer or "").startswith(("QH", "UBTVQH")) or ref.start < law.end:
        return False
    gap = _GAP_TO_NUMBER.fullmatch(folded, law.end, ref.start)
    return gap is not None and ref.start - law.end <= 12


def evaluate_legal_refs(path: Path) -> LegalRefReport:
    """Precision, recall and F1 on a gold JSONL file: see ``legal_eval.evaluate_legal_refs``."""
    from toancanh.analyze.legal_eval import evaluate_legal_refs as evaluate

    return evaluate(path)
