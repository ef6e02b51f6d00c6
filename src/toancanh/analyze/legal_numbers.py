"""Vietnamese legal document numbers: the grammar that reads them.

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
The codes themselves come from the lexicon (``legal_types``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toancanh.analyze.legal_types import ASSEMBLY, lexicon
from toancanh.text.normalize import fold_letters

# One token: a number, or a code of letters ("&" inside, digits at the end: "qh15").
TOKEN = re.compile(r"(?P<sep>[ \t]*[/\-–‑][ \t]*)?(?P<tok>[0-9]+|[a-z]+(?:&[a-z]+)*[0-9]*)")
_CODE_SIZE = range(2, 15)  # letters in an unknown issuer or unit code
_MAX_CODES = 5  # issuers and units after the type code (a joint circular has 2-4 issuers)
MIN_YEAR, MAX_YEAR = 1945, 2099


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
    assembly = ASSEMBLY.fullmatch(rest[1].text)
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
        if known is None and ASSEMBLY.fullmatch(token.text):
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
