"""Build the shipped demo corpus: src/toancanh/data/demo/{articles.jsonl.gz,outlets.json,
storylines.json}.

    .venv/bin/python scripts/build_demo_corpus.py            # write the shipped files
    .venv/bin/python scripts/build_demo_corpus.py --out DIR  # write elsewhere
    .venv/bin/python scripts/build_demo_corpus.py --report   # also print similarity figures

Deterministic: the same seed gives byte-identical files. Templates live in
scripts/demo_corpus/templates/*.tpl; README.md of the data directory explains the stories.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_corpus.generate import SEED, Item, build_items
from demo_corpus.meta import keyword_problems, storylines_document
from demo_corpus.outlets import outlets_json
from demo_corpus.similarity import describe, jaccard, shingle_set
from demo_corpus.write import json_bytes, jsonl_gz, write_bytes

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "toancanh" / "data" / "demo"
MIN_ARTICLES = 600


def similarity_report(items: list[Item]) -> dict[str, str]:
    """Copies against their original, and every pair of independent articles."""
    sets = [shingle_set(item.draft.text) for item in items]
    original = {item.group: i for i, item in enumerate(items) if item.mode == "original"}
    by_mode: dict[str, list[float]] = {"near": [], "exact": []}
    for i, item in enumerate(items):
        if item.mode != "original":
            by_mode[item.mode].append(jaccard(sets[i], sets[original[item.group]]))
    independent = [
        jaccard(sets[a], sets[b])
        for ai, a in enumerate(original.values())
        for b in list(original.values())[ai + 1 :]
    ]
    return {
        "independent pairs": describe(independent),
        "near copies vs original": describe(by_mode["near"]),
        "exact copies vs original": describe(by_mode["exact"]),
    }


def summary(items: list[Item]) -> list[str]:
    modes = Counter(item.mode for item in items)
    stories = Counter(item.kind.story for item in items)
    with_copies = {item.group for item in items if item.mode != "original"}
    return [
        f"articles: {len(items)} ({modes['original']} originals, {modes['near']} near copies, "
        f"{modes['exact']} exact copies)",
        f"originals with copies: {len(with_copies)} "
        f"({100 * len(with_copies) / modes['original']:.1f}%)",
        "by storyline: " + ", ".join(f"{k}={v}" for k, v in sorted(stories.items())),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--report", action="store_true", help="print similarity figures")
    args = parser.parse_args(argv)
    items, worst = build_items(args.seed)
    problems = keyword_problems(items)
    if problems or len(items) < MIN_ARTICLES:
        for problem in problems[:40]:
            print("keyword:", problem, file=sys.stderr)
        print(f"{len(problems)} keyword problems, {len(items)} articles", file=sys.stderr)
        return 1
    data = jsonl_gz(items)
    write_bytes(args.out / "articles.jsonl.gz", data)
    write_bytes(args.out / "outlets.json", json_bytes(outlets_json()))
    write_bytes(args.out / "storylines.json", json_bytes(storylines_document(items)))
    for line in summary(items):
        print(line)
    print(f"articles.jsonl.gz: {len(data) / 1024:.0f} KiB")
    print("worst accepted similarity per original:", describe(worst))
    if args.report:
        for name, figures in similarity_report(items).items():
            print(f"{name}: {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
