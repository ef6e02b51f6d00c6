"""Sentiment of Vietnamese news: per sentence, rolled up to the article with evidence.

Three backends share one interface (``SentimentAnalyzer``):

* ``lexicon``: the rule layer alone (``sentiment_lexicon``: phrases, negation,
  shifters, intensifiers, contrast);
* ``model`` (default): syllable n-grams and lexicon scores into a linear model
  (``sentiment_model``), trained on the project's news set (``sentiment_train``);
* ``transformer``: a fine-tuned Hugging Face sequence-classification model from a local
  folder (``sentiment_transformer``; needs ``pip install 'toancanh[transformer]'``).

Labelling convention: *positive* reports achievement, benefit, improvement, approval,
praise or relief; *negative* reports harm, loss, disaster, accident, wrongdoing,
corruption, failure, delay, shortage, complaint, discontent or criticism; *neutral*
reports announcements, procedures, schedules and facts without evaluation.

An article's label comes from its sentences, the title and the lead weighed apart
(``article_tone``); the evidence is the phrases (with spans in ``doc.text``) that pushed
the winning label most, strongest first.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from toancanh.analyze.document import Document
from toancanh.analyze.function_words import (
    is_function_phrase,
    snap_to_words,
    trim_function_edges,
    trim_span,
    word_spans,
)
from toancanh.analyze.sentiment_lexicon import Lexicon, LexiconScore, default_lexicon, score_tokens
from toancanh.analyze.sentiment_model import ModelFormatError, Scored, SentimentModel
from toancanh.analyze.sentiment_text import aligned_match_text, tokenize
from toancanh.analyze.tone_compose import Tone, compose
from toancanh.analyze.tone_precedence import decide
from toancanh.analyze.types import SENTIMENT_LABELS, Sentiment, SentimentEvidence
from toancanh.text.normalize import display_form
from toancanh.text.segment import words

BACKENDS = ("auto", "lexicon", "model", "transformer")
SHIPPED_MODEL = "sentiment_news.npz"
MAX_EVIDENCE = 5
# A phrase pushing less than this share of the strongest one is noise, not a reason.
EVIDENCE_MIN_SHARE = 0.25
# Nor is a phrase whose push is this small in absolute terms (a sentence's top phrase
# pushes about 1 to 9 in the model's units): no evidence beats a weak, arbitrary one.
EVIDENCE_MIN_STRENGTH = 0.3
TONE_STRENGTH = 10.0  # a composed reason outranks any n-gram (a top one pushes about 1 to 9)


class SentimentBackendError(RuntimeError):
    """A backend cannot be loaded (missing model, missing optional packages)."""


@dataclass(frozen=True)
class Candidate:
    """A phrase that pushed a label: span in the text and how hard it pushed."""

    strength: float
    start: int
    end: int
    ngram: bool = True  # a model n-gram (edges trimmed); False: a lexicon or composed phrase


@dataclass(frozen=True)
class SentenceResult:
    span: tuple[int, int]
    probabilities: tuple[float, float, float]  # SENTIMENT_LABELS order
    detail: Any  # what the backend needs to explain the result (Scored, LexiconScore)


class SentimentAnalyzer(ABC):
    """Sentence and article sentiment; see the module docstring for the backends."""

    backend: str = ""
    version: str = ""  # which model produced a result (stored with each analysis)

    @abstractmethod
    def score_sentences(
        self, text: str, aligned: str, spans: Sequence[tuple[int, int]]
    ) -> list[SentenceResult]:
        """Probabilities for each sentence span of ``text`` (``aligned`` is its match text)."""

    @abstractmethod
    def candidates(self, result: SentenceResult, label: int) -> list[Candidate]:
        """Phrases of one sentence that pushed ``label``."""

    def sentence(self, text: str) -> Sentiment:
        """The sentiment of one sentence; evidence spans point into ``display_form(text)``."""
        text = display_form(text)
        if not text.strip():
            return Sentiment("neutral", 1.0)
        (result,) = self.score_sentences(text, aligned_match_text(text), [(0, len(text))])
        spans = word_spans(text, words(text)) if _top(result.probabilities) != 1 else None
        return self._sentence_sentiment(text, result, spans)

    def sentences(self, doc: Document) -> list[Sentiment]:
        """The sentiment of each of ``doc``'s sentences (spans into ``doc.text``)."""
        results = self.score_sentences(doc.text, aligned_match_text(doc.text), doc.sentences)
        spans = word_spans(doc.text, doc.words)
        return [self._sentence_sentiment(doc.text, r, spans) for r in results]

    def analyze(self, doc: Document) -> Sentiment:
        """The article's tone: title, lead and body weighed (``article_tone``)."""
        from toancanh.analyze.article_tone import article_tone  # it builds on this module

        return article_tone(self, doc)

    def _sentence_sentiment(
        self, text: str, result: SentenceResult, spans: Sequence[tuple[int, int]] | None
    ) -> Sentiment:
        label = _top(result.probabilities)
        evidence = _evidence(text, self.candidates(result, label), label, spans)
        return Sentiment(SENTIMENT_LABELS[label], _clamp(result.probabilities[label]), evidence)


