"""Write the article-level tone sets from their banks of hand-written sentences.

    python eval/data/make_article_tone.py            # both sets
    python eval/data/make_article_tone.py --check    # fail if a written set is stale

Each topic of a bank (``## name``) gives 15 articles, five per tone, by the recipes below
(title, lead, body codes; see the bank's header). The label is not typed by hand: it is
derived from the tone of each part by the rules of docs/analysis.md ("How an article's tone
is labelled"), and each recipe also states the label its author meant, which must agree.
Seeded and reproducible: the sentences of each part are drawn from the topic's bank and
the body is shuffled and cut into paragraphs of two or three sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
SETS = {
    "news_article_tone_test.jsonl": ("news_article_tone_bank.txt", 2025),
    "news_article_tone_dev.jsonl": ("news_article_tone_dev_bank.txt", 7),
}
# (kind, title, lead, body, the label meant); "a|b" alternates by topic (even|odd).
RECIPES = [
    ("clear", "T+", "L+", "B+ B0 B+ B0 B0", "positive"),
    ("clear|lead-vs-body", "T+|T0", "L0|L+", "B0 B+ B0 B+ B0 B0|B0 B0 B- B0 B+", "positive"),
    ("mixed", "T0|T+", "L0|L+", "B+ B+ B- B0 B+ B0|B+ B- B- B0 B+", "positive"),
    ("title-vs-body", "T+", "L0", "B- B0 B- B0 B-", "positive"),
    ("tone-without-keywords", "Tk+", "Lk+", "B0 Bk+ B0 Bk+ B0", "positive"),
    ("clear", "T-", "L-", "B- B0 B- B0 B0", "negative"),
    ("clear|lead-vs-body", "T-|T0", "L0|L-", "B0 B- B0 B- B0 B0|B0 B0 B+ B0 B-", "negative"),
    ("mixed", "T0|T-", "L0|L-", "B- B- B+ B0 B- B0|B- B+ B+ B0 B-", "negative"),
    ("title-vs-body", "T-", "L0", "B+ B0 B+ B0 B+", "negative"),
    ("tone-without-keywords", "Tk-", "Lk-", "B0 Bk- B0 Bk- B0", "negative"),
    ("clear", "T0", "L0", "B0 B0 B0 B0 B0", "neutral"),
    ("balanced", "T0", "L0", "B+ B0 B- B0 B0", "neutral"),
    ("balanced", "T0", "L0", "B+ B- B0 B+ B- B0 B0", "neutral"),
    ("neutral-with-tone-words", "Tw", "Lw", "B0 Bw B0 Bw B0", "neutral"),
    ("title-vs-lead", "T+|T-", "L-|L+", "B+ B0 B- B0", "neutral"),
]
LABELS = {1: "positive", 0: "neutral", -1: "negative"}


def read_bank(path: Path) -> dict[str, dict[str, list[str]]]:
    """Topic -> code -> sentences."""
    bank: dict[str, dict[str, list[str]]] = {}
    topic = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            topic = line[3:].strip()
            bank[topic] = {}
        elif line.strip() and not line.startswith("#"):
            code, sentence = line.split(" ", 1)
            bank[topic].setdefault(code, []).append(sentence.strip())
    return bank


def tone(code: str) -> int:
    """+1, 0 or -1 from a code's sign (``w`` is neutral)."""
    return 1 if code.endswith("+") else -1 if code.endswith("-") else 0


def body_lean(tones: list[int]) -> int:
    """A side wins with twice the other side's sentences and two more (two when alone)."""
    pos, neg = tones.count(1), tones.count(-1)
    strong, weak = max(pos, neg), min(pos, neg)
    if strong >= 2 * weak and strong - weak >= 2:
        return 1 if pos > neg else -1
    return 0


def label(title: int, lead: int, body: list[int]) -> str:
    """The written rules: a polar title decides unless the lead opposes it (then the
    body settles); a polar lead decides under a neutral title; else the body."""
    if title and lead != -title:
        return LABELS[title]
    if title:
        settled = body_lean(body)
        return LABELS[settled] if settled in (title, lead) else "neutral"
    if lead:
        return LABELS[lead]
    return LABELS[body_lean(body)]


def articles(bank: dict[str, dict[str, list[str]]], seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for index, (topic, codes) in enumerate(bank.items()):
        for kind, title_code, lead_code, body_codes, meant in RECIPES:
            pick = [lambda s: s.split("|")[0], lambda s: s.split("|")[-1]][index % 2]
            title_code, lead_code = pick(title_code), pick(lead_code)
            body = pick(body_codes).split()
            drawn: dict[str, list[str]] = {c: rng.sample(v, len(v)) for c, v in codes.items()}
            sentences = [drawn[c].pop() for c in body]
            order = rng.sample(range(len(body)), len(body))
            paragraphs, i = [], 0
            while i < len(order):
                size = rng.choice((2, 3))
                paragraphs.append(" ".join(sentences[j] for j in order[i : i + size]))
                i += size
            derived = label(tone(title_code), tone(lead_code), [tone(c) for c in body])
            if derived != meant:
                raise SystemExit(f"{topic}/{kind}: the rules give {derived}, meant {meant}")
            rows.append(
                {
                    "id": f"{topic}-{len(rows) + 1:03d}",
                    "topic": topic,
                    "kind": pick(kind),
                    "label": derived,
                    "title": rng.choice(codes[title_code]),
                    "lead": rng.choice(codes[lead_code]),
                    "body": "\n\n".join(paragraphs),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="Fail if a set is stale.")
    args = parser.parse_args(argv)
    stale = []
    for name, (bank_name, seed) in SETS.items():
        rows = articles(read_bank(HERE / bank_name), seed)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        target = HERE / name
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{name}: {len(rows)} articles")
    if stale:
        print(f"stale: {', '.join(stale)}; run python eval/data/make_article_tone.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
