"""Figures in a Vietnamese sentence: amounts (with ranges and units), dates, negation.

What a claim and an official statement can disagree on, in a form that compares:

* amounts: "5 triệu đồng", "2,5 tỷ", "1.200", "15%", "15 phần trăm", "từ 2 đến 3 triệu
  đồng" (one amount, a range; the multiplier of the upper end applies to the lower one),
  with their unit ("đồng", "%", "km", "ngày", "tháng", "năm", ...);
* dates: "ngày 1/1/2026", "1/7", "từ tháng 9", "tháng 9/2025", "năm 2025", "quý III", with
  the word that places them ("từ", "trước", "đến"...);
* negation: "không", "chưa", "không được", "cấm"; "không quá"/"không dưới" are bounds, not
  negation, and "không khí", "hàng không" are words.

Vietnamese writes "." between thousands and "," before decimals: "1.200" is 1200 and
"2,5" is 2.5; "2.5" (one or two digits after the point) is read as a decimal, as some
outlets write it. Numbers inside legal references ("100/2019/NĐ-CP", "Điều 5") are not
amounts. Scanning works on ``fold_letters`` of the text (same length), so every offset
is an offset in the text as written. The parser never raises: any text gives figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from toancanh.text.normalize import fold_letters

MULTIPLIERS = {"nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
# Folded unit words → the unit reported. Longer forms first (the alternation is ordered).
UNITS = {
    "phan tram": "%",
    "%": "%",
    "dong": "đồng",
    "vnd": "đồng",
    "km/h": "km/h",
    "km": "km",
    "kwh": "kWh",
    "m2": "m²",
    "ngay": "ngày",
    "thang": "tháng",
    "nam": "năm",
    "gio": "giờ",
    "tuoi": "tuổi",
    "diem": "điểm",
    "lan": "lần",
    "nguoi": "người",
    "tin chi": "tín chỉ",
}
_NUMBER = r"\d+(?:[.,]\d+)*"
_MULT = r"(?:nghin|ngan|trieu|ty|ti)\b"
_UNIT = "|".join(re.escape(u) + (r"\b" if u[-1].isalnum() else "") for u in UNITS)
_AMOUNT = re.compile(
    rf"(?<![\w/.,])(?:(?P<from>tu)\s+)?(?P<low>{_NUMBER})(?:\s*(?P<lowmult>{_MULT}))?"
    rf"(?:(?:\s*(?P<lowunit>{_UNIT}))?\s*(?:-|–|den|toi)\s*(?P<high>{_NUMBER}))?"
    r"(?!\s*/\s*\d)(?![\w/])"
    rf"(?:\s*(?P<mult>{_MULT}))?(?:\s*(?P<unit>{_UNIT}))?"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DATE = re.compile(
    r"(?<!\w)(?:(?P<rel>tu|ke tu|truoc|sau|den|den het|toi|trong)\s+)?(?:"
    r"(?:ngay\s+)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/])"
    r"(?!\s*(?:thang|ngay|nam|%|trieu|ty|nghin)\b)"
    r"|ngay\s+(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})(?:\s*(?:nam|,)\s*(?P<y2>\d{4}))?"
    r"|thang\s+(?P<m3>\d{1,2})(?:\s*(?:/|nam)\s*(?P<y3>\d{4}))?(?!\d)"
    r"|quy\s+(?P<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:/|nam)\s*(?P<y4>\d{4}))?"
    r"|nam\s+(?P<y5>(?:19|20)\d\d)\b"
    r")"
)
# A number after these words is a reference, not an amount ("Điều 5", "Nghị định 168").
_REFERENCE_BEFORE = re.compile(
    r"(?:dieu|khoan|diem|so|chuong|muc|nghi dinh|thong tu|quyet dinh|nghi quyet|luat|"
    r"chi thi|cong van|ke hoach|phu luc|lop|khoa)\s*$"
)
# Read with diacritics: folded, "chưa" would be "chữa" and "miễn" "miền". "miễn" (exempt)
# counts: "được miễn học phí" says no fee is due.
_NEGATION = re.compile(
    r"(?<!\w)(?:nghiêm cấm|cấm|không được|chưa được|không|chưa|chẳng|miễn)(?!\w)"
    r"(?!\s+(?:quá|dưới|ít hơn|nhiều hơn|vượt|khí|gian|phải là|chỉ|những)(?!\w))"
)
_NOT_NEGATION_BEFORE = re.compile(r"(?:hàng|phi|vũ trụ)\s*$")  # "hàng không"


@dataclass(frozen=True)
class Amount:
    """A number or a range, in its unit. ``low == high`` for a single value."""

    text: str
    low: float
    high: float
    unit: str  # "đồng", "%", "km", "ngày", ... or "" when none is written
    start: int = 0
    end: int = 0
    approx: bool = False  # written as about a value: "khoảng", "hơn", "gần", "trên"


@dataclass(frozen=True)
class DateMention:
    """A date as precise as it is written: any of its parts may be missing."""

    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    quarter: int | None = None
    relation: str = ""  # "tu", "truoc", "den"...: folded, as written before the date
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Figures:
    amounts: tuple[Amount, ...] = ()
    dates: tuple[DateMention, ...] = ()
    negations: tuple[str, ...] = field(default=())  # the cues as written: "không", "cấm"


def parse_number(raw: str) -> float | None:
    """ "1.200" → 1200, "2,5" → 2.5, "2.5" → 2.5, "1.200.000" → 1200000; None if not one."""
    if not raw or not raw[0].isdigit() or not raw[-1].isdigit():
        return None
    groups = re.split(r"[.,]", raw)
    seps = re.findall(r"[.,]", raw)
    if not seps:
        return float(raw)
    if "," in seps:  # Vietnamese decimal comma: everything before it is thousands
        if seps.count(",") > 1 or seps[-1] != ",":
            return None
        whole = "".join(groups[:-1])
        if len(groups) > 2 and any(len(g) != 3 for g in groups[1:-1]):
            return None
        return float(f"{whole}.{groups[-1]}")
    if all(len(g) == 3 for g in groups[1:]):
        return float("".join(groups))
    if len(seps) == 1:
        return float(f"{groups[0]}.{groups[1]}")
    return None


def parse_figures(text: str) -> Figures:
    """The amounts, dates and negation cues of ``text``. Never raises."""
    folded = fold_letters(text)
    dates = tuple(_dates(text, folded))
    taken = [(d.start, d.end) for d in dates]
    amounts = tuple(_amounts(text, folded, taken))
    negations = tuple(text[start:end] for start, end in negation_spans(text))
    return Figures(amounts=amounts, dates=dates, negations=negations)


def _amounts(text: str, folded: str, taken: list[tuple[int, int]]) -> list[Amount]:
    found: list[Amount] = []
    for match in _AMOUNT.finditer(folded):
        start = match.start("low") if match["from"] is None else match.start()
        if any(s < match.end("low") and start < e for s, e in taken):
            continue
        if _REFERENCE_BEFORE.search(folded, 0, match.start("low")):
            continue
        amount = _amount(match)
        if amount is None:
            continue
        low, high, unit = amount
        if not unit and _looks_like_years(match):
            continue  # "năm học 2025-2026", "giai đoạn 2021-2025": years, not amounts
        if match["high"] is None and match["from"] is not None:
            start = match.start("low")  # "từ 5 triệu" alone: a lower bound, kept as a value
        end = match.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        approx = bool(_APPROX_BEFORE.search(folded, max(0, start - 16), start))
        found.append(Amount(text[start:end], low, high, unit, start, end, approx))
    return found


# "khoảng 23,2 triệu", "hơn 23 triệu", "gần 95 triệu", "trên 95%" (in folded letters).
_APPROX_BEFORE = re.compile(r"(?<!\w)(?:khoang|hon|gan|tren|xap xi|chung|uoc tinh|uoc)\s+$")


def _looks_like_years(match: re.Match[str]) -> bool:
    ends = [match["low"], match["high"] or match["low"]]
    return all(e.isdigit() and len(e) == 4 and 1900 <= int(e) <= 2100 for e in ends)


def _amount(match: re.Match[str]) -> tuple[float, float, str] | None:
    low = parse_number(match["low"])
    high = parse_number(match["high"]) if match["high"] else low
    if low is None or high is None:
        return None
    low_mult = MULTIPLIERS.get(match["lowmult"] or "")
    mult = MULTIPLIERS.get(match["mult"] or "")
    # "từ 2 đến 3 triệu": the upper end's multiplier applies to both; "2 triệu - 3" too
    # ...but "từ 500.000 đồng đến 1 triệu đồng" has its own unit on the lower end
    low_factor = low_mult or (1.0 if match["lowunit"] else mult) or 1.0
    low, high = low * low_factor, high * (mult or low_mult or 1.0)
    unit = UNITS.get(match["unit"] or "", "")
    if not unit and (low_mult or mult):
        unit = "đồng"  # "5 triệu", "2,5 tỷ": in policy news, money unless a unit says not
    return (min(low, high), max(low, high), unit)


def _dates(text: str, folded: str) -> list[DateMention]:
    found: list[DateMention] = []
    for match in _DATE.finditer(folded):
        parts = _date_parts(match)
        if parts is None:
            continue
        day, month, year, quarter = parts
        found.append(
            DateMention(
                text[match.start() : match.end()],
                day,
                month,
                year,
                quarter,
                re.sub(r"\s+", " ", match["rel"] or ""),
                match.start(),
                match.end(),
            )
        )
    return found


_DateParts = tuple[int | None, int | None, int | None, int | None]


def _date_parts(match: re.Match[str]) -> _DateParts | None:
    def number(*names: str) -> int | None:
        value = next((match[n] for n in names if match[n]), None)
        return int(value) if value else None

    day, month = number("d", "d2"), number("m", "m2", "m3")
    year = number("y", "y2", "y3", "y4", "y5")
    quarter = _ROMAN.get(match["q"] or "") or (int(match["q"]) if match["q"] else None)
    if day is not None and not 1 <= day <= 31:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if match["d"] and not (year or match["rel"] or "ngay" in match.group(0)):
        return None  # "1/7" alone: a date only with "ngày", a year or "từ" ("tỷ lệ 1/3" is not)
    return day, month, year, quarter


def negation_spans(text: str) -> list[tuple[int, int]]:
    """Where the negation cues of ``text`` are."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters grow when lowercased ("İ")
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return [
        (match.start(), match.end())
        for match in _NEGATION.finditer(lowered)
        if not _NOT_NEGATION_BEFORE.search(lowered, 0, match.start())
    ]


def format_amount(value: float, unit: str = "đồng") -> str:
    """``value`` as Vietnamese press writes it: "2,5 tỷ đồng", "1.200 đồng", "15%"."""
    if unit == "%":
        return f"{_vi_number(value)}%"
    for word, size in (("tỷ", 1e9), ("triệu", 1e6)):
        if value >= size and round(value / size, 3) * size == value:
            return f"{_vi_number(value / size)} {word} {unit}".rstrip()
    return f"{_vi_number(value)} {unit}".rstrip()


def _vi_number(value: float) -> str:
    whole, _, decimals = f"{value:.3f}".rstrip("0").rstrip(".").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{decimals}" if decimals else grouped
