"""Compose one article (title and paragraphs) from a kind's recipe and its slots."""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .kinds import Kind
from .templates import Pools, Writer, angle_of

_AGE = re.compile(r" \(\d+ tuổi[^)]*\)")
MIN_WORDS = 150
MAX_WORDS = 600
_OPTIONAL_P = 0.6


@dataclass(frozen=True)
class Draft:
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def word_count(text: str) -> int:
    return len(text.split())


def _body_pools(kind: Kind, rng: random.Random, with_optional: bool) -> list[str]:
    chosen: list[str] = []
    for item in kind.body:
        if item.startswith("?"):
            if with_optional or rng.random() < _OPTIONAL_P:
                chosen.append(item[1:])
        elif "|" in item:
            chosen.append(rng.choice(item.split("|")))
        else:
            chosen.append(item)
    # Swap two neighbouring middle paragraphs now and then: same facts, another order.
    if len(chosen) >= 3 and rng.random() < 0.35:
        i = rng.randrange(len(chosen) - 1)
        chosen[i], chosen[i + 1] = chosen[i + 1], chosen[i]
    return chosen


def compose(
    kind: Kind, slots: Mapping[str, str], pools: Pools, rng: random.Random
) -> tuple[Draft, str]:
    """An article of this kind and its angle (copies re-use it).

    The lead is chosen first; its angle tag then steers the title and body. Optional
    paragraphs are added when the article would be too short.
    """
    angle = angle_of(rng.choice(pools.get(kind.lead_pool)))
    writer = Writer(pools, slots, rng, angle)
    lead = writer.pick(kind.lead_pool)
    title = writer.pick(kind.title_pool)
    body = [writer.pick(pool) for pool in _body_pools(kind, rng, False)]
    if word_count(" ".join([lead, *body])) < MIN_WORDS:
        body = [writer.pick(pool) for pool in _body_pools(kind, rng, True)]
    while len(body) > 2 and word_count(" ".join([lead, *body])) > MAX_WORDS:
        body.pop()
    return Draft(title, shorten_repeats((lead, *body), slots)), angle


def shorten_repeats(paragraphs: tuple[str, ...], slots: Mapping[str, str]) -> tuple[str, ...]:
    """After a resident's first full mention, later ones read "chị Hạnh", as in the press."""
    text = "\n\n".join(paragraphs)
    for person in ("dan", "dan2", "dan3"):
        full, pronoun, given = (slots.get(f"{person}_{k}", "") for k in ("full", "pr", "ten"))
        if full and pronoun and given:
            text = _shorten(text, full, f"{pronoun} {given}")
    return tuple(text.split("\n\n"))


def _shorten(text: str, full: str, short: str) -> str:
    capital_full, capital_short = full[:1].upper() + full[1:], short[:1].upper() + short[1:]
    starts = sorted(
        [(m.start(), full, short) for m in re.finditer(re.escape(full), text)]
        + [
            (m.start(), capital_full, capital_short)
            for m in re.finditer(re.escape(capital_full), text)
        ]
    )
    for start, name, replacement in reversed(starts[1:]):
        end = start + len(name)
        age = _AGE.match(text, end)  # " (41 tuổi)" is given once, with the full name
        text = text[:start] + replacement + text[age.end() if age else end :]
    return text
