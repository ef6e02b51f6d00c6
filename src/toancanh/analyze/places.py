"""Provincial units named in a text, linked to the unit that holds the territory today.

The gazetteer (``data/gazetteer/places.json``) has the 63 units in force until 30 June
2025, the 34 since 1 July 2025 and three older ones still named in the press. A name is
reported when it is written like a name of a place:

* every word capitalised ("Thái Bình", not "thái bình" = peaceful), unless a cue word
  comes first ("tỉnh", "thành phố", "TP", "thủ đô") or the lowercase name cannot be an
  ordinary phrase (``lower_ok``: "hà nội", "can tho");
* a name that is also an ordinary word (``ordinary``: Hòa Bình) written in capitals needs a
  cue: an all-capitals headline "HÒA BÌNH" is as likely to mean peace;
* not right after a street, river or sub-provincial unit word ("phố Huế" is a street in
  Hà Nội, "xã Hòa Bình" a commune), a word of address ("anh Thái Bình") or a surname
  ("Nguyễn Hòa Bình");
* not inside a longer proper name listed as ``blocked`` ("Thái Bình Dương", "Sài Gòn Giải
  Phóng").

The span is the name alone ("Bình Dương" in "UBND tỉnh Bình Dương"); the city of Hồ Chí
Minh is the exception, its names carry the "TP"/"Thành phố" ("TP.HCM"), since "Hồ Chí
Minh" alone is the President.
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
    is_upper,
    load_json,
    make_alias,
    phrase_before,
    resolve_key,
    scan_text,
    space_before,
    word_form,
)
from toancanh.analyze.types import PlaceMention

PLACES_FILE = "places.json"


@dataclass(frozen=True)
class Place:
    id: str
    name: str  # "Tỉnh Bình Dương", "Thành phố Hồ Chí Minh"
    short: str  # "Bình Dương"
    level: str  # "province" or "city" (centrally run)
    aliases: tuple[str, ...]
    valid_from: str | None  # first day in force; None: before the gazetteer's scope
    valid_to: str | None  # last day in force; None: in force today
    current: str  # full name of the unit that holds the territory today
    current_id: str
    predecessors: tuple[str, ...] = ()  # names of the units merged into this one
    lower_ok: bool = False
    ordinary: bool = False
    note: str | None = None

    @property
    def successors(self) -> tuple[str, ...]:
        return () if self.current_id == self.id else (self.current,)

    @property
    def admin(self) -> str:
        """The unit as written after a body's name: "tỉnh Bình Dương", "thành phố Hà Nội"."""
        if self.short.startswith("Thành phố"):
            return self.name  # "Ủy ban nhân dân Thành phố Hồ Chí Minh"
        return self.name[0].lower() + self.name[1:]

    @property
    def party_committee(self) -> str:
        return ("Thành ủy " if self.level == "city" else "Tỉnh ủy ") + self.short


@dataclass(frozen=True)
class PlaceGazetteer:
    places: tuple[Place, ...]
    by_id: dict[str, Place]
    index: AliasIndex[Place | None]  # None: a blocked longer name
    by_key: dict[str, Place]  # resolve_key of every name and alias
    cues: frozenset[str]
    not_before: frozenset[str]
    name_words: frozenset[str]


@lru_cache(maxsize=1)
def place_gazetteer() -> PlaceGazetteer:
    """The shipped gazetteer, validated and indexed (once per process)."""
    return build_places(load_json(PLACES_FILE))


def build_places(data: dict[str, Any]) -> PlaceGazetteer:
    raw = {unit["id"]: unit for unit in data["units"]}
    places: list[Place] = []
    for unit in data["units"]:
        current = raw.get(unit["current"])
        if current is None:
            raise ValueError(f"places.json: {unit['id']}: unknown current {unit['current']!r}")
        places.append(
            Place(
                id=unit["id"],
                name=unit["name"],
                short=unit["short"],
                level=unit["level"],
                aliases=tuple(unit["aliases"]),
                valid_from=unit.get("valid_from"),
                valid_to=unit.get("valid_to"),
                current=current["name"],
                current_id=current["id"],
                predecessors=tuple(raw[p]["name"] for p in unit.get("predecessors", ())),
                lower_ok=bool(unit.get("lower_ok")),
                ordinary=bool(unit.get("ordinary")),
                note=unit.get("note"),
            )
        )
    chosen: dict[str, Place] = {}  # one record per spelling: the one in force today first
    by_key: dict[str, Place] = {}
    for place in sorted(places, key=lambda p: p.valid_to is not None):
        for written in (*place.aliases, place.short):
            chosen.setdefault(written, place)
        for written in (*place.aliases, place.short, place.name):
            by_key.setdefault(resolve_key(written), place)
    # Full names ("Tỉnh Bình Dương") are not matched as such: the cue word is not part of
    # a place's span, and "tỉnh" before the short name is accepted as a cue.
    aliases: list[Alias[Place | None]] = [make_alias(w, p) for w, p in chosen.items()]
    aliases += [make_alias(w, None) for w in data["blocked"]]
    return PlaceGazetteer(
        places=tuple(places),
        by_id={p.id: p for p in places},
        index=AliasIndex(aliases),
        by_key=by_key,
        cues=forms_set(data["cues"]),
        not_before=forms_set(data["not_before"]),
        name_words=forms_set(data["name_words"]),
    )


