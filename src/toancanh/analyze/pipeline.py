"""The analysis stages in order, over one prepared document.

    text ─> Document (pyvi words, sentences) ─> language
         ─> topics ─> agencies, places, officials ─> legal references
         ─> policy areas (from all of the above) ─> sentiment ─> policy stage

Each stage is a plain function of the document (and of earlier results); models and
gazetteers are loaded once per process. The same ``analyze_document`` runs in the ingest
loop, in ``toancanh analyze``, and in the worker processes of ``toancanh reanalyze``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from toancanh.analyze.document import MAX_ANALYSED_CHARS, Document, make_document
from toancanh.analyze.entities import find_agencies, find_people, find_places
from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.policy_areas import policy_areas
from toancanh.analyze.sentiment import SentimentAnalyzer, load_sentiment_analyzer
from toancanh.analyze.stage import detect_stage
from toancanh.analyze.topics import TopicModel, load_topic_model
from toancanh.analyze.types import Analysis
from toancanh.config import Settings
from toancanh.text.language import detect_language


class AnalysisError(ValueError):
    """Input that cannot be analysed at all (it says what to fix)."""


@dataclass(frozen=True)
class Analyzer:
    topics: TopicModel
    sentiment: SentimentAnalyzer

    @property
    def version(self) -> str:
        return f"topics:{self.topics.version};sentiment:{self.sentiment.version}"


@dataclass(frozen=True)
class AnalyzerOptions:
    """Which models to use; the defaults are the ones shipped in the package."""

    topic_model: Path | None = None
    sentiment_backend: str = "auto"
    sentiment_model: Path | None = None


def analyzer_options(settings: Settings) -> AnalyzerOptions:
    return AnalyzerOptions(
        topic_model=settings.topic_model,
        sentiment_backend=settings.sentiment_backend,
        sentiment_model=settings.sentiment_model,
    )


@lru_cache(maxsize=4)
def load_analyzer(options: AnalyzerOptions = AnalyzerOptions()) -> Analyzer:
    return Analyzer(
        topics=load_topic_model(options.topic_model),
        sentiment=load_sentiment_analyzer(
            options.sentiment_backend, model_dir=options.sentiment_model
        ),
    )


def analyze_document(analyzer: Analyzer, doc: Document) -> Analysis:
    """Every stage on one document. Text in another language gets only its language."""
    notes = (f"text cut to its first {MAX_ANALYSED_CHARS} characters",) if doc.truncated else ()
    language = detect_language(doc.text)
    if language.code not in ("vi", "unknown"):
        return Analysis(
            language=language.code,
            model_version=analyzer.version,
            notes=(*notes, f"not analysed: the text is not Vietnamese ({language.code})"),
        )
    topics = analyzer.topics.predict(doc)
    agencies = find_agencies(doc.text)
    legal_refs = find_legal_refs(doc.text)
    return Analysis(
        language="vi" if language.code == "vi" else None,
        topics=topics,
        policy_areas=policy_areas(doc, topics, agencies, legal_refs),
        sentiment=analyzer.sentiment.analyze(doc),
        agencies=agencies,
        places=find_places(doc.text),
        legal_refs=legal_refs,
        people=find_people(doc.text),
        stage=detect_stage(doc.text, legal_refs),
        model_version=analyzer.version,
        notes=notes,
    )


def analyze_text(body: str, title: str = "", analyzer: Analyzer | None = None) -> Analysis:
    """Analyse an article (title and body); ``AnalysisError`` when there is no text."""
    if not (body.strip() or title.strip()):
        raise AnalysisError("the text is empty: give the article's title and/or body")
    return analyze_document(analyzer or load_analyzer(), make_document(body, title))
