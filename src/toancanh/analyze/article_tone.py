"""An article's tone from its title, lead and body, the way a communication officer reads it.

Every sentence is scored by the sentence analyzer as before; this module only decides
how those sentences make the article's label (docs/analysis.md, "How an article's tone
is labelled"). The article is split into three parts:

* the **title** (``Document.title_end``);
* the **lead** (sapo): the body's first paragraph when it has at most
  ``LEAD_MAX_SENTENCES`` sentences, else its first ``LEAD_LONG_PARAGRAPH`` sentences;
* the **body**: every other sentence.

Each part leans positive, negative or neither (``lean``: the polar sentences of a part
are weighed by their probability; a side wins with at least ``RATIO`` times the other's
weight and ``MARGIN`` more, about two clear sentences, even when the other side is
absent; in the title and the lead one clear sentence is enough when it is alone;
otherwise the part is balanced). Then, in order:

1. a polar title decides, unless the lead leans the other way (most readers see only the
   headline and the sapo: they are the frame the paper chose, which a body on the other
   side does not undo);
2. a title and a lead that pull apart are settled by the body (neutral if it does not
   side with either);
3. a neutral title: a polar lead decides;
4. a neutral title and lead: the body decides, and a balanced body is neutral.

The evidence is the content phrases of the deciding sentences (title first) that pushed
the label; for an article neutral because its sides balance (a balanced body, or a title
and a lead that pull apart), the strongest phrase of each side (with its own polarity);
for a plain neutral article, none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toancanh.analyze.document import Document
from toancanh.analyze.function_words import word_spans
from toancanh.analyze.sentiment import Candidate, SentenceResult, SentimentAnalyzer
from toancanh.analyze.sentiment import _evidence as phrase_evidence  # one evidence rule
from toancanh.analyze.sentiment_text import aligned_match_text
from toancanh.analyze.types import SENTIMENT_LABELS, Sentiment, SentimentEvidence

POSITIVE, NEUTRAL, NEGATIVE = 0, 1, 2
LEAD_MAX_SENTENCES = 3
LEAD_LONG_PARAGRAPH = 2
# Tuned on eval/data/news_article_tone_dev.jsonl (never on the test set).
TITLE_MIN = 0.5  # a title is polar when its top class is polar with at least this
SENTENCE_MIN = 0.8  # a lead or body sentence counts for a side from this probability
RATIO = 2.0  # a part leans to a side with at least this times the other side's weight
MARGIN = 1.2  # ... and this much more (between one and two clear sentences)
PART_WEIGHTS = (2.0, 1.5, 1.0)  # title, lead, body: the order evidence is ranked in
MAX_EVIDENCE_SENTENCES = 4


@dataclass(frozen=True)
class Parts:
    """Indices into ``doc.sentences`` of the title, the lead and the rest of the body."""

    title: tuple[int, ...]
    lead: tuple[int, ...]
    body: tuple[int, ...]


@dataclass(frozen=True)
class Lean:
    """Where one part leans: the label and the weight of each side."""

    label: int
    positive: float
    negative: float


@dataclass(frozen=True)
class Decision:
    """The article's label, the rule that gave it and the sentences that decided."""

    label: int
    rule: str  # title, title-lead-body, lead, body, balanced, neutral
    sentences: tuple[int, ...]
    score: float


def article_parts(doc: Document) -> Parts:
    """Split ``doc``'s sentences into title, lead and body (see the module docstring)."""
    title = tuple(i for i, (start, _) in enumerate(doc.sentences) if start < doc.title_end)
    rest = list(range(len(title), len(doc.sentences)))
    paragraph: list[int] = []
    for i in rest:
        if paragraph and "\n" in doc.text[doc.sentences[i - 1][1] : doc.sentences[i][0]]:
            break
        paragraph.append(i)
    if len(paragraph) > LEAD_MAX_SENTENCES:
        paragraph = paragraph[:LEAD_LONG_PARAGRAPH]
    lead = tuple(paragraph)
    return Parts(title, lead, tuple(i for i in rest if i not in lead))


def lean(
    probabilities: Sequence[Sequence[float]], minimum: float | None = None, alone: float = 0.0
) -> Lean:
    """The side a part leans to from its sentences' probabilities (positive, neutral,
    negative): a sentence counts for its top polar class from ``minimum``
    (``SENTENCE_MIN`` by default); a side with no other against it needs weight ``alone``
    (the body: ``MARGIN``, so one polar sentence in a long neutral body is not enough)."""
    minimum = SENTENCE_MIN if minimum is None else minimum
    sides = [0.0, 0.0, 0.0]
    for p in probabilities:
        top = _top(p)
        if top != NEUTRAL and p[top] >= minimum:
            sides[top] += p[top]
    pos, neg = sides[POSITIVE], sides[NEGATIVE]
    if pos == neg == 0.0:
        return Lean(NEUTRAL, 0.0, 0.0)
    if min(pos, neg) == 0.0:
        return (
            Lean(POSITIVE if pos else NEGATIVE, pos, neg)
            if pos + neg >= alone
            else Lean(NEUTRAL, pos, neg)
        )
    strong, weak = max(pos, neg), min(pos, neg)
    if strong >= RATIO * weak and strong - weak >= MARGIN:
        return Lean(POSITIVE if pos > neg else NEGATIVE, pos, neg)
    return Lean(NEUTRAL, pos, neg)


