"""Vietnamese legal document numbers: the lexicon of codes and the number grammar.

A number is a run of tokens joined by "/" or "-" (Nghị định 30/2020/NĐ-CP, appendix on
numbering; the Party's rules for its own documents):

* normative:    ``62/2020/NĐ-CP``, ``01/2023/TT-BNV``, ``14/2015/TTLT-BTNMT-BNV``
* assembly:     ``31/2024/QH15``, ``1211/2016/UBTVQH13`` (the type is named in words)
* plain:        ``07/CT-TTg``, ``1234/QĐ-UBND``, ``45/TB-VPCP``
* Party:        ``57-NQ/TW``, ``144-QĐ/TW`` (also recognised when typed ``57/NQ-TW``)
* dispatch:     ``3456/BYT-KHTC`` (công văn: issuer then drafting unit, no type code)

Tokens are read on ``fold_letters`` text (lowercase, no diacritics, one character per
character), so "nd-cp", "ND - CP" and "NĐ-CP" are one code. The canonical form restores
"Đ", the official casing ("TTg"), drops "&" ("BGD&ĐT" → "BGDĐT") and writes a number
below 10 with a leading zero ("1/2023/TT-BNV" → "01/2023/TT-BNV"), as documents do.
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
MIN_YEAR, MAX_YEAR = 1945, 2099
GENERIC_TYPE = "Văn bản"  # an assembly number with no type word before it
DISPATCH_TYPE = "Công văn"

# One token: a number, or a code of letters ("&" inside, digits at the end: "qh15").
TOKEN = re.compile(r"(?P<sep>[ \t]*[/\-–‑][ \t]*)?(?P<tok>[0-9]+|[a-z]+(?:&[a-z]+)*[0-9]*)")
_ASSEMBLY = re.compile(r"(ubtvqh|qh)([0-9]{2})")
_CODE_SIZE = range(2, 15)  # letters in an unknown issuer or unit code
_MAX_CODES = 5  # issuers and units after the type code (a joint circular has 2-4 issuers)


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


@dataclass(frozen=True)
class ParsedNumber:
    number: str  # canonical
    type: str | None  # from the type code; None when the number carries none
    type_code: str | None  # canonical type code: "NĐ"
    issuer: str | None
    year: int | None
    end: int  # where the accepted tokens end in the scanned text
    form: str  # "normative", "assembly", "plain", "party", "dispatch", "short"


@dataclass(frozen=True)
class _Token:
    text: str  # folded
    original: str  # as written
    start: int
    end: int
    sep: str  # "/" or "-" ("" for the first token)
    spaced: bool  # spaces around the separator before it


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
    assembly = _ASSEMBLY.fullmatch(key)
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


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = lexicon()
    words = [w for t in lex.doc_types for w in t.words]
    laws = {title_key(fold(title)): title for title in lex.laws}
    laws |= {title_key(fold(short)): title for short, title in lex.law_abbreviations.items()}
    codes = {title_key(fold(title.removeprefix("Bộ luật "))): title for title, _ in lex.codes}
    aliases = {alias: title for title, names in lex.codes for alias in names}
    known = {title_key(a): i for i, w in enumerate(lex.well_known) for a in w.aliases}
    heads = sorted({_ALIAS.fullmatch(a).group(1) for w in lex.well_known for a in w.aliases})
    numbers = sorted({_ALIAS.fullmatch(a).group(2) for w in lex.well_known for a in w.aliases})
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


# --- the number grammar -----------------------------------------------------------------


def tokens(folded: str, original: str, start: int, end: int) -> list[_Token]:
    """The tokens of a candidate number found at ``folded[start:end]``."""
    found: list[_Token] = []
    for match in TOKEN.finditer(folded, start, end):
        sep = (match.group("sep") or "").strip()
        found.append(
            _Token(
                match.group("tok"),
                original[match.start("tok") : match.end("tok")],
                match.start("tok"),
                match.end("tok"),
                "/" if sep == "/" else ("-" if sep else ""),
                bool(match.group("sep")) and match.group("sep") != sep,
            )
        )
    return found


def parse_number(found: list[_Token]) -> ParsedNumber | None:
    """Read a token list as a document number; None when it is not one."""
    if len(found) < 2 or not found[0].text.isdigit() or int(found[0].text) == 0:
        return None
    if int(found[0].text) > 99_999:
        return None
    head, rest = f"{int(found[0].text):02d}", found[1:]
    if rest[0].text.isdigit():
        return _normative(head, rest)
    type_code = _type_code(rest[0])
    if type_code and type_code not in lexicon().year_only_codes:
        return _plain(head, type_code, rest)
    issuer = _issuer(rest[0])
    if issuer and rest[0].sep == "/" and not _is_party(rest[0]):
        chain = _chain(rest[1:])
        code = "-".join([issuer, *chain])
        end = rest[len(chain)].end
        return ParsedNumber(f"{head}/{code}", None, None, issuer, None, end, "dispatch")
    return None


def _normative(head: str, rest: list[_Token]) -> ParsedNumber | None:
    year_token = rest[0]
    if len(year_token.text) != 4 or not MIN_YEAR <= int(year_token.text) <= MAX_YEAR:
        return None
    year = int(year_token.text)
    if len(rest) == 1:
        if year_token.sep != "/":
            return None
        return ParsedNumber(f"{head}/{year}", None, None, None, year, year_token.end, "short")
    assembly = _ASSEMBLY.fullmatch(rest[1].text)
    if assembly:
        code = assembly.group(1).upper() + assembly.group(2)
        return ParsedNumber(
            f"{head}/{year}/{code}", None, None, code, year, rest[1].end, "assembly"
        )
    type_code = _type_code(rest[1])
    if type_code is None:
        return None
    chain = _chain(rest[2:])
    if not chain:
        return None
    number = f"{head}/{year}/{type_code}-{'-'.join(chain)}"
    issuer = _joint_issuer(type_code, chain)
    type_name = lexicon().code_types[type_code]
    end = rest[1 + len(chain)].end
    return ParsedNumber(number, type_name, type_code, issuer, year, end, "normative")


def _plain(head: str, type_code: str, rest: list[_Token]) -> ParsedNumber | None:
    chain = _chain(rest[1:])
    if not chain:
        return None
    end = rest[len(chain)].end
    type_name = lexicon().code_types[type_code]
    if _is_party(rest[1]):
        # The Party writes "57-NQ/TW"; "57/NQ-TW" is the same document typed otherwise.
        number = f"{head}-{type_code}/{chain[0]}"
        return ParsedNumber(number, type_name, type_code, chain[0], None, rest[1].end, "party")
    number = f"{head}/{type_code}-{'-'.join(chain)}"
    issuer = _joint_issuer(type_code, chain)
    return ParsedNumber(number, type_name, type_code, issuer, None, end, "plain")


def _joint_issuer(type_code: str, chain: list[str]) -> str:
    # A joint document names all its issuers; otherwise later parts are internal units.
    return "-".join(chain) if type_code.endswith("LT") else chain[0]


def _chain(rest: list[_Token]) -> list[str]:
    """Issuer and unit codes after a type code, canonical, as far as they read as codes."""
    codes: list[str] = []
    for token in rest[:_MAX_CODES]:
        if token.text.isdigit():
            break
        known = _issuer(token) or _department(token)
        if known is None and _ASSEMBLY.fullmatch(token.text):
            known = token.text.upper()
        if known is None:
            # An unknown unit code must look like one: capitalised, and not after a spaced
            # dash ("01/2023/TT-BNV - Bộ Nội vụ" ends at "BNV").
            written = token.original.replace("&", "")
            if not (_code_shaped(written) and written[0].isupper()) or token.spaced:
                break
            known = written.upper()
        codes.append(known)
    return codes


def _code_shaped(written: str) -> bool:
    """Letters that fold to a-z ("UBTƯMTTQVN"), and stay so in upper case (stable form)."""
    upper = written.upper()
    return (
        len(written) in _CODE_SIZE
        and len(upper) == len(written)
        and fold_letters(upper).isascii()
        and fold_letters(upper).isalpha()
    )


def _variant(token: _Token, variants: tuple[str, ...]) -> str:
    written = token.original.replace("&", "").upper()
    return next((v for v in variants if v.upper() == written), variants[0])


def _type_code(token: _Token) -> str | None:
    variants = lexicon().type_codes.get(token.text.replace("&", ""))
    return _variant(token, variants) if variants else None


def _issuer(token: _Token) -> str | None:
    found = lexicon().issuers.get(token.text.replace("&", ""))
    return found.code if found else None


def _is_party(token: _Token) -> bool:
    found = lexicon().issuers.get(token.text.replace("&", ""))
    return bool(found and found.party)


def _department(token: _Token) -> str | None:
    return lexicon().departments.get(token.text.replace("&", ""))