class LexiconAnalyzer(SentimentAnalyzer):
    backend = "lexicon"
    version = "lexicon"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def score_sentences(
        self, text: str, aligned: str, spans: Sequence[tuple[int, int]]
    ) -> list[SentenceResult]:
        results = []
        for start, end in spans:
            score = score_tokens(tokenize(aligned, start, end), self.lexicon)
            results.append(SentenceResult((start, end), score.probabilities(), score))
        return results

    def candidates(self, result: SentenceResult, label: int) -> list[Candidate]:
        return lexicon_candidates(result.detail, label)


class ModelAnalyzer(SentimentAnalyzer):
    backend = "model"

    def __init__(
        self, model: SentimentModel, lexicon: Lexicon | None = None, *, composed: bool = True
    ) -> None:
        self.model = model
        self.lexicon = lexicon or default_lexicon()
        self.composed = composed  # tone composition (tone_compose) over the model's label
        self.version = model.version + ("+tone" if composed else "")

    def score_sentences(
        self, text: str, aligned: str, spans: Sequence[tuple[int, int]]
    ) -> list[SentenceResult]:
        results = []
        for start, end in spans:
            tokens = tokenize(aligned, start, end)
            scored = self.model.score(tokens, self.lexicon)
            tone = compose(tokens) if self.composed else None
            probabilities, decided = decide(scored.probabilities, tone)
            detail = _Composed(scored, tone if decided else None)
            results.append(SentenceResult((start, end), probabilities, detail))
        return results

    def candidates(self, result: SentenceResult, label: int) -> list[Candidate]:
        detail: _Composed = result.detail
        if detail.tone is not None:
            # The composition decided: its phrases are the reason, and nothing else is.
            if SENTIMENT_LABELS[label] != detail.tone.label:
                return []
            return [Candidate(TONE_STRENGTH, a, b, ngram=False) for a, b in detail.tone.spans]
        scored = detail.scored
        tokens = scored.features.tokens
        grams = [
            Candidate(m, tokens.starts[i], tokens.ends[j - 1])
            for m, (i, j) in self.model.contributions(scored, label)
        ]
        # The lexicon figures' push is shared among the hits of the label's polarity; a hit
        # also collects the n-grams inside it, so "chưa được giải quyết" beats "chưa".
        hits = lexicon_candidates(scored.features.lexicon, label)
        push = max(self.model.lexicon_push(scored, label), 0.0)
        total = sum(h.strength for h in hits) or 1.0
        found = [
            Candidate(
                push * h.strength / total
                + sum(g.strength for g in grams if g.start >= h.start and g.end <= h.end),
                h.start,
                h.end,
                ngram=False,
            )
            for h in hits
        ]
        return found + grams


@dataclass(frozen=True)
class _Composed:
    """What explains a model analyzer's sentence: the model's scores, and the composed
    tone when it decided the label."""

    scored: Scored
    tone: Tone | None


def lexicon_candidates(score: LexiconScore, label: int) -> list[Candidate]:
    """Lexicon hits that agree with ``label`` (none for neutral)."""
    if label == 1:
        return []
    sign = 1.0 if label == 0 else -1.0
    return [
        Candidate(h.value * sign, h.start, h.end, ngram=False)
        for h in score.hits
        if h.value * sign > 0
    ]


def _top(values: Sequence[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value))) if value == value else 0.0  # NaN -> 0