def decide(parts: Parts, probabilities: Sequence[Sequence[float]]) -> Decision:
    """The article's label by the written rules (module docstring), from each sentence's
    probabilities; pure, so the rules are tested on small tables of numbers."""

    def of(indices: Sequence[int]) -> list[Sequence[float]]:
        return [probabilities[i] for i in indices]

    title = lean(of(parts.title), TITLE_MIN)
    lead = lean(of(parts.lead))
    body = lean(of(parts.body), alone=MARGIN)
    everything = parts.title + parts.lead + parts.body
    if title.label != NEUTRAL and lead.label != _opposite(title.label):
        return _decided(title.label, "title", parts.title + parts.lead, probabilities)
    if title.label != NEUTRAL:  # the lead says the opposite of the title: the body settles
        label = body.label if body.label != NEUTRAL else NEUTRAL
        return _decided(label, "title-lead-body", everything, probabilities)
    if lead.label != NEUTRAL:
        return _decided(lead.label, "lead", parts.lead, probabilities)
    if body.label != NEUTRAL:
        return _decided(body.label, "body", parts.lead + parts.body, probabilities)
    whole = lean(of(everything))
    if whole.positive and whole.negative:
        return Decision(NEUTRAL, "balanced", everything, 0.5)
    return _decided(NEUTRAL, "neutral", everything, probabilities)


def article_tone(analyzer: SentimentAnalyzer, doc: Document) -> Sentiment:
    """The article's tone with its evidence; the per-sentence results stay available
    through ``analyzer.sentences(doc)``."""
    if not doc.sentences:
        return Sentiment("neutral", 1.0)
    results = analyzer.score_sentences(doc.text, aligned_match_text(doc.text), doc.sentences)
    parts = article_parts(doc)
    decision = decide(parts, [r.probabilities for r in results])
    label = SENTIMENT_LABELS[decision.label]
    if decision.label == NEUTRAL:
        both = decision.rule in ("balanced", "title-lead-body")  # else nothing to show
        evidence = _balanced_evidence(analyzer, doc, parts, results) if both else ()
        return Sentiment(label, decision.score, evidence)
    weight = _part_weights(parts)
    chosen = sorted(
        (i for i in decision.sentences if _top(results[i].probabilities) == decision.label),
        key=lambda i: -weight[i] * results[i].probabilities[decision.label],
    )[:MAX_EVIDENCE_SENTENCES]
    pool = [
        Candidate(c.strength * weight[i] * results[i].probabilities[decision.label], c.start, c.end)
        for i in chosen
        for c in analyzer.candidates(results[i], decision.label)
    ]
    spans = word_spans(doc.text, doc.words) if pool else None
    evidence = phrase_evidence(doc.text, pool, decision.label, spans)
    return Sentiment(label, decision.score, evidence)


def _decided(
    label: int, rule: str, indices: Sequence[int], probabilities: Sequence[Sequence[float]]
) -> Decision:
    """A decision whose score is the mean probability of ``label`` in the deciding
    sentences that carry it (how sure the sentences that decided are)."""
    carried = [probabilities[i][label] for i in indices if _top(probabilities[i]) == label]
    score = sum(carried) / len(carried) if carried else 0.5
    return Decision(label, rule, tuple(indices), _clamp(score))


def _balanced_evidence(
    analyzer: SentimentAnalyzer,
    doc: Document,
    parts: Parts,
    results: Sequence[SentenceResult],
) -> tuple[SentimentEvidence, ...]:
    """The strongest phrase of each side, from the sentences that counted for it: why
    the article was read as neither."""
    spans = word_spans(doc.text, doc.words)
    found: tuple[SentimentEvidence, ...] = ()
    for side in (POSITIVE, NEGATIVE):
        pool = [
            Candidate(c.strength * r.probabilities[side], c.start, c.end)
            for i, r in enumerate(results)
            if _top(r.probabilities) == side
            and r.probabilities[side] >= (TITLE_MIN if i in parts.title else SENTENCE_MIN)
            for c in analyzer.candidates(r, side)
        ]
        found += phrase_evidence(doc.text, pool, side, spans)[:1]
    return found


def _part_weights(parts: Parts) -> dict[int, float]:
    weights = {i: PART_WEIGHTS[2] for i in parts.body}
    weights.update({i: PART_WEIGHTS[1] for i in parts.lead})
    weights.update({i: PART_WEIGHTS[0] for i in parts.title})
    return weights


def _opposite(label: int) -> int:
    return {POSITIVE: NEGATIVE, NEGATIVE: POSITIVE}.get(label, NEUTRAL)


def _top(values: Sequence[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value))) if value == value else 0.0  # NaN -> 0
