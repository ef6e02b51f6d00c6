"""Party, State and Government bodies named in a text, linked to today's successor.

Central bodies come from ``data/gazetteer/agencies.json`` (names, abbreviations, the 2025
reorganisation with dates and successors). Local bodies are built from a head and a
provincial unit of ``places.json``: "UBND tỉnh Bình Dương" is the "Ủy ban nhân dân tỉnh
Bình Dương", whose functions are held today by the "Ủy ban nhân dân Thành phố Hồ Chí Minh";
"Sở GTVT Bình Dương" maps to "Sở Xây dựng Thành phố Hồ Chí Minh" (the department's and the
province's successors together). A head before a commune or district ("UBND xã Tân Hòa")
names that lower body as written; lower units are not modelled, so its current is itself.

A name is reported when its first word is capitalised and its abbreviations are in
capitals ("Bộ GD&ĐT", "NHNN"), except:

* a central body followed by a foreign country ("Bộ Ngoại giao Trung Quốc", "Quốc hội Mỹ");
* a central body followed by a province: a local branch ("Cục Thuế TP.HCM") not modelled;
* an office used as a person's title: "Thủ tướng Chính phủ Phạm Minh Chính", "Chủ tịch
  nước Lương Cường", "Phó Thủ tướng Chính phủ" (the person finder reports those);
* a longer name listed as ``blocked`` ("Chính phủ điện tử", "Ủy ban Kinh tế - Xã hội").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from toancanh.analyze.namematch import (
    Alias,
    AliasIndex,
    Scan,
    case_ok,
    forms_set,
    is_title,
    joined,
    load_json,
    make_alias,
    name_at,
    resolve_key,
    scan_text,
    space_before,
    word_form,
)
from toancanh.analyze.places import (
    Place,
    PlaceMatch,
    lookup_place,
    place_gazetteer,
    place_matches,
)
from toancanh.analyze.types import AgencyMention

AGENCIES_FILE = "agencies.json"
_CENTRAL_VARIANTS = ("TW", "TƯ", "T.Ư")  # ways the press abbreviates "Trung ương"
_LEVEL_NAMES = {"tp": "thành phố"}


@dataclass(frozen=True)
class Successor:
    name: str
    functions: str


@dataclass(frozen=True)
class Agency:
    id: str
    name: str  # full official name
    kind: str  # party, front, state, na_committee, judiciary, government, ministry, ...
    aliases: tuple[str, ...]  # every written form matched, abbreviations included
    current: str  # the body that holds the functions today (the main successor)
    current_id: str
    valid_from: str | None = None  # YYYY-MM-DD, or YYYY-MM where only the month is sure
    valid_to: str | None = None
    parent: str | None = None  # name of the ministry a department belongs to today
    successors: tuple[Successor, ...] = ()  # all successors, with the functions they took
    office: bool = False  # an office held by one person (Thủ tướng Chính phủ)
    note: str | None = None

    @property
    def abbreviations(self) -> tuple[str, ...]:
        return tuple(a for a in self.aliases if "upper" in make_alias(a, None).shapes)


@dataclass(frozen=True)
class LocalHead:
    id: str
    name: str  # "Ủy ban nhân dân", "Sở Giao thông vận tải"
    current_name: str  # the department holding its functions today ("Sở Xây dựng")
    needs_place: bool  # "Công an" alone is not a body
    party: bool = False  # Tỉnh ủy / Thành ủy: named after the unit's short name


Target = Agency | LocalHead | None  # None: a blocked longer name


@dataclass(frozen=True)
class AgencyGazetteer:
    bodies: tuple[Agency, ...]
    by_id: dict[str, Agency]
    by_key: dict[str, Agency]
    index: AliasIndex[Target]
    foreign: AliasIndex[str]
    sub_units: frozenset[str]


@lru_cache(maxsize=1)
def agency_gazetteer() -> AgencyGazetteer:
    return build_agencies(load_json(AGENCIES_FILE))


def _expand(written: str, kind: str) -> list[str]:
    forms = [written]
    if "Trung ương" in written:
        forms += [written.replace("Trung ương", v) for v in _CENTRAL_VARIANTS]
    if kind == "na_committee" and "Quốc hội" not in written:
        forms += [f"{f} của Quốc hội" for f in forms] + [f"{f} Quốc hội" for f in forms]
    return forms


def build_agencies(data: dict[str, Any]) -> AgencyGazetteer:
    raw = {body["id"]: body for body in data["bodies"]}
    bodies: list[Agency] = []
    for body in data["bodies"]:
        current, parent = raw[body["current"]], raw.get(body.get("parent", ""))
        written = [w for a in (body["name"], *body["aliases"]) for w in _expand(a, body["kind"])]
        bodies.append(
            Agency(
                id=body["id"],
                name=body["name"],
                kind=body["kind"],
                aliases=tuple(dict.fromkeys(written)),
                current=current["name"],
                current_id=current["id"],
                valid_from=body.get("valid_from"),
                valid_to=body.get("valid_to"),
                parent=parent["name"] if parent else None,
                successors=tuple(
                    Successor(raw[s["id"]]["name"], s["functions"])
                    for s in body.get("successors", ())
                ),
                office=bool(body.get("office")),
                note=body.get("note"),
            )
        )
    aliases: list[Alias[Target]] = [make_alias(w, b) for b in bodies for w in b.aliases]
    depts = {d["id"]: d for d in data["departments"]}
    for head in data["local_heads"]:
        party = "city_name" in head  # Tỉnh ủy / Thành ủy
        local = LocalHead(head["id"], head["name"], head["name"], head["needs_place"], party)
        aliases += [make_alias(w, local) for w in head["aliases"]]
    for dept in data["departments"]:
        local = LocalHead(dept["id"], dept["name"], depts[dept["current"]]["name"], False)
        aliases += [make_alias(w, local) for w in (dept["name"], *dept["aliases"])]
    aliases += [make_alias(w, None) for w in data["blocked"]]
    return AgencyGazetteer(
        bodies=tuple(bodies),
        by_id={b.id: b for b in bodies},
        by_key={resolve_key(w): b for b in bodies for w in b.aliases},
        index=AliasIndex(aliases),
        foreign=AliasIndex(make_alias(w, w) for w in data["foreign"]),
        sub_units=forms_set(data["sub_units"]),
    )


@dataclass(frozen=True)
class AgencyHit:
    """A body found at a word: its names and the words it covers."""

    name: str
    current: str
    first: int
    end: int
    body: Agency | None  # None for a local body
    place_end: int | None = None  # a central body right before a province (a branch)


def agency_at(scan: Scan, i: int, *, lenient: bool = False) -> AgencyHit | None:
    """The longest body named from word ``i``, before the context rules of ``find_agencies``.

    ``lenient`` accepts a lowercase first word ("Trưởng ban Tổ chức Trung ương"), for the
    person finder, which has already seen a title.
    """
    gaz = agency_gazetteer()
    for alias, end in gaz.index.at(scan, i):
        if not case_ok(scan, i, alias, titles="none" if lenient else "first"):
            continue
        target = alias.target
        if target is None:
            return None
        if isinstance(target, Agency):
            return AgencyHit(target.name, target.current, i, end, target, _place_after(scan, end))
        hit = _local(scan, i, end, alias, target, gaz)
        if hit is not None:
            return hit
    return None


def _place_after(scan: Scan, k: int) -> int | None:
    """End word of a province named right after word ``k`` (a cue word may come first)."""
    starts = _place_starts(scan.text)
    for skip in range(3):
        first = k + skip
        if first >= len(scan) or not joined(scan, first):
            return None
        if first in starts:
            return starts[first].end
        if not _is_level_word(scan, first, skip):
            return None
    return None


def _is_level_word(scan: Scan, k: int, skip: int) -> bool:
    form = word_form(scan, k)
    return form in {"tỉnh", "tinh", "tp", "thành", "thanh"} or (skip > 0 and form in {"phố", "pho"})


@lru_cache(maxsize=8)
def _place_starts(text: str) -> dict[int, PlaceMatch]:
    return {m.first: m for m in place_matches(text)}


def _local(
    scan: Scan, i: int, end: int, alias: Alias[Target], head: LocalHead, gaz: AgencyGazetteer
) -> AgencyHit | None:
    place_end = _place_after(scan, end)
    if place_end is not None:
        place = _place_starts(scan.text)[_place_first(scan, end)].place
        current = place_gazetteer().by_id[place.current_id]
        name, now = _local_name(head, place), _local_name(head, current, True)
        return AgencyHit(name, now, i, place_end, None)
    level, level_end = _level_at(scan, end, gaz)
    if level:
        sub_end = _sub_unit_name_end(scan, level_end)
        if sub_end > level_end:
            unit = scan.text[scan.starts[level_end] : scan.ends[sub_end - 1]]
            name = f"{head.name} {level} {unit}"
            return AgencyHit(name, name, i, sub_end, None)
        if not head.party:
            name, now = f"{head.name} {level}", f"{head.current_name} {level}"
            return AgencyHit(name, now, i, level_end, None)
    if head.needs_place:
        return None
    name = alias.written if head.party else head.name
    return AgencyHit(name, name if head.party else head.current_name, i, end, None)


def _place_first(scan: Scan, k: int) -> int:
    starts = _place_starts(scan.text)
    return next(first for first in range(k, k + 3) if first in starts)


def _local_name(head: LocalHead, place: Place, current: bool = False) -> str:
    if head.party:
        return place.party_committee
    return f"{head.current_name if current else head.name} {place.admin}"


def _level_at(scan: Scan, k: int, gaz: AgencyGazetteer) -> tuple[str, int]:
    """A unit word right after a local head ("tỉnh", "xã", "thị xã"): canonical form, end."""
    for size in (2, 1):
        if k + size > len(scan) or not all(space_before(scan, m) for m in range(k, k + size)):
            continue
        words = [scan.word(m) for m in range(k, k + size)]
        form = " ".join(word_form(scan, m) for m in range(k, k + size))
        if form in gaz.sub_units or form in {"tỉnh", "tinh"}:
            written = " ".join(words).lower()
            return _LEVEL_NAMES.get(written, written), k + size
    return "", k


def _sub_unit_name_end(scan: Scan, k: int) -> int:
    """End of a commune or district name from word ``k``: a number or capitalised words."""
    if k >= len(scan) or not space_before(scan, k):
        return k
    if scan.word(k).isdigit():
        return k + 1
    end = k
    surnames = place_gazetteer().name_words
    while end < len(scan) and end - k < 4 and space_before(scan, end):
        word = scan.word(end)
        if not is_title(word) or (word.isupper() and len(word) > 1):
            break
        if end > k and word_form(scan, end) in surnames:
            break  # "UBND xã Tân Hòa Nguyễn Văn A": the person's name starts here
        end += 1
    return end


def find_agencies(text: str) -> tuple[AgencyMention, ...]:
    """Bodies named in ``text``, in order, without overlaps (see the module doc)."""
    scan = scan_text(text)
    found: list[AgencyMention] = []
    index = agency_gazetteer().index
    i = index.next_candidate(scan, 0)
    while i is not None:
        # "Trưởng ban Tổ chức Trung ương": after "trưởng" the body's first word is lowercase.
        after_head = i > 0 and word_form(scan, i - 1) in {"trưởng", "truong"}
        hit = agency_at(scan, i, lenient=after_head)
        if hit is None:
            i = index.next_candidate(scan, i + 1)
            continue
        if _keep(scan, hit):
            start, end = scan.starts[hit.first], scan.ends[hit.end - 1]
            found.append(AgencyMention(text[start:end], hit.name, hit.current, start, end))
        i = index.next_candidate(scan, hit.end)
    return tuple(found)


def _keep(scan: Scan, hit: AgencyHit) -> bool:
    body = hit.body
    if body is None:
        return True
    if hit.place_end is not None or foreign_after(scan, hit.end):
        return False
    if body.office:
        before = hit.first > 0 and word_form(scan, hit.first - 1) in {"phó", "pho"}
        return not before and name_at(scan, hit.end) is None
    return True


def foreign_after(scan: Scan, k: int) -> int | None:
    """End word of a foreign country or body named right after word ``k``."""
    if k >= len(scan) or not space_before(scan, k):
        return None
    for _alias, end in agency_gazetteer().foreign.at(scan, k):
        return end
    return None


def lookup_agency(name_or_abbreviation: str) -> Agency | None:
    """The body a user means: any alias or abbreviation, any case, with or without marks.

    Local bodies resolve too ("UBND tỉnh Bình Dương", "so y te tp.hcm"), as records of
    kind "local" whose current is today's body.
    """
    gaz = agency_gazetteer()
    key = resolve_key(name_or_abbreviation)
    if key in gaz.by_key:
        return gaz.by_key[key]
    return _lookup_local(name_or_abbreviation.strip(), gaz)


def _lookup_local(typed: str, gaz: AgencyGazetteer) -> Agency | None:
    """A local head, then a provincial unit as ``lookup_place`` reads it (any case)."""
    scan = scan_text(typed)
    if not len(scan):
        return None
    for alias, end in gaz.index.at(scan, 0):
        head = alias.target
        if not isinstance(head, LocalHead):
            continue
        rest = typed[scan.ends[end - 1] :].strip(" .")
        if not rest and not head.needs_place:
            name = alias.written if head.party else head.name
            return Agency(f"local:{resolve_key(name)}", name, "local", (), head.current_name, "")
        place = lookup_place(rest) if rest else None
        if place is not None:
            current = place_gazetteer().by_id[place.current_id]
            name, now = _local_name(head, place), _local_name(head, current, True)
            return Agency(f"local:{resolve_key(name)}", name, "local", (), now, "")
    return None
