"""Prose templates kept as data: pools of alternatives in ``templates/*.tpl``.

A ``.tpl`` file is a list of pools. ``[name]`` opens a pool; each following line that
starts with ``- `` is one alternative (a bare ``-`` is an empty one); ``#`` lines are
comments. Inside an alternative:

* ``{slot}`` is replaced by the article's value for ``slot``;
* ``{a|b|c}`` picks one of the choices (an empty choice makes the part optional);
  ``{a|b=key}`` picks once per article and repeats that pick wherever ``=key`` recurs;
* ``{@pool}`` inserts an alternative of another pool (expanded in turn);
* ``{#12-40}`` is a random whole number in the range, ``{#1.5-3.5}`` one with a decimal,
  both written the Vietnamese way (``1.250``, ``2,7``); a dot before exactly three digits
  groups thousands (``{#1.200-4.500}``); numbers from 100 up keep two significant
  digits, as reporters round them; ``{#600-2.000:can}`` is drawn once per article
  and repeated wherever the key ``can`` appears again (title and lead agree);
* a leading ``^`` (``{^slot}``, ``{^@pool}``) capitalises the first letter of the result.

An alternative may start with an angle tag, ``<gdp> ...`` (or ``<talk,meet> ...``). The
article's angle, taken from the lead that was picked, then restricts every pool to the
alternatives with that tag or with none, so a title never promises what the lead is not
about.

Braces are resolved innermost first, so choices may contain slots and pool references.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATE_DIR = Path(__file__).parent / "templates"
_INNER = re.compile(r"\{([^{}]*)\}")
_NUMBER = re.compile(r"#(\d+(?:\.\d+)*)-(\d+(?:\.\d+)*)")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_MAX_ROUNDS = 50
_KEYED = re.compile(r"(.*)=([a-z0-9_]+)", re.DOTALL)
_TAG = re.compile(r"<([a-z0-9_,]+)>\s*")


class TemplateError(ValueError):
    """A template refers to an unknown slot or pool, or a pool file is malformed."""


@dataclass(frozen=True)
class Pools:
    """All pools by name."""

    items: Mapping[str, tuple[str, ...]]

    def get(self, name: str) -> tuple[str, ...]:
        try:
            return self.items[name]
        except KeyError:
            raise TemplateError(f"unknown pool {name!r}") from None

    def eligible(self, name: str, angle: str) -> tuple[str, ...]:
        """Alternatives usable for this angle: tagged with it, or untagged."""
        alts = tuple(a for a in self.get(name) if _fits(angle_of(a), angle))
        if not alts:
            raise TemplateError(f"pool {name!r} has nothing for angle {angle!r}")
        return alts


def angle_of(alternative: str) -> str:
    """The tag of an alternative ("gdp", or "talk,meet" for several), "" if untagged."""
    match = _TAG.match(alternative)
    return match.group(1) if match else ""


def _fits(tags: str, angle: str) -> bool:
    return not tags or angle in tags.split(",")


def strip_angle(alternative: str) -> str:
    return _TAG.sub("", alternative, count=1) if alternative.startswith("<") else alternative


def parse_pools(text: str, origin: str = "<text>") -> dict[str, tuple[str, ...]]:
    pools: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if name in pools:
                raise TemplateError(f"{origin}:{number}: pool {name!r} defined twice")
            current = pools[name] = []
        elif (line == "-" or line.startswith("- ")) and current is not None:
            current.append(line[2:].strip())  # a bare "-" is an empty alternative
        else:
            raise TemplateError(f"{origin}:{number}: expected '[pool]' or '- text'")
    empty = [name for name, alts in pools.items() if not alts]
    if empty:
        raise TemplateError(f"{origin}: empty pools {empty}")
    return {name: tuple(alts) for name, alts in pools.items()}


def load_pools(directory: Path = TEMPLATE_DIR) -> Pools:
    merged: dict[str, tuple[str, ...]] = {}
    for path in sorted(directory.glob("*.tpl")):
        for name, alts in parse_pools(path.read_text(encoding="utf-8"), path.name).items():
            if name in merged:
                raise TemplateError(f"{path.name}: pool {name!r} already defined elsewhere")
            merged[name] = alts
    return Pools(merged)


def vn_number(value: float, decimals: int = 0) -> str:
    """1250 -> '1.250'; 2.75 with one decimal -> '2,8' (Vietnamese separators)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _number(spec: str, rng: random.Random) -> str:
    match = _NUMBER.fullmatch(spec)
    if match is None:
        raise TemplateError(f"bad number range {{{spec}}}")
    low, high = (_thousands(part) for part in match.groups())
    if "." in low or "." in high:
        return vn_number(rng.uniform(float(low), float(high)), 1)
    return vn_number(_round(rng.randint(int(low), int(high))))


