"""Policy areas: which ministry's field of state management an article is about.

The 15 areas follow the Government in force since 1 March 2025 (14 ministries and the
State Bank; docs/policy-areas.md lists them). Four kinds of evidence, each scored 0..1 per
area and summed with the weights of ``data/lexicon/policy_terms.json``:

* topics: the topic model's scores times how much each topic belongs to the area;
* agencies: bodies named in the text, by the body that holds their functions today;
* legal references: the issuer codes of the documents cited ("BYT", "NHNN", "BTNMT");
* terms: the area's key terms found in the text ("học phí", "phạt nguội", "VNeID").

Mentions saturate (the second counts less than the first) so that one area repeated
many times does not hide the others. The term lists, mappings and weights are data.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from toancanh.analyze.document import Document
from toancanh.analyze.types import AgencyMention, LegalRef, PolicyArea, TopicScore
from toancanh.text.normalize import fold_letters, unify_tone_placement

MAX_AREAS = 3
MIN_SCORE = 0.09  # below this an area rests on one weak term only
MIN_SHARE_OF_BEST = 0.25  # an area far behind the best one is noise, not a second subject
TERM_SATURATION = 2.0  # term weight at which term evidence reaches 1 - 1/e
MAX_TERM_COUNT = 3  # repeats of one term beyond this add nothing
_SYLLABLE = re.compile(r"\w+")
_NOT_CODE = re.compile(r"[^0-9A-Z]")


@dataclass(frozen=True)
class AreaInfo:
    label: str
    ministry: str
    name_vi: str


@dataclass(frozen=True)
class TermStart:
    single: bool  # the syllable alone is a term
    longer: dict[str, tuple[tuple[str, ...], ...]]  # second syllable -> terms, longest first


@dataclass(frozen=True)
class PolicyLexicon:
    areas: dict[str, AreaInfo]
    weights: dict[str, float]  # evidence kind -> weight; they sum to 1
    topics: dict[str, dict[str, float]]  # topic label -> area -> share
    agencies: dict[str, dict[str, float]]  # current body name (lowercase) -> area -> weight
    agency_keywords: tuple[tuple[str, str], ...]  # (lowercase keyword, area)
    issuers: dict[str, str]  # folded issuer code -> area
    terms: dict[tuple[str, ...], tuple[tuple[str, float], ...]]  # syllables -> (area, weight)
    starts: dict[str, TermStart]  # first syllable -> the terms that begin with it


def _syllables(text: str) -> list[str]:
    """Lowercase syllables, one tone placement: the form terms and texts are matched in."""
    return _SYLLABLE.findall(unify_tone_placement(text.lower()))


def _issuer_key(code: str) -> str:
    return _NOT_CODE.sub("", fold_letters(code).upper())


def build_lexicon(data: dict[str, Any]) -> PolicyLexicon:
    """The lexicon from its JSON form (``policy_terms.json``)."""
    areas: dict[str, AreaInfo] = {}
    agencies: dict[str, dict[str, float]] = {}
    keywords: list[tuple[str, str]] = []
    issuers: dict[str, str] = {}
    terms: dict[tuple[str, ...], dict[str, float]] = {}
    for label, area in data["areas"].items():
        areas[label] = AreaInfo(label, area["ministry"], area["name_vi"])
        for name, weight in area["agencies"].items():
            agencies.setdefault(name.lower(), {})[label] = float(weight)
        keywords += [(keyword.lower(), label) for keyword in area["agency_keywords"]]
        issuers.update({_issuer_key(code): label for code in area["issuers"]})
        for term, weight in area["terms"].items():
            syllables = tuple(_syllables(term))
            if syllables:
                terms.setdefault(syllables, {})[label] = float(weight)
    topics = {topic: dict(shares) for topic, shares in data["topics"].items()}
    unknown = {a for shares in topics.values() for a in shares} - set(areas)
    if unknown:
        raise ValueError(f"policy_terms.json: topics map to unknown areas {sorted(unknown)}")
    return PolicyLexicon(
        areas=areas,
        weights={kind: float(w) for kind, w in data["evidence_weights"].items()},
        topics=topics,
        agencies=agencies,
        agency_keywords=tuple(keywords),
        issuers=issuers,
        terms={term: tuple(sorted(found.items())) for term, found in terms.items()},
        starts=_index_terms(terms),
    )


def _index_terms(terms: Iterable[tuple[str, ...]]) -> dict[str, TermStart]:
    """Terms by first and second syllable: a text position costs one or two lookups."""
    singles: set[str] = set()
    longer: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for term in terms:
        if len(term) == 1:
            singles.add(term[0])
        else:
            longer.setdefault(term[0], {}).setdefault(term[1], []).append(term)
    return {
        first: TermStart(
            first in singles,
            {
                second: tuple(sorted(found, key=lambda t: (-len(t), t)))
                for second, found in longer.get(first, {}).items()
            },
        )
        for first in singles | set(longer)
    }


@lru_cache(maxsize=1)
def policy_lexicon() -> PolicyLexicon:
    """The shipped lexicon, loaded once per process."""
    path = resources.files("toancanh.data.lexicon") / "policy_terms.json"
    return build_lexicon(json.loads(path.read_text(encoding="utf-8")))


def area_info(label: str) -> AreaInfo:
    """Ministry and Vietnamese name of an area label; ``KeyError`` for an unknown label."""
    return policy_lexicon().areas[label]


def _saturate(amount: float, scale: float = 1.0) -> float:
    """0 for nothing, towards 1 as evidence adds up: 1 - e^(-amount/scale)."""
    return 1.0 - math.exp(-amount / scale) if amount > 0 else 0.0


def topic_evidence(lexicon: PolicyLexicon, topics: Iterable[TopicScore]) -> dict[str, float]:
    found: defaultdict[str, float] = defaultdict(float)
    for topic in topics:
        for area, share in lexicon.topics.get(topic.label, {}).items():
            found[area] += max(0.0, min(1.0, topic.score)) * share
    return {area: min(1.0, value) for area, value in found.items()}


def _agency_areas(lexicon: PolicyLexicon, name: str) -> dict[str, float]:
    """Areas of a body by its exact name, else by the keywords its name contains."""
    lowered = name.lower()
    exact = lexicon.agencies.get(lowered)
    if exact is not None:
        return exact
    return {area: 1.0 for keyword, area in lexicon.agency_keywords if keyword in lowered}


def agency_evidence(lexicon: PolicyLexicon, agencies: Iterable[AgencyMention]) -> dict[str, float]:
    total: defaultdict[str, float] = defaultdict(float)
    for mention in agencies:
        for area, weight in _agency_areas(lexicon, mention.current or mention.name).items():
            total[area] += weight
    return {area: _saturate(value) for area, value in total.items()}


def legal_evidence(lexicon: PolicyLexicon, refs: Iterable[LegalRef]) -> dict[str, float]:
    total: defaultdict[str, float] = defaultdict(float)
    for ref in refs:
        # A joint circular names several issuers: "BTNMT-BNV".
        for code in re.split(r"[-–&,/ ]+", ref.issuer or ""):
            area = lexicon.issuers.get(_issuer_key(code))
            if area:
                total[area] += 1.0
    return {area: _saturate(value) for area, value in total.items()}


def term_counts(lexicon: PolicyLexicon, text: str) -> Counter[tuple[str, ...]]:
    """The lexicon's terms found in ``text`` (as syllable tuples), with their counts.

    Longest match first, without overlap: "cảnh sát giao thông" is one police term, not
    also the transport term "giao thông" inside it.
    """
    syllables = _syllables(text)
    starts = lexicon.starts
    found: Counter[tuple[str, ...]] = Counter()
    free = 0  # the first position not inside a term already counted
    for i in [i for i, syllable in enumerate(syllables) if syllable in starts]:
        if i < free:
            continue
        start = starts[syllables[i]]
        second = syllables[i + 1] if i + 1 < len(syllables) else ""
        match = next(
            (t for t in start.longer.get(second, ()) if tuple(syllables[i : i + len(t)]) == t),
            (syllables[i],) if start.single else None,
        )
        if match is not None:
            found[match] += 1
            free = i + len(match)
    return found


def term_evidence(lexicon: PolicyLexicon, text: str) -> dict[str, float]:
    total: defaultdict[str, float] = defaultdict(float)
    for term, count in term_counts(lexicon, text).items():
        for area, weight in lexicon.terms[term]:
            total[area] += weight * min(count, MAX_TERM_COUNT)
    return {area: _saturate(value, TERM_SATURATION) for area, value in total.items()}


def area_scores(
    doc: Document,
    topics: Sequence[TopicScore],
    agencies: Sequence[AgencyMention],
    legal_refs: Sequence[LegalRef],
    lexicon: PolicyLexicon | None = None,
) -> dict[str, dict[str, float]]:
    """Each area's evidence by kind (0..1 each) and its ``total``: for docs and debugging."""
    lexicon = lexicon or policy_lexicon()
    kinds = {
        "topics": topic_evidence(lexicon, topics),
        "agencies": agency_evidence(lexicon, agencies),
        "legal_refs": legal_evidence(lexicon, legal_refs),
        "terms": term_evidence(lexicon, doc.text),
    }
    scores: dict[str, dict[str, float]] = {}
    for kind, evidence in kinds.items():
        for area, value in evidence.items():
            scores.setdefault(area, {})[kind] = value
    for parts in scores.values():
        parts["total"] = sum(lexicon.weights[kind] * parts.get(kind, 0.0) for kind in kinds)
    return scores


def policy_areas(
    doc: Document,
    topics: Sequence[TopicScore],
    agencies: Sequence[AgencyMention],
    legal_refs: Sequence[LegalRef],
) -> tuple[PolicyArea, ...]:
    """Up to three policy areas of an article, best first, each with a 0..1 score.

    Areas scoring under ``MIN_SCORE``, or under ``MIN_SHARE_OF_BEST`` of the best one,
    are left out: an article with no clear policy subject gets none.
    """
    lexicon = policy_lexicon()
    scores = area_scores(doc, topics, agencies, legal_refs, lexicon)
    ranked = sorted(scores.items(), key=lambda item: (-item[1]["total"], item[0]))
    if not ranked:
        return ()
    floor = max(MIN_SCORE, MIN_SHARE_OF_BEST * ranked[0][1]["total"])
    return tuple(
        PolicyArea(label, lexicon.areas[label].ministry, round(parts["total"], 3))
        for label, parts in ranked[:MAX_AREAS]
        if parts["total"] >= floor
    )
