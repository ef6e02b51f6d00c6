"""Vietnamese legal document types: the lexicon of codes, and the patterns made from it.

The lexicon (``data/lexicon/legal_types.json``) names the types of document ("Nghị
định"), their codes ("NĐ"), the issuing bodies ("BTTTT", with the body holding its
functions today), the laws and codes by title and the well-known documents ("Nghị quyết
57"). ``patterns`` turns it into the regular expressions ``legal_refs`` scans with; the
grammar of document numbers is in ``legal_numbers``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from toancanh.text.normalize import fold_letters

LEXICON_PACKAGE = "toancanh.data"
LEXICON_FILE = "lexicon/legal_types.json"
GENERIC_TYPE = "Văn bản"  # an assembly number with no type word before it
DISPATCH_TYPE = "Công văn"
ASSEMBLY = re.compile(r"(ubtvqh|qh)([0-9]{2})")  # an assembly code and its term: "qh15"


@dataclass(frozen=True)
class Issuer:
    code: str  # canonical: "BTTTT"
    name: str  # "Bộ Thông tin và Truyền thông"
    current: str  # the body holding its functions today (the same when unchanged)
    party: bool = False


@dataclass(frozen=True)
class DocType:
    name: str  # "Nghị định"
    words: tuple[str, ...]  # folded words that name it in text: "nghi dinh"
    accepts: frozenset[str]  # canonical type codes a number may carry under this name


@dataclass(frozen=True)
class WellKnown:
    aliases: tuple[str, ...]  # folded: "nghi quyet 57"
    number: str
    type: str
    issuer: str
    year: int
    title: str


@dataclass(frozen=True)
class LegalLexicon:
    doc_types: tuple[DocType, ...]
    type_codes: dict[str, tuple[str, ...]]  # folded code → canonical variants, default first
    code_types: dict[str, str]  # canonical type code → type name
    year_only_codes: frozenset[str]  # canonical codes valid only in a number with a year
    issuers: dict[str, Issuer]  # folded code → issuer (assembly codes without the term)
    departments: dict[str, str]  # folded → canonical casing
    laws: tuple[str, ...]  # titles without "Luật ": "Đất đai"
    law_abbreviations: dict[str, str]  # "BHXH" → "Bảo hiểm xã hội"
    codes: tuple[tuple[str, tuple[str, ...]], ...]  # ("Bộ luật Hình sự", ("BLHS",))
    well_known: tuple[WellKnown, ...]

    def type_by_word(self, folded_word: str) -> DocType | None:
        word = " ".join(folded_word.split())
        return next((t for t in self.doc_types if word in t.words), None)


def fold(text: str) -> str:
    return " ".join(fold_letters(text).split())


@lru_cache(maxsize=1)
def lexicon() -> LegalLexicon:
    """The shipped lexicon, read once per process (the file cannot change while we run)."""
    text = resources.files(LEXICON_PACKAGE).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(json.loads(text))


def parse_lexicon(data: dict[str, Any]) -> LegalLexicon:
    type_codes: dict[str, list[str]] = {}
    for entry in data["type_codes"]:
        type_codes.setdefault(_key(entry["code"]), []).append(entry["code"])
    for key, variants in data["ambiguous_without_diacritics"].items():
        if isinstance(variants, list):
            type_codes[_key(key)] = list(variants)
    issuers = {
        _key(e["code"]): Issuer(e["code"], e["name"], e.get("current", e["name"]), party)
        for party, group in ((False, data["issuers"]), (True, data["party_bodies"]))
        for e in group
    }
    return LegalLexicon(
        doc_types=tuple(
            DocType(t["name"], tuple(fold(w) for w in t["words"]), frozenset(t["accepts"]))
            for t in data["doc_types"]
        ),
        type_codes={k: tuple(v) for k, v in type_codes.items()},
        code_types={e["code"]: e["type"] for e in data["type_codes"]},
        year_only_codes=frozenset(e["code"] for e in data["type_codes"] if e.get("with_year_only")),
        issuers=issuers,
        departments={_key(code): code for code in data["department_codes"]},
        laws=tuple(data["laws"]),
        law_abbreviations={k: v for k, v in data["law_abbreviations"].items() if k != "note"},
        codes=tuple((c["title"], tuple(c["aliases"])) for c in data["codes"]),
        well_known=tuple(
            WellKnown(
                tuple(fold(a) for a in w["aliases"]),
                w["number"],
                w["type"],
                w["issuer"],
                w["year"],
                w["title"],
            )
            for w in data["well_known"]
        ),
    )


def issuer_info(code: str) -> Issuer | None:
    """The body behind an issuer code as written in a number ("BYT", "QH15", "TW")."""
    key = _key(code)
    assembly = ASSEMBLY.fullmatch(key)
    found = lexicon().issuers.get(assembly.group(1) if assembly else key)
    if found and assembly:
        term = int(assembly.group(2))
        return Issuer(code, f"{found.name} khóa {_roman(term)}", found.current)
    return found


def _key(code: str) -> str:
    return fold_letters(code).replace("&", "")


def _roman(value: int) -> str:
    digits = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for size, letters in digits:
        count, value = divmod(value, size)
        out += letters * count
    return out


# --- patterns made from the lexicon ----------------------------------------------------

YEAR = r"(?:19|20)[0-9]{2}"
_ALIAS = re.compile(r"(.*?)\s*([0-9]+)")  # a well-known name: words, then its number
_AMEND_WORDS = r"sua\s+doi(?:\s*,?\s*bo\s+sung)?"  # "(sửa đổi)", "sửa đổi, bổ sung"
_AMEND = rf"(?:[ \t]*\([ \t]*{_AMEND_WORDS}[ \t]*\)|\s+{_AMEND_WORDS})"
_LAW_YEAR = (
    rf"(?:[ \t]*\([ \t]*(?:nam\s+)?(?P<py>{YEAR})[ \t]*\)|\s+(?:nam\s+)?(?P<y>{YEAR}))"
    r"(?![0-9/\-–‑])"
)
LAW_YEAR = re.compile(_LAW_YEAR)
LAW_TAIL = re.compile(rf"(?P<a>{_AMEND})?(?:{_LAW_YEAR})?")
# Letters that fold to each base letter: a folded phrase becomes a pattern that matches it
# as written, in either case, with or without diacritics.
_VI_LETTERS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ",
    "e": "eèéẻẽẹêềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự",
    "y": "yỳýỷỹỵ",
    "d": "dđ",
}
_LETTER_CLASS = re.compile(r"\[[^\]]+\]")


def vi_pattern(folded: str) -> str:
    """A pattern for a folded phrase as written in the original text ("luat" → "Luật")."""
    words = [w for w in re.split(r"[\s,]+", folded) if w]
    return r"(?:\s*[,\-–]\s*|\s+)".join("".join(map(_vi_char, word)) for word in words)


def _vi_char(char: str) -> str:
    if not char.isalpha():
        return re.escape(char)
    letters = _VI_LETTERS.get(char, char)
    return f"[{letters}{letters.upper()}]"


def word_start(alternatives: list[str]) -> str:
    """Alternatives (``vi_pattern`` results) that must start a word, as one fast pattern.

    Python's regex engine scans quickly for a pattern's first character when that is a
    plain class; a leading lookbehind or alternation loses that (3-5 times slower on an
    article). So: one class of all first letters, then the word-start check, then each
    alternative's rest under a lookbehind on its own first letter.
    """
    firsts = [_LETTER_CLASS.match(a) for a in alternatives]
    union = "".join(sorted({c for f in firsts if f for c in f.group()[1:-1]}))
    rests = "|".join(
        f"(?<={f.group()}){a[f.end() :]}" for f, a in zip(firsts, alternatives, strict=True) if f
    )
    return rf"[{union}](?<![\w/\-–‑].)(?:{rests})"


@dataclass(frozen=True)
class Patterns:
    type_word: re.Pattern[str]  # a type named in words right before a number
    law_start: re.Pattern[str]  # "luật", "bộ luật", "hiến pháp" (original text)
    law_title: re.Pattern[str]  # a known law title after "luật "
    code_title: re.Pattern[str]  # a known code title after "bộ luật "
    guessed_title: re.Pattern[str]  # any capitalised title followed by a year
    code_alias: re.Pattern[str]  # "BLHS" (on the original text)
    well_known: re.Pattern[str]  # on the original text
    law_names: dict[str, str]  # folded title without spaces/commas → title as written
    code_names: dict[str, str]
    code_aliases: dict[str, str]  # "BLHS" → "Bộ luật Hình sự"
    well_known_keys: dict[str, int]  # folded alias without spaces → index in the lexicon


def phrase(folded: str) -> str:
    """A folded phrase as a pattern that allows any spacing and optional commas."""
    words = [re.escape(w) for w in re.split(r"[\s,]+", folded) if w]
    return r"(?:\s*[,\-–]\s*|\s+)".join(words)


def title_key(folded: str) -> str:
    return re.sub(r"[\s,\-–]+", "", folded)


def alternation(phrases: list[str]) -> str:
    return "|".join(phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _alias_parts(alias: str) -> tuple[str, str]:
    """Words and number of a well-known name ("nghi quyet 57" → "nghi quyet", "57")."""
    match = _ALIAS.fullmatch(alias)
    if match is None:  # the shipped lexicon has none; a bad edit of it fails loudly here
        raise ValueError(f"well-known alias {alias!r} does not end in a number")
    return match.group(1), match.group(2)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    words = [w for t in lex.doc_types for w in t.words]
    laws = {title_key(fold(title)): title for title in lex.laws}
    laws |= {title_key(fold(short)): title for short, title in lex.law_abbreviations.items()}
    codes = {title_key(fold(title.removeprefix("Bộ luật "))): title for title, _ in lex.codes}
    aliases = {alias: title for title, names in lex.codes for alias in names}
    known = {title_key(a): i for i, w in enumerate(lex.well_known) for a in w.aliases}
    parts = [_alias_parts(a) for w in lex.well_known for a in w.aliases]
    heads = sorted({head for head, _ in parts})
    numbers = sorted({number for _, number in parts})
    well_known = (
        rf"{word_start([vi_pattern(h) for h in heads])}\s*(?:{vi_pattern('so')}\s+)?"
        rf"(?:{'|'.join(numbers)})(?![\w/\-–‑]|[.,][0-9])"
    )
    return Patterns(
        type_word=re.compile(rf"(?<!\w)(?P<w>{alternation(words)})(?:\s+so)?\s*[:.]?\s*\Z"),
        law_start=re.compile(rf"{word_start([vi_pattern('luat'), vi_pattern('hien phap')])}(?!\w)"),
        law_title=re.compile(
            rf"\s+(?P<t>{alternation([fold(t) for t in (*lex.laws, *lex.law_abbreviations)])})"
            r"(?!\w)"
        ),
        code_title=re.compile(
            rf"\s+(?P<t>{alternation([fold(t.removeprefix('Bộ luật ')) for t, _ in lex.codes])})"
            r"(?!\w)"
        ),
        guessed_title=re.compile(
            rf"\s+(?P<t>\w+(?:[ \t]*,?[ \t]+\w+){{0,6}}?)(?P<a>{_AMEND})?{_LAW_YEAR}"
        ),
        code_alias=re.compile(rf"(?<![\w/\-–‑])(?P<t>{'|'.join(aliases)})(?!\w)"),
        well_known=re.compile(well_known),
        law_names=laws,
        code_names=codes,
        code_aliases=aliases,
        well_known_keys=known,
    )
