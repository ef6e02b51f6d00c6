"""Syndicated copies: the same story republished by other outlets minutes to hours later.

Most copies are near-duplicates (another title or lead, a "Theo <outlet>" line, a dropped
or moved paragraph, a few words changed); some carry the body unchanged.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from .compose import MIN_WORDS, Draft, word_count
from .kinds import Kind
from .outlets import OUTLETS, Outlet
from .similarity import jaccard, shingle_set
from .templates import Pools, Writer

MIN_COPY_SIMILARITY = 0.62
# Small edits a desk makes when it rewrites another outlet's story.
_SWAPS: tuple[tuple[str, str], ...] = (
    ("cho biết", "cho hay"),
    ("Tuy nhiên", "Dù vậy"),
    ("hiện nay", "hiện tại"),
    ("người dân", "bà con"),
    ("Theo đó", "Cụ thể"),
    ("khoảng", "chừng"),
    ("đề nghị", "kiến nghị"),
    ("nhấn mạnh", "khẳng định"),
    ("thông tin", "cho biết thêm"),
    ("Trước đó", "Trước đấy"),
    ("nhiều", "không ít"),
    ("đồng thời", "cùng với đó"),
)


@dataclass(frozen=True)
class Copy:
    outlet: Outlet
    published: datetime
    draft: Draft
    exact: bool


def copy_count(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4), (55, 25, 12, 8))[0]


def _reword(paragraph: str, rng: random.Random) -> str:
    for old, new in rng.sample(_SWAPS, 4):
        if old in paragraph:
            paragraph = re.sub(re.escape(old), new, paragraph, count=1)
    return paragraph


def near_copy(draft: Draft, kind: Kind, source: Outlet, writer: Writer, mild: bool) -> Draft:
    rng = writer.rng
    paragraphs = list(draft.paragraphs)
    title = writer.pick(kind.title_pool) if rng.random() < 0.75 else draft.title
    if not mild and rng.random() < 0.5:
        paragraphs[0] = writer.pick(kind.lead_pool)
    if not mild and len(paragraphs) >= 5 and rng.random() < 0.4:
        dropped = paragraphs.pop(rng.randrange(1, len(paragraphs)))
        if word_count(" ".join(paragraphs)) < MIN_WORDS + 10:
            paragraphs.append(dropped)  # too short without it: move it to the end instead
    if len(paragraphs) >= 4 and rng.random() < 0.3:
        i = rng.randrange(1, len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    if rng.random() < 0.6:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = _reword(paragraphs[i], rng)
    if rng.random() < 0.7:
        paragraphs.append(f"Theo {source.name}")
    return Draft(title, tuple(paragraphs))


def make_copies(
    draft: Draft,
    kind: Kind,
    slots: Mapping[str, str],
    angle: str,
    source: Outlet,
    published: datetime,
    pools: Pools,
    rng: random.Random,
    end: datetime,
) -> list[Copy]:
    """1-4 copies on other outlets; ``slots`` and ``angle`` are the original's."""
    takers = [o for o in OUTLETS if o.key != source.key and _may_copy(o, source, kind)]
    count = min(copy_count(rng), len(takers))
    copies: list[Copy] = []
    original = shingle_set(draft.text)
    for outlet in rng.sample(takers, count):
        when = published + timedelta(minutes=int(rng.lognormvariate(4.2, 0.9)) + 5)
        if when > end:
            continue
        writer = Writer(pools, slots, rng, angle)
        if rng.random() < 0.2:
            title = draft.title if rng.random() < 0.6 else writer.pick(kind.title_pool)
            copies.append(Copy(outlet, when, Draft(title, draft.paragraphs), exact=True))
            continue
        copy = near_copy(draft, kind, source, writer, mild=False)
        if jaccard(original, shingle_set(copy.text)) < MIN_COPY_SIMILARITY:
            copy = near_copy(draft, kind, source, writer, mild=True)
        copies.append(Copy(outlet, when, copy, exact=False))
    return copies


def _may_copy(taker: Outlet, source: Outlet, kind: Kind) -> bool:
    if taker.key == "ctsh":  # the provincial portal only relays official news
        return source.official and kind.official_ok
    return not taker.official
