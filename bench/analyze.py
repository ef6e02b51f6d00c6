"""Analysis speed: articles per second on one core, against word segmentation alone.

    python bench/analyze.py --articles 2000

Articles of about 3,000 characters are built from the shipped demo corpus (two articles'
paragraphs joined), so the text is real Vietnamese policy news. Measured in one run:

* segmentation alone (the baseline): pyvi's own ``ViTokenizer.tokenize`` on each text
  (the analysis segments with ``text.segment.words``, which gives the same words faster);
* the whole analysis (document, language, topics, entities, legal references, policy
  areas, sentiment, stage) on each text, one core;
* each stage alone on the same documents (where the time goes);
* the same analysis in a process pool over all cores, as ``toancanh reanalyze`` runs it.

Targets: >= 100 articles/s per core, and the whole analysis within 2x of segmentation
alone (``ratio``). The last line holds the figures as key=value pairs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib import resources

from toancanh.analyze.document import Document, make_document
from toancanh.analyze.entities import find_agencies, find_people, find_places
from toancanh.analyze.legal_refs import find_legal_refs
from toancanh.analyze.pipeline import analyze_document, load_analyzer
from toancanh.analyze.policy_areas import policy_areas
from toancanh.analyze.stage import detect_stage
from toancanh.text.language import detect_language


def corpus_texts(count: int, target_chars: int = 3000) -> list[str]:
    """``count`` texts of about ``target_chars`` characters from the demo corpus."""
    data = resources.files("toancanh.data.demo").joinpath("articles.jsonl.gz")
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as handle:
        bodies = [json.loads(line)["text"] for line in handle]
    texts, i = [], 0
    while len(texts) < count:
        parts: list[str] = []
        while sum(len(p) for p in parts) < target_chars:
            parts.append(bodies[i % len(bodies)])
            i += 1
        texts.append("\n\n".join(parts)[: target_chars + 500])
    return texts


def _cpu() -> float:
    return time.process_time()


def time_segmentation(texts: list[str]) -> float:
    from pyvi.ViTokenizer import ViTokenizer

    started = _cpu()
    for text in texts:
        ViTokenizer.tokenize(text)
    return _cpu() - started


def time_analysis(texts: list[str]) -> float:
    analyzer = load_analyzer()
    started = _cpu()
    for text in texts:
        analyze_document(analyzer, make_document(text))
    return _cpu() - started


def time_stages(texts: list[str]) -> dict[str, float]:
    """CPU seconds of each stage alone over the same documents."""
    analyzer = load_analyzer()
    started = _cpu()
    docs = [make_document(text) for text in texts]
    seconds = {"document (pyvi, sentences)": _cpu() - started}
    topics = [analyzer.topics.predict(doc) for doc in docs[:1]]
    stages: dict[str, Callable[[Document], object]] = {
        "language": lambda doc: detect_language(doc.text),
        "topics": analyzer.topics.predict,
        "agencies, places, officials": lambda doc: (
            find_agencies(doc.text),
            find_places(doc.text),
            find_people(doc.text),
        ),
        "legal references": lambda doc: find_legal_refs(doc.text),
        "policy areas": lambda doc: policy_areas(doc, topics[0], (), ()),
        "sentiment": analyzer.sentiment.analyze,
        "policy stage": lambda doc: detect_stage(doc.text, ()),
    }
    for name, stage in stages.items():
        started = _cpu()
        for doc in docs:
            stage(doc)
        seconds[name] = _cpu() - started
    return seconds


def _analyse_chunk(chunk: list[str]) -> int:
    analyzer = load_analyzer()
    for text in chunk:
        analyze_document(analyzer, make_document(text))
    return len(chunk)


def time_pool(texts: list[str], workers: int) -> float:
    chunks = [texts[i : i + 50] for i in range(0, len(texts), 50)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_analyse_chunk, chunks[:workers]))  # load the models in each worker
        started = time.perf_counter()
        done = sum(pool.map(_analyse_chunk, chunks))
    assert done == len(texts)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)

    texts = corpus_texts(args.articles)
    chars = sum(len(t) for t in texts) / len(texts)
    warm = texts[:20]
    time_segmentation(warm)  # load pyvi, the models and the gazetteers first
    time_analysis(warm)
    segment_s = time_segmentation(texts)
    analysis_s = time_analysis(texts)
    stage_s = time_stages(texts)
    pool_s = time_pool(texts, args.workers)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(texts)
    print(f"{n} articles of {chars:.0f} characters on average")
    for name, seconds in (
        ("segmentation alone", segment_s),
        ("whole analysis", analysis_s),
        (f"process pool ({args.workers})", pool_s),
    ):
        print(f"{name:<30}{seconds / n * 1000:8.2f} ms/article {n / seconds:9.1f}/s")
    print("each stage alone:")
    for name, seconds in stage_s.items():
        print(f"  {name:<28}{seconds / n * 1000:8.2f} ms/article")
    print(
        f"peak RSS (this process) {rss_mb:.0f} MB; ratio analysis/segmentation "
        f"{analysis_s / segment_s:.2f} (target <= 2), {n / analysis_s:.0f}/s per core "
        "(target >= 100)"
    )
    print(
        f"articles={n} chars={chars:.0f} segment_per_s={n / segment_s:.1f} "
        f"analysis_per_s={n / analysis_s:.1f} pool_per_s={n / pool_s:.1f} "
        f"workers={args.workers} peak_rss_mb={rss_mb:.0f} ratio={analysis_s / segment_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