def lookup_place(name: str) -> Place | None:
    """The unit a user means by ``name``: any spelling, case, diacritics or prefix.

    "binh duong", "Tỉnh Bình Dương", "tp.hcm", "TT-Huế" all resolve; a name shared by a
    unit before and after the 2025 merger resolves to the unit in force today.
    """
    gaz = place_gazetteer()
    key = resolve_key(name)
    if key in gaz.by_key:
        return gaz.by_key[key]
    for prefix in ("tinh ", "thanh pho ", "tp "):
        if key.startswith(prefix) and key[len(prefix) :] in gaz.by_key:
            return gaz.by_key[key[len(prefix) :]]
    return None


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    first: int  # word indices in the scan: first and one past the last
    end: int


def find_places(text: str) -> tuple[PlaceMention, ...]:
    """Provincial units named in ``text``, in order, without overlaps."""
    scan = scan_text(text)
    return tuple(
        PlaceMention(
            mention=text[scan.starts[m.first] : scan.ends[m.end - 1]],
            name=m.place.name,
            current=m.place.current,
            level=m.place.level,
            start=scan.starts[m.first],
            end=scan.ends[m.end - 1],
        )
        for m in place_matches(text)
    )


@lru_cache(maxsize=8)
def place_matches(text: str) -> tuple[PlaceMatch, ...]:
    """The accepted place names of a text, as word indices (shared with the agency finder)."""
    gaz = place_gazetteer()
    scan = scan_text(text)
    found: list[PlaceMatch] = []
    i = gaz.index.next_candidate(scan, 0)
    while i is not None:
        nxt = i + 1
        for alias, end in gaz.index.at(scan, i):
            if alias.target is None:
                if _blocked_case_ok(scan, end, alias):
                    nxt = end  # a longer proper name: nothing inside it is a place
                    break
                continue
            if _accept(scan, i, alias, alias.target, gaz):
                found.append(PlaceMatch(alias.target, i, end))
                nxt = end
                break
        i = gaz.index.next_candidate(scan, nxt)
    return tuple(found)


def _blocked_case_ok(scan: Scan, end: int, alias: Alias[Any]) -> bool:
    """A blocked name matches in any case but for its last word ("bia Sài Gòn" is blocked,
    "Hà Nội mới đây" is not "Hà Nội Mới")."""
    return alias.shapes[-1] != "title" or is_title(scan.word(end - 1))


def has_cue(scan: Scan, i: int, cues: frozenset[str]) -> bool:
    """A cue word right before word ``i`` ("tỉnh", "thành phố", "TP." ...)."""
    if i == 0 or len(scan.gap(i)) > 2 or "\n" in scan.gap(i):
        return False
    one = phrase_before(scan, i, 1)
    return one in cues or phrase_before(scan, i, 2) in cues


def _accept(scan: Scan, i: int, alias: Alias[Any], place: Place, gaz: PlaceGazetteer) -> bool:
    cue = has_cue(scan, i, gaz.cues)
    if not cue and _bad_neighbour(scan, i, gaz):
        return False
    # Capitals are needed unless a cue word comes first or the name is never an ordinary
    # phrase; an ordinary word needs them even after a cue ("thành phố hòa bình").
    relaxed = (cue or place.lower_ok) and not place.ordinary
    if not case_ok(scan, i, alias, titles="none" if relaxed else "all"):
        return False
    words = [scan.word(k) for k in range(i, i + len(alias.keys))]
    # An ordinary word in a headline in capitals ("HÒA BÌNH") needs a cue to be a place.
    return not (place.ordinary and not cue and all(is_upper(w) for w in words))


def _bad_neighbour(scan: Scan, i: int, gaz: PlaceGazetteer) -> bool:
    """A street, river, unit or address word, or a surname right before the name."""
    if i == 0 or not space_before(scan, i):
        return False
    if phrase_before(scan, i, 1) in gaz.not_before or phrase_before(scan, i, 2) in gaz.not_before:
        return True
    return scan.word(i - 1)[:1].isupper() and word_form(scan, i - 1) in gaz.name_words
