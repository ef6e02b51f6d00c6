"""Build the whole corpus in memory: originals from the plan, then syndicated copies."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .compose import MAX_WORDS, MIN_WORDS, Draft, compose, word_count
from .context import article_slots
from .kinds import BY_NAME, Kind
from .outlets import OUTLETS, Outlet, article_url, byline
from .schedule import DAYS, SPIKE_DAY, START, plan
from .similarity import jaccard, shingle_set
from .syndicate import make_copies
from .templates import Pools, load_pools

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SEED = 20261015
MAX_INDEPENDENT_SIMILARITY = 0.25
ATTEMPTS = 20
END = datetime.combine(START + timedelta(days=DAYS - 1), time(23, 59), TZ)

# Outlets that pick up the Lam Hà story, in the order the story spreads to them.
_LAMHA_SPREAD = (
    "mtht",
    "dsnn",
    "ctsh",
    "tsv",
    "nd",
    "ttv",
    "plds",
    "tnqg",
    "dttt",
    "sgnm",
    "htsn",
    "cttcs",
    "nss",
    "tbcl",
)
_AFFINITY: dict[str, dict[str, float]] = {
    "business": {"housing": 2.5, "lamha": 1.2, "background": 1.0, "digital": 0.8},
    "e-magazine": {"housing": 0.5, "education": 0.6, "health": 0.6, "background": 0.2},
    "regional": {"lamha": 1.0, "background": 1.2},
    "official_portal": {"background": 0.0},
    "provincial_portal": {"background": 0.0, "lamha": 3.0},
}
_OUTLET_AFFINITY: dict[str, dict[str, float]] = {
    "mtht": {"lamha": 4.0},
    "nss": {"digital": 3.0, "traffic": 1.5},
    "plds": {"traffic": 3.0, "lamha": 1.2, "admin": 1.3},
    "dttt": {"background": 1.5},
    "ctsh": {
        "housing": 0.3,
        "traffic": 0.4,
        "digital": 0.4,
        "education": 0.3,
        "health": 0.3,
        "admin": 0.5,
    },
}
_HOURS = {
    5: 1.0,
    6: 4.0,
    7: 6.0,
    8: 7.0,
    9: 7.0,
    10: 6.0,
    11: 5.0,
    12: 3.0,
    13: 3.0,
    14: 5.0,
    15: 6.0,
    16: 6.0,
    17: 5.0,
    18: 3.0,
    19: 4.0,
    20: 4.0,
    21: 3.0,
    22: 2.0,
    23: 1.0,
    0: 0.3,
}


@dataclass(frozen=True)
class Item:
    """One article of the corpus with the facts the README and tests report on."""

    group: int  # index of the original; copies share it
    mode: str  # "original", "near" or "exact"
    kind: Kind
    outlet: Outlet
    published: datetime
    draft: Draft
    author: str
    url: str = ""


@dataclass(frozen=True)
class Origin:
    """What a copy needs to rewrite an original: its slots and angle."""

    slots: dict[str, str]
    angle: str


def outlet_weight(kind: Kind, outlet: Outlet, day: date) -> float:
    if outlet.official and not kind.official_ok:
        return 0.0
    if kind.story == "lamha":
        reach = 2 + max((day - START).days - 3, 0) // 6
        if outlet.key not in _LAMHA_SPREAD[:reach]:
            return 0.0
    weight = outlet.volume * _AFFINITY.get(outlet.kind, {}).get(kind.story, 1.0)
    return weight * _OUTLET_AFFINITY.get(outlet.key, {}).get(kind.story, 1.0)


def choose_outlet(kind: Kind, day: date, rng: random.Random) -> Outlet:
    weights = [outlet_weight(kind, outlet, day) for outlet in OUTLETS]
    return rng.choices(OUTLETS, weights)[0]


def choose_time(day: date, outlet: Outlet, kind: Kind, rng: random.Random) -> datetime:
    hours = dict(_HOURS)
    if outlet.official:
        hours = {h: w for h, w in hours.items() if 7 <= h <= 17}
    if kind.story == "traffic" and (day - START).days == SPIKE_DAY:
        hours.update({0: 2.0, 5: 5.0, 6: 8.0})  # "from today" explainers go out at dawn
    hour = rng.choices(sorted(hours), [hours[h] for h in sorted(hours)])[0]
    return datetime.combine(day, time(hour, rng.randrange(60)), TZ)


def make_original(
    index: int,
    day: date,
    kind: Kind,
    pools: Pools,
    seen: list[frozenset[int]],
    titles: set[str],
    seed: int,
) -> tuple[Item, Origin, frozenset[int], float]:
    """The least similar of a few attempts (usually the first one is fine)."""
    rng = random.Random(f"{seed}:article:{index}")
    outlet = choose_outlet(kind, day, rng)
    published = choose_time(day, outlet, kind, rng)
    best: tuple[float, Draft, dict[str, str], str, frozenset[int]] | None = None
    for attempt in range(ATTEMPTS):
        trial = random.Random(f"{seed}:article:{index}:{attempt}")
        slots = article_slots(kind.story, published, outlet, trial)
        draft, angle = compose(kind, slots, pools, trial)
        shingles = shingle_set(draft.text)
        score = max((jaccard(shingles, other) for other in seen), default=0.0)
        if draft.title in titles or not MIN_WORDS <= word_count(draft.text) <= MAX_WORDS:
            score = max(score, 0.99)
        if best is None or score < best[0]:
            best = (score, draft, slots, angle, shingles)
        if score < MAX_INDEPENDENT_SIMILARITY:
            break
    assert best is not None
    score, draft, slots, angle, shingles = best
    if rng.random() < 0.04 and outlet.kind == "national_daily":
        draft = Draft(draft.title, (*draft.paragraphs, "Theo TTXVN"))
    item = Item(index, "original", kind, outlet, published, draft, byline(outlet, rng))
    return item, Origin(slots, angle), shingles, score


def copy_probability(item: Item) -> float:
    if item.kind.story == "traffic" and abs((item.published.date() - START).days - SPIKE_DAY) <= 1:
        return 0.3
    if item.outlet.official:
        return 0.35
    return 0.12 if item.kind.story == "background" else 0.16


def build_items(seed: int = SEED) -> tuple[list[Item], list[float]]:
    """All articles sorted by time, with the worst similarity each original accepted."""
    pools = load_pools()
    originals: list[Item] = []
    # Independent articles only risk sharing passages within one storyline's templates.
    seen: dict[str, list[frozenset[int]]] = {}
    titles: set[str] = set()
    worst: list[float] = []
    copies: list[Item] = []
    for index, (day, kind_name) in enumerate(plan(seed)):
        kind = BY_NAME[kind_name]
        same_story = seen.setdefault(kind.story, [])
        item, origin, shingles, score = make_original(
            index, day, kind, pools, same_story, titles, seed
        )
        originals.append(item)
        same_story.append(shingles)
        titles.add(item.draft.title)
        worst.append(score)
        rng = random.Random(f"{seed}:copies:{index}")
        if rng.random() < copy_probability(item):
            for copy in make_copies(
                item.draft,
                kind,
                origin.slots,
                origin.angle,
                item.outlet,
                item.published,
                pools,
                rng,
                END,
            ):
                mode = "exact" if copy.exact or copy.draft.text == item.draft.text else "near"
                author = "" if rng.random() < 0.4 else byline(copy.outlet, rng)
                copies.append(
                    Item(index, mode, kind, copy.outlet, copy.published, copy.draft, author)
                )
    items = sorted(originals + copies, key=lambda it: (it.published, it.outlet.key, it.group))
    return assign_urls(items, seed), worst


def assign_urls(items: list[Item], seed: int) -> list[Item]:
    """Per-outlet numeric ids that grow with time, as a CMS assigns them."""
    rng = random.Random(f"{seed}:urls")
    counters = {o.key: rng.randrange(2, 9) * 10 ** (o.id_digits - 1) for o in OUTLETS}
    result: list[Item] = []
    for item in items:
        counters[item.outlet.key] += rng.randint(3, 140)
        url = article_url(
            item.outlet, item.kind.story, item.draft.title, counters[item.outlet.key], rng
        )
        result.append(
            Item(
                item.group,
                item.mode,
                item.kind,
                item.outlet,
                item.published,
                item.draft,
                item.author,
                url,
            )
        )
    return result
