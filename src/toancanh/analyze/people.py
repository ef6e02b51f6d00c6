"""Public officials named with their title ("Thủ tướng Phạm Minh Chính").

Only a name that comes with a public title is a person mention: the project keeps no
record of private persons (DESIGN.md, "Scope and ethics"). Two shapes are read:

* title, then name: "Bộ trưởng Bộ Y tế Đào Hồng Lan", "Chủ tịch UBND TP Hà Nội Trần Sỹ
  Thanh", "Thứ trưởng Nguyễn Văn A", "Tổng thống Mỹ Donald Trump";
* word of address, name, comma, title: "ông Nguyễn Văn B, Giám đốc Sở Y tế Hà Nội".

A title from ``standalone`` (data/gazetteer/titles.json) is public by itself; one from
``with_body`` ("Chủ tịch", "Giám đốc") only when a public body or a foreign country
follows it, since "Giám đốc" alone may head a company. The mention spans title and name;
``title`` is the title with the body's full name ("Chủ tịch Ủy ban nhân dân thành phố Hà
Nội").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from toancanh.analyze.agencies import Agency, agency_at, agency_gazetteer, foreign_after
from toancanh.analyze.namematch import (
    AliasIndex,
    Scan,
    case_ok,
    forms_set,
    is_title,
    joined,
    load_json,
    make_alias,
    name_at,
    phrase_before,
    scan_text,
    word_form,
)
from toancanh.analyze.types import PersonMention

TITLES_FILE = "titles.json"
_MAX_NAME_WORDS = 5


@dataclass(frozen=True)
class Title:
    title: str  # canonical written form: "Phó Thủ tướng"
    standalone: bool  # public without a body after it
    minister: bool = False  # may be followed by a ministry's field: "Bộ trưởng Quốc phòng"
    named: str | None = None  # a fixed phrase's person ("Chủ tịch Hồ Chí Minh")


@dataclass(frozen=True)
class TitleGazetteer:
    titles: AliasIndex[Title]
    fields: AliasIndex[Agency]  # "Quốc phòng", "GD&ĐT": a ministry without "Bộ"
    address: frozenset[str]


@lru_cache(maxsize=1)
def title_gazetteer() -> TitleGazetteer:
    data = load_json(TITLES_FILE)
    standalone, ministers = set(data["standalone"]), set(data["ministers"])
    titles = [
        make_alias(t, Title(t, t in standalone, t in ministers))
        for t in dict.fromkeys([*data["standalone"], *data["with_body"]])
    ]
    titles += [
        make_alias(n["mention"], Title(n["title"], True, named=n["name"])) for n in data["named"]
    ]
    fields = [
        make_alias(alias[3:], body)
        for body in agency_gazetteer().bodies
        if body.kind == "ministry"
        for alias in body.aliases
        if alias.startswith("Bộ ")
    ]
    return TitleGazetteer(AliasIndex(titles), AliasIndex(fields), forms_set(data["address"]))


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    name: str
    title: str


def find_people(text: str) -> tuple[PersonMention, ...]:
    """Officials named with a title in ``text``, in order, without overlaps."""
    scan = scan_text(text)
    gaz = title_gazetteer()
    found: list[_Found] = []
    i = gaz.titles.next_candidate(scan, 0)
    while i is not None:
        nxt = i + 1
        for alias, end in gaz.titles.at(scan, i):
            person = _read_person(scan, i, end, alias.target, gaz)
            if person is not None:
                found.append(person)
                nxt = next(k for k in range(end, len(scan) + 1) if _at_or_after(scan, k, person))
                break
        i = gaz.titles.next_candidate(scan, nxt)
    kept: list[_Found] = []
    for person in sorted(found, key=lambda p: (p.start, -p.end)):
        if not kept or person.start >= kept[-1].end:
            kept.append(person)
    return tuple(
        PersonMention(text[p.start : p.end], p.name, p.title, p.start, p.end) for p in kept
    )


def _at_or_after(scan: Scan, k: int, person: _Found) -> bool:
    return k >= len(scan) or scan.starts[k] >= person.end


def _read_person(scan: Scan, i: int, end: int, title: Title, gaz: TitleGazetteer) -> _Found | None:
    if title.named is not None:
        if not case_ok(scan, i, make_alias(title.title + " " + title.named, None), titles="all"):
            return None
        return _Found(scan.starts[i], scan.ends[end - 1], title.named, title.title)
    parts, pos = _title_tail(scan, end, title, gaz)
    if len(parts) == 1 and not title.standalone:
        return None  # "Giám đốc" with no public body after it
    full = " ".join([title.title, *parts[1:]])
    name_end = name_at(scan, pos, _MAX_NAME_WORDS)
    if name_end is not None:
        name = scan.text[scan.starts[pos] : scan.ends[name_end - 1]]
        return _Found(scan.starts[i], scan.ends[name_end - 1], name, full)
    return _apposition(scan, i, pos, full, gaz)


def _title_tail(scan: Scan, pos: int, title: Title, gaz: TitleGazetteer) -> tuple[list[str], int]:
    """The body, ministry field and country after a title: their names, and the next word."""
    parts = [title.title]
    if pos < len(scan) and joined(scan, pos, most=1):
        hit = agency_at(scan, pos, lenient=True)
        if hit is not None:
            parts.append(hit.name)
            pos = hit.end if hit.place_end is None else hit.place_end
        elif title.minister:
            for alias, end in gaz.fields.at(scan, pos):
                if is_title(scan.word(pos)):
                    parts.append(alias.target.name)
                    pos = end
                    break
    country_end = foreign_after(scan, pos)
    if country_end is not None:
        parts.append(scan.text[scan.starts[pos] : scan.ends[country_end - 1]])
        pos = country_end
    return parts, pos


def _apposition(scan: Scan, i: int, pos: int, title: str, gaz: TitleGazetteer) -> _Found | None:
    """ "ông Nguyễn Văn B, Giám đốc Sở Y tế": a name and a comma before the title."""
    if i < 2 or scan.gap(i).strip() != ",":
        return None
    first = i
    while first > 0 and i - first < _MAX_NAME_WORDS:
        prev = first - 1
        if word_form(scan, prev) in gaz.address or not _is_name_word(scan.word(prev)):
            break
        if first < i and scan.gap(first) != " ":
            break
        first = prev
    if first == i or first == 0 or scan.gap(first) != " ":
        return None
    if not {phrase_before(scan, first, 1), phrase_before(scan, first, 2)} & gaz.address:
        return None  # "ông", "bà", "đồng chí": without one, the name may be anyone's
    name = scan.text[scan.starts[first] : scan.ends[i - 1]]
    return _Found(scan.starts[first], scan.ends[pos - 1], name, title)


def _is_name_word(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or not word.isupper())