def _evidence(
    text: str,
    pool: list[Candidate],
    label: int,
    spans: Sequence[tuple[int, int]] | None = None,
) -> tuple[SentimentEvidence, ...]:
    """The strongest non-overlapping content phrases, at most ``MAX_EVIDENCE``; none when
    the model has no readable reason.

    Neutral needs no reason (it is the absence of evaluation). A candidate is dropped
    when it is only function words, numbers or punctuation ("khiến", "đã được", "2022."),
    when it pushed less than ``EVIDENCE_MIN_STRENGTH``, or when it is far weaker than the
    strongest phrase kept (the share is taken after the function words are gone, so a
    strong "nhiều" cannot hide the real reason). A phrase met twice is shown once. With
    the text's word ``spans`` (pyvi), a phrase that cuts a word is widened to it.
    """
    if label == 1:
        return ()
    # Strongest first, each candidate made readable only when reached: an article's pool
    # holds hundreds of n-grams, and only the first few readable ones matter.
    ranked = sorted(
        (c for c in pool if c.strength >= EVIDENCE_MIN_STRENGTH),
        key=lambda c: (-c.strength, c.start),
    )
    floor = 0.0
    chosen: list[Candidate] = []
    seen: set[str] = set()
    for c in ranked:
        if c.strength < floor:
            break
        start, end = snap_to_words(spans, c.start, c.end) if spans else (c.start, c.end)
        start, end = trim_span(text, start, end)
        if c.ngram:  # no "nhờ", "đã", "so" at the edges of an n-gram
            start, end = trim_function_edges(text, start, end)
        if end <= start or is_function_phrase(text[start:end]):
            continue
        # The share is taken from the strongest readable phrase, so a strong function
        # word cannot hide the real reason.
        floor = floor or EVIDENCE_MIN_SHARE * c.strength
        if any(start < o.end and o.start < end for o in chosen):
            continue
        if text[start:end].casefold() in seen:  # a reason is given once
            continue
        seen.add(text[start:end].casefold())
        chosen.append(Candidate(c.strength, start, end, c.ngram))
        if len(chosen) == MAX_EVIDENCE:
            break
    polarity = SENTIMENT_LABELS[label]
    return tuple(SentimentEvidence(text[c.start : c.end], polarity, c.start, c.end) for c in chosen)


def shipped_model_bytes() -> bytes | None:
    """The shipped news model file, or None when the package was built without it."""
    resource = files("toancanh.data").joinpath("models").joinpath(SHIPPED_MODEL)
    return resource.read_bytes() if resource.is_file() else None


def _model_file(path: Path) -> Path:
    if path.is_file():
        return path
    found = sorted(path.glob("*.npz")) if path.is_dir() else []
    if len(found) != 1:
        raise SentimentBackendError(f"{path}: expected a sentiment .npz file or a folder with one")
    return found[0]


@lru_cache(maxsize=8)
def load_sentiment_analyzer(
    backend: str = "auto", model_dir: Path | None = None
) -> SentimentAnalyzer:
    """A sentiment analyzer, cached per arguments.

    ``auto``: a transformer when ``model_dir`` holds a Hugging Face model (``config.json``),
    a linear model when it holds a ``.npz``, else the shipped news model (or the lexicon if
    the package has no model). ``model_dir`` is only ever read locally.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentiment backend {backend!r}; choose one of {BACKENDS}")
    path = Path(model_dir) if model_dir is not None else None
    if backend == "auto":
        if path is not None:
            backend = "transformer" if (path / "config.json").is_file() else "model"
        else:
            backend = "model" if shipped_model_bytes() is not None else "lexicon"
    if backend == "lexicon":
        return LexiconAnalyzer()
    if backend == "transformer":
        if path is None:
            raise SentimentBackendError("the transformer backend needs model_dir (a local folder)")
        from toancanh.analyze.sentiment_transformer import TransformerAnalyzer

        return TransformerAnalyzer(path)
    try:
        if path is not None:
            return ModelAnalyzer(SentimentModel.load(_model_file(path)))
        data = shipped_model_bytes()
        if data is None:
            raise SentimentBackendError(
                f"the shipped model {SHIPPED_MODEL} is missing; rebuild it with "
                "python -m toancanh.analyze.sentiment_train train "
                "eval/data/news_sentiment_train.jsonl "
                "eval/data/news_sentiment_compose_train.jsonl --out src/toancanh/data/models/"
                f"{SHIPPED_MODEL}"
            )
        return ModelAnalyzer(SentimentModel.load(data))
    except ModelFormatError as exc:
        raise SentimentBackendError(str(exc)) from exc
