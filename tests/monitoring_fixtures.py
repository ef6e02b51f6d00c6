"""Articles with chosen dates, tones and outlets, stored fast, for trend and alert tests.

Each text is built from seeded random syllables, so independent articles never join one
story (their shingles differ) unless ``copy_of`` makes one a syndicated copy.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from toancanh.analyze.dedupe import fingerprint
from toancanh.analyze.types import AgencyMention, Analysis, LegalRef, Sentiment, TopicScore
from toancanh.domain.ingest import ArticleDraft
from toancanh.domain.sources import Outlet
from toancanh.store import Store

THRESHOLD = 0.5
SYLLABLES = [
    "an",
    "bình",
    "cao",
    "dân",
    "đường",
    "giá",
    "hạ",
    "hồ",
    "kinh",
    "lâm",
    "minh",
    "nam",
    "nông",
    "phố",
    "quốc",
    "sông",
    "tân",
    "thành",
    "trung",
    "văn",
    "xã",
    "yên",
    "bảo",
    "cầu",
    "điện",
    "hải",
    "khánh",
    "lộc",
    "mỹ",
    "phú",
    "quang",
    "sơn",
    "thủy",
    "tiến",
    "vĩnh",
    "đức",
]


@dataclass(frozen=True)
class Spec:
    """One article to store."""

    when: datetime
    title: str
    body: str = ""
    outlet: str = "Báo Thử Nghiệm"
    sentiment: str | None = "neutral"
    topic: str = "chinh tri va phap luat"
    legal_refs: tuple[str, ...] = ()
    agencies: tuple[tuple[str, str], ...] = ()  # (name, current)
    copy_of: int | None = None  # index of an earlier spec whose text this one reprints


@dataclass
class Built:
    ids: list[int] = field(default_factory=list)
    story_ids: list[int] = field(default_factory=list)


def filler(rng: random.Random, words: int = 60) -> str:
    return " ".join(rng.choice(SYLLABLES) for _ in range(words)) + "."


def store_specs(
    store: Store, specs: Sequence[Spec], *, official: Sequence[str] = (), seed: int = 1
) -> Built:
    """Store the articles in order (one batch); returns their ids and story ids."""
    rng = random.Random(seed)
    store.sources.ensure_outlets(
        [Outlet(name, None, name in official) for name in sorted({s.outlet for s in specs})]
    )
    texts: list[str] = []
    drafts, analyses = [], []
    for i, spec in enumerate(specs):
        if spec.copy_of is not None:
            text = texts[spec.copy_of] + " " + filler(rng, 4)
        else:
            text = f"{spec.body} {filler(rng)} {filler(rng)}".strip()
        texts.append(text)
        drafts.append(
            ArticleDraft(
                url=f"https://thu.example/{seed}/{i}",
                title=spec.title,
                text=text,
                published_at=spec.when,
                outlet=spec.outlet,
            )
        )
        analyses.append(
            Analysis(
                language="vi",
                topics=(TopicScore(spec.topic, 0.9),),
                sentiment=Sentiment(spec.sentiment, 0.9) if spec.sentiment else None,  # type: ignore[arg-type]
                legal_refs=tuple(
                    LegalRef(
                        r, "Văn bản", r if "/" in r else None, None, None, None if "/" in r else r
                    )
                    for r in spec.legal_refs
                ),
                agencies=tuple(AgencyMention(n, n, c) for n, c in spec.agencies),
                model_version="test",
            )
        )
    built = Built()
    items = [(d, fingerprint(d.text, THRESHOLD)) for d in drafts]
    for first in range(0, len(items), 200):
        results = store.articles.save_many(
            items[first : first + 200], THRESHOLD, analyses[first : first + 200]
        )
        built.ids += [r.article_id for r in results]
        built.story_ids += [r.story_id for r in results]
    return built