def _round(value: int) -> int:
    """Two significant digits from 100 up: "hơn 8.500 vận động viên", not "hơn 8.532"."""
    if value < 100:
        return value
    unit = 10 ** (len(str(value)) - 2)
    return round(value / unit) * unit


def _thousands(part: str) -> str:
    """'1.200' in a range is one thousand two hundred (Vietnamese style), '5.4' a decimal."""
    return part.replace(".", "") if _GROUPED.fullmatch(part) else part


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Writer:
    """Expands templates for one article: its slots, angle and random stream.

    It remembers which alternatives the article already used, so that a pool referenced
    twice (``{@s1} {@s1}``, or a quote pool in two paragraphs) gives two different ones.
    """

    pools: Pools
    slots: Mapping[str, str]
    rng: random.Random
    angle: str = ""
    used: set[tuple[str, str]] = field(default_factory=set)
    memo: dict[str, str] = field(default_factory=dict)

    def choose(self, pool: str) -> str:
        alts = self.pools.eligible(pool, self.angle)
        fresh = [a for a in alts if (pool, a) not in self.used] or list(alts)
        alternative = self.rng.choice(fresh)
        self.used.add((pool, alternative))
        return strip_angle(alternative)

    def pick(self, pool: str) -> str:
        """One alternative of a pool (for the article's angle), expanded."""
        return self.expand(self.choose(pool))

    def expand(self, template: str) -> str:
        """The template with every brace resolved, whitespace tidied."""
        text = template
        for _ in range(_MAX_ROUNDS):
            if "{" not in text:
                return tidy(text)
            text = _INNER.sub(lambda m: self._resolve(m.group(1)), text)
        raise TemplateError(f"template does not terminate: {template[:60]!r}")

    def _choice(self, body: str) -> str:
        """One of ``a|b``; ``{giảm|tăng=huong}`` chooses once per article under that key."""
        match = _KEYED.fullmatch(body)
        if match is None:
            return self.rng.choice(body.split("|"))
        options, key = match.groups()
        if key not in self.memo:
            self.memo[key] = self.rng.choice(options.split("|"))
        return self.memo[key]

    def _number(self, spec: str) -> str:
        """A random number; ``{#600-2.000:can}`` draws once per article and reuses it."""
        spec, _, key = spec.partition(":")
        if not key:
            return _number(spec, self.rng)
        if key not in self.memo:
            self.memo[key] = _number(spec, self.rng)
        return self.memo[key]

    def _resolve(self, token: str) -> str:
        upper = token.startswith("^")
        body = token[1:] if upper else token
        if "|" in body:
            value = self._choice(body)
        elif body.startswith("@"):
            value = self.choose(body[1:])
            if upper:  # capitalise the expanded text, not a leading "{slot}"
                value = self.expand(value)
        elif body.startswith("#"):
            value = self._number(body)
        elif body in self.slots:
            value = self.slots[body]
        else:
            raise TemplateError(f"unknown slot {{{body}}}")
        return _capitalise(value) if upper else value


def tidy(text: str) -> str:
    """Collapse double spaces and spaces before punctuation left by empty choices."""
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" ([,.;:!?)])", r"\1", text)
    text = re.sub(r"([(]) ", r"\1", text)
    return text.strip()
